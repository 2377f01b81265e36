#pragma once

#include "graft/metrics.h"
#include "graft/response.h"

#include <array>
#include <atomic>
#include <cstdint>

namespace graft::pipeline {

/// The engine's request counters and stage histograms: lock-free, updated by every request.
class EngineMetrics {
public:
    EngineMetrics();

    /// Counts one finished request: its errors by code, its stage timings, its cache outcome.
    void record(const Response &response);

    /// The counters (cache and pool parts are the caller's to fill).
    MetricsSnapshot snapshot() const;

private:
    static constexpr std::array<std::int64_t, 13> kBounds = {10,   25,    50,    100,   250,    500,   1000,
                                                             2500, 5000, 10000, 25000, 100000, 1000000};
    static constexpr std::size_t kCodes = 7;

    struct Histogram {
        std::array<std::atomic<std::uint64_t>, kBounds.size() + 1> counts{};
        std::atomic<std::uint64_t> count{0};
        std::atomic<std::uint64_t> sum{0};
    };

    std::atomic<std::uint64_t> m_requests{0};
    std::atomic<std::uint64_t> m_bypasses{0};
    std::array<std::atomic<std::uint64_t>, kCodes> m_errors{};
    std::array<Histogram, 5> m_stages;
};

} // namespace graft::pipeline
