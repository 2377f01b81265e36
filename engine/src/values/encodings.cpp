#include "values/encodings.h"

#include "values/json_writer.h"

namespace graft::values {

void appendArrayElement(std::string &out, std::string_view text)
{
    out += '"';
    std::size_t runStart = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c != '\\' && c != '"')
            continue;
        out.append(text.data() + runStart, i - runStart);
        out += '\\';
        out += c;
        runStart = i + 1;
    }
    out.append(text.data() + runStart, text.size() - runStart);
    out += '"';
}

std::string arrayLiteral(std::span<const std::string> texts)
{
    std::string out = "{";
    for (std::size_t i = 0; i < texts.size(); ++i) {
        if (i != 0)
            out += ',';
        appendArrayElement(out, texts[i]);
    }
    out += '}';
    return out;
}

std::string likeEscape(std::string_view text)
{
    // One pass is equivalent to the three ordered replacements: each input character maps once.
    std::string out;
    out.reserve(text.size() + 4);
    for (const char c : text) {
        if (c == '\\' || c == '%' || c == '_')
            out += '\\';
        out += c;
    }
    return out;
}

void appendElementJson(std::string &out, schema::ScalarId scalar, std::string_view parameterText)
{
    using schema::ScalarId;
    switch (scalar) {
    case ScalarId::Int:
    case ScalarId::Float:
    case ScalarId::Decimal:
    case ScalarId::Boolean:
    case ScalarId::JSON:
        out += parameterText;
        return;
    case ScalarId::ID:
    case ScalarId::String:
    case ScalarId::UUID:
    case ScalarId::Date:
    case ScalarId::DateTime:
    case ScalarId::IpAddress:
    case ScalarId::MacAddress:
    case ScalarId::LTree:
    case ScalarId::DateRange:
        appendJsonString(out, parameterText);
        return;
    }
}

} // namespace graft::values
