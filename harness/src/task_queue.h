#pragma once

#include "side_report.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <future>
#include <memory>
#include <thread>
#include <vector>

namespace graft::harness {

/// A fixed set of worker threads running side executions in submission order. A call that never
/// returns keeps its worker; the destructor waits a grace period, then leaves such workers detached
/// (they hold only shared state) so a hung side cannot hang the harness.
class TaskQueue {
public:
    /// A submitted task: its result, and when it started (0 until then; steady clock µs).
    struct Ticket {
        std::shared_future<Outcome> result;
        std::shared_ptr<std::atomic<std::int64_t>> startedAt;
    };

    explicit TaskQueue(int workers);
    ~TaskQueue();
    TaskQueue(const TaskQueue&) = delete;
    TaskQueue& operator=(const TaskQueue&) = delete;

    /// Queues `task`; it runs on one of the workers.
    Ticket submit(std::function<Outcome()> task);

    int workers() const { return static_cast<int>(m_threads.size()); }

    /// Microseconds on the steady clock (the clock of Ticket::startedAt).
    static std::int64_t nowMicros();

private:
    struct State;
    std::shared_ptr<State> m_state;
    std::vector<std::thread> m_threads;
};

} // namespace graft::harness
