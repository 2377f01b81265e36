#pragma once

// Introspection root fields `__schema` and `__type(name:)` (CONTRACT §1.7, §7.2) answered from
// the SchemaRegistry exactly as graphql-core 3.2.6's executor answers them with the §1.7 fixed
// choices: every description null, nothing deprecated, `interfaces` [] for objects and null
// otherwise, `possibleTypes` null. Any selection: aliases, fragments, directives, `__typename`,
// nested `ofType` chains. Written straight to JSON text.

#include "graft/error.h"
#include "json/field_collector.h"

#include <optional>
#include <string>
#include <vector>

namespace graft::json {

/// The value of one introspection root field and what went wrong.
struct IntrospectionResult {
    std::string json;          ///< the field's value (`null` when it failed)
    std::optional<Error> error; ///< a field error: message only (the caller locates it)
    /// The failure reached the non-null `__schema` itself: graphql-core raises out of the field
    /// and the request ends with an internal error.
    bool fatal = false;
};

/// Resolves introspection root fields over a FieldCollector's document, registry and variables.
class IntrospectionWriter {
public:
    explicit IntrospectionWriter(FieldCollector &collector) : m_collector(collector) {}

    /// The value of the root field whose merged nodes are `nodes` (`__schema` or `__type`).
    IntrospectionResult rootField(const std::vector<const syntax::Field *> &nodes);

private:
    struct Source;
    struct Resolved;

    bool completeObject(const Source &source, const std::vector<const syntax::Field *> &nodes, std::string &out);
    bool complete(const schema::TypeRef &type, const Resolved &value, const std::vector<const syntax::Field *> &nodes,
                  std::string &out);
    Resolved resolve(const Source &source, std::string_view fieldName) const;
    void fail(std::string message);

    FieldCollector &m_collector;
    std::optional<std::string> m_error; // the first error graphql-core would record
};

} // namespace graft::json
