#pragma once

// Pooled PostgreSQL connections for the executor (DESIGN §5). A connection is opened, used and
// closed on one thread: idle connections are parked per thread (ThreadConnections), and the pool
// bounds how many are open at once across threads. When every connection is open, acquire()
// waits up to PoolOptions::waitTimeout for one to close; a thread releasing a lease while another
// waits closes its connection so the waiter can open one. Size the pool to the number of threads
// that run requests and handoffs never happen.

#include "exec/connection_lease.h"
#include "exec/pool_options.h"
#include "exec/pool_state.h"

#include <memory>
#include <string>
#include <string_view>
#include <variant>

namespace graft::exec {

/// Why acquire() gave no lease.
struct PoolFailure {
    enum class Kind { Exhausted, ConnectFailed, Closed };
    Kind kind = Kind::ConnectFailed;
    std::string detail; ///< for logs: the pool's or libpq's own words
};

/// acquire()'s answer.
using Acquired = std::variant<ConnectionLease, PoolFailure>;

/// A bounded pool of set-up connections to one database, with per-thread idle slots.
class ConnectionPool {
public:
    /// A pool for the libpq key=value `dsn`; null with `*why` when the DSN does not parse.
    static std::unique_ptr<ConnectionPool> create(std::string_view dsn, const PoolOptions &options, std::string *why);
    /// Closes the calling thread's idle connections; other threads close theirs when they next
    /// acquire from a pool, call closeThreadConnections() or exit. Outstanding leases stay valid.
    ~ConnectionPool();
    ConnectionPool(const ConnectionPool &) = delete;
    ConnectionPool &operator=(const ConnectionPool &) = delete;

    /// A connection for the calling thread: its own idle one if healthy, else a new one.
    Acquired acquire();
    /// Closes the calling thread's idle connections (a host's worker about to go quiet).
    void closeThreadConnections();
    /// Current counters.
    PoolStats stats() const { return m_state->stats(); }

private:
    explicit ConnectionPool(std::shared_ptr<PoolState> state);

    std::shared_ptr<PoolState> m_state;
};

} // namespace graft::exec
