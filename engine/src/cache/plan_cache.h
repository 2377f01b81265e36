#pragma once

// The plan cache of CONTRACT §9 and DESIGN §5: immutable `shared_ptr<const SqlPlan>` values under
// PlanKeys in an LruTable (bounded by entries and bytes, approximate LRU, sharded, lock-light
// reads). A reload clears the cache and starts a new generation: a request that began after the
// reload (and so carries the new generation) is never served a plan of an older one.

#include "cache/lru_table.h"
#include "cache/plan_key.h"
#include "sql/sql_plan.h"

#include <cstddef>
#include <cstdint>
#include <memory>

namespace graft::cache {

/// The cache's bounds (planCacheEntries of §2.1, and a byte budget).
struct PlanCacheOptions {
    std::size_t maxEntries = 5000;
    std::size_t maxBytes = std::size_t(64) << 20;
};

/// A snapshot of the counters.
struct PlanCacheStats {
    std::uint64_t hits = 0;
    std::uint64_t misses = 0;
    std::uint64_t evictions = 0;     ///< entries dropped to stay within the bounds
    std::uint64_t invalidations = 0; ///< entries dropped by clear()
    std::size_t entries = 0;
    std::size_t bytes = 0;           ///< key bytes + plan bytes of the entries held
    std::uint64_t generation = 0;
};

/// A bounded, sharded, thread-safe map from plan keys to plans.
class PlanCache {
public:
    explicit PlanCache(PlanCacheOptions options = {});

    /// The current generation; a request reads it once, when it takes its schema and configuration.
    std::uint64_t generation() const { return m_table.generation(); }

    /// The plan stored under `key` in `generation`, or null; counts a hit or a miss.
    std::shared_ptr<const sql::SqlPlan> find(const PlanKey &key, std::uint64_t generation);

    /// Stores `plan` under `key` (an existing entry wins) unless the cache has moved past
    /// `generation`; evicts the least recently used entries of the shard to stay within the bounds.
    void insert(const PlanKey &key, std::shared_ptr<const sql::SqlPlan> plan, std::uint64_t generation);

    /// Drops every entry and starts a new generation (schema or configuration reload).
    void clear();

    /// The counters and the current size.
    PlanCacheStats stats() const;

    /// Number of shards (1 for small caches, so their LRU is exact).
    std::size_t shardCount() const { return m_table.shardCount(); }

private:
    LruTable<sql::SqlPlan> m_table;
};

} // namespace graft::cache
