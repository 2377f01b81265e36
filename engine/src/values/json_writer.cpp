#include "values/json_writer.h"

#include "values/float_text.h"
#include "values/json_value.h"

#include <charconv>

namespace graft::values {

namespace {

// Bytes that JSON text must escape: the control characters, '"' and '\'.
constexpr bool needsEscape(unsigned char c)
{
    return c < 0x20 || c == '"' || c == '\\';
}

} // namespace

void appendJsonEscaped(std::string &out, std::string_view text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::size_t runStart = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (!needsEscape(c))
            continue;
        out.append(text.data() + runStart, i - runStart);
        runStart = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default: {
            const char escape[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
            out.append(escape, sizeof escape);
        }
        }
    }
    out.append(text.data() + runStart, text.size() - runStart);
}

void appendJsonString(std::string &out, std::string_view text)
{
    out += '"';
    appendJsonEscaped(out, text);
    out += '"';
}

void appendJsonText(std::string &out, const JsonValue &value)
{
    switch (value.kind()) {
    case JsonKind::Null:
        out += "null";
        return;
    case JsonKind::Boolean:
        out += value.booleanValue() ? "true" : "false";
        return;
    case JsonKind::Integer:
        if (value.fromLiteral())
            out += value.token();
        else
            out += value.integerText();
        return;
    case JsonKind::Float:
        if (value.fromLiteral())
            out += value.token();
        else
            appendFloatText(out, value.numberValue());
        return;
    case JsonKind::String:
        appendJsonString(out, value.stringValue());
        return;
    case JsonKind::Array:
        out += '[';
        for (std::size_t i = 0; i < value.size(); ++i) {
            if (i != 0)
                out += ',';
            appendJsonText(out, value.at(i));
        }
        out += ']';
        return;
    case JsonKind::Object:
        out += '{';
        for (std::size_t i = 0; i < value.size(); ++i) {
            if (i != 0)
                out += ',';
            appendJsonString(out, value.keyAt(i));
            out += ':';
            appendJsonText(out, value.at(i));
        }
        out += '}';
        return;
    }
}

std::string jsonText(const JsonValue &value)
{
    std::string out;
    appendJsonText(out, value);
    return out;
}

void JsonWriter::key(std::string_view name)
{
    separate();
    appendJsonString(m_out, name);
    m_out += ':';
    m_needComma = false;
}

void JsonWriter::string(std::string_view text)
{
    separate();
    appendJsonString(m_out, text);
    m_needComma = true;
}

void JsonWriter::raw(std::string_view json)
{
    separate();
    m_out += json;
    m_needComma = true;
}

void JsonWriter::integer(std::int64_t value)
{
    char buf[24];
    const auto res = std::to_chars(buf, buf + sizeof buf, value);
    raw(std::string_view(buf, static_cast<std::size_t>(res.ptr - buf)));
}

void JsonWriter::number(double value)
{
    separate();
    appendFloatText(m_out, value);
    m_needComma = true;
}

void JsonWriter::value(const JsonValue &value)
{
    separate();
    appendJsonText(m_out, value);
    m_needComma = true;
}

} // namespace graft::values
