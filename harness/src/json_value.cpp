#include "json_value.h"

#include <algorithm>


namespace graft::harness {

namespace {

/// A strict RFC 8259 reader. RapidJSON 1.1 is not used here: even with kParseNumbersAsStringsFlag it
/// rejects number tokens beyond the binary64 range (1e400), which §4.1 says the sides must see.
class Reader {
public:
    explicit Reader(std::string_view text) : m_text(text) {}

    JsonParseResult parse()
    {
        JsonParseResult result;
        JsonValue root;
        skipSpace();
        if (value(root, 0)) {
            skipSpace();
            if (m_pos == m_text.size()) {
                result.value = std::move(root);
                return result;
            }
            fail("trailing characters after the value");
        }
        result.error = m_error;
        result.offset = m_pos;
        return result;
    }

private:
    bool fail(const char* why)
    {
        if (m_error.empty())
            m_error = why;
        return false;
    }
    void skipSpace()
    {
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' || m_text[m_pos] == '\n' || m_text[m_pos] == '\r'))
            ++m_pos;
    }
    bool literal(std::string_view word)
    {
        if (m_text.substr(m_pos, word.size()) != word)
            return fail("invalid value");
        m_pos += word.size();
        return true;
    }
    bool value(JsonValue& out, int depth)
    {
        if (m_pos >= m_text.size())
            return fail("unexpected end of text");
        switch (m_text[m_pos]) {
        case '{': return object(out, depth);
        case '[': return array(out, depth);
        case '"': out.type = JsonValue::Type::String; return string(out.text);
        case 't': out.type = JsonValue::Type::Boolean; out.boolean = true; return literal("true");
        case 'f': out.type = JsonValue::Type::Boolean; out.boolean = false; return literal("false");
        case 'n': out.type = JsonValue::Type::Null; return literal("null");
        default: return number(out);
        }
    }
    bool object(JsonValue& out, int depth)
    {
        if (depth >= kMaxJsonDepth)
            return fail("nesting too deep");
        out.type = JsonValue::Type::Object;
        ++m_pos;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == '}') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != '"')
                return fail("expected a member name");
            std::string key;
            if (!string(key))
                return false;
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != ':')
                return fail("expected ':'");
            ++m_pos;
            skipSpace();
            JsonValue member;
            if (!value(member, depth + 1))
                return false;
            out.members.emplace_back(std::move(key), std::move(member));
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == '}') {
                ++m_pos;
                return true;
            }
            return fail("expected ',' or '}'");
        }
    }
    bool array(JsonValue& out, int depth)
    {
        if (depth >= kMaxJsonDepth)
            return fail("nesting too deep");
        out.type = JsonValue::Type::Array;
        ++m_pos;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == ']') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipSpace();
            JsonValue item;
            if (!value(item, depth + 1))
                return false;
            out.items.push_back(std::move(item));
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == ']') {
                ++m_pos;
                return true;
            }
            return fail("expected ',' or ']'");
        }
    }
    bool digits()
    {
        const std::size_t start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9')
            ++m_pos;
        return m_pos > start || fail("invalid number");
    }
    bool number(JsonValue& out)
    {
        const std::size_t start = m_pos;
        if (m_text[m_pos] == '-')
            ++m_pos;
        if (m_pos < m_text.size() && m_text[m_pos] == '0')
            ++m_pos;
        else if (!digits())
            return false;
        if (m_pos < m_text.size() && m_text[m_pos] == '.') {
            ++m_pos;
            if (!digits())
                return false;
        }
        if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-'))
                ++m_pos;
            if (!digits())
                return false;
        }
        out.type = JsonValue::Type::Number;
        out.text.assign(m_text.substr(start, m_pos - start));
        return true;
    }
    bool hex4(unsigned& out)
    {
        if (m_pos + 4 > m_text.size())
            return fail("truncated \\u escape");
        out = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = m_text[m_pos++];
            out <<= 4;
            if (c >= '0' && c <= '9')
                out |= static_cast<unsigned>(c - '0');
            else if (c >= 'a' && c <= 'f')
                out |= static_cast<unsigned>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                out |= static_cast<unsigned>(c - 'A' + 10);
            else
                return fail("invalid \\u escape");
        }
        return true;
    }
    static void encode(std::string& out, unsigned cp)
    {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }
    /// One UTF-8 sequence starting at m_pos, validated (no overlongs, surrogates or > U+10FFFF).
    bool utf8(std::string& out)
    {
        const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(m_text[i]); };
        const unsigned char b0 = byte(m_pos);
        std::size_t length = 0;
        unsigned char lo = 0x80;
        unsigned char hi = 0xBF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            length = 2;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            length = 3;
            lo = b0 == 0xE0 ? 0xA0 : 0x80;
            hi = b0 == 0xED ? 0x9F : 0xBF;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            length = 4;
            lo = b0 == 0xF0 ? 0x90 : 0x80;
            hi = b0 == 0xF4 ? 0x8F : 0xBF;
        } else {
            return fail("invalid UTF-8");
        }
        if (m_pos + length > m_text.size())
            return fail("invalid UTF-8");
        for (std::size_t i = 1; i < length; ++i) {
            const unsigned char b = byte(m_pos + i);
            if (b < (i == 1 ? lo : 0x80) || b > (i == 1 ? hi : 0xBF))
                return fail("invalid UTF-8");
        }
        out.append(m_text.substr(m_pos, length));
        m_pos += length;
        return true;
    }
    bool string(std::string& out)
    {
        ++m_pos;
        for (;;) {
            if (m_pos >= m_text.size())
                return fail("unterminated string");
            const auto c = static_cast<unsigned char>(m_text[m_pos]);
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (c < 0x20)
                return fail("control character in a string");
            if (c >= 0x80) {
                if (!utf8(out))
                    return false;
                continue;
            }
            ++m_pos;
            if (c != '\\') {
                out += static_cast<char>(c);
                continue;
            }
            if (m_pos >= m_text.size())
                return fail("unterminated string");
            const char e = m_text[m_pos++];
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                unsigned cp = 0;
                if (!hex4(cp))
                    return false;
                if (cp >= 0xDC00 && cp <= 0xDFFF)
                    return fail("unpaired surrogate escape");
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    unsigned low = 0;
                    if (m_text.substr(m_pos, 2) != "\\u" || (m_pos += 2, !hex4(low)) || low < 0xDC00 || low > 0xDFFF)
                        return fail("unpaired surrogate escape");
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                }
                encode(out, cp);
                break;
            }
            default: return fail("invalid escape");
            }
        }
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    std::string m_error;
};

void appendEscaped(std::string& out, std::string_view text)
{
    static const char* const kHex = "0123456789abcdef";
    out += '"';
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += kHex[u >> 4];
                out += kHex[u & 0xF];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void write(std::string& out, const JsonValue& value, bool canonical)
{
    switch (value.type) {
    case JsonValue::Type::Null: out += "null"; return;
    case JsonValue::Type::Boolean: out += value.boolean ? "true" : "false"; return;
    case JsonValue::Type::Number: out += value.text; return;
    case JsonValue::Type::String: appendEscaped(out, value.text); return;
    case JsonValue::Type::Array:
        out += '[';
        for (std::size_t i = 0; i < value.items.size(); ++i) {
            if (i)
                out += ',';
            write(out, value.items[i], canonical);
        }
        out += ']';
        return;
    case JsonValue::Type::Object: {
        std::vector<const std::pair<std::string, JsonValue>*> order;
        order.reserve(value.members.size());
        for (const auto& m : value.members)
            order.push_back(&m);
        if (canonical)
            std::stable_sort(order.begin(), order.end(), [](auto* a, auto* b) { return a->first < b->first; });
        out += '{';
        for (std::size_t i = 0; i < order.size(); ++i) {
            if (i)
                out += ',';
            appendEscaped(out, order[i]->first);
            out += ':';
            write(out, order[i]->second, canonical);
        }
        out += '}';
        return;
    }
    }
}

} // namespace

const JsonValue* JsonValue::member(std::string_view key) const
{
    for (const auto& [name, value] : members) {
        if (name == key)
            return &value;
    }
    return nullptr;
}

JsonParseResult parseJson(std::string_view text)
{
    return Reader(text).parse();
}

std::string writeJson(const JsonValue& value)
{
    std::string out;
    write(out, value, false);
    return out;
}

std::string canonicalJson(const JsonValue& value)
{
    std::string out;
    write(out, value, true);
    return out;
}

std::string quoteJson(std::string_view text)
{
    std::string out;
    appendEscaped(out, text);
    return out;
}

const char* jsonTypeName(JsonValue::Type type)
{
    switch (type) {
    case JsonValue::Type::Null: return "null";
    case JsonValue::Type::Boolean: return "boolean";
    case JsonValue::Type::Number: return "number";
    case JsonValue::Type::String: return "string";
    case JsonValue::Type::Array: return "array";
    case JsonValue::Type::Object: return "object";
    }
    return "null";
}

} // namespace graft::harness
