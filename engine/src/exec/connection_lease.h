#pragma once

#include "graft/sql_runner.h"

#include <memory>

namespace graft::exec {

class PoolState;
class PooledConnection;

/// Exclusive use of one pooled connection by the thread that acquired it. Move-only; must be
/// released (destroyed) on that thread. On release a healthy connection is parked idle for this
/// thread; a broken one, one left inside a transaction, or one a waiting thread needs is closed.
class ConnectionLease {
public:
    ConnectionLease(std::shared_ptr<PoolState> pool, std::unique_ptr<PooledConnection> connection);
    ~ConnectionLease();
    ConnectionLease(ConnectionLease &&other) noexcept;
    ConnectionLease &operator=(ConnectionLease &&other) noexcept;
    ConnectionLease(const ConnectionLease &) = delete;
    ConnectionLease &operator=(const ConnectionLease &) = delete;

    /// The connection's runner.
    SqlRunner &runner();

private:
    void release();

    std::shared_ptr<PoolState> m_pool;
    std::unique_ptr<PooledConnection> m_connection;
};

} // namespace graft::exec
