#include "values/suggestions.h"

#include "values/unicode_tables.h"
#include "values/utf8.h"

#include <algorithm>
#include <optional>

namespace graft::values {

namespace {

constexpr bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}

// graphql-core's LexicalDistance: the input's lower-case form is computed once per list.
class LexicalDistance {
public:
    explicit LexicalDistance(std::string_view input)
        : m_input(input), m_inputLower(unicode::pythonLower(utf8::decode(input)))
    {
    }

    std::optional<std::size_t> measure(std::string_view option, std::size_t threshold)
    {
        if (option == m_input)
            return 0;
        const std::u32string optionLower = unicode::pythonLower(utf8::decode(option));
        if (optionLower == m_inputLower)
            return 1; // any case change counts as a single edit
        const std::u32string *a = &optionLower;
        const std::u32string *b = &m_inputLower;
        if (a->size() < b->size())
            std::swap(a, b);
        const std::size_t aLen = a->size();
        const std::size_t bLen = b->size();
        if (aLen - bLen > threshold)
            return std::nullopt;
        for (auto &row : m_rows)
            row.assign(bLen + 1, 0);
        for (std::size_t j = 0; j <= bLen; ++j)
            m_rows[0][j] = j;
        for (std::size_t i = 1; i <= aLen; ++i) {
            std::vector<std::size_t> &up = m_rows[(i - 1) % 3];
            std::vector<std::size_t> &current = m_rows[i % 3];
            std::size_t smallest = current[0] = i;
            for (std::size_t j = 1; j <= bLen; ++j) {
                const std::size_t cost = (*a)[i - 1] == (*b)[j - 1] ? 0 : 1;
                std::size_t cell = std::min({up[j] + 1, current[j - 1] + 1, up[j - 1] + cost});
                if (i > 1 && j > 1 && (*a)[i - 1] == (*b)[j - 2] && (*a)[i - 2] == (*b)[j - 1])
                    cell = std::min(cell, m_rows[(i - 2) % 3][j - 2] + 1); // transposition
                smallest = std::min(smallest, cell);
                current[j] = cell;
            }
            // The distance cannot get below the smallest cell of this row.
            if (smallest > threshold)
                return std::nullopt;
        }
        const std::size_t distance = m_rows[aLen % 3][bLen];
        return distance <= threshold ? std::optional<std::size_t>(distance) : std::nullopt;
    }

private:
    std::string_view m_input;
    std::u32string m_inputLower;
    std::vector<std::size_t> m_rows[3];
};

// One part of natural_comparison_key: re.split(r"(\d+)", key) alternates text and digit runs,
// starting and ending with a (possibly empty) text part.
struct Part {
    std::string_view text;
    bool digits;
};

std::vector<Part> naturalParts(std::string_view key)
{
    std::vector<Part> parts;
    std::size_t start = 0;
    std::size_t i = 0;
    while (i < key.size()) {
        if (!isAsciiDigit(key[i])) {
            ++i;
            continue;
        }
        parts.push_back({key.substr(start, i - start), false});
        const std::size_t runStart = i;
        while (i < key.size() && isAsciiDigit(key[i]))
            ++i;
        parts.push_back({key.substr(runStart, i - runStart), true});
        start = i;
    }
    parts.push_back({key.substr(start), false});
    return parts;
}

// Digit runs compare as (int(run), run).
int compareDigitRuns(std::string_view a, std::string_view b)
{
    auto significant = [](std::string_view s) {
        const std::size_t nonZero = s.find_first_not_of('0');
        return nonZero == std::string_view::npos ? std::string_view() : s.substr(nonZero);
    };
    const std::string_view sa = significant(a);
    const std::string_view sb = significant(b);
    if (sa.size() != sb.size())
        return sa.size() < sb.size() ? -1 : 1;
    if (const int c = sa.compare(sb); c != 0)
        return c;
    return a.compare(b);
}

template <typename Options>
std::vector<std::string_view> suggest(std::string_view input, const Options &options)
{
    LexicalDistance lexical(input);
    const std::size_t threshold = utf8::length(input) * 2 / 5 + 1; // int(n * 0.4) + 1
    std::vector<std::pair<std::size_t, std::string_view>> kept;
    for (const auto &option : options) {
        if (const std::optional<std::size_t> d = lexical.measure(option, threshold))
            kept.emplace_back(*d, option);
    }
    std::stable_sort(kept.begin(), kept.end(), [](const auto &x, const auto &y) {
        if (x.first != y.first)
            return x.first < y.first;
        return naturalLess(x.second, y.second);
    });
    std::vector<std::string_view> out;
    out.reserve(kept.size());
    for (const auto &[distance, option] : kept) {
        // Python keys a dict by option: a repeated option appears once.
        if (std::find(out.begin(), out.end(), option) == out.end())
            out.push_back(option);
    }
    return out;
}

} // namespace

bool naturalLess(std::string_view a, std::string_view b)
{
    const std::vector<Part> pa = naturalParts(a);
    const std::vector<Part> pb = naturalParts(b);
    const std::size_t n = std::min(pa.size(), pb.size());
    for (std::size_t i = 0; i < n; ++i) {
        // Parts at the same index have the same kind: text at even, digits at odd indexes.
        const int c = pa[i].digits ? compareDigitRuns(pa[i].text, pb[i].text) : pa[i].text.compare(pb[i].text);
        if (c != 0)
            return c < 0;
    }
    return pa.size() < pb.size();
}

std::vector<std::string_view> suggestionList(std::string_view input, std::span<const std::string_view> options)
{
    return suggest(input, options);
}

std::vector<std::string_view> suggestionList(std::string_view input, std::span<const std::string> options)
{
    return suggest(input, options);
}

std::string didYouMean(std::span<const std::string_view> suggestions, std::string_view subMessage)
{
    if (suggestions.empty())
        return {};
    std::string out = " Did you mean ";
    if (!subMessage.empty()) {
        out += subMessage;
        out += ' ';
    }
    const std::size_t n = std::min<std::size_t>(suggestions.size(), 5);
    auto quoted = [&](std::size_t i) {
        out += '\'';
        out += suggestions[i];
        out += '\'';
    };
    if (n == 1) {
        quoted(0);
    } else if (n == 2) {
        quoted(0);
        out += " or ";
        quoted(1);
    } else {
        for (std::size_t i = 0; i + 1 < n; ++i) {
            if (i != 0)
                out += ", ";
            quoted(i);
        }
        out += ", or ";
        quoted(n - 1);
    }
    out += '?';
    return out;
}

} // namespace graft::values
