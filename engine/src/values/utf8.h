#pragma once

// UTF-8 helpers of the value layer over the engine's one decoder (syntax/utf8.h). Text in the
// engine is UTF-8; a byte that does not start a well-formed sequence decodes as U+DC00 + byte
// (Python's "surrogateescape"), so printing never fails on bad input and shows it the way Python
// would show the same bytes decoded that way.

#include "syntax/utf8.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace graft::values::utf8 {

/// Decodes the code point starting at `pos` (< text.size()) and advances `pos` past it (the one
/// decoder: syntax::utf8::decode).
inline char32_t next(std::string_view text, std::size_t &pos)
{
    const syntax::utf8::Decoded decoded = syntax::utf8::decode(text, pos);
    pos += decoded.length;
    return decoded.codePoint;
}

/// Appends the UTF-8 encoding of `cp` (a surrogate is written as its 3-byte form).
using syntax::utf8::append;

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
