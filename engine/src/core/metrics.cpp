#include "graft/metrics.h"

#include <string_view>

namespace graft {

namespace {

void line(std::string &out, std::string_view name, std::string_view labels, std::uint64_t value)
{
    out += name;
    if (!labels.empty()) {
        out += '{';
        out += labels;
        out += '}';
    }
    out += ' ';
    out += std::to_string(value);
    out += '\n';
}

void header(std::string &out, std::string_view name, std::string_view type, std::string_view help)
{
    out += "# HELP ";
    out += name;
    out += ' ';
    out += help;
    out += "\n# TYPE ";
    out += name;
    out += ' ';
    out += type;
    out += '\n';
}

} // namespace

std::string prometheusText(const MetricsSnapshot &metrics)
{
    std::string out;
    header(out, "graft_requests_total", "counter", "Requests answered.");
    line(out, "graft_requests_total", "", metrics.requests);
    header(out, "graft_errors_total", "counter", "Errors reported, by code.");
    for (const auto &[code, count] : metrics.errorsByCode)
        line(out, "graft_errors_total", "code=\"" + code + "\"", count);

    header(out, "graft_stage_duration_microseconds", "histogram", "Time per request stage (CONTRACT 2.2).");
    for (std::size_t s = 0; s < metrics.stages.size(); ++s) {
        const LatencyHistogram &h = metrics.stages[s];
        const std::string stage = std::string("stage=\"") + kStageNames[s] + '"';
        std::uint64_t cumulative = 0;
        for (std::size_t b = 0; b < h.counts.size(); ++b) {
            cumulative += h.counts[b];
            const std::string le = b < h.bounds.size() ? std::to_string(h.bounds[b]) : std::string("+Inf");
            line(out, "graft_stage_duration_microseconds_bucket", stage + ",le=\"" + le + '"', cumulative);
        }
        line(out, "graft_stage_duration_microseconds_sum", stage, h.sumMicros);
        line(out, "graft_stage_duration_microseconds_count", stage, h.count);
    }

    const std::pair<const char *, std::uint64_t> cache[] = {{"hit", metrics.cache.hits},
                                                            {"miss", metrics.cache.misses},
                                                            {"bypass", metrics.cache.bypasses}};
    header(out, "graft_plan_cache_requests_total", "counter", "Plan cache outcomes.");
    for (const auto &[outcome, count] : cache)
        line(out, "graft_plan_cache_requests_total", std::string("outcome=\"") + outcome + '"', count);
    header(out, "graft_plan_cache_evictions_total", "counter", "Plans evicted to stay within bounds.");
    line(out, "graft_plan_cache_evictions_total", "", metrics.cache.evictions);
    header(out, "graft_plan_cache_invalidations_total", "counter", "Plans dropped by a reload.");
    line(out, "graft_plan_cache_invalidations_total", "", metrics.cache.invalidations);
    header(out, "graft_plan_cache_entries", "gauge", "Plans held.");
    line(out, "graft_plan_cache_entries", "", metrics.cache.entries);
    header(out, "graft_plan_cache_bytes", "gauge", "Bytes held by the plan cache.");
    line(out, "graft_plan_cache_bytes", "", metrics.cache.bytes);

    const std::pair<const char *, std::uint64_t> documents[] = {{"hit", metrics.documentCache.hits},
                                                                {"miss", metrics.documentCache.misses}};
    header(out, "graft_document_cache_requests_total", "counter", "Validated-document cache outcomes.");
    for (const auto &[outcome, count] : documents)
        line(out, "graft_document_cache_requests_total", std::string("outcome=\"") + outcome + '"', count);
    header(out, "graft_document_cache_evictions_total", "counter", "Documents evicted to stay within bounds.");
    line(out, "graft_document_cache_evictions_total", "", metrics.documentCache.evictions);
    header(out, "graft_document_cache_entries", "gauge", "Validated documents held.");
    line(out, "graft_document_cache_entries", "", metrics.documentCache.entries);
    header(out, "graft_document_cache_bytes", "gauge", "Bytes held by the document cache.");
    line(out, "graft_document_cache_bytes", "", metrics.documentCache.bytes);

    header(out, "graft_pool_size", "gauge", "Most connections open at once.");
    line(out, "graft_pool_size", "", metrics.pool.size);
    header(out, "graft_pool_open_connections", "gauge", "Connections open now.");
    line(out, "graft_pool_open_connections", "", metrics.pool.open);
    const std::pair<const char *, std::uint64_t> pool[] = {{"graft_pool_connects_total", metrics.pool.connects},
                                                           {"graft_pool_connect_failures_total", metrics.pool.connectFailures},
                                                           {"graft_pool_discarded_total", metrics.pool.discarded},
                                                           {"graft_pool_handoffs_total", metrics.pool.handoffs},
                                                           {"graft_pool_timeouts_total", metrics.pool.timeouts}};
    for (const auto &[name, value] : pool) {
        header(out, name, "counter", "Connection pool counter.");
        line(out, name, "", value);
    }
    return out;
}

} // namespace graft
