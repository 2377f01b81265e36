#pragma once

// Input values of the fourteen scalars (CONTRACT §1.3): which values graphql-core accepts, and the
// parameter text of an accepted value. A value is a JsonValue: a decoded variables value
// (parse_value) or a GraphQL literal converted as value_from_ast does (parse_literal) - the two
// differ only for numbers, told apart by JsonValue::fromLiteral().

#include "schema/scalars.h"
#include "values/json_value.h"

#include <cstdint>
#include <string>

namespace graft::values {

/// True when graphql-core's parse_value / parse_literal of `scalar` accepts `value` (never null):
/// ID a string, an Int literal or an integral JSON number; String a string; Int an integral value in
/// 32-bit range (not a Float literal); Float any number (a JSON one finite); Boolean a boolean;
/// Decimal a number or a NUM string; JSON anything without U+0000 in a string or member name;
/// the other predefined scalars a string without U+0000 in their format.
bool acceptsValue(schema::ScalarId scalar, const JsonValue &value);

/// Why parameterText() wrote no text.
enum class ParameterStatus : std::uint8_t {
    Ok,          ///< the text was appended
    Invalid,     ///< the scalar does not accept the value (acceptsValue() is false)
    ContainsNul, ///< a String / ID (or a string in a JSON value) holds U+0000 (§5.3 value check)
    NonFinite,   ///< a Float (or a number in a JSON value) is infinite (§5.3 value check)
};

/// Appends the §1.3 parameter text of `value` for `scalar`: ID the string, an Int literal as written,
/// a JSON number as the digits of its integral value; String verbatim; Int decimal; Float float
/// text; Decimal a string or literal token verbatim, a JSON integer as digits, another JSON number
/// as float text; Boolean `true`/`false`; UUID lower-cased; DateTime normalised (§4.3); JSON its
/// JSON text (§4.5); the others verbatim. Appends nothing unless the status is Ok.
ParameterStatus appendParameterText(std::string &out, schema::ScalarId scalar, const JsonValue &value);

/// True when a string or member name anywhere in `value` contains U+0000.
bool containsNul(const JsonValue &value);

} // namespace graft::values
