#pragma once

#include <string>
#include <vector>

namespace graft::harness {

/// One group of bars (one per series) on the x axis.
struct BarGroup {
    std::string label;
    std::vector<double> values;
};

/// Inline SVG charts for the HTML report (no scripts, no external assets).
class SvgChart {
public:
    /// A grouped bar chart; `series` names the bars of each group (legend), `unit` labels the y axis.
    static std::string bars(const std::string& title, const std::vector<std::string>& series,
                            const std::vector<BarGroup>& groups, const std::string& unit);

    /// Text escaped for HTML/SVG (&, <, >, ", ').
    static std::string escape(const std::string& text);
};

} // namespace graft::harness
