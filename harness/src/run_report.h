#pragma once

#include "baseline.h"
#include "case_result.h"
#include "clustering.h"
#include "latency_stats.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace graft::harness {

/// What divergences gate the exit status: those the baseline does not accept (New) or all (Any).
enum class FailOn { New, Any };

/// Exit status bits of the `harness` command.
enum ExitBits : int { kExitClean = 0, kExitDivergence = 1, kExitHarnessError = 2, kExitIncomplete = 4, kExitStaleBaseline = 8, kExitUsage = 64 };

/// How the run was made (the report's "run" section).
struct RunInfo {
    std::string started;   ///< ISO 8601 UTC
    std::string finished;
    std::int64_t durationMs = 0;
    std::string legacy;    ///< the legacy path's name
    std::string native;    ///< empty for --legacy-only
    std::vector<std::string> corpus;
    std::string schema;
    std::string shard;     ///< "i/n" or empty
    double sample = 1.0;
    int repeat = 1;
    int jobs = 1;
    bool legacyOnly = false;
    bool complete = true;
    std::string stopReason;
    std::size_t selected = 0;  ///< cases selected for the run (completed ones are in `cases`)
    FailOn failOn = FailOn::New;
    std::string baselineFile;
};

/// One baseline entry and where it stands after the run.
struct BaselineEntryReport {
    BaselineEntry entry;
    BaselineStatus status = BaselineStatus::Unused;
    std::size_t hits = 0;
};

/// Plan-cache figures over the cases whose cache check ran.
struct CacheSummary {
    std::size_t checked = 0;
    std::size_t consistent = 0;
    std::size_t divergent = 0;
    std::map<std::string, std::size_t> firstRun;  ///< cache outcome of each side's first run: "native:hit" → n
};

/// A whole run as a value: every writer reads only this.
struct RunReport {
    static constexpr int kVersion = 1;
    RunInfo run;
    std::vector<CaseResult> cases;
    std::vector<Cluster> clusters;
    std::map<std::string, std::size_t> outcomes;  ///< outcome name → cases
    std::size_t gating = 0;
    std::size_t accepted = 0;
    std::size_t noise = 0;
    std::size_t stale = 0;  ///< expired or unused baseline entries
    LatencySummary latency;
    CacheSummary cache;
    std::vector<BaselineEntryReport> baseline;
    std::vector<std::string> harnessErrors;
    int exitStatus = 0;
};

/// Turns case results into a RunReport: baseline acceptance, gating, clusters, summary, exit status.
class ReportBuilder {
public:
    /// `baseline` may be null. Cases keep their order.
    static RunReport build(RunInfo run, std::vector<CaseResult> cases, Baseline* baseline, const QDate& today,
                           std::vector<std::string> harnessErrors);

    /// The exit status bitmask of ExitBits for a built report.
    static int exitStatus(const RunReport& report);
};

} // namespace graft::harness
