#include "latency_stats.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace graft::harness {

namespace {

double rank(const std::vector<double>& sorted, double p)
{
    const auto n = static_cast<double>(sorted.size());
    const auto index = static_cast<std::size_t>(std::max(1.0, std::ceil(p * n))) - 1;
    return sorted[std::min(index, sorted.size() - 1)];
}

StageLatency stageLatency(const std::vector<RunTiming>& runs)
{
    const auto pick = [&](const std::function<std::int64_t(const RunTiming&)>& f) {
        std::vector<double> v;
        v.reserve(runs.size());
        for (const RunTiming& r : runs)
            v.push_back(static_cast<double>(f(r)));
        return LatencyStats::percentiles(std::move(v));
    };
    StageLatency s;
    s.endToEnd = pick([](const RunTiming& r) { return r.endToEnd; });
    s.parse = pick([](const RunTiming& r) { return r.stages.parse; });
    s.validate = pick([](const RunTiming& r) { return r.stages.validate; });
    s.plan = pick([](const RunTiming& r) { return r.stages.plan; });
    s.execute = pick([](const RunTiming& r) { return r.stages.execute; });
    s.respond = pick([](const RunTiming& r) { return r.stages.respond; });
    return s;
}

double medianWarm(const std::vector<RunTiming>& runs)
{
    std::vector<double> v;
    for (std::size_t i = 1; i < runs.size(); ++i)
        v.push_back(static_cast<double>(runs[i].endToEnd));
    return LatencyStats::percentiles(std::move(v)).p50;
}

} // namespace

Percentiles LatencyStats::percentiles(std::vector<double> values)
{
    Percentiles p;
    p.count = values.size();
    if (values.empty())
        return p;
    std::sort(values.begin(), values.end());
    p.p50 = rank(values, 0.50);
    p.p90 = rank(values, 0.90);
    p.p99 = rank(values, 0.99);
    return p;
}

LatencySummary LatencyStats::summarise(const std::vector<CaseResult>& cases)
{
    std::vector<RunTiming> legacyCold, legacyWarm, nativeCold, nativeWarm;
    std::vector<double> ratioCold, ratioWarm;
    for (const CaseResult& c : cases) {
        const auto split = [](const SideResult& side, std::vector<RunTiming>& cold, std::vector<RunTiming>& warm) {
            for (std::size_t i = 0; i < side.runs.size(); ++i)
                (i == 0 ? cold : warm).push_back(side.runs[i]);
        };
        split(c.legacy, legacyCold, legacyWarm);
        if (!c.native)
            continue;
        split(*c.native, nativeCold, nativeWarm);
        if (!c.legacy.runs.empty() && !c.native->runs.empty() && c.legacy.runs.front().endToEnd > 0)
            ratioCold.push_back(static_cast<double>(c.native->runs.front().endToEnd)
                                / static_cast<double>(c.legacy.runs.front().endToEnd));
        if (c.legacy.runs.size() > 1 && c.native->runs.size() > 1) {
            const double l = medianWarm(c.legacy.runs);
            if (l > 0)
                ratioWarm.push_back(medianWarm(c.native->runs) / l);
        }
    }
    LatencySummary s;
    s.legacyCold = stageLatency(legacyCold);
    s.legacyWarm = stageLatency(legacyWarm);
    s.nativeCold = stageLatency(nativeCold);
    s.nativeWarm = stageLatency(nativeWarm);
    s.ratioCold = percentiles(std::move(ratioCold));
    s.ratioWarm = percentiles(std::move(ratioWarm));
    return s;
}

} // namespace graft::harness
