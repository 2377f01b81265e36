#include "shadow_runner.h"

#include "case_comparator.h"
#include "task_queue.h"

#include <algorithm>
#include <deque>
#include <exception>
#include <set>
#include <thread>

namespace graft::harness {

namespace {

bool sideFailed(const Outcome& o)
{
    return o.status != RunStatus::Ok;
}

} // namespace

ShadowRunner::ShadowRunner(QueryPath& legacy, QueryPath* native, PlanCacheControl* cacheControl, RunnerOptions options)
    : m_legacy(legacy)
    , m_native(native)
    , m_cacheControl(native ? cacheControl : nullptr)
    , m_options(options)
    , m_legacyQueue(std::make_unique<TaskQueue>(1))
    , m_nativeQueue(native ? std::make_unique<TaskQueue>(std::max(1, options.jobs)) : nullptr)
{
    m_options.repeat = std::max(1, m_options.repeat);
}

ShadowRunner::~ShadowRunner() = default;

std::function<Outcome()> ShadowRunner::task(QueryPath& path, const Case& testCase) const
{
    return [&path, testCase] {
        Outcome outcome;
        const std::int64_t start = TaskQueue::nowMicros();
        try {
            outcome = path.execute(testCase);
        } catch (const std::exception& e) {
            outcome = Outcome{RunStatus::Crash, e.what(), {}, 0};
        } catch (...) {
            outcome = Outcome{RunStatus::Crash, "unknown exception", {}, 0};
        }
        outcome.elapsedMicros = TaskQueue::nowMicros() - start;
        return outcome;
    };
}

std::function<Outcome()> ShadowRunner::cacheTask(const Case& testCase, CacheMode mode) const
{
    PlanCacheControl* control = m_cacheControl;
    return [control, testCase, mode] {
        Outcome outcome;
        const std::int64_t start = TaskQueue::nowMicros();
        try {
            outcome = control->executeWithCache(testCase, mode);
        } catch (const std::exception& e) {
            outcome = Outcome{RunStatus::Crash, e.what(), {}, 0};
        }
        outcome.elapsedMicros = TaskQueue::nowMicros() - start;
        return outcome;
    };
}

bool ShadowRunner::pastDeadline() const
{
    return m_options.maxTime.count() > 0 && std::chrono::steady_clock::now() >= m_deadline;
}

ShadowRunner::Wait ShadowRunner::await(TaskQueue& queue, const TaskQueue::Ticket& ticket, QueryPath* path, Outcome& out)
{
    const std::int64_t timeout = std::chrono::duration_cast<std::chrono::microseconds>(m_options.timeout).count();
    const std::int64_t waitBegan = TaskQueue::nowMicros();
    for (;;) {
        if (ticket.result.wait_for(std::chrono::milliseconds(2)) == std::future_status::ready) {
            out = ticket.result.get();
            return Wait::Done;
        }
        if (pastDeadline())
            return Wait::Deadline;
        if (timeout <= 0)
            continue;
        const std::int64_t started = ticket.startedAt->load();
        const bool expired = started > 0 && TaskQueue::nowMicros() - started > timeout;
        // Workers still stuck in abandoned calls will not take this one in time either.
        const auto stuck = std::count_if(m_abandoned.begin(), m_abandoned.end(), [](const TaskQueue::Ticket& t) {
            return t.result.wait_for(std::chrono::seconds(0)) != std::future_status::ready;
        });
        const bool starved = started == 0 && stuck >= queue.workers() && TaskQueue::nowMicros() - waitBegan > timeout;
        if (expired || starved) {
            if (auto* interruptible = dynamic_cast<Interruptible*>(path))
                interruptible->interrupt();
            m_abandoned.push_back(ticket);
            out = Outcome{RunStatus::Timeout,
                          starved ? "every worker is still busy with a timed-out call"
                                  : "no answer within " + std::to_string(m_options.timeout.count()) + " ms",
                          {}, started > 0 ? TaskQueue::nowMicros() - started : 0};
            return Wait::Done;
        }
    }
}

SideResult ShadowRunner::sideOf(const std::vector<Outcome>& runs)
{
    SideResult side;
    side.status = runs.front().status;
    side.detail = runs.front().detail;
    side.report = runs.front().report;
    for (const Outcome& o : runs) {
        if (o.status == RunStatus::Ok)
            side.runs.push_back({o.elapsedMicros, o.report.timings});
    }
    return side;
}

std::vector<std::string> ShadowRunner::calibrateNoise(const Case& c, const Outcome& legacyFirst, const Outcome& nativeFirst)
{
    std::set<std::string> noise;
    const auto probe = [&](TaskQueue& queue, QueryPath& path, const Outcome& first) {
        for (int i = 0; i < m_options.noiseReruns; ++i) {
            Outcome again;
            if (await(queue, queue.submit(task(path, c)), &path, again) == Wait::Deadline || sideFailed(again))
                return;
            for (const Difference& d : CaseComparator::compareReports(first.report, again.report))
                noise.insert(d.pointer);
        }
    };
    probe(*m_legacyQueue, m_legacy, legacyFirst);
    probe(*m_nativeQueue, *m_native, nativeFirst);
    return {noise.begin(), noise.end()};
}

bool ShadowRunner::checkCache(const Case& c, const Outcome& nativeFirst, CacheCheck& check)
{
    static constexpr struct {
        CacheMode mode;
        const char* name;
        CacheStatus expected;
    } kRuns[] = {{CacheMode::Cold, "cold", CacheStatus::Miss}, {CacheMode::Warm, "warm", CacheStatus::Hit},
                 {CacheMode::Off, "off", CacheStatus::Bypass}};
    check.ran = true;
    for (const auto& run : kRuns) {
        Outcome o;
        if (await(*m_nativeQueue, m_nativeQueue->submit(cacheTask(c, run.mode)), m_native, o) == Wait::Deadline)
            return false;
        const std::string prefix = std::string("/") + run.name;
        (run.mode == CacheMode::Cold ? check.cold : run.mode == CacheMode::Warm ? check.warm : check.off) = o.report.cache;
        if (sideFailed(o)) {
            check.differences.push_back({DiffKind::Cache, prefix, "ok", runStatusName(o.status), o.detail, false});
            continue;
        }
        if (o.report.cache != run.expected && !(nativeFirst.report.cache == CacheStatus::Bypass && o.report.cache == CacheStatus::Bypass))
            check.differences.push_back({DiffKind::Cache, prefix + "/cache", cacheStatusName(run.expected),
                                         cacheStatusName(o.report.cache), "cache outcome", false});
        for (Difference d : CaseComparator::compareReports(nativeFirst.report, o.report)) {
            d.detail = std::string(diffKindName(d.kind)) + " (first run vs " + run.name + ")";
            d.kind = DiffKind::Cache;
            d.pointer = prefix + d.pointer;
            check.differences.push_back(std::move(d));
        }
    }
    return true;
}

RunSummary ShadowRunner::run(const std::vector<Case>& cases, const std::function<void(const CaseResult&)>& onResult)
{
    RunSummary summary;
    m_deadline = std::chrono::steady_clock::now() + m_options.maxTime;
    const std::size_t lookahead = m_native ? static_cast<std::size_t>(std::max(1, m_options.jobs)) * 2 : 0;
    std::deque<std::vector<TaskQueue::Ticket>> nativeAhead;
    std::size_t submitted = 0;
    const auto stopAs = [&](const char* reason) {
        summary.complete = false;
        summary.stopReason = reason;
        return summary;
    };
    for (std::size_t i = 0; i < cases.size(); ++i) {
        if (m_stop.load())
            return stopAs("interrupted");
        if (pastDeadline())
            return stopAs("max-time");
        const Case& c = cases[i];
        // The native side runs ahead on its workers while the legacy side works through the case.
        for (; m_native && submitted < cases.size() && submitted <= i + lookahead; ++submitted) {
            std::vector<TaskQueue::Ticket> tickets;
            for (int r = 0; r < m_options.repeat; ++r)
                tickets.push_back(m_nativeQueue->submit(task(*m_native, cases[submitted])));
            nativeAhead.push_back(std::move(tickets));
        }
        std::vector<Outcome> legacyRuns;
        for (int r = 0; r < m_options.repeat; ++r) {
            Outcome o;
            if (await(*m_legacyQueue, m_legacyQueue->submit(task(m_legacy, c)), &m_legacy, o) == Wait::Deadline)
                return stopAs("max-time");
            legacyRuns.push_back(std::move(o));
            if (sideFailed(legacyRuns.back()))
                break;
        }
        CaseResult result;
        result.id = c.id;
        result.tags = c.tags;
        result.legacy = sideOf(legacyRuns);
        if (!m_native) {
            result.outcome = legacyRuns.front().status == RunStatus::Ok        ? CaseOutcome::LegacyOnly
                             : legacyRuns.front().status == RunStatus::Timeout ? CaseOutcome::LegacyTimeout
                                                                               : CaseOutcome::LegacyCrash;
            result.signature.outcome = caseOutcomeName(result.outcome);
        } else {
            std::vector<Outcome> nativeRuns;
            const std::vector<TaskQueue::Ticket> tickets = std::move(nativeAhead.front());
            nativeAhead.pop_front();
            for (const TaskQueue::Ticket& ticket : tickets) {
                Outcome o;
                if (await(*m_nativeQueue, ticket, m_native, o) == Wait::Deadline)
                    return stopAs("max-time");
                nativeRuns.push_back(std::move(o));
            }
            result.native = sideOf(nativeRuns);
            Comparison comparison = CaseComparator::compare(legacyRuns.front(), nativeRuns.front());
            const bool bothRan = !sideFailed(legacyRuns.front()) && !sideFailed(nativeRuns.front());
            if (bothRan && isDivergence(comparison.outcome) && m_options.noiseReruns > 0) {
                result.noisePointers = calibrateNoise(c, legacyRuns.front(), nativeRuns.front());
                if (pastDeadline())
                    return stopAs("max-time");
                if (!result.noisePointers.empty()) {
                    const std::set<std::string> noise(result.noisePointers.begin(), result.noisePointers.end());
                    comparison = CaseComparator::compare(legacyRuns.front(), nativeRuns.front(), noise);
                }
            }
            if (m_cacheControl && !sideFailed(nativeRuns.front())) {
                if (!checkCache(c, nativeRuns.front(), result.cache))
                    return stopAs("max-time");
                if (comparison.outcome == CaseOutcome::Match && !result.cache.differences.empty()) {
                    comparison.outcome = CaseOutcome::CacheDivergence;
                    comparison.signature = CaseComparator::signatureOf(comparison.outcome, result.cache.differences,
                                                                       legacyRuns.front().report, nativeRuns.front().report);
                }
            }
            result.outcome = comparison.outcome;
            result.differences = std::move(comparison.differences);
            result.signature = std::move(comparison.signature);
        }
        onResult(result);
        ++summary.completed;
    }
    return summary;
}

} // namespace graft::harness
