#include "cache/plan_cache.h"

namespace graft::cache {

PlanCache::PlanCache(PlanCacheOptions options) : m_table(options.maxEntries, options.maxBytes) {}

std::shared_ptr<const sql::SqlPlan> PlanCache::find(const PlanKey &key, std::uint64_t generation)
{
    return m_table.find(key.hash, key.bytes, generation);
}

void PlanCache::insert(const PlanKey &key, std::shared_ptr<const sql::SqlPlan> plan, std::uint64_t generation)
{
    const std::size_t bytes = plan ? plan->bytes() : 0;
    m_table.insert(key.hash, key.bytes, std::move(plan), bytes, generation);
}

void PlanCache::clear()
{
    m_table.clear();
}

PlanCacheStats PlanCache::stats() const
{
    const LruStats table = m_table.stats();
    PlanCacheStats stats;
    stats.hits = table.hits;
    stats.misses = table.misses;
    stats.evictions = table.evictions;
    stats.invalidations = table.invalidations;
    stats.entries = table.entries;
    stats.bytes = table.bytes;
    stats.generation = generation();
    return stats;
}

} // namespace graft::cache
