#pragma once

#include "graft/error.h"
#include "schema/schema_registry.h"
#include "syntax/document.h"
#include "validate/coerced_variables.h"
#include "values/json_value.h"

#include <span>
#include <vector>

namespace graft::validate {

/// graphql-core 3.2.6's error limit for variable coercion (`max_errors` of get_variable_values).
inline constexpr std::size_t kMaxVariableErrors = 50;

/// §2.2 step 6 / CONTRACT §4.2: coerces the decoded `variables` object (nullptr: none given,
/// i.e. `{}`) against `operation`'s variable definitions exactly as graphql-core 3.2.6
/// `get_variable_values(..., max_errors=50)`: definitions in order; absent → the default literal
/// converted, else absent (or `of required type … was not provided.` when non-null); every error
/// reported in graphql-core's order (input-object fields in definition order, then unknown members),
/// each BAD_USER_INPUT located at the variable definition; a 51st error becomes the limit message
/// (no location) and ends coercion. On success the values are those of the JSON (see CoercedVariables).
/// `types`, when given, is what variableTypes() gave for `operation` (else each is looked up).
Result<CoercedVariables> coerceVariables(const schema::SchemaRegistry &registry, const syntax::Document &document,
                                         const syntax::OperationDefinition &operation,
                                         const values::JsonValue *variables,
                                         std::span<const schema::TypeRef> types = {});

/// The schema type of each of `operation`'s variable definitions, in order (typeFromAst()).
std::vector<schema::TypeRef> variableTypes(const syntax::OperationDefinition &operation,
                                           const schema::SchemaRegistry &registry);

} // namespace graft::validate
