#include "syntax/printer.h"

#include "syntax/utf8.h"

#include <vector>

namespace graft::syntax {

namespace {

void appendString(std::string_view value, std::string &out)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    out += '"';
    std::size_t pos = 0;
    while (pos < value.size()) {
        const auto c = static_cast<unsigned char>(value[pos]);
        if (c >= 0x80) {
            const utf8::Decoded d = utf8::decode(value, pos);
            if (d.codePoint >= 0x80 && d.codePoint <= 0x9F) {
                out += "\\u00";
                out += kHex[d.codePoint >> 4];
                out += kHex[d.codePoint & 0xF];
            } else {
                out.append(value.substr(pos, d.length));
            }
            pos += d.length;
            continue;
        }
        ++pos;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\f': out += "\\f"; break;
        case '\r': out += "\\r"; break;
        default:
            if (c < 0x20 || c == 0x7F) {
                out += "\\u00";
                out += kHex[c >> 4];
                out += kHex[c & 0xF];
            } else {
                out += static_cast<char>(c);
            }
        }
    }
    out += '"';
}

/// Python str.splitlines on `text` (views into it); empty text gives no lines.
std::vector<std::string_view> splitLines(std::string_view text)
{
    std::vector<std::string_view> lines;
    std::size_t lineStart = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const utf8::Decoded d = utf8::decode(text, pos);
        if (utf8::isLineBreak(d.codePoint)) {
            lines.push_back(text.substr(lineStart, pos - lineStart));
            pos += d.length;
            if (d.codePoint == '\r' && pos < text.size() && text[pos] == '\n')
                ++pos;
            lineStart = pos;
        } else {
            pos += d.length;
        }
    }
    if (lineStart < text.size())
        lines.push_back(text.substr(lineStart));
    return lines;
}

std::size_t codePointCount(std::string_view text)
{
    std::size_t count = 0;
    for (std::size_t pos = 0; pos < text.size(); ++count)
        pos += utf8::decode(text, pos).length;
    return count;
}

bool endsWith(std::string_view text, std::string_view suffix)
{
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

} // namespace

std::string printString(std::string_view value)
{
    std::string out;
    appendString(value, out);
    return out;
}

std::string printBlockString(std::string_view value)
{
    std::string escaped;
    escaped.reserve(value.size());
    for (std::size_t pos = 0; pos < value.size();) {
        if (value.substr(pos, 3) == "\"\"\"") {
            escaped += "\\\"\"\"";
            pos += 3;
        } else {
            escaped += value[pos++];
        }
    }
    std::vector<std::string_view> lines = splitLines(escaped);
    if (lines.empty())
        lines.emplace_back();
    const bool singleLine = lines.size() == 1;
    bool forceLeadingNewLine = lines.size() > 1;
    for (std::size_t i = 1; i < lines.size() && forceLeadingNewLine; ++i)
        forceLeadingNewLine = lines[i].empty() || lines[i][0] == ' ' || lines[i][0] == '\t';
    const bool trailingTripleQuotes = endsWith(escaped, "\\\"\"\"");
    const bool trailingQuote = endsWith(value, "\"") && !trailingTripleQuotes;
    const bool trailingSlash = endsWith(value, "\\");
    const bool forceTrailingNewLine = trailingQuote || trailingSlash;
    const bool multipleLines = !singleLine || codePointCount(value) > 70 || forceTrailingNewLine ||
                               forceLeadingNewLine || trailingTripleQuotes;
    const bool skipLeadingNewLine = singleLine && !value.empty() && (value[0] == ' ' || value[0] == '\t');
    std::string out = "\"\"\"";
    if ((multipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        out += '\n';
    out += escaped;
    if (multipleLines || forceTrailingNewLine)
        out += '\n';
    out += "\"\"\"";
    return out;
}

void printValue(const Value &value, std::string &out)
{
    switch (value.kind) {
    case ValueKind::Variable:
        out += '$';
        out += value.name.value;
        break;
    case ValueKind::Int:
    case ValueKind::Float:
        out += value.text;
        break;
    case ValueKind::String:
        if (value.block)
            out += printBlockString(value.text);
        else
            appendString(value.text, out);
        break;
    case ValueKind::Boolean:
        out += value.boolean ? "true" : "false";
        break;
    case ValueKind::Null:
        out += "null";
        break;
    case ValueKind::Enum:
        out += value.name.value;
        break;
    case ValueKind::List: {
        out += '[';
        bool first = true;
        for (const Value *item : value.items) {
            if (!first)
                out += ", ";
            first = false;
            printValue(*item, out);
        }
        out += ']';
        break;
    }
    case ValueKind::Object: {
        out += '{';
        bool first = true;
        for (const ObjectField &field : value.fields) {
            if (!first)
                out += ", ";
            first = false;
            out += field.name.value;
            out += ": ";
            printValue(*field.value, out);
        }
        out += '}';
        break;
    }
    }
}

std::string printValue(const Value &value)
{
    std::string out;
    printValue(value, out);
    return out;
}

std::string printType(const TypeRef &type)
{
    switch (type.kind) {
    case TypeKind::Named:
        return std::string(type.name.value);
    case TypeKind::List:
        return '[' + printType(*type.ofType) + ']';
    case TypeKind::NonNull:
        return printType(*type.ofType) + '!';
    }
    return {};
}

} // namespace graft::syntax
