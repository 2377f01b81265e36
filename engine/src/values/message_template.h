#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace graft::values {

/// `pattern` with each `{}` replaced, in order, by the next argument (g++ 12 has no std::format):
/// fillTemplate("Variable '${}' got invalid value {}; {}", {name, value, reason}). Other braces are
/// literal; a `{}` without an argument left stays `{}`; extra arguments are ignored.
std::string fillTemplate(std::string_view pattern, std::initializer_list<std::string_view> arguments);

} // namespace graft::values
