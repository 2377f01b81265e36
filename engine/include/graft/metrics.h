#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace graft {

/// A latency histogram in microseconds: counts per upper bound, the last bucket unbounded.
struct LatencyHistogram {
    std::vector<std::int64_t> bounds; ///< bucket upper bounds (µs), ascending
    std::vector<std::uint64_t> counts; ///< bounds.size() + 1 buckets (not cumulative)
    std::uint64_t count = 0;
    std::uint64_t sumMicros = 0;
};

/// A snapshot of an engine's counters.
struct MetricsSnapshot {
    std::uint64_t requests = 0;
    std::map<std::string, std::uint64_t> errorsByCode; ///< wire code → errors reported with it
    /// parse, validate, plan, execute, respond (§2.2 timing buckets).
    std::array<LatencyHistogram, 5> stages;
    struct Cache {
        std::uint64_t hits = 0, misses = 0, bypasses = 0, evictions = 0, invalidations = 0;
        std::uint64_t entries = 0, bytes = 0;
    } cache;
    /// The validated-document cache; hits, misses and evictions count across schema reloads.
    struct DocumentCache {
        std::uint64_t hits = 0, misses = 0, evictions = 0;
        std::uint64_t entries = 0, bytes = 0;
    } documentCache;
    struct Pool {
        std::uint64_t size = 0, open = 0, connects = 0, connectFailures = 0, discarded = 0, handoffs = 0,
                      timeouts = 0;
    } pool;
};

/// The names of the five stage histograms, in MetricsSnapshot::stages order.
inline constexpr std::array<const char *, 5> kStageNames = {"parse", "validate", "plan", "execute", "respond"};

/// The snapshot in the Prometheus text exposition format (metric names prefixed `graft_`).
std::string prometheusText(const MetricsSnapshot &metrics);

} // namespace graft
