#pragma once

#include "run_report.h"

#include <QString>

#include <string>

namespace graft::harness {

/// Writes every report of a run into one folder: report.json, junit.xml, report.html, summary.md.
class ReportFiles {
public:
    /// Writes all four files (atomically each); false with `error` set on an I/O failure.
    static bool writeAll(const RunReport& report, const QString& directory, std::string* error);
};

} // namespace graft::harness
