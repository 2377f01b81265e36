#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace graft::values {

/// graphql-core 3.2.6 suggestion_list(input, options) (CONTRACT §3.5): the options within
/// ⌊2n/5⌋+1 of `input` (0 when equal, 1 when equal after Python's str.lower, else the optimal
/// string alignment distance of the lower-cased code points), sorted by distance and then by
/// natural order (digit runs by value, then text); duplicates once. Views into `options`.
std::vector<std::string_view> suggestionList(std::string_view input, std::span<const std::string_view> options);

/// suggestionList() over owned strings.
std::vector<std::string_view> suggestionList(std::string_view input, std::span<const std::string> options);

/// graphql-core 3.2.6 did_you_mean(suggestions, sub_message): empty for none, else
/// ` Did you mean ` + (sub + ` `) + the first five quoted: `'A'?`, `'A' or 'B'?`, `'A', 'B', or 'C'?`.
std::string didYouMean(std::span<const std::string_view> suggestions, std::string_view subMessage = {});

/// True when `a` sorts before `b` in graphql-core's natural_comparison_key order.
bool naturalLess(std::string_view a, std::string_view b);

} // namespace graft::values
