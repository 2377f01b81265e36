#pragma once

#include "values/json_value.h"

#include <string>
#include <string_view>

namespace graft::values {

/// Appends Python 3.11 repr() of the string `text` (UTF-8; an undecodable byte counts as the lone
/// surrogate U+DC80-U+DCFF, as Python's surrogateescape decodes it): quoted with `'`, or `"` when
/// the text holds `'` and no `"`; `\\`, the quote, `\t \n \r` escaped, other non-printable code
/// points as `\xhh`, `\uhhhh` or `\Uhhhhhhhh` (lower-case hex). No truncation.
void appendPythonRepr(std::string &out, std::string_view text);

/// Python 3.11 repr() of a string; see appendPythonRepr().
std::string pythonRepr(std::string_view text);

/// graphql-core 3.2.6 inspect() of a value (CONTRACT §3.5 "Printing values"): None/True/False;
/// integers in decimal and floats as float text; strings as repr(); a string or integer text longer
/// than 240 code points as its first 118 + `...` + its last 119; lists `[a, b]`, objects
/// `{'k': v}`, more than 10 items as the first 5, `...`, the last 4; a non-empty list or object
/// inside two enclosing ones as `[...]` / `{...}`.
std::string inspect(const JsonValue &value);

/// Appends inspect(value); see inspect().
void appendInspect(std::string &out, const JsonValue &value);

} // namespace graft::values
