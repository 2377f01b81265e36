#include "fake_path.h"

#include <stdexcept>
#include <thread>

namespace graft::harness::test {

void FakePath::script(const std::string& caseId, std::vector<SideReport> runs)
{
    const std::lock_guard lock(m_mutex);
    m_scripts[caseId] = std::move(runs);
}

void FakePath::scriptCache(const std::string& caseId, CacheMode mode, SideReport report)
{
    const std::lock_guard lock(m_mutex);
    m_cache[{caseId, static_cast<int>(mode)}] = std::move(report);
}

Outcome FakePath::execute(const Case& testCase)
{
    std::chrono::milliseconds delay{0};
    Outcome outcome;
    {
        const std::lock_guard lock(m_mutex);
        const int call = m_calls[testCase.id]++;
        if (m_crash.count(testCase.id))
            throw std::runtime_error("fake crash in " + testCase.id);
        if (auto it = m_delay.find(testCase.id); it != m_delay.end())
            delay = it->second;
        const auto it = m_scripts.find(testCase.id);
        if (it == m_scripts.end() || it->second.empty())
            outcome.report = m_fallback;
        else
            outcome.report = it->second[std::min<std::size_t>(static_cast<std::size_t>(call), it->second.size() - 1)];
    }
    const auto until = std::chrono::steady_clock::now() + delay;
    while (std::chrono::steady_clock::now() < until && !m_interrupted)
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    return outcome;
}

Outcome FakePath::executeWithCache(const Case& testCase, CacheMode mode)
{
    {
        const std::lock_guard lock(m_mutex);
        if (auto it = m_cache.find({testCase.id, static_cast<int>(mode)}); it != m_cache.end()) {
            Outcome outcome;
            outcome.report = it->second;
            return outcome;
        }
    }
    Outcome outcome = execute(testCase);
    outcome.report.cache = mode == CacheMode::Cold ? CacheStatus::Miss : mode == CacheMode::Warm ? CacheStatus::Hit : CacheStatus::Bypass;
    return outcome;
}

int FakePath::calls(const std::string& caseId) const
{
    const std::lock_guard lock(m_mutex);
    const auto it = m_calls.find(caseId);
    return it == m_calls.end() ? 0 : it->second;
}

SideReport report(std::string response, std::vector<std::string> sql, std::vector<std::vector<Param>> params,
                  std::string errors)
{
    SideReport r;
    r.response = std::move(response);
    r.sql = std::move(sql);
    r.params = std::move(params);
    if (r.params.size() < r.sql.size())
        r.params.resize(r.sql.size());
    r.errors = std::move(errors);
    r.cache = CacheStatus::Bypass;
    return r;
}

std::string bq(std::string text)
{
    for (char& c : text) {
        if (c == '`')
            c = '"';
    }
    return text;
}

} // namespace graft::harness::test
