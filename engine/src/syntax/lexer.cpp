#include "syntax/lexer.h"

#include "syntax/utf8.h"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace graft::syntax {

namespace {

constexpr bool isDigit(int c)
{
    return c >= '0' && c <= '9';
}

constexpr bool isNameStart(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

struct NameTable {
    bool continues[256] = {};
    bool blank[256] = {}; ///< space, tab, comma, LF, CR: ignored single bytes
    constexpr NameTable()
    {
        for (int c = 0; c < 256; ++c) {
            continues[c] = isNameStart(c) || isDigit(c);
            blank[c] = c == ' ' || c == '\t' || c == ',' || c == '\n' || c == '\r';
        }
    }
};
constexpr NameTable kNameTable;

inline bool isNameContinue(unsigned char c)
{
    return kNameTable.continues[c];
}

constexpr int hexValue(char32_t c)
{
    if (c >= '0' && c <= '9')
        return static_cast<int>(c - '0');
    if (c >= 'A' && c <= 'F')
        return static_cast<int>(c - 'A' + 10);
    if (c >= 'a' && c <= 'f')
        return static_cast<int>(c - 'a' + 10);
    return -1;
}

constexpr std::size_t leadingWhiteSpace(std::string_view line)
{
    std::size_t i = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
        ++i;
    return i;
}

} // namespace

void dedentBlockStringLines(const std::string_view *lines, std::size_t count, std::string &out)
{
    std::size_t commonIndent = static_cast<std::size_t>(-1);
    std::size_t firstNonEmpty = count;
    std::size_t lastNonEmpty = 0;
    bool anyNonEmpty = false;
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t indent = leadingWhiteSpace(lines[i]);
        if (indent == lines[i].size())
            continue;
        if (!anyNonEmpty)
            firstNonEmpty = i;
        anyNonEmpty = true;
        lastNonEmpty = i;
        if (i != 0 && indent < commonIndent)
            commonIndent = indent;
    }
    if (!anyNonEmpty)
        return;
    for (std::size_t i = firstNonEmpty; i <= lastNonEmpty; ++i) {
        if (i != firstNonEmpty)
            out += '\n';
        std::string_view line = lines[i];
        if (i != 0)
            line.remove_prefix(std::min(commonIndent, line.size()));
        out += line;
    }
}

Lexer::Lexer(std::string_view source, Arena &arena) : m_source(source), m_arena(arena) {}

Token Lexer::next()
{
    std::vector<Token> one;
    one.reserve(1);
    appendNext(one);
    return one.front();
}

TokenKind Lexer::appendNext(std::vector<Token> &tokens)
{
    m_out = &tokens.emplace_back();
    if (m_finished) {
        *m_out = m_final;
        return m_final.kind;
    }
    readToken();
    const TokenKind kind = m_out->kind;
    if (kind == TokenKind::Eof || kind == TokenKind::Error) {
        m_finished = true;
        m_final = *m_out;
    }
    return kind;
}

void Lexer::fail(std::size_t pos, std::string_view message)
{
    m_error.assign("Syntax Error: ");
    m_error += message;
    make(TokenKind::Error, pos, pos);
}

std::string Lexer::printCodePointAt(std::size_t pos) const
{
    if (pos >= m_source.size())
        return "<EOF>";
    const char32_t cp = utf8::decode(m_source, pos).codePoint;
    if (cp >= 0x20 && cp <= 0x7E)
        return std::string{'\'', static_cast<char>(cp), '\''};
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(cp));
    return buffer;
}

std::string_view Lexer::codePointsAt(std::size_t pos, std::size_t count) const
{
    std::size_t end = pos;
    for (std::size_t i = 0; i < count && end < m_source.size(); ++i)
        end += utf8::decode(m_source, end).length;
    return m_source.substr(pos, end - pos);
}

std::size_t Lexer::codePointsLeft(std::size_t pos, std::size_t limit) const
{
    std::size_t n = 0;
    while (n < limit && pos < m_source.size()) {
        pos += utf8::decode(m_source, pos).length;
        ++n;
    }
    return n;
}

void Lexer::readToken()
{
    const std::size_t size = m_source.size();
    std::size_t pos = m_pos;
    const char *text = m_source.data();
    while (pos < size) {
        if (kNameTable.blank[static_cast<unsigned char>(text[pos])]) {
            ++pos;
            continue;
        }
        const auto c = static_cast<unsigned char>(text[pos]);
        TokenKind punct = TokenKind::Error;
        switch (c) {
        case ' ':
        case '\t':
        case ',':
        case '\n':
        case '\r':
            ++pos;
            continue;
        case 0xEF:
            if (pos + 2 < size && static_cast<unsigned char>(m_source[pos + 1]) == 0xBB &&
                static_cast<unsigned char>(m_source[pos + 2]) == 0xBF) {
                pos += 3; // U+FEFF
                continue;
            }
            break;
        case '#': {
            // A comment ends at a line terminator (or, like graphql-core, at a lone surrogate).
            ++pos;
            while (pos < size) {
                const auto b = static_cast<unsigned char>(m_source[pos]);
                if (b == '\n' || b == '\r')
                    break;
                if (b < 0x80) {
                    ++pos;
                    continue;
                }
                const utf8::Decoded d = utf8::decode(m_source, pos);
                if (!utf8::isScalar(d.codePoint))
                    break;
                pos += d.length;
            }
            continue;
        }
        case '"':
            m_pos = pos;
            if (pos + 2 < size && m_source[pos + 1] == '"' && m_source[pos + 2] == '"')
                return readBlockString(pos);
            return readString(pos);
        case '!': punct = TokenKind::Bang; break;
        case '$': punct = TokenKind::Dollar; break;
        case '&': punct = TokenKind::Amp; break;
        case '(': punct = TokenKind::ParenL; break;
        case ')': punct = TokenKind::ParenR; break;
        case ':': punct = TokenKind::Colon; break;
        case '=': punct = TokenKind::Equals; break;
        case '@': punct = TokenKind::At; break;
        case '[': punct = TokenKind::BracketL; break;
        case ']': punct = TokenKind::BracketR; break;
        case '{': punct = TokenKind::BraceL; break;
        case '}': punct = TokenKind::BraceR; break;
        case '|': punct = TokenKind::Pipe; break;
        case '.':
            if (pos + 2 < size && m_source[pos + 1] == '.' && m_source[pos + 2] == '.') {
                m_pos = pos + 3;
                return make(TokenKind::Spread, pos, pos + 3);
            }
            break;
        case '\'':
            return fail(pos, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
        default:
            if (c == '-' || isDigit(c))
                return readNumber(pos);
            if (isNameStart(c))
                return readName(pos);
            break;
        }
        if (punct != TokenKind::Error) {
            m_pos = pos + 1;
            return make(punct, pos, pos + 1);
        }
        const char32_t cp = utf8::decode(m_source, pos).codePoint;
        const char *prefix = utf8::isScalar(cp) ? "Unexpected character: " : "Invalid character: ";
        return fail(pos, prefix + printCodePointAt(pos) + ".");
    }
    m_pos = size;
    return make(TokenKind::Eof, size, size);
}

void Lexer::readName(std::size_t start)
{
    std::size_t pos = start + 1;
    const std::size_t size = m_source.size();
    const char *text = m_source.data();
    while (pos < size && isNameContinue(static_cast<unsigned char>(text[pos])))
        ++pos;
    m_pos = pos;
    return make(TokenKind::Name, start, pos, m_source.substr(start, pos - start));
}

bool Lexer::readDigits(std::size_t &pos)
{
    if (pos >= m_source.size() || !isDigit(m_source[pos]))
        return false;
    ++pos;
    while (pos < m_source.size() && isDigit(m_source[pos]))
        ++pos;
    return true;
}

void Lexer::readNumber(std::size_t start)
{
    const std::size_t size = m_source.size();
    auto at = [&](std::size_t p) { return p < size ? static_cast<int>(static_cast<unsigned char>(m_source[p])) : -1; };
    auto expectedDigit = [&](std::size_t p) {
        return fail(p, "Invalid number, expected digit but got: " + printCodePointAt(p) + ".");
    };
    std::size_t pos = start;
    bool isFloat = false;
    if (at(pos) == '-')
        ++pos;
    if (at(pos) == '0') {
        ++pos;
        if (isDigit(at(pos)))
            return fail(pos, "Invalid number, unexpected digit after 0: " + printCodePointAt(pos) + ".");
    } else if (!readDigits(pos)) {
        return expectedDigit(pos);
    }
    if (at(pos) == '.') {
        isFloat = true;
        ++pos;
        if (!readDigits(pos))
            return expectedDigit(pos);
    }
    if (at(pos) == 'e' || at(pos) == 'E') {
        isFloat = true;
        ++pos;
        if (at(pos) == '+' || at(pos) == '-')
            ++pos;
        if (!readDigits(pos))
            return expectedDigit(pos);
    }
    if (at(pos) == '.' || isNameStart(at(pos)))
        return expectedDigit(pos);
    m_pos = pos;
    return make(isFloat ? TokenKind::Float : TokenKind::Int, start, pos, m_source.substr(start, pos - start));
}

void Lexer::readString(std::size_t start)
{
    const std::size_t size = m_source.size();
    std::size_t pos = start + 1;
    std::size_t chunk = pos;
    bool escaped = false;
    m_scratch.clear();
    while (pos < size) {
        const auto c = static_cast<unsigned char>(m_source[pos]);
        if (c == '"') {
            std::string_view value;
            if (escaped) {
                m_scratch.append(m_source.substr(chunk, pos - chunk));
                value = m_arena.copyString(m_scratch);
            } else {
                value = m_source.substr(chunk, pos - chunk);
            }
            m_pos = pos + 1;
            return make(TokenKind::String, start, pos + 1, value);
        }
        if (c == '\\') {
            m_scratch.append(m_source.substr(chunk, pos - chunk));
            escaped = true;
            const std::size_t consumed = readEscape(pos);
            if (consumed == 0)
                return;
            pos += consumed;
            chunk = pos;
            continue;
        }
        if (c == '\n' || c == '\r')
            break;
        if (c < 0x80) {
            ++pos;
            continue;
        }
        const utf8::Decoded d = utf8::decode(m_source, pos);
        if (!utf8::isScalar(d.codePoint))
            return fail(pos, "Invalid character within String: " + printCodePointAt(pos) + ".");
        pos += d.length;
    }
    return fail(pos, "Unterminated string.");
}

std::size_t Lexer::readEscape(std::size_t pos)
{
    const std::size_t size = m_source.size();
    if (pos + 1 >= size) {
        // graphql-core raises IndexError here; CONTRACT §3.1 maps it to this error at the end.
        fail(size, "Unterminated string.");
        return 0;
    }
    const char next = m_source[pos + 1];
    if (next == 'u') {
        if (pos + 2 < size && m_source[pos + 2] == '{')
            return readVariableUnicodeEscape(pos);
        return readFixedUnicodeEscape(pos);
    }
    char value = 0;
    switch (next) {
    case '"': value = '"'; break;
    case '/': value = '/'; break;
    case '\\': value = '\\'; break;
    case 'b': value = '\b'; break;
    case 'f': value = '\f'; break;
    case 'n': value = '\n'; break;
    case 'r': value = '\r'; break;
    case 't': value = '\t'; break;
    default:
        fail(pos, "Invalid character escape sequence: '" + std::string(codePointsAt(pos, 2)) + "'.");
        return 0;
    }
    m_scratch += value;
    return 2;
}

std::size_t Lexer::readFixedUnicodeEscape(std::size_t pos)
{
    const std::size_t size = m_source.size();
    // Four hex digits at `at`, or a negative value; graphql-core reads four characters whatever they are.
    auto hex4 = [&](std::size_t at) {
        int code = 0;
        for (std::size_t i = 0; i < 4; ++i) {
            const int digit = hexValue(static_cast<unsigned char>(m_source[at + i]));
            if (digit < 0)
                return -1;
            code = (code << 4) | digit;
        }
        return code;
    };
    if (codePointsLeft(pos + 2, 4) < 4) {
        fail(size, "Unterminated string."); // IndexError in graphql-core (CONTRACT §3.1)
        return 0;
    }
    const int code = hex4(pos + 2);
    if (code >= 0 && utf8::isScalar(static_cast<char32_t>(code))) {
        utf8::append(m_scratch, static_cast<char32_t>(code));
        return 6;
    }
    if (code >= 0xD800 && code <= 0xDBFF && pos + 7 < size && m_source[pos + 6] == '\\' && m_source[pos + 7] == 'u') {
        if (codePointsLeft(pos + 8, 4) < 4) {
            fail(size, "Unterminated string.");
            return 0;
        }
        const int trailing = hex4(pos + 8);
        if (trailing >= 0xDC00 && trailing <= 0xDFFF) {
            const auto cp = static_cast<char32_t>(0x10000 + ((code - 0xD800) << 10) + (trailing - 0xDC00));
            utf8::append(m_scratch, cp);
            return 12;
        }
    }
    fail(pos, "Invalid Unicode escape sequence: '" + std::string(codePointsAt(pos, 6)) + "'.");
    return 0;
}

std::size_t Lexer::readVariableUnicodeEscape(std::size_t pos)
{
    // Mirrors graphql-core: `size` counts code points of the escape read so far (`\u{` = 3), at most 12.
    const std::size_t maxSize = codePointsLeft(pos, 12);
    std::size_t size = 3;
    std::size_t cursor = pos + 3;
    long long point = 0;
    while (size < maxSize) {
        const utf8::Decoded d = utf8::decode(m_source, cursor);
        cursor += d.length;
        ++size;
        if (d.codePoint == '}') {
            if (size < 5 || !utf8::isScalar(static_cast<char32_t>(point)))
                break;
            utf8::append(m_scratch, static_cast<char32_t>(point));
            return cursor - pos;
        }
        const int digit = hexValue(d.codePoint);
        if (digit < 0)
            break;
        point = (point << 4) | digit;
    }
    fail(pos, "Invalid Unicode escape sequence: '" + std::string(m_source.substr(pos, cursor - pos)) + "'.");
    return 0;
}

void Lexer::readBlockString(std::size_t start)
{
    const std::size_t size = m_source.size();
    std::size_t pos = start + 3;
    std::size_t chunk = pos;
    bool simple = true; // one line, no escaped triple quote: the raw text is the only line
    m_scratch.clear();
    while (pos < size) {
        const auto c = static_cast<unsigned char>(m_source[pos]);
        if (c == '"' && pos + 2 < size && m_source[pos + 1] == '"' && m_source[pos + 2] == '"') {
            std::string_view value;
            if (simple) {
                const std::string_view line = m_source.substr(chunk, pos - chunk);
                value = leadingWhiteSpace(line) == line.size() ? std::string_view() : line;
            } else {
                m_scratch.append(m_source.substr(chunk, pos - chunk));
                std::vector<std::string_view> lines;
                std::string_view rest = m_scratch;
                for (;;) {
                    const std::size_t nl = rest.find('\n');
                    lines.push_back(rest.substr(0, nl));
                    if (nl == std::string_view::npos)
                        break;
                    rest.remove_prefix(nl + 1);
                }
                std::string joined;
                dedentBlockStringLines(lines.data(), lines.size(), joined);
                value = m_arena.copyString(joined);
            }
            m_pos = pos + 3;
            return make(TokenKind::BlockString, start, pos + 3, value);
        }
        if (c == '\\' && pos + 3 < size && m_source[pos + 1] == '"' && m_source[pos + 2] == '"' &&
            m_source[pos + 3] == '"') {
            m_scratch.append(m_source.substr(chunk, pos - chunk));
            simple = false;
            chunk = pos + 1;
            pos += 4;
            continue;
        }
        if (c == '\n' || c == '\r') {
            m_scratch.append(m_source.substr(chunk, pos - chunk));
            m_scratch += '\n';
            simple = false;
            pos += (c == '\r' && pos + 1 < size && m_source[pos + 1] == '\n') ? 2 : 1;
            chunk = pos;
            continue;
        }
        if (c < 0x80) {
            ++pos;
            continue;
        }
        const utf8::Decoded d = utf8::decode(m_source, pos);
        if (!utf8::isScalar(d.codePoint))
            return fail(pos, "Invalid character within String: " + printCodePointAt(pos) + ".");
        pos += d.length;
    }
    return fail(pos, "Unterminated string.");
}

} // namespace graft::syntax
