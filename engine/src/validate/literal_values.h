#pragma once

#include "graft/error.h"
#include "schema/schema_registry.h"
#include "syntax/document.h"
#include "validate/coerced_variables.h"
#include "values/json_value.h"

#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace graft::validate {

/// graphql-core `type_from_ast`: the schema type a variable definition writes, or an invalid
/// TypeRef when its named type is unknown.
schema::TypeRef typeFromAst(const syntax::TypeRef &type, const schema::SchemaRegistry &registry);

/// graphql-core 3.2.6 `value_from_ast(literal, type, variables)` (CONTRACT §4.2): the value of a
/// literal at a position of `type`, with the coerced `variables` substituted; nullopt is
/// graphql-core's Undefined (the literal is invalid there, a variable is missing, or a null variable
/// sits at a non-null position). The value keeps what was written: numbers as literal tokens
/// (JsonValue::intLiteral / floatLiteral), enum values as strings, object fields in written order,
/// a single value at a list position unwrapped; an object field given a missing variable is left
/// out, a list item given one is null. At a `JSON` position the literal is taken whole (variables
/// inside it contribute their values, `null` when missing) and is invalid when one of its own
/// String literals holds U+0000 (variables' values are checked as parameters, §5.3).
std::optional<values::JsonValue> valueFromLiteral(const syntax::Value &literal, const schema::TypeRef &type,
                                                  const CoercedVariables &variables);

/// An argument's name and value, in the field's or directive's argument definition order.
using ArgumentValues = std::vector<std::pair<std::string_view, values::JsonValue>>;

/// graphql-core `get_argument_values` for the arguments written on a field or directive, given the
/// definitions it has (`definitions`, in order): absent arguments (or arguments given a variable
/// without a value) are left out. Errors, BAD_USER_INPUT located at graphql-core's node (the value
/// literal, or `node` for a missing required argument): `Argument '⟨a⟩' of non-null type '⟨T⟩' must
/// not be null.`, `Argument '⟨a⟩' has invalid value ⟨lit⟩.`, and the two "required" messages
/// validation makes unreachable. The first error ends the call. A field error's caller replaces the
/// location by the root field's (§8.1); @skip/@include keep it (a request error, §4.2).
Result<ArgumentValues> argumentValues(const std::vector<schema::InputValue> &definitions,
                                      const syntax::NodeList<syntax::Argument> &arguments, std::uint32_t nodeOffset,
                                      const CoercedVariables &variables, const syntax::Document &document);

/// graphql-core `should_include_node`: false when `@skip(if: true)` or `@include(if: false)` is among
/// `directives` (the first of each name counts; skip is evaluated first); the error of
/// argumentValues() when `if` is given a null (§4.2, a request error located at the variable).
Result<bool> shouldIncludeNode(const syntax::NodeList<syntax::Directive> &directives,
                               const schema::SchemaRegistry &registry, const CoercedVariables &variables,
                               const syntax::Document &document);

} // namespace graft::validate
