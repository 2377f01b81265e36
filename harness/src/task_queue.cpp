#include "task_queue.h"

#include <condition_variable>
#include <deque>
#include <mutex>

namespace graft::harness {

struct TaskQueue::State {
    std::mutex mutex;
    std::condition_variable wake;
    std::condition_variable exited;
    std::deque<std::pair<std::packaged_task<Outcome()>, std::shared_ptr<std::atomic<std::int64_t>>>> tasks;
    bool stopping = false;
    int running = 0;
};

TaskQueue::TaskQueue(int workers) : m_state(std::make_shared<State>())
{
    m_state->running = workers;
    for (int i = 0; i < workers; ++i) {
        m_threads.emplace_back([state = m_state] {
            for (;;) {
                std::unique_lock lock(state->mutex);
                state->wake.wait(lock, [&] { return state->stopping || !state->tasks.empty(); });
                if (state->stopping) {
                    --state->running;
                    state->exited.notify_all();
                    return;
                }
                auto [task, started] = std::move(state->tasks.front());
                state->tasks.pop_front();
                lock.unlock();
                started->store(nowMicros());
                task();
            }
        });
    }
}

TaskQueue::~TaskQueue()
{
    std::unique_lock lock(m_state->mutex);
    m_state->stopping = true;
    m_state->tasks.clear();
    m_state->wake.notify_all();
    const bool allExited = m_state->exited.wait_for(lock, std::chrono::seconds(5), [&] { return m_state->running == 0; });
    lock.unlock();
    for (std::thread& t : m_threads) {
        if (allExited)
            t.join();
        else
            t.detach();
    }
}

TaskQueue::Ticket TaskQueue::submit(std::function<Outcome()> task)
{
    std::packaged_task<Outcome()> packaged(std::move(task));
    Ticket ticket{packaged.get_future().share(), std::make_shared<std::atomic<std::int64_t>>(0)};
    {
        const std::lock_guard lock(m_state->mutex);
        m_state->tasks.emplace_back(std::move(packaged), ticket.startedAt);
    }
    m_state->wake.notify_one();
    return ticket;
}

std::int64_t TaskQueue::nowMicros()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

} // namespace graft::harness
