#include "values/inspect.h"

#include "values/float_text.h"
#include "values/unicode_tables.h"
#include "values/utf8.h"

namespace graft::values {

namespace {

constexpr std::size_t kMaxStringSize = 240;   // graphql-core pyutils.inspect max_str_size
constexpr std::size_t kMaxListSize = 10;      // max_list_size
constexpr std::size_t kMaxRecursiveDepth = 2; // max_recursive_depth

void appendHex(std::string &out, char prefix, char32_t cp, int digits)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '\\';
    out += prefix;
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        out += kHex[(cp >> shift) & 0xF];
}

// Appends `text` cut as trunc_str does when it has more than 240 code points.
void appendTruncated(std::string &out, std::string_view text)
{
    const std::size_t length = utf8::length(text);
    if (length <= kMaxStringSize) {
        out += text;
        return;
    }
    constexpr std::size_t kHead = (kMaxStringSize - 3) / 2;     // 118
    constexpr std::size_t kTail = kMaxStringSize - 3 - kHead;   // 119
    std::size_t pos = 0;
    std::size_t count = 0;
    std::size_t headEnd = 0;
    std::size_t tailStart = 0;
    while (pos < text.size()) {
        if (count == kHead)
            headEnd = pos;
        if (count == length - kTail)
            tailStart = pos;
        utf8::next(text, pos);
        ++count;
    }
    out.append(text.substr(0, headEnd));
    out += "...";
    out.append(text.substr(tailStart));
}

void inspectInto(std::string &out, const JsonValue &value, std::size_t depth)
{
    switch (value.kind()) {
    case JsonKind::Null:
        out += "None";
        return;
    case JsonKind::Boolean:
        out += value.booleanValue() ? "True" : "False";
        return;
    case JsonKind::Integer:
        appendTruncated(out, value.integerText());
        return;
    case JsonKind::Float:
        appendFloatText(out, value.numberValue());
        return;
    case JsonKind::String:
        appendTruncated(out, pythonRepr(value.stringValue()));
        return;
    case JsonKind::Array:
    case JsonKind::Object:
        break;
    }
    const bool object = value.isObject();
    if (value.size() == 0) {
        out += object ? "{}" : "[]";
        return;
    }
    if (depth >= kMaxRecursiveDepth) {
        out += object ? "{...}" : "[...]";
        return;
    }
    out += object ? '{' : '[';
    const std::size_t n = value.size();
    const bool cut = n > kMaxListSize;
    constexpr std::size_t kHead = kMaxListSize / 2; // 5 items, "...", then the last 4
    constexpr std::size_t kTail = kHead - 1;
    bool first = true;
    for (std::size_t i = 0; i < n; ++i) {
        if (cut && i >= kHead && i < n - kTail) {
            if (i == kHead)
                out += ", ...";
            continue;
        }
        if (!first)
            out += ", ";
        first = false;
        if (object) {
            appendTruncated(out, pythonRepr(value.keyAt(i)));
            out += ": ";
        }
        inspectInto(out, value.at(i), depth + 1);
    }
    out += object ? '}' : ']';
}

} // namespace

void appendPythonRepr(std::string &out, std::string_view text)
{
    bool single = false;
    bool dbl = false;
    for (const char c : text) {
        single = single || c == '\'';
        dbl = dbl || c == '"';
    }
    const char quote = single && !dbl ? '"' : '\'';
    out += quote;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t start = pos;
        const char32_t cp = utf8::next(text, pos);
        if (cp == static_cast<char32_t>(quote) || cp == '\\') {
            out += '\\';
            out += static_cast<char>(cp);
        } else if (cp == '\t') {
            out += "\\t";
        } else if (cp == '\n') {
            out += "\\n";
        } else if (cp == '\r') {
            out += "\\r";
        } else if (cp < 0x20 || cp == 0x7F) {
            appendHex(out, 'x', cp, 2);
        } else if (cp < 0x7F) {
            out += static_cast<char>(cp);
        } else if (unicode::isPrintable(cp)) {
            out.append(text.substr(start, pos - start));
        } else if (cp <= 0xFF) {
            appendHex(out, 'x', cp, 2);
        } else if (cp <= 0xFFFF) {
            appendHex(out, 'u', cp, 4);
        } else {
            appendHex(out, 'U', cp, 8);
        }
    }
    out += quote;
}

std::string pythonRepr(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 2);
    appendPythonRepr(out, text);
    return out;
}

std::string inspect(const JsonValue &value)
{
    std::string out;
    inspectInto(out, value, 0);
    return out;
}

void appendInspect(std::string &out, const JsonValue &value)
{
    inspectInto(out, value, 0);
}

} // namespace graft::values
