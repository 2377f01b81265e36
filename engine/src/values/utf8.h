#pragma once

// UTF-8 helpers of the value layer. Text in the engine is UTF-8; a byte that does not start a
// well-formed sequence decodes as U+DC00 + byte (Python's "surrogateescape"), so printing never
// fails on bad input and shows it the way Python would show the same bytes decoded that way.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace graft::values::utf8 {

/// Decodes the code point starting at `pos` (< text.size()) and advances `pos` past it.
inline char32_t next(std::string_view text, std::size_t &pos)
{
    const auto b0 = static_cast<unsigned char>(text[pos]);
    if (b0 < 0x80) {
        ++pos;
        return b0;
    }
    const std::size_t left = text.size() - pos;
    auto cont = [&](std::size_t i, unsigned lo, unsigned hi) {
        if (i >= left)
            return false;
        const auto b = static_cast<unsigned char>(text[pos + i]);
        return b >= lo && b <= hi;
    };
    auto low6 = [&](std::size_t i) { return char32_t(static_cast<unsigned char>(text[pos + i]) & 0x3Fu); };
    if (b0 >= 0xC2 && b0 <= 0xDF && cont(1, 0x80, 0xBF)) {
        const char32_t cp = (char32_t(b0 & 0x1Fu) << 6) | low6(1);
        pos += 2;
        return cp;
    }
    if (b0 >= 0xE0 && b0 <= 0xEF && cont(1, b0 == 0xE0 ? 0xA0 : 0x80, b0 == 0xED ? 0x9F : 0xBF) &&
        cont(2, 0x80, 0xBF)) {
        const char32_t cp = (char32_t(b0 & 0x0Fu) << 12) | (low6(1) << 6) | low6(2);
        pos += 3;
        return cp;
    }
    if (b0 >= 0xF0 && b0 <= 0xF4 && cont(1, b0 == 0xF0 ? 0x90 : 0x80, b0 == 0xF4 ? 0x8F : 0xBF) &&
        cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF)) {
        const char32_t cp = (char32_t(b0 & 0x07u) << 18) | (low6(1) << 12) | (low6(2) << 6) | low6(3);
        pos += 4;
        return cp;
    }
    ++pos;
    return char32_t(0xDC00u + b0);
}

/// Appends the UTF-8 encoding of `cp` (a surrogate is written as its 3-byte form).
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

/// The number of code points of `text`, as next() counts them.
inline std::size_t length(std::string_view text)
{
    std::size_t count = 0;
    for (std::size_t pos = 0; pos < text.size(); ++count) {
        if (static_cast<unsigned char>(text[pos]) < 0x80)
            ++pos;
        else
            next(text, pos);
    }
    return count;
}

/// Decodes all of `text` into code points.
inline std::u32string decode(std::string_view text)
{
    std::u32string out;
    out.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();)
        out += next(text, pos);
    return out;
}

} // namespace graft::values::utf8
