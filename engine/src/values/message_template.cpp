#include "values/message_template.h"

namespace graft::values {

std::string fillTemplate(std::string_view pattern, std::initializer_list<std::string_view> arguments)
{
    std::size_t total = pattern.size();
    for (const std::string_view argument : arguments)
        total += argument.size();
    std::string out;
    out.reserve(total);
    const std::string_view *next = arguments.begin();
    std::size_t pos = 0;
    for (;;) {
        const std::size_t hole = pattern.find("{}", pos);
        if (hole == std::string_view::npos || next == arguments.end()) {
            out.append(pattern.substr(pos));
            return out;
        }
        out.append(pattern.substr(pos, hole - pos));
        out += *next++;
        pos = hole + 2;
    }
}

} // namespace graft::values
