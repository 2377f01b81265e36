#pragma once

// The selected operation bound to one request's variables: its root fields collected as
// graphql-core's CollectFields does (fragments expanded, @skip/@include evaluated, fields merged by
// response key) and, for list queries and lookups, their argument values after variable
// substitution (validate/literal_values.h). This is what the SQL builder, the plan key and the bind
// step read; it points into the document and the registry, which must outlive it.

#include "graft/error.h"
#include "schema/schema_registry.h"
#include "sql/sql_plan.h"
#include "syntax/document.h"
#include "validate/coerced_variables.h"
#include "validate/literal_values.h"

#include <optional>
#include <string_view>
#include <vector>

namespace graft::sql {

/// One collected root field.
struct BoundRootField {
    std::string_view responseKey;
    std::vector<const syntax::Field *> nodes;          ///< every node merged under the key; the first decides
    const schema::FieldDefinition *definition = nullptr; ///< the Query field (meta-fields included)
    RootKind kind = RootKind::Typename;
    SourceLocation location; ///< the first node's first token (§8.1)
    /// List queries and lookups: the argument values in definition order (absent ones left out).
    validate::ArgumentValues arguments;
    /// graphql-core's argument coercion failure (§4.2) as a field error: located at the field, with its path.
    std::optional<Error> argumentError;
};

/// The selected operation's root fields for one request.
struct BoundOperation {
    std::vector<BoundRootField> roots;
};

/// The root fields of `operation` (validated) collected without arguments, when no directive takes
/// part in collecting them (none on the root selections, nor on those of the fragments they reach), so
/// every request collects the same; nullopt otherwise.
std::optional<std::vector<BoundRootField>> staticRoots(const syntax::Document &document,
                                                       const syntax::OperationDefinition &operation,
                                                       const schema::SchemaRegistry &registry);

/// Collects the root fields of `operation` (validated, selected) — or starts from `roots`, what
/// staticRoots() gave for it — and converts the arguments of its list queries and lookups. A request
/// error only when @skip/@include is given a null (§4.2).
Result<BoundOperation> bindOperation(const syntax::Document &document, const syntax::OperationDefinition &operation,
                                     const schema::SchemaRegistry &registry,
                                     const validate::CoercedVariables &variables,
                                     const std::vector<BoundRootField> *roots = nullptr);

} // namespace graft::sql
