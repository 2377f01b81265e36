#include "exec/connection_pool.h"

#include "exec/pooled_connection.h"
#include "exec/thread_connections.h"

#include <atomic>

namespace graft::exec {

namespace {

std::atomic<std::uint64_t> g_nextPoolId{0};

} // namespace

std::unique_ptr<ConnectionPool> ConnectionPool::create(std::string_view dsn, const PoolOptions &options,
                                                       std::string *why)
{
    ConnectionSettings settings;
    if (!ConnectionSettings::parse(dsn, &settings, why))
        return nullptr;
    if (options.size < 1) {
        *why = "the pool size must be at least 1";
        return nullptr;
    }
    auto state = std::make_shared<PoolState>(std::move(settings), options, ++g_nextPoolId);
    return std::unique_ptr<ConnectionPool>(new ConnectionPool(std::move(state)));
}

ConnectionPool::ConnectionPool(std::shared_ptr<PoolState> state) : m_state(std::move(state)) {}

ConnectionPool::~ConnectionPool()
{
    m_state->shutDown();
    ThreadConnections::current().closeAll(*m_state);
}

void ConnectionPool::closeThreadConnections()
{
    ThreadConnections::current().closeAll(*m_state);
}

Acquired ConnectionPool::acquire()
{
    ThreadConnections &local = ThreadConnections::current();
    local.closeOrphans();
    while (std::unique_ptr<PooledConnection> idle = local.take(*m_state)) {
        if (idle->healthy())
            return ConnectionLease(m_state, std::move(idle));
        m_state->close(std::move(idle), PoolState::CloseReason::Discarded);
    }
    const PoolOptions &options = m_state->options();
    switch (m_state->reserve(std::chrono::steady_clock::now() + options.waitTimeout)) {
    case PoolState::Reservation::Granted:
        break;
    case PoolState::Reservation::TimedOut:
        return PoolFailure{PoolFailure::Kind::Exhausted,
                           "connection pool exhausted: all " + std::to_string(options.size)
                               + " connections stayed in use for " + std::to_string(options.waitTimeout.count())
                               + " ms"};
    case PoolState::Reservation::Closed:
        return PoolFailure{PoolFailure::Kind::Closed, "connection pool closed"};
    }
    const QString name = QStringLiteral("graft-exec-%1-%2").arg(m_state->id()).arg(m_state->nextConnectionNumber());
    std::string why;
    std::unique_ptr<PooledConnection> connection = PooledConnection::open(m_state->settings(), options, name, &why);
    if (!connection) {
        m_state->connectFailures.fetch_add(1);
        m_state->unreserve();
        return PoolFailure{PoolFailure::Kind::ConnectFailed, why};
    }
    m_state->connects.fetch_add(1);
    return ConnectionLease(m_state, std::move(connection));
}

} // namespace graft::exec
