#pragma once

// Low-level helpers over JSON text shared by the row projectors: whitespace, string and value
// skipping, string decoding and §7.3 re-encoding. Pointers advance in place; every function stops
// at `end` and reports malformed input by returning false. The skipping functions run for every
// member of every row and are inline here; the writing ones live in json_text_scanner.cpp.

#include <bit>
#include <cstdint>
#include <string>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace graft::json::scan {

/// Skips JSON whitespace.
inline void skipSpace(const char *&p, const char *end)
{
    // Every JSON whitespace byte is <= ' ': one compare rejects the common non-space byte.
    while (p < end && static_cast<unsigned char>(*p) <= ' '
           && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
        ++p;
}

/// skipSpace for JSON as PostgreSQL writes it, one space or none between tokens: that space
/// costs one compare, anything else falls through to skipSpace.
inline void skipSeparatorSpace(const char *&p, const char *end)
{
    if (p < end && *p == ' ')
        ++p;
    if (p < end && static_cast<unsigned char>(*p) <= ' ')
        skipSpace(p, end);
}

/// True for the bytes that end a number or literal: `,` `}` `]`, JSON whitespace and the other
/// bytes below a space (never part of a token; the separator expected next then fails).
inline bool endsScalar(char c)
{
    struct Table {
        bool ends[256] = {};
        constexpr Table()
        {
            for (unsigned c = 0; c <= ' '; ++c)
                ends[c] = true;
            for (const unsigned char c : {',', '}', ']'})
                ends[c] = true;
        }
    };
    static constexpr Table kTable;
    return kTable.ends[static_cast<unsigned char>(c)];
}

// The first byte of [p, end) that is `"` or `\`, or (with `controls`) below 0x20; end if none.
// Sixteen bytes at a time where SSE2 is available (every x86-64), byte by byte elsewhere and for
// the tail, never reading past `end`.
template <bool controls>
inline const char *findSpecial(const char *p, const char *end)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i below = _mm_set1_epi8(0x1F);
    while (end - p >= 16) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        __m128i hits = _mm_or_si128(_mm_cmpeq_epi8(chunk, quote), _mm_cmpeq_epi8(chunk, backslash));
        if constexpr (controls)
            hits = _mm_or_si128(hits, _mm_cmpeq_epi8(_mm_min_epu8(chunk, below), chunk)); // unsigned c <= 0x1F
        if (const int mask = _mm_movemask_epi8(hits))
            return p + std::countr_zero(static_cast<unsigned>(mask));
        p += 16;
    }
#endif
    for (; p < end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c == '"' || c == '\\' || (controls && c < 0x20))
            return p;
    }
    return end;
}

// The first `"`, `{`, `}`, `[` or `]` of [p, end), or end: what matters when skipping a container.
inline const char *findStructural(const char *p, const char *end)
{
#if defined(__SSE2__)
    // '[' | 0x20 == '{' and ']' | 0x20 == '}'; no other byte maps onto those two.
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i lower = _mm_set1_epi8(0x20);
    const __m128i open = _mm_set1_epi8('{');
    const __m128i close = _mm_set1_epi8('}');
    while (end - p >= 16) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i folded = _mm_or_si128(chunk, lower);
        const __m128i hits = _mm_or_si128(_mm_cmpeq_epi8(chunk, quote),
                                          _mm_or_si128(_mm_cmpeq_epi8(folded, open), _mm_cmpeq_epi8(folded, close)));
        if (const int mask = _mm_movemask_epi8(hits))
            return p + std::countr_zero(static_cast<unsigned>(mask));
        p += 16;
    }
#endif
    for (; p < end; ++p) {
        const char c = *p;
        if (c == '"' || c == '{' || c == '}' || c == '[' || c == ']')
            return p;
    }
    return end;
}

/// Inside a string (past its opening quote): moves past the closing quote; `escaped` is set when a
/// backslash occurred.
inline bool skipStringRest(const char *&p, const char *end, bool &escaped)
{
    // Raw control characters are not checked here but where a string is written (transcodeValue,
    // reencodeString).
    for (;;) {
        p = findSpecial<false>(p, end);
        if (p >= end)
            return false;
        if (*p == '"') {
            ++p;
            return true;
        }
        escaped = true;
        p += 2; // past the backslash and the escaped character, which may be a quote
    }
}

/// At a `"`: moves past the closing quote; `escaped` tells whether a backslash occurred.
inline bool skipString(const char *&p, const char *end, bool &escaped)
{
    ++p; // the opening quote
    escaped = false;
    return skipStringRest(p, end, escaped);
}

#if defined(__SSE2__)
/// What skipContainer needs of 64 bytes (bit i = byte i): quotes, backslashes, `{`/`[`, `}`/`]`.
struct BlockMasks {
    std::uint64_t quotes = 0;
    std::uint64_t backslashes = 0;
    std::uint64_t opens = 0;
    std::uint64_t closes = 0;
};

/// The masks of the 64 bytes at `p`, each byte loaded once. Written out chunk by chunk: GCC at
/// -O2 keeps a loop here, and its variable shifts cost a third of the block.
inline BlockMasks classifyBlock(const char *p)
{
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i lower = _mm_set1_epi8(0x20); // '[' | 0x20 == '{', ']' | 0x20 == '}'
    const __m128i open = _mm_set1_epi8('{');
    const __m128i close = _mm_set1_epi8('}');
    const auto bits = [](__m128i hits) {
        return static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(hits)));
    };
    const __m128i c0 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
    const __m128i c1 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 16));
    const __m128i c2 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 32));
    const __m128i c3 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 48));
    const auto mask = [&](__m128i x0, __m128i x1, __m128i x2, __m128i x3, __m128i byte) {
        return bits(_mm_cmpeq_epi8(x0, byte)) | bits(_mm_cmpeq_epi8(x1, byte)) << 16
            | bits(_mm_cmpeq_epi8(x2, byte)) << 32 | bits(_mm_cmpeq_epi8(x3, byte)) << 48;
    };
    const __m128i f0 = _mm_or_si128(c0, lower);
    const __m128i f1 = _mm_or_si128(c1, lower);
    const __m128i f2 = _mm_or_si128(c2, lower);
    const __m128i f3 = _mm_or_si128(c3, lower);
    BlockMasks masks;
    masks.quotes = mask(c0, c1, c2, c3, quote);
    masks.backslashes = mask(c0, c1, c2, c3, backslash);
    masks.opens = mask(f0, f1, f2, f3, open);
    masks.closes = mask(f0, f1, f2, f3, close);
    return masks;
}

/// Bit i = xor of bits 0..i: for a quote mask, the bytes from an opening quote up to (not
/// including) its closing one. Written out: GCC at -O2 keeps the loop.
inline std::uint64_t prefixXor(std::uint64_t x)
{
    x ^= x << 1;
    x ^= x << 2;
    x ^= x << 4;
    x ^= x << 8;
    x ^= x << 16;
    x ^= x << 32;
    return x;
}
#endif

/// At a `{` or `[`: moves past the bracket that closes it (strings skipped, brackets matched).
/// Sixty-four bytes at a time up to the first backslash: quotes give the in-string bytes by a
/// prefix xor, and only brackets outside strings are counted; from a backslash on, and for the
/// last bytes, sixteen at a time.
inline bool skipContainer(const char *&p, const char *end)
{
    int depth = 0;
    bool inString = false; // p is inside a string (past its opening quote)
#if defined(__SSE2__)
    while (end - p >= 64) {
        const BlockMasks masks = classifyBlock(p);
        // Up to the first backslash the quotes are real; from there on the byte loop takes over.
        const std::uint64_t before = masks.backslashes ? (masks.backslashes & (~masks.backslashes + 1)) - 1
                                                       : ~std::uint64_t(0);
        const std::uint64_t strings = prefixXor(masks.quotes & before) ^ (inString ? ~std::uint64_t(0) : 0);
        const std::uint64_t opens = masks.opens & ~strings & before;
        std::uint64_t brackets = (opens | masks.closes) & ~strings & before;
        while (brackets) {
            const int at = std::countr_zero(brackets);
            if (opens >> at & 1) {
                ++depth;
            } else if (--depth == 0) {
                p += at + 1;
                return true;
            }
            brackets &= brackets - 1;
        }
        if (masks.backslashes) {
            const int at = std::countr_zero(masks.backslashes);
            inString = strings >> at & 1;
            p += at;
            break;
        }
        inString = strings >> 63 & 1;
        p += 64;
    }
#endif
    bool escaped = false;
    if (inString && !skipStringRest(p, end, escaped))
        return false;
    while ((p = findStructural(p, end)) < end) {
        const char c = *p;
        if (c == '"') {
            if (!skipString(p, end, escaped))
                return false;
            continue;
        }
        if (c == '{' || c == '[')
            ++depth;
        else if (--depth == 0) {
            ++p;
            return true;
        }
        ++p;
    }
    return false;
}

/// At the first byte of a number or literal: moves to the byte that ends it (see endsScalar) or
/// to end. Sixteen bytes at once where they lie before `end` (every scalar PostgreSQL writes but
/// the longest numbers fits), byte by byte otherwise.
inline void skipScalar(const char *&p, const char *end)
{
#if defined(__SSE2__)
    if (end - p >= 16) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        // ',' '}' ']' and every byte <= ' ' (JSON whitespace; a control character ends the token
        // too, and the separator that must follow it then fails).
        const __m128i hits = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(chunk, _mm_set1_epi8(',')), _mm_cmpeq_epi8(chunk, _mm_set1_epi8('}'))),
            _mm_or_si128(_mm_cmpeq_epi8(chunk, _mm_set1_epi8(']')),
                         _mm_cmpeq_epi8(_mm_min_epu8(chunk, _mm_set1_epi8(' ')), chunk)));
        if (const int mask = _mm_movemask_epi8(hits)) {
            p += std::countr_zero(static_cast<unsigned>(mask));
            return;
        }
        p += 16;
    }
#endif
    while (p < end && !endsScalar(*p))
        ++p;
}

/// What a value's first pass (scanValue) learnt about it, so writing it needs no second look
/// where none is needed.
enum class ValueShape : std::uint8_t {
    PlainString, ///< a string with no escape and no control character: already §7.3
    String,      ///< a string with an escape or a raw control character
    Scalar,      ///< a number or literal token, unchecked
    Container,   ///< an object or array
};

/// Skips one value like skipValue and tells its shape.
inline bool scanValue(const char *&p, const char *end, ValueShape &shape)
{
    if (p >= end)
        return false;
    const char c = *p;
    if (c == '"') {
        const char *special = findSpecial<true>(p + 1, end);
        if (special < end && *special == '"') {
            p = special + 1;
            shape = ValueShape::PlainString;
            return true;
        }
        shape = ValueShape::String;
        p = special;
        bool escaped = false;
        return skipStringRest(p, end, escaped);
    }
    if (c == '{' || c == '[') {
        shape = ValueShape::Container;
        return skipContainer(p, end);
    }
    shape = ValueShape::Scalar;
    const char *start = p;
    skipScalar(p, end);
    return p > start;
}

/// Skips one value (strings and brackets matched, scalars up to a delimiter); not a full check.
inline bool skipValue(const char *&p, const char *end)
{
    if (p >= end)
        return false;
    bool escaped = false;
    if (*p == '"')
        return skipString(p, end, escaped);
    if (*p == '{' || *p == '[')
        return skipContainer(p, end);
    const char *start = p;
    skipScalar(p, end);
    return p > start;
}

/// Decodes the content of a string (between its quotes) into UTF-8; false on a bad escape.
bool decodeString(const char *begin, const char *end, std::string &out);

/// Appends the content of a string (between its quotes) as a §7.3 JSON string, quotes included.
bool reencodeString(const char *begin, const char *end, std::string &out);

/// Whether [begin, end) (a ValueShape::Scalar span) is a token to copy as it is: only number
/// characters after a digit or `-`, or `true`, `false`, `null`.
inline bool isScalarToken(const char *begin, const char *end)
{
    struct Table {
        bool number[256] = {};
        constexpr Table()
        {
            for (const unsigned char c : {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '-', '+', '.', 'e', 'E'})
                number[c] = true;
        }
    };
    static constexpr Table kTable;
    if (begin >= end)
        return false;
    const char first = *begin;
    if (first == '-' || (first >= '0' && first <= '9')) {
        bool valid = true;
        for (const char *c = begin; c < end; ++c)
            valid &= kTable.number[static_cast<unsigned char>(*c)];
        return valid;
    }
    const std::string_view text(begin, static_cast<std::size_t>(end - begin));
    return text == "true" || text == "false" || text == "null";
}

/// Appends the one value at `p` compacted, numbers verbatim, strings re-encoded; iterative.
bool transcodeValue(const char *&p, const char *end, std::string &out);

} // namespace graft::json::scan
