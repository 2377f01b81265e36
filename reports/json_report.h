#pragma once

#include "run_report.h"

#include <optional>
#include <string>
#include <string_view>

namespace graft::harness {

/// The versioned JSON report (reports/report.schema.json) and its reader (for `harness merge`).
class JsonReport {
public:
    /// The report as JSON text (two-space indentation at the top level only; cases one per line).
    static std::string write(const RunReport& report);

    /// Reads the run, the cases and the harness errors back (the other sections are derived);
    /// nullopt with `error` set when the text is not a report of this version.
    static std::optional<RunReport> read(std::string_view text, std::string* error);

    /// A number as JSON: integers without a fraction, others with up to 3 decimals.
    static std::string number(double value);
};

} // namespace graft::harness
