#include "run_report.h"

#include <set>

namespace graft::harness {

RunReport ReportBuilder::build(RunInfo run, std::vector<CaseResult> cases, Baseline* baseline, const QDate& today,
                               std::vector<std::string> harnessErrors)
{
    RunReport report;
    report.run = std::move(run);
    report.harnessErrors = std::move(harnessErrors);
    Clustering clustering;
    std::set<std::string> ids;
    for (const CaseOutcome o : allCaseOutcomes())
        report.outcomes[caseOutcomeName(o)] = 0;
    for (CaseResult& c : cases) {
        ids.insert(c.id);
        ++report.outcomes[caseOutcomeName(c.outcome)];
        if (baseline && isDivergence(c.outcome))
            c.baselineEntry = baseline->accept(c.id, c.signature, c.differences, today);
        else if (baseline)
            c.baselineEntry = -1;
        c.gating = isDivergence(c.outcome) && (report.run.failOn == FailOn::Any || c.baselineEntry < 0);
        report.gating += c.gating ? 1 : 0;
        report.accepted += (isDivergence(c.outcome) && c.baselineEntry >= 0) ? 1 : 0;
        report.noise += c.outcome == CaseOutcome::Noise ? 1 : 0;
        if (isDivergence(c.outcome) || c.outcome == CaseOutcome::Noise) {
            const std::vector<Difference>& diffs = c.outcome == CaseOutcome::CacheDivergence ? c.cache.differences : c.differences;
            clustering.add(c.id, c.signature, diffs, c.gating, c.baselineEntry >= 0);
        }
        if (c.cache.ran) {
            ++report.cache.checked;
            ++(c.cache.differences.empty() ? report.cache.consistent : report.cache.divergent);
        }
        ++report.cache.firstRun[std::string("legacy:") + cacheStatusName(c.legacy.report.cache)];
        if (c.native)
            ++report.cache.firstRun[std::string("native:") + cacheStatusName(c.native->report.cache)];
    }
    if (baseline) {
        const std::vector<BaselineStatus> statuses = baseline->statuses(today, ids);
        for (std::size_t i = 0; i < statuses.size(); ++i) {
            report.baseline.push_back({baseline->entries()[i], statuses[i], baseline->hits(i)});
            report.stale += (statuses[i] == BaselineStatus::Expired || statuses[i] == BaselineStatus::Unused) ? 1 : 0;
        }
    }
    report.latency = LatencyStats::summarise(cases);
    report.clusters = clustering.clusters();
    report.cases = std::move(cases);
    report.exitStatus = exitStatus(report);
    return report;
}

int ReportBuilder::exitStatus(const RunReport& report)
{
    int status = kExitClean;
    if (report.gating > 0)
        status |= kExitDivergence;
    if (!report.harnessErrors.empty())
        status |= kExitHarnessError;
    if (!report.run.complete)
        status |= kExitIncomplete;
    if (report.stale > 0)
        status |= kExitStaleBaseline;
    return status;
}

} // namespace graft::harness
