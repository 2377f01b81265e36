#include "pipeline/engine_metrics.h"

#include <algorithm>

namespace graft::pipeline {

EngineMetrics::EngineMetrics() = default;

void EngineMetrics::record(const Response &response)
{
    m_requests.fetch_add(1, std::memory_order_relaxed);
    if (response.cache == CacheOutcome::Bypass)
        m_bypasses.fetch_add(1, std::memory_order_relaxed);
    for (const Error &error : response.errors) {
        const auto code = static_cast<std::size_t>(error.code);
        if (code < kCodes)
            m_errors[code].fetch_add(1, std::memory_order_relaxed);
    }
    const std::array<std::int64_t, 5> micros = {response.timings.parse, response.timings.validate,
                                                response.timings.plan, response.timings.execute,
                                                response.timings.respond};
    for (std::size_t s = 0; s < micros.size(); ++s) {
        const std::int64_t value = std::max<std::int64_t>(micros[s], 0);
        const auto bucket = static_cast<std::size_t>(std::lower_bound(kBounds.begin(), kBounds.end(), value) - kBounds.begin());
        m_stages[s].counts[bucket].fetch_add(1, std::memory_order_relaxed);
        m_stages[s].count.fetch_add(1, std::memory_order_relaxed);
        m_stages[s].sum.fetch_add(static_cast<std::uint64_t>(value), std::memory_order_relaxed);
    }
}

MetricsSnapshot EngineMetrics::snapshot() const
{
    MetricsSnapshot out;
    out.requests = m_requests.load(std::memory_order_relaxed);
    out.cache.bypasses = m_bypasses.load(std::memory_order_relaxed);
    for (std::size_t code = 0; code < kCodes; ++code)
        out.errorsByCode[std::string(errorCodeName(static_cast<ErrorCode>(code)))] = m_errors[code].load(std::memory_order_relaxed);
    for (std::size_t s = 0; s < m_stages.size(); ++s) {
        LatencyHistogram &histogram = out.stages[s];
        histogram.bounds.assign(kBounds.begin(), kBounds.end());
        for (const auto &count : m_stages[s].counts)
            histogram.counts.push_back(count.load(std::memory_order_relaxed));
        histogram.count = m_stages[s].count.load(std::memory_order_relaxed);
        histogram.sumMicros = m_stages[s].sum.load(std::memory_order_relaxed);
    }
    return out;
}

} // namespace graft::pipeline
