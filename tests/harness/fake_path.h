#pragma once

#include "query_path.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace graft::harness::test {

/// A QueryPath answering from scripted reports: successive calls for a case return successive
/// reports (the last one repeats). Thread-safe; also drives a fake plan cache.
class FakePath : public QueryPath, public PlanCacheControl, public Interruptible {
public:
    explicit FakePath(std::string name = "fake") : m_name(std::move(name)) {}

    /// The reports successive calls for `caseId` return.
    void script(const std::string& caseId, std::vector<SideReport> runs);
    /// What a case without a script gets (default: empty data response).
    void setFallback(SideReport report) { m_fallback = std::move(report); }
    /// Calls for `caseId` throw (a crash).
    void crashOn(const std::string& caseId) { m_crash[caseId] = true; }
    /// Calls for `caseId` sleep this long first (a hang, until interrupted).
    void delayOn(const std::string& caseId, std::chrono::milliseconds delay) { m_delay[caseId] = delay; }
    /// executeWithCache(mode) for `caseId` returns this report instead of the scripted one.
    void scriptCache(const std::string& caseId, CacheMode mode, SideReport report);

    std::string name() const override { return m_name; }
    Outcome execute(const Case& testCase) override;
    Outcome executeWithCache(const Case& testCase, CacheMode mode) override;
    void interrupt() override { m_interrupted = true; }

    /// How many times execute() ran for `caseId`.
    int calls(const std::string& caseId) const;
    /// How many interrupt() calls arrived.
    bool interrupted() const { return m_interrupted; }

private:
    std::string m_name;
    mutable std::mutex m_mutex;
    std::map<std::string, std::vector<SideReport>> m_scripts;
    std::map<std::string, int> m_calls;
    std::map<std::string, bool> m_crash;
    std::map<std::string, std::chrono::milliseconds> m_delay;
    std::map<std::pair<std::string, int>, SideReport> m_cache;
    SideReport m_fallback;
    std::atomic<bool> m_interrupted{false};
};

/// A report with the given SQL (one statement, no parameters) and response bytes.
SideReport report(std::string response, std::vector<std::string> sql = {}, std::vector<std::vector<Param>> params = {},
                  std::string errors = "[]");

/// `text` with every backquote replaced by a double quote (SQL literals stay readable in tests).
std::string bq(std::string text);

} // namespace graft::harness::test
