#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace graft::syntax::utf8 {

/// One decoded code point and the number of bytes it occupies.
struct Decoded {
    char32_t codePoint;
    std::uint32_t length;
};

/// Decodes the code point at `pos` (< text.size()). A byte that does not start a well-formed UTF-8
/// sequence decodes as U+DC00 + byte with length 1 - Python's "surrogateescape" - so malformed
/// input behaves as graphql-core behaves on the same bytes decoded that way (a lone surrogate).
inline Decoded decode(std::string_view text, std::size_t pos)
{
    const auto b0 = static_cast<unsigned char>(text[pos]);
    if (b0 < 0x80)
        return {b0, 1};
    const std::size_t left = text.size() - pos;
    auto cont = [&](std::size_t i, unsigned lo = 0x80, unsigned hi = 0xBF) {
        if (i >= left)
            return false;
        const auto b = static_cast<unsigned char>(text[pos + i]);
        return b >= lo && b <= hi;
    };
    auto byte = [&](std::size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(text[pos + i]) & 0x3F); };
    if (b0 >= 0xC2 && b0 <= 0xDF && cont(1))
        return {(char32_t(b0 & 0x1F) << 6) | byte(1), 2};
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        const unsigned lo = b0 == 0xE0 ? 0xA0 : 0x80;
        const unsigned hi = b0 == 0xED ? 0x9F : 0xBF;
        if (cont(1, lo, hi) && cont(2))
            return {(char32_t(b0 & 0x0F) << 12) | (byte(1) << 6) | byte(2), 3};
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        const unsigned lo = b0 == 0xF0 ? 0x90 : 0x80;
        const unsigned hi = b0 == 0xF4 ? 0x8F : 0xBF;
        if (cont(1, lo, hi) && cont(2) && cont(3))
            return {(char32_t(b0 & 0x07) << 18) | (byte(1) << 12) | (byte(2) << 6) | byte(3), 4};
    }
    return {char32_t(0xDC00 + b0), 1};
}

/// True for a Unicode scalar value (not a surrogate, at most U+10FFFF).
constexpr bool isScalar(char32_t cp)
{
    return cp < 0xD800 || (cp >= 0xE000 && cp <= 0x10FFFF);
}

/// Appends the UTF-8 encoding of scalar value `cp` to `out`.
inline void append(std::string &out, char32_t cp)
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

/// Appends one decoded code point: a scalar as UTF-8, an escaped byte (U+DC80..U+DCFF) as that byte.
inline void appendDecoded(std::string &out, char32_t cp)
{
    if (cp >= 0xDC80 && cp <= 0xDCFF)
        out += static_cast<char>(cp - 0xDC00);
    else
        append(out, cp);
}

/// True for the code points Python's str.splitlines breaks at (CONTRACT §3.1).
constexpr bool isLineBreak(char32_t cp)
{
    return cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || cp == 0x1C || cp == 0x1D || cp == 0x1E ||
           cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}

} // namespace graft::syntax::utf8
