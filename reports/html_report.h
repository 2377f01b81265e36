#pragma once

#include "run_report.h"

#include <cstddef>
#include <string>

namespace graft::harness {

/// A self-contained HTML report: summary, clusters, baseline, latency and cache charts (inline
/// SVG), and per diverging case its differences with side-by-side SQL and responses. No scripts or
/// external assets; at most `maxCases` cases are detailed.
class HtmlReport {
public:
    static std::string write(const RunReport& report, std::size_t maxCases = 300);
};

} // namespace graft::harness
