#pragma once

// What one operation of a validated document has that no request changes (engine performance,
// issue 5): the static complexity measures, the arguments the input-depth check reads, the
// variables' types, the root fields when no directive decides them, and the plan keys' template.
// The validated-document cache computes them on an operation's first request and keeps them with
// the document; without the cache every request computes its own.

#include "cache/plan_key.h"
#include "schema/schema_registry.h"
#include "sql/bound_operation.h"
#include "syntax/document.h"
#include "validate/complexity_limits.h"
#include "validate/variable_coercion.h"

#include <optional>
#include <vector>

namespace graft::cache {

/// The request-independent facts of one operation of a validated document (pointing into it).
struct OperationFacts {
    validate::StaticMeasures measures;                         ///< §2.2 step 5
    std::vector<const syntax::Argument *> inputArguments;      ///< §2.2 step 6
    std::vector<schema::TypeRef> variableTypes;                ///< validate::variableTypes()
    std::optional<std::vector<sql::BoundRootField>> roots;     ///< sql::staticRoots()
    PlanKeyTemplate keyTemplate;                               ///< for `roots` when there are some

    /// The facts of `operation` of `document` (validated against `registry`).
    static OperationFacts of(const syntax::Document &document, const syntax::OperationDefinition &operation,
                             const schema::SchemaRegistry &registry, const PlanKeyBuilder &keys);
};

} // namespace graft::cache
