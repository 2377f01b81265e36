#include "values/json_reader.h"

#include "values/utf8.h"

#include <cmath>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace graft::values {

namespace {

constexpr bool isWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

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

class Reader {
public:
    Reader(std::string_view text, int maxNesting) : m_text(text), m_maxNesting(maxNesting)
    {
        // Small texts (variables, a request context) then grow their stacks once; a few entries
        // keep each allocation small enough for the allocator's fast path.
        m_frames.reserve(kInitialEntries);
        m_values.reserve(kInitialEntries);
        m_keys.reserve(kInitialEntries);
    }

    JsonReadResult run();

private:
    static constexpr std::size_t kInitialEntries = 4;

    struct Frame {
        bool object;
        std::size_t valueStart;
        std::size_t keyStart;
    };

    void skipWhitespace()
    {
        while (m_pos < m_text.size() && isWhitespace(m_text[m_pos]))
            ++m_pos;
    }
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return m_text[m_pos]; }

    bool readString(std::string &out);
    bool readUnicodeEscape(char32_t &out);
    bool readNumber();
    bool readWord(std::string_view word);
    void emit(JsonValue value)
    {
        if (m_building)
            m_values.push_back(std::move(value));
    }
    void open(bool object);
    bool closeObject();
    void closeArray();
    const std::string *firstDuplicate(std::size_t keyStart) const;

    std::string_view m_text;
    int m_maxNesting;
    std::size_t m_pos = 0;
    bool m_building = true;
    bool m_failed = false; // m_result already holds the failure
    JsonReadResult m_result;
    std::vector<Frame> m_frames;
    std::vector<JsonValue> m_values;
    std::vector<std::string> m_keys;
};

JsonReadResult Reader::run()
{
    auto malformed = [this] {
        JsonReadResult r;
        r.status = JsonReadStatus::Malformed;
        return r;
    };
    // States: expecting a value, or just after a complete value inside a container.
    skipWhitespace();
    if (atEnd())
        return malformed();
    switch (peek()) {
    case '{':
        m_result.rootKind = JsonKind::Object;
        break;
    case '[':
        m_result.rootKind = JsonKind::Array;
        break;
    case '"':
        m_result.rootKind = JsonKind::String;
        break;
    case 't':
    case 'f':
        m_result.rootKind = JsonKind::Boolean;
        break;
    case 'n':
        m_result.rootKind = JsonKind::Null;
        break;
    default:
        m_result.rootKind = JsonKind::Float; // refined below for integers; only "not an object" matters
        break;
    }

    bool expectValue = true;
    for (;;) {
        if (expectValue) {
            skipWhitespace();
            if (atEnd())
                return malformed();
            const char c = peek();
            if (c == '{') {
                ++m_pos;
                open(true);
                skipWhitespace();
                if (!atEnd() && peek() == '}') {
                    ++m_pos;
                    if (!closeObject())
                        return std::move(m_result);
                    expectValue = false;
                    continue;
                }
                // A member name, a colon, then its value.
                if (atEnd() || peek() != '"')
                    return malformed();
                std::string key;
                if (!readString(key))
                    return malformed();
                m_keys.push_back(std::move(key));
                skipWhitespace();
                if (atEnd() || peek() != ':')
                    return malformed();
                ++m_pos;
                continue;
            }
            if (c == '[') {
                ++m_pos;
                open(false);
                skipWhitespace();
                if (!atEnd() && peek() == ']') {
                    ++m_pos;
                    closeArray();
                    expectValue = false;
                }
                continue;
            }
            if (c == '"') {
                std::string s;
                if (!readString(s))
                    return malformed();
                emit(JsonValue::string(std::move(s)));
            } else if (c == 't') {
                if (!readWord("true"))
                    return malformed();
                emit(JsonValue::boolean(true));
            } else if (c == 'f') {
                if (!readWord("false"))
                    return malformed();
                emit(JsonValue::boolean(false));
            } else if (c == 'n') {
                if (!readWord("null"))
                    return malformed();
                emit(JsonValue());
            } else if (!readNumber()) {
                return m_failed ? std::move(m_result) : malformed();
            }
            expectValue = false;
            continue;
        }
        // After a complete value.
        skipWhitespace();
        if (m_frames.empty()) {
            if (!atEnd())
                return malformed();
            break;
        }
        if (atEnd())
            return malformed();
        const Frame &top = m_frames.back();
        const char c = peek();
        ++m_pos;
        if (c == ',') {
            expectValue = true;
            if (top.object) {
                skipWhitespace();
                if (atEnd() || peek() != '"')
                    return malformed();
                std::string key;
                if (!readString(key))
                    return malformed();
                m_keys.push_back(std::move(key));
                skipWhitespace();
                if (atEnd() || peek() != ':')
                    return malformed();
                ++m_pos;
            }
        } else if (c == '}' && top.object) {
            if (!closeObject())
                return std::move(m_result);
        } else if (c == ']' && !top.object) {
            closeArray();
        } else {
            return malformed();
        }
    }
    if (m_building) {
        m_result.value = std::move(m_values.back());
        m_result.rootKind = m_result.value.kind();
    }
    return std::move(m_result);
}

void Reader::open(bool object)
{
    m_frames.push_back(Frame{object, m_values.size(), m_keys.size()});
    if (static_cast<long long>(m_frames.size()) > m_maxNesting) {
        // Past the limit the value is never returned: stop building (bounded memory, and no deep
        // tree to destroy recursively) but keep reading for malformed text and duplicate names.
        m_result.tooDeep = true;
        m_building = false;
        m_values.clear();
    }
}

bool Reader::closeObject()
{
    const Frame frame = m_frames.back();
    m_frames.pop_back();
    if (const std::string *dup = firstDuplicate(frame.keyStart)) {
        m_result = JsonReadResult{};
        m_result.status = JsonReadStatus::DuplicateKey;
        m_result.duplicateKey = *dup;
        return false;
    }
    if (m_building) {
        std::vector<std::string> keys(std::make_move_iterator(m_keys.begin() + static_cast<std::ptrdiff_t>(frame.keyStart)),
                                      std::make_move_iterator(m_keys.end()));
        std::vector<JsonValue> values(
            std::make_move_iterator(m_values.begin() + static_cast<std::ptrdiff_t>(frame.valueStart)),
            std::make_move_iterator(m_values.end()));
        m_values.resize(frame.valueStart);
        m_keys.resize(frame.keyStart);
        m_values.push_back(JsonValue::object(std::move(keys), std::move(values)));
    } else {
        m_keys.resize(frame.keyStart);
    }
    return true;
}

void Reader::closeArray()
{
    const Frame frame = m_frames.back();
    m_frames.pop_back();
    if (!m_building)
        return;
    std::vector<JsonValue> items(std::make_move_iterator(m_values.begin() + static_cast<std::ptrdiff_t>(frame.valueStart)),
                                 std::make_move_iterator(m_values.end()));
    m_values.resize(frame.valueStart);
    m_values.push_back(JsonValue::array(std::move(items)));
}

const std::string *Reader::firstDuplicate(std::size_t keyStart) const
{
    const std::size_t count = m_keys.size() - keyStart;
    if (count < 2)
        return nullptr;
    // Python's hook walks the pairs in order and stops at the first name already seen.
    if (count <= 16) {
        for (std::size_t i = keyStart + 1; i < m_keys.size(); ++i) {
            for (std::size_t j = keyStart; j < i; ++j) {
                if (m_keys[i] == m_keys[j])
                    return &m_keys[i];
            }
        }
        return nullptr;
    }
    std::unordered_set<std::string_view> seen;
    seen.reserve(count);
    for (std::size_t i = keyStart; i < m_keys.size(); ++i) {
        if (!seen.insert(m_keys[i]).second)
            return &m_keys[i];
    }
    return nullptr;
}

bool Reader::readWord(std::string_view word)
{
    if (m_text.substr(m_pos, word.size()) != word)
        return false;
    m_pos += word.size();
    return true;
}

bool Reader::readNumber()
{
    const std::size_t start = m_pos;
    const std::size_t n = m_text.size();
    if (m_pos < n && m_text[m_pos] == '-')
        ++m_pos;
    if (m_pos >= n || !isDigit(m_text[m_pos]))
        return false;
    if (m_text[m_pos] == '0') {
        ++m_pos;
    } else {
        while (m_pos < n && isDigit(m_text[m_pos]))
            ++m_pos;
    }
    if (m_pos < n && m_text[m_pos] == '.') {
        ++m_pos;
        if (m_pos >= n || !isDigit(m_text[m_pos]))
            return false;
        while (m_pos < n && isDigit(m_text[m_pos]))
            ++m_pos;
    }
    if (m_pos < n && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
        ++m_pos;
        if (m_pos < n && (m_text[m_pos] == '+' || m_text[m_pos] == '-'))
            ++m_pos;
        if (m_pos >= n || !isDigit(m_text[m_pos]))
            return false;
        while (m_pos < n && isDigit(m_text[m_pos]))
            ++m_pos;
    }
    JsonValue value = JsonValue::jsonNumber(m_text.substr(start, m_pos - start));
    if (value.isFloat() && !std::isfinite(value.numberValue())) {
        m_result = JsonReadResult{};
        m_result.status = JsonReadStatus::NumberOutOfRange;
        m_failed = true;
        return false;
    }
    emit(std::move(value));
    return true;
}

bool Reader::readUnicodeEscape(char32_t &out)
{
    // At the 'u' of "\uXXXX".
    if (m_text.size() - m_pos < 5)
        return false;
    char32_t value = 0;
    for (std::size_t i = 1; i <= 4; ++i) {
        const int h = hexValue(m_text[m_pos + i]);
        if (h < 0)
            return false;
        value = (value << 4) | static_cast<char32_t>(h);
    }
    m_pos += 5;
    out = value;
    return true;
}

bool Reader::readString(std::string &out)
{
    ++m_pos; // the opening quote
    const std::size_t n = m_text.size();
    std::size_t runStart = m_pos;
    while (m_pos < n) {
        const auto c = static_cast<unsigned char>(m_text[m_pos]);
        if (c == '"') {
            out.append(m_text.data() + runStart, m_pos - runStart);
            ++m_pos;
            return true;
        }
        if (c < 0x20)
            return false;
        if (c >= 0x80) {
            const char32_t cp = utf8::next(m_text, m_pos);
            if (cp >= 0xD800 && cp <= 0xDFFF)
                return false; // not well-formed UTF-8
            continue;
        }
        if (c != '\\') {
            ++m_pos;
            continue;
        }
        out.append(m_text.data() + runStart, m_pos - runStart);
        ++m_pos;
        if (m_pos >= n)
            return false;
        switch (m_text[m_pos]) {
        case '"':
            out += '"';
            break;
        case '\\':
            out += '\\';
            break;
        case '/':
            out += '/';
            break;
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case 'u': {
            char32_t cp = 0;
            if (!readUnicodeEscape(cp))
                return false;
            if (cp >= 0xDC00 && cp <= 0xDFFF)
                return false; // lone low surrogate: not representable in UTF-8
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                char32_t low = 0;
                if (m_pos + 1 >= n || m_text[m_pos] != '\\' || m_text[m_pos + 1] != 'u')
                    return false;
                ++m_pos;
                if (!readUnicodeEscape(low) || low < 0xDC00 || low > 0xDFFF)
                    return false;
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            }
            utf8::append(out, cp);
            runStart = m_pos;
            continue;
        }
        default:
            return false;
        }
        ++m_pos;
        runStart = m_pos;
    }
    return false;
}

} // namespace

int jsonNestingDepth(std::string_view text, int limit)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > deepest) {
                deepest = depth;
                if (deepest > limit)
                    return deepest;
            }
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return deepest;
}

JsonReadResult readJson(std::string_view text, int maxNesting)
{
    return Reader(text, maxNesting).run();
}

} // namespace graft::values
