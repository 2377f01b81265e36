#include "exec/thread_connections.h"

#include "exec/pool_state.h"
#include "exec/pooled_connection.h"

#include <algorithm>

namespace graft::exec {

ThreadConnections &ThreadConnections::current()
{
    thread_local ThreadConnections connections;
    return connections;
}

ThreadConnections::~ThreadConnections()
{
    for (Slot &slot : m_slots) {
        while (!slot.idle.empty()) {
            std::unique_ptr<PooledConnection> connection = std::move(slot.idle.back());
            slot.idle.pop_back();
            slot.pool->close(std::move(connection), PoolState::CloseReason::Idle);
        }
    }
}

std::unique_ptr<PooledConnection> ThreadConnections::take(const PoolState &pool)
{
    for (auto it = m_slots.begin(); it != m_slots.end(); ++it) {
        if (it->pool.get() != &pool)
            continue;
        if (it->idle.empty())
            return nullptr;
        std::unique_ptr<PooledConnection> connection = std::move(it->idle.back());
        it->idle.pop_back();
        return connection;
    }
    return nullptr;
}

void ThreadConnections::park(const std::shared_ptr<PoolState> &pool, std::unique_ptr<PooledConnection> connection)
{
    const auto it = std::find_if(m_slots.begin(), m_slots.end(), [&](const Slot &slot) { return slot.pool == pool; });
    if (it != m_slots.end()) {
        it->idle.push_back(std::move(connection));
        return;
    }
    // Slots of pools that are gone and hold nothing are dropped here, so they do not pile up.
    std::erase_if(m_slots, [](const Slot &slot) { return slot.idle.empty() && slot.pool->closed(); });
    Slot slot{pool, {}};
    slot.idle.push_back(std::move(connection));
    m_slots.push_back(std::move(slot));
}

void ThreadConnections::closeAll(const PoolState &pool)
{
    for (auto it = m_slots.begin(); it != m_slots.end(); ++it) {
        if (it->pool.get() != &pool)
            continue;
        std::shared_ptr<PoolState> owner = it->pool;
        std::vector<std::unique_ptr<PooledConnection>> idle = std::move(it->idle);
        m_slots.erase(it);
        for (auto &connection : idle)
            owner->close(std::move(connection), PoolState::CloseReason::Idle);
        return;
    }
}

void ThreadConnections::closeOrphans()
{
    for (std::size_t i = 0; i < m_slots.size();) {
        if (!m_slots[i].pool->closed()) {
            ++i;
            continue;
        }
        Slot slot = std::move(m_slots[i]);
        m_slots.erase(m_slots.begin() + static_cast<std::ptrdiff_t>(i));
        for (auto &connection : slot.idle)
            slot.pool->close(std::move(connection), PoolState::CloseReason::Idle);
    }
}

} // namespace graft::exec
