#pragma once

#include "schema/scalars.h"

#include <span>
#include <string>
#include <string_view>

namespace graft::values {

/// PRIVATE (CONTRACT §4.5): the inet[] array literal of the private networks, bound by isPrivate/isPublic.
inline constexpr std::string_view kPrivateNetworks =
    R"({"10.0.0.0/8","172.16.0.0/12","192.168.0.0/16","127.0.0.0/8","169.254.0.0/16","fc00::/7","fe80::/10","::1/128"})";

/// Appends one array-literal element: `"` + text with `\` -> `\\` and `"` -> `\"` + `"`.
void appendArrayElement(std::string &out, std::string_view text);

/// A(t1..tn) (§4.5): `{` + the elements, always quoted, joined by `,` + `}`; `{}` when empty.
std::string arrayLiteral(std::span<const std::string> texts);

/// esc(s) (§4.5): `\` -> `\\`, then `%` -> `\%`, then `_` -> `\_`.
std::string likeEscape(std::string_view text);

/// Appends e(v) (§4.5), one list element as JSON, from the value's §1.3 parameter text: a JSON
/// string for the text-like scalars (ID String UUID Date DateTime IpAddress MacAddress LTree
/// DateRange); the text itself for Int, Float, Decimal (a JSON number), Boolean and JSON (the
/// value's JSON text).
void appendElementJson(std::string &out, schema::ScalarId scalar, std::string_view parameterText);

} // namespace graft::values
