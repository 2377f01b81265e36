#include "cache/plan_cache.h"

#include <algorithm>
#include <mutex>
#include <shared_mutex>
#include <unordered_map>

namespace graft::cache {

namespace {

struct Entry {
    std::string keyBytes;
    std::shared_ptr<const sql::SqlPlan> plan;
    std::size_t bytes = 0;
    std::uint64_t generation = 0;
    mutable std::atomic<std::uint64_t> lastUse{0};
};

} // namespace

struct alignas(64) PlanCache::Shard {
    mutable std::shared_mutex mutex;
    std::unordered_multimap<std::uint64_t, std::unique_ptr<Entry>> entries; // by key hash
    std::size_t bytes = 0;
    std::size_t maxEntries = 0;
    std::size_t maxBytes = 0;
    std::atomic<std::uint64_t> clock{0};
    std::atomic<std::uint64_t> hits{0};
    std::atomic<std::uint64_t> misses{0};
    std::uint64_t evictions = 0;     // under the unique lock
    std::uint64_t invalidations = 0; // under the unique lock

    // The entry of `key`, or nullptr; under either lock.
    Entry *lookup(const PlanKey &key) const
    {
        const auto [first, last] = entries.equal_range(key.hash);
        for (auto it = first; it != last; ++it) {
            if (it->second->keyBytes == key.bytes)
                return it->second.get();
        }
        return nullptr;
    }

    // Drops least recently used entries until the shard is within its bounds; under the unique lock.
    void evict()
    {
        while (!entries.empty() && (entries.size() > maxEntries || bytes > maxBytes)) {
            auto oldest = entries.begin();
            for (auto it = entries.begin(); it != entries.end(); ++it) {
                if (it->second->lastUse.load(std::memory_order_relaxed)
                    < oldest->second->lastUse.load(std::memory_order_relaxed))
                    oldest = it;
            }
            bytes -= oldest->second->bytes;
            entries.erase(oldest);
            ++evictions;
        }
    }
};

PlanCache::PlanCache(PlanCacheOptions options)
{
    // Small caches keep one shard (exact LRU); large ones spread readers over up to 16 locks.
    const std::size_t count = std::clamp<std::size_t>(options.maxEntries / 256, 1, 16);
    for (std::size_t i = 0; i < count; ++i) {
        auto shard = std::make_unique<Shard>();
        shard->maxEntries = options.maxEntries / count + (i < options.maxEntries % count ? 1 : 0);
        shard->maxBytes = options.maxBytes / count;
        m_shards.push_back(std::move(shard));
    }
}

PlanCache::~PlanCache() = default;

PlanCache::Shard &PlanCache::shardOf(std::uint64_t hash) const
{
    // The high bits pick the shard; the table uses the whole hash.
    return *m_shards[static_cast<std::size_t>((hash >> 48) % m_shards.size())];
}

std::shared_ptr<const sql::SqlPlan> PlanCache::find(const PlanKey &key, std::uint64_t generation)
{
    Shard &shard = shardOf(key.hash);
    {
        std::shared_lock lock(shard.mutex);
        const Entry *entry = shard.lookup(key);
        if (entry && entry->generation == generation) {
            entry->lastUse.store(shard.clock.fetch_add(1, std::memory_order_relaxed) + 1, std::memory_order_relaxed);
            std::shared_ptr<const sql::SqlPlan> plan = entry->plan;
            lock.unlock();
            shard.hits.fetch_add(1, std::memory_order_relaxed);
            return plan;
        }
    }
    shard.misses.fetch_add(1, std::memory_order_relaxed);
    return nullptr;
}

void PlanCache::insert(const PlanKey &key, std::shared_ptr<const sql::SqlPlan> plan, std::uint64_t generation)
{
    if (!plan)
        return;
    Shard &shard = shardOf(key.hash);
    const std::size_t bytes = sizeof(Entry) + key.bytes.size() + plan->bytes();
    if (shard.maxEntries == 0 || bytes > shard.maxBytes)
        return;
    std::unique_lock lock(shard.mutex);
    // Checked under the shard lock: clear() bumps the generation before it empties the shards, so a
    // plan built under an older generation either lands before the clear (and is dropped by it) or
    // is refused here.
    if (generation != m_generation.load(std::memory_order_acquire))
        return;
    if (Entry *existing = shard.lookup(key)) {
        if (existing->generation != generation) { // left by an older generation: refresh it in place
            shard.bytes = shard.bytes - existing->bytes + bytes;
            existing->plan = std::move(plan);
            existing->bytes = bytes;
            existing->generation = generation;
            shard.evict();
        }
        return;
    }
    auto entry = std::make_unique<Entry>();
    entry->keyBytes = key.bytes;
    entry->plan = std::move(plan);
    entry->bytes = bytes;
    entry->generation = generation;
    entry->lastUse.store(shard.clock.fetch_add(1, std::memory_order_relaxed) + 1, std::memory_order_relaxed);
    shard.entries.emplace(key.hash, std::move(entry));
    shard.bytes += bytes;
    shard.evict();
}

void PlanCache::clear()
{
    m_generation.fetch_add(1, std::memory_order_acq_rel);
    for (const std::unique_ptr<Shard> &shard : m_shards) {
        std::unique_lock lock(shard->mutex);
        shard->invalidations += shard->entries.size();
        shard->entries.clear();
        shard->bytes = 0;
    }
}

PlanCacheStats PlanCache::stats() const
{
    PlanCacheStats stats;
    stats.generation = generation();
    for (const std::unique_ptr<Shard> &shard : m_shards) {
        std::shared_lock lock(shard->mutex);
        stats.hits += shard->hits.load(std::memory_order_relaxed);
        stats.misses += shard->misses.load(std::memory_order_relaxed);
        stats.evictions += shard->evictions;
        stats.invalidations += shard->invalidations;
        stats.entries += shard->entries.size();
        stats.bytes += shard->bytes;
    }
    return stats;
}

} // namespace graft::cache
