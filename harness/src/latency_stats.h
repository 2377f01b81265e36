#pragma once

#include "case_result.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace graft::harness {

/// Nearest-rank percentiles of a sample (µs, or a ratio ×1000 for ratios).
struct Percentiles {
    std::size_t count = 0;
    double p50 = 0;
    double p90 = 0;
    double p99 = 0;
};

/// Percentiles per stage of §2.2 plus end to end, for one side and one temperature.
struct StageLatency {
    Percentiles endToEnd, parse, validate, plan, execute, respond;
};

/// The latency section of a report: cold = each case's first execution, warm = its repeats.
struct LatencySummary {
    StageLatency legacyCold, legacyWarm, nativeCold, nativeWarm;
    Percentiles ratioCold;  ///< per case native/legacy end-to-end, first runs
    Percentiles ratioWarm;  ///< per case native/legacy median end-to-end of the repeats
};

/// Latency statistics over case results (pure functions).
class LatencyStats {
public:
    /// Nearest-rank percentiles of `values` (sorted copy).
    static Percentiles percentiles(std::vector<double> values);
    /// The latency section for these cases (crashed and timed-out runs are not in the results' runs).
    static LatencySummary summarise(const std::vector<CaseResult>& cases);
};

} // namespace graft::harness
