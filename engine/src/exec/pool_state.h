#pragma once

// What a ConnectionPool shares with its leases and with the per-thread idle slots: the settings,
// the capacity (open connections, counted under a mutex; waiters wait on a condition variable) and
// the counters. Shared ownership lets a thread close its idle connections after the pool is gone.

#include "exec/connection_settings.h"
#include "exec/pool_options.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>

namespace graft::exec {

class PooledConnection;

/// Counters of a pool (monotonic except `open`).
struct PoolStats {
    int open = 0;                   ///< connections open now (leased or idle)
    std::uint64_t connects = 0;     ///< connections opened
    std::uint64_t connectFailures = 0;
    std::uint64_t discarded = 0;    ///< closed because broken, unhealthy or inside a transaction
    std::uint64_t handoffs = 0;     ///< closed at release so that a waiting thread may open one
    std::uint64_t timeouts = 0;     ///< acquisitions that gave up waiting
};

/// The capacity and counters of one pool.
class PoolState {
public:
    enum class Reservation { Granted, TimedOut, Closed };
    /// Why a connection is closed: counted as discarded, as a handoff, or not at all (thread exit, pool end).
    enum class CloseReason { Discarded, Handoff, Idle };

    PoolState(ConnectionSettings settings, PoolOptions options, std::uint64_t id);

    /// Takes one unit of capacity, waiting until `deadline` when every connection is open.
    Reservation reserve(std::chrono::steady_clock::time_point deadline);
    /// Gives back one unit (a connection was closed, or failed to open).
    void unreserve();
    /// Closes `connection` (on its own thread) and gives back its unit.
    void close(std::unique_ptr<PooledConnection> connection, CloseReason reason);
    /// Wakes every waiter; later reservations fail.
    void shutDown();

    bool closed() const { return m_closed.load(std::memory_order_acquire); }
    /// True while some thread waits for capacity: a released connection is then closed, not kept.
    bool hasWaiters() const { return m_waiters.load(std::memory_order_acquire) > 0; }
    PoolStats stats() const;

    const ConnectionSettings &settings() const { return m_settings; }
    const PoolOptions &options() const { return m_options; }
    std::uint64_t id() const { return m_id; }
    std::uint64_t nextConnectionNumber() { return ++m_nextConnection; }

    std::atomic<std::uint64_t> connects{0};
    std::atomic<std::uint64_t> connectFailures{0};
    std::atomic<std::uint64_t> timeouts{0};

private:
    const ConnectionSettings m_settings;
    const PoolOptions m_options;
    const std::uint64_t m_id;
    mutable std::mutex m_mutex;
    std::condition_variable m_freed;
    int m_open = 0;
    std::atomic<int> m_waiters{0};
    std::atomic<bool> m_closed{false};
    std::atomic<std::uint64_t> m_nextConnection{0};
    std::atomic<std::uint64_t> m_discarded{0};
    std::atomic<std::uint64_t> m_handoffs{0};
};

} // namespace graft::exec
