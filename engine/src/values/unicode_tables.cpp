#include "values/unicode_tables.h"

#include <algorithm>
#include <cstdint>
#include <iterator>

namespace graft::values::unicode {

namespace {

struct CodeRange {
    char32_t first;
    char32_t last;
};

struct LowerRange {
    char32_t first;
    char32_t last;
    std::int32_t delta;
    std::uint32_t stride;
};

#include "values/unicode_tables.inc"

template <typename Range, std::size_t N>
const Range *findRange(const Range (&table)[N], char32_t cp)
{
    // The first range whose last >= cp; a hit when it also starts at or before cp.
    const Range *it = std::lower_bound(std::begin(table), std::end(table), cp,
                                       [](const Range &r, char32_t value) { return r.last < value; });
    return it != std::end(table) && it->first <= cp ? it : nullptr;
}

char32_t lowerOne(char32_t cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
    const LowerRange *r = findRange(kLowerRanges, cp);
    if (r == nullptr || (cp - r->first) % r->stride != 0)
        return cp;
    return static_cast<char32_t>(static_cast<std::int64_t>(cp) + r->delta);
}

bool isCaseIgnorable(char32_t cp)
{
    return findRange(kCaseIgnorable, cp) != nullptr;
}

bool isCased(char32_t cp)
{
    return findRange(kCased, cp) != nullptr;
}

// CPython's handle_capital_sigma: final when a cased letter precedes (case-ignorable ones
// skipped) and none follows (likewise).
bool isFinalSigma(std::u32string_view text, std::size_t i)
{
    std::size_t j = i;
    while (j > 0 && isCaseIgnorable(text[j - 1]))
        --j;
    if (j == 0 || !isCased(text[j - 1]))
        return false;
    std::size_t k = i + 1;
    while (k < text.size() && isCaseIgnorable(text[k]))
        ++k;
    return k == text.size() || !isCased(text[k]);
}

} // namespace

bool isPrintable(char32_t cp)
{
    if (cp >= 0x20 && cp < 0x7F)
        return true;
    return findRange(kNonPrintable, cp) == nullptr;
}

std::u32string pythonLower(std::u32string_view text)
{
    std::u32string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char32_t cp = text[i];
        if (cp == 0x130) {
            out += U'i';
            out += char32_t(0x307);
        } else if (cp == 0x3A3) {
            out += isFinalSigma(text, i) ? char32_t(0x3C2) : char32_t(0x3C3);
        } else {
            out += lowerOne(cp);
        }
    }
    return out;
}

} // namespace graft::values::unicode
