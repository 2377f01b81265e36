#pragma once

// graphql-core 3.2.6 CollectFields (collect_fields / collect_sub_fields, CONTRACT §7.2) for one
// object type: selection order; fragment spreads and inline fragments expanded when their type
// condition names the object type (or is absent); @skip/@include evaluated with the coerced
// variables; fields merged by response key, the key keeping its first position. Shared by the
// projection builder and introspection.

#include "graft/error.h"
#include "schema/schema_registry.h"
#include "syntax/document.h"
#include "validate/coerced_variables.h"
#include "validate/fragment_index.h"

#include <string_view>
#include <utility>
#include <vector>

namespace graft::json {

/// One response key and every field node merged under it (the first decides the field).
struct CollectedField {
    std::string_view responseKey;
    std::vector<const syntax::Field *> nodes;
};

using CollectedFields = std::vector<CollectedField>;

/// Collects fields of selection sets against one runtime object type. Points into the document,
/// the registry and the variables, which must outlive it.
class FieldCollector {
public:
    FieldCollector(const syntax::Document &document, const schema::SchemaRegistry &registry,
                   const validate::CoercedVariables &variables);

    /// collect_sub_fields: the fields of the selection sets of `nodes` for object type `typeName`.
    /// The only error is @skip/@include given a null (§4.2), located at the variable.
    Result<CollectedFields> subFields(std::string_view typeName, const std::vector<const syntax::Field *> &nodes);

    /// collect_fields of one selection set for object type `typeName`.
    Result<CollectedFields> fields(std::string_view typeName, const syntax::SelectionSet &selectionSet);

    const syntax::Document &document() const { return m_document; }
    const schema::SchemaRegistry &registry() const { return m_registry; }
    const validate::CoercedVariables &variables() const { return m_variables; }

private:
    using Visited = std::vector<std::string_view>;

    Result<bool> collect(std::string_view typeName, const syntax::SelectionSet &selectionSet, CollectedFields &out,
                         Visited &visited);
    Result<bool> include(const syntax::NodeList<syntax::Directive> &directives) const;

    const syntax::Document &m_document;
    const schema::SchemaRegistry &m_registry;
    const validate::CoercedVariables &m_variables;
    validate::FragmentIndex m_fragments;
};

} // namespace graft::json
