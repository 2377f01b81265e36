#pragma once

#include "case_result.h"
#include "corpus_case.h"
#include "query_path.h"
#include "task_queue.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace graft::harness {



/// How the runner drives the sides.
struct RunnerOptions {
    int repeat = 1;                        ///< executions per side per case (the first is the cold one)
    int jobs = 1;                          ///< native-side worker threads (the legacy side always has one)
    std::chrono::milliseconds timeout{0};  ///< per execution; 0 = none
    std::chrono::milliseconds maxTime{0};  ///< for the whole run; 0 = none
    int noiseReruns = 2;                   ///< extra runs per side for a diverging case (0 = no calibration)
};

/// How a run ended.
struct RunSummary {
    std::size_t completed = 0;
    bool complete = true;
    std::string stopReason;  ///< "max-time", "interrupted" when incomplete
};

/// Runs each case through both QueryPaths and compares them (knows nothing else about the sides).
class ShadowRunner {
public:
    /// `native` may be null (legacy-only run); `cacheControl` (usually the native path) may be null.
    ShadowRunner(QueryPath& legacy, QueryPath* native, PlanCacheControl* cacheControl, RunnerOptions options);
    ~ShadowRunner();

    /// Runs `cases` in order; `onResult` gets each finished case on the calling thread, in order.
    RunSummary run(const std::vector<Case>& cases, const std::function<void(const CaseResult&)>& onResult);

    /// Stops a run in progress before its next case (any thread; async-signal-safe).
    void requestStop() { m_stop.store(true); }

private:
    struct Pending;
    enum class Wait { Done, Deadline };

    std::function<Outcome()> task(QueryPath& path, const Case& testCase) const;
    std::function<Outcome()> cacheTask(const Case& testCase, CacheMode mode) const;
    Wait await(TaskQueue& queue, const TaskQueue::Ticket& ticket, QueryPath* path, Outcome& out);
    bool pastDeadline() const;
    std::vector<std::string> calibrateNoise(const Case& testCase, const Outcome& legacyFirst, const Outcome& nativeFirst);
    bool checkCache(const Case& testCase, const Outcome& nativeFirst, CacheCheck& check);
    static SideResult sideOf(const std::vector<Outcome>& runs);

    QueryPath& m_legacy;
    QueryPath* m_native;
    PlanCacheControl* m_cacheControl;
    RunnerOptions m_options;
    std::unique_ptr<TaskQueue> m_legacyQueue;
    std::unique_ptr<TaskQueue> m_nativeQueue;
    std::vector<TaskQueue::Ticket> m_abandoned;
    std::chrono::steady_clock::time_point m_deadline;
    std::atomic<bool> m_stop{false};
};

} // namespace graft::harness
