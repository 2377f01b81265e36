#pragma once

#include "case_outcome.h"
#include "difference.h"
#include "side_report.h"
#include "signature.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace graft::harness {

/// Wall time and stage timings of one execution (the first one of a case is its cold run).
struct RunTiming {
    std::int64_t endToEnd = 0;
    StageTimings stages;
};

/// One side of one case: how it ended, its first report, and the timing of every repetition.
struct SideResult {
    RunStatus status = RunStatus::Ok;
    std::string detail;
    SideReport report;
    std::vector<RunTiming> runs;
};

/// The §9 invariant check of one case (native side: cold, warm, cache off).
struct CacheCheck {
    bool ran = false;
    CacheStatus cold = CacheStatus::Unknown;
    CacheStatus warm = CacheStatus::Unknown;
    CacheStatus off = CacheStatus::Unknown;
    std::vector<Difference> differences;  ///< kind `cache`; pointer prefixed with the run (/warm/sql/0)
};

/// Everything the runner learnt about one case; baseline fields are filled when the report is built.
struct CaseResult {
    std::string id;
    std::vector<std::string> tags;
    CaseOutcome outcome = CaseOutcome::Match;
    std::vector<Difference> differences;
    Signature signature;
    std::vector<std::string> noisePointers;  ///< pointers that differed between two runs of one side
    SideResult legacy;
    std::optional<SideResult> native;
    CacheCheck cache;
    int baselineEntry = -1;  ///< index of the accepting baseline entry, -1 when none
    bool gating = false;     ///< counts towards exit status 1
};

/// The result as one compact JSON object (a line of results.jsonl, an element of report.json's cases).
/// Side reports (SQL, params, response) are kept only for cases that are not `match`/`legacy-only`
/// unless `keepReports` is set.
std::string caseResultToJson(const CaseResult& result, bool keepReports = false);

/// Reads what caseResultToJson wrote; nullopt with `error` set otherwise.
std::optional<CaseResult> caseResultFromJson(std::string_view json, std::string* error);

} // namespace graft::harness
