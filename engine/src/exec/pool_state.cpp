#include "exec/pool_state.h"

#include "exec/pooled_connection.h"

namespace graft::exec {

PoolState::PoolState(ConnectionSettings settings, PoolOptions options, std::uint64_t id)
    : m_settings(std::move(settings)), m_options(options), m_id(id)
{
}

PoolState::Reservation PoolState::reserve(std::chrono::steady_clock::time_point deadline)
{
    std::unique_lock lock(m_mutex);
    if (m_closed.load())
        return Reservation::Closed;
    if (m_open < m_options.size) {
        ++m_open;
        return Reservation::Granted;
    }
    m_waiters.fetch_add(1);
    const bool granted = m_freed.wait_until(lock, deadline, [this] { return m_closed.load() || m_open < m_options.size; });
    m_waiters.fetch_sub(1);
    if (m_closed.load())
        return Reservation::Closed;
    if (!granted) {
        timeouts.fetch_add(1);
        return Reservation::TimedOut;
    }
    ++m_open;
    return Reservation::Granted;
}

void PoolState::unreserve()
{
    {
        const std::lock_guard lock(m_mutex);
        --m_open;
    }
    m_freed.notify_one();
}

void PoolState::close(std::unique_ptr<PooledConnection> connection, CloseReason reason)
{
    connection.reset();
    if (reason == CloseReason::Discarded)
        m_discarded.fetch_add(1);
    else if (reason == CloseReason::Handoff)
        m_handoffs.fetch_add(1);
    unreserve();
}

void PoolState::shutDown()
{
    {
        const std::lock_guard lock(m_mutex);
        m_closed.store(true, std::memory_order_release);
    }
    m_freed.notify_all();
}

PoolStats PoolState::stats() const
{
    PoolStats stats;
    {
        const std::lock_guard lock(m_mutex);
        stats.open = m_open;
    }
    stats.connects = connects.load();
    stats.connectFailures = connectFailures.load();
    stats.discarded = m_discarded.load();
    stats.handoffs = m_handoffs.load();
    stats.timeouts = timeouts.load();
    return stats;
}

} // namespace graft::exec
