#pragma once

#include "run_report.h"

#include <cstddef>
#include <string>

namespace graft::harness {

/// A Markdown summary for pull requests and CI logs, always under `limit` bytes (default 1 MiB - 1 KiB).
class MarkdownReport {
public:
    static std::string write(const RunReport& report, std::size_t limit = 1024 * 1024 - 1024);
};

} // namespace graft::harness
