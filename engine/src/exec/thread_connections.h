#pragma once

// The calling thread's idle connections, per pool. A QSqlDatabase connection works only in the
// thread that opened it, so idle connections are parked where they were opened and closed there:
// when the thread leases again and finds one unhealthy, when the pool or the host asks, or when
// the thread exits (this object is thread_local).

#include <memory>
#include <vector>

namespace graft::exec {

class PoolState;
class PooledConnection;

/// One thread's idle connections of every pool it used.
class ThreadConnections {
public:
    /// The calling thread's instance.
    static ThreadConnections &current();

    ThreadConnections() = default;
    /// Thread exit: closes every idle connection left, on this thread.
    ~ThreadConnections();
    ThreadConnections(const ThreadConnections &) = delete;
    ThreadConnections &operator=(const ThreadConnections &) = delete;

    /// The most recently parked idle connection of `pool`, or null.
    std::unique_ptr<PooledConnection> take(const PoolState &pool);
    /// Parks `connection` as idle for `pool`.
    void park(const std::shared_ptr<PoolState> &pool, std::unique_ptr<PooledConnection> connection);
    /// Closes this thread's idle connections of `pool`.
    void closeAll(const PoolState &pool);
    /// Closes this thread's idle connections of pools that were destroyed.
    void closeOrphans();

private:
    struct Slot {
        std::shared_ptr<PoolState> pool;
        std::vector<std::unique_ptr<PooledConnection>> idle;
    };
    std::vector<Slot> m_slots;
};

} // namespace graft::exec
