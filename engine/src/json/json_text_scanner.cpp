#include "json/json_text_scanner.h"

#include "syntax/utf8.h"

#include <cstdint>
#include <cstring>

namespace graft::json::scan {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool readHex4(const char *&p, const char *end, std::uint32_t &value)
{
    if (end - p < 4)
        return false;
    value = 0;
    for (int i = 0; i < 4; ++i) {
        const int digit = hexValue(p[i]);
        if (digit < 0)
            return false;
        value = value * 16 + static_cast<std::uint32_t>(digit);
    }
    p += 4;
    return true;
}

// The code point of the escape after a backslash at p (p moves past it); false when invalid.
// Lone surrogates are refused: they cannot be written as UTF-8.
bool readEscape(const char *&p, const char *end, std::uint32_t &cp)
{
    if (p >= end)
        return false;
    switch (*p++) {
    case '"': cp = '"'; return true;
    case '\\': cp = '\\'; return true;
    case '/': cp = '/'; return true;
    case 'b': cp = 0x08; return true;
    case 'f': cp = 0x0C; return true;
    case 'n': cp = 0x0A; return true;
    case 'r': cp = 0x0D; return true;
    case 't': cp = 0x09; return true;
    case 'u': break;
    default: return false;
    }
    if (!readHex4(p, end, cp))
        return false;
    if (cp >= 0xDC00 && cp <= 0xDFFF)
        return false;
    if (cp >= 0xD800 && cp <= 0xDBFF) {
        std::uint32_t low = 0;
        if (end - p < 2 || p[0] != '\\' || p[1] != 'u')
            return false;
        p += 2;
        if (!readHex4(p, end, low) || low < 0xDC00 || low > 0xDFFF)
            return false;
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    return true;
}

void appendEscapedCodePoint(std::string &out, std::uint32_t cp)
{
    static constexpr char kHex[] = "0123456789abcdef";
    switch (cp) {
    case '"': out += "\\\""; return;
    case '\\': out += "\\\\"; return;
    case 0x08: out += "\\b"; return;
    case 0x0C: out += "\\f"; return;
    case 0x0A: out += "\\n"; return;
    case 0x0D: out += "\\r"; return;
    case 0x09: out += "\\t"; return;
    default: break;
    }
    if (cp < 0x20) {
        out += "\\u00";
        out += kHex[cp >> 4];
        out += kHex[cp & 0xF];
        return;
    }
    syntax::utf8::append(out, cp);
}

// The next `"`, `\` or control character in [p, end), or end.
const char *nextSpecial(const char *p, const char *end) { return findSpecial<true>(p, end); }

bool copyLiteral(const char *&p, const char *end, std::string_view word, std::string &out)
{
    if (static_cast<std::size_t>(end - p) < word.size() || std::memcmp(p, word.data(), word.size()) != 0)
        return false;
    out.append(word);
    p += word.size();
    return true;
}

bool isNumberChar(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

} // namespace

bool decodeString(const char *begin, const char *end, std::string &out)
{
    const char *p = begin;
    while (p < end) {
        const char *special = nextSpecial(p, end);
        out.append(p, special);
        p = special;
        if (p >= end)
            break;
        if (*p != '\\')
            return false;
        ++p;
        std::uint32_t cp = 0;
        if (!readEscape(p, end, cp))
            return false;
        syntax::utf8::append(out, cp);
    }
    return true;
}

bool reencodeString(const char *begin, const char *end, std::string &out)
{
    out += '"';
    const char *p = begin;
    while (p < end) {
        const char *special = nextSpecial(p, end);
        out.append(p, special); // plain runs are already in §7.3 form
        p = special;
        if (p >= end)
            break;
        if (*p != '\\')
            return false;
        ++p;
        std::uint32_t cp = 0;
        if (!readEscape(p, end, cp))
            return false;
        appendEscapedCodePoint(out, cp);
    }
    out += '"';
    return true;
}

bool transcodeValue(const char *&p, const char *end, std::string &out)
{
    // An explicit stack of open containers ('{' or '['), so any nesting depth is safe.
    std::string open;
    bool expectKey = false;
    for (;;) {
        skipSpace(p, end);
        if (p >= end)
            return false;
        if (expectKey) {
            if (*p != '"')
                return false;
            const char *start = p;
            bool escaped = false;
            if (!skipString(p, end, escaped) || !reencodeString(start + 1, p - 1, out))
                return false;
            skipSpace(p, end);
            if (p >= end || *p != ':')
                return false;
            ++p;
            out += ':';
            expectKey = false;
            continue;
        }
        const char c = *p;
        bool scalar = true;
        if (c == '{' || c == '[') {
            out += c;
            ++p;
            skipSpace(p, end);
            const char close = c == '{' ? '}' : ']';
            if (p < end && *p == close) {
                out += close;
                ++p;
            } else {
                open += c;
                expectKey = c == '{';
                scalar = false;
            }
        } else if (c == '"') {
            const char *start = p;
            const char *stop = nextSpecial(p + 1, end);
            if (stop < end && *stop == '"') { // no escape, no control character: already §7.3
                p = stop + 1;
                out.append(start, p);
            } else {
                bool escaped = false;
                if (!skipString(p, end, escaped) || !reencodeString(start + 1, p - 1, out))
                    return false;
            }
        } else if (c == 't') {
            if (!copyLiteral(p, end, "true", out))
                return false;
        } else if (c == 'f') {
            if (!copyLiteral(p, end, "false", out))
                return false;
        } else if (c == 'n') {
            if (!copyLiteral(p, end, "null", out))
                return false;
        } else {
            const char *start = p;
            while (p < end && isNumberChar(*p))
                ++p;
            if (p == start)
                return false;
            out.append(start, p);
        }
        if (!scalar)
            continue;
        // After a complete value: close containers or separate.
        for (;;) {
            if (open.empty())
                return true;
            skipSpace(p, end);
            if (p >= end)
                return false;
            const char close = open.back() == '{' ? '}' : ']';
            if (*p == close) {
                out += close;
                ++p;
                open.pop_back();
                continue;
            }
            if (*p != ',')
                return false;
            out += ',';
            ++p;
            expectKey = open.back() == '{';
            break;
        }
    }
}

} // namespace graft::json::scan
