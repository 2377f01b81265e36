#include "exec/connection_lease.h"

#include "exec/pool_state.h"
#include "exec/pooled_connection.h"
#include "exec/thread_connections.h"

#include <QtGlobal>

#include <thread>

namespace graft::exec {

ConnectionLease::ConnectionLease(std::shared_ptr<PoolState> pool, std::unique_ptr<PooledConnection> connection)
    : m_pool(std::move(pool)), m_connection(std::move(connection))
{
}

ConnectionLease::~ConnectionLease()
{
    release();
}

ConnectionLease::ConnectionLease(ConnectionLease &&other) noexcept = default;

ConnectionLease &ConnectionLease::operator=(ConnectionLease &&other) noexcept
{
    if (this != &other) {
        release();
        m_pool = std::move(other.m_pool);
        m_connection = std::move(other.m_connection);
    }
    return *this;
}

SqlRunner &ConnectionLease::runner()
{
    return m_connection->runner();
}

void ConnectionLease::release()
{
    if (!m_connection)
        return;
    Q_ASSERT_X(m_connection->owner() == std::this_thread::get_id(), "ConnectionLease",
               "a lease must be released on the thread that acquired it");
    if (!m_connection->reusable())
        m_pool->close(std::move(m_connection), PoolState::CloseReason::Discarded);
    else if (m_pool->closed())
        m_pool->close(std::move(m_connection), PoolState::CloseReason::Idle);
    else if (m_pool->hasWaiters())
        m_pool->close(std::move(m_connection), PoolState::CloseReason::Handoff);
    else
        ThreadConnections::current().park(m_pool, std::move(m_connection));
    m_pool.reset();
}

} // namespace graft::exec
