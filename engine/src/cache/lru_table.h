#pragma once

// The table behind the engine's caches (DESIGN §5): immutable `shared_ptr<const Value>` values under
// byte-string keys, bounded by entries and bytes with LRU eviction per shard, safe for many
// concurrent readers. The table is split into shards, each behind its own shared mutex; a hit takes
// only a shared lock and stamps the entry's last use with a relaxed atomic, so readers never
// serialise on LRU bookkeeping. Eviction finds the least recently used entry through a min-heap of
// stamps kept lazily: an entry's slot holds the stamp it had when pushed, and a popped slot whose
// entry has been used since is pushed again with the newer stamp, so each eviction costs O(log n)
// amortised instead of a scan of the shard. Every entry carries the generation it was stored in:
// clear() starts a new generation, and a lookup or a store made for an older one misses or is
// refused.

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace graft::cache {

/// A snapshot of an LruTable's counters and size.
struct LruStats {
    std::uint64_t hits = 0;
    std::uint64_t misses = 0;
    std::uint64_t evictions = 0;     ///< entries dropped to stay within the bounds
    std::uint64_t invalidations = 0; ///< entries dropped by clear()
    std::size_t entries = 0;
    std::size_t bytes = 0; ///< bytes charged for the entries held (entry, key, value)
};

/// A bounded, sharded, thread-safe map from hashed byte-string keys to immutable values.
template <typename Value>
class LruTable {
public:
    /// Small tables keep one shard (exact LRU); large ones spread readers over up to 16 locks.
    LruTable(std::size_t maxEntries, std::size_t maxBytes);
    LruTable(const LruTable &) = delete;
    LruTable &operator=(const LruTable &) = delete;

    /// The current generation.
    std::uint64_t generation() const { return m_generation.load(std::memory_order_acquire); }

    /// The value stored under `key` (whose hash is `hash`) in `generation`, or null; counts a hit or a miss.
    std::shared_ptr<const Value> find(std::uint64_t hash, std::string_view key, std::uint64_t generation);

    /// Stores `value` under `key`, charged `valueBytes` plus the key and the entry (an existing entry
    /// of the same generation wins), unless the table has moved past `generation` or the charge
    /// exceeds a shard's budget; evicts the shard's least recently used entries to stay within bounds.
    void insert(std::uint64_t hash, std::string_view key, std::shared_ptr<const Value> value, std::size_t valueBytes,
                std::uint64_t generation);

    /// Drops every entry and starts a new generation.
    void clear();

    /// The counters and the current size.
    LruStats stats() const;

    /// Number of shards.
    std::size_t shardCount() const { return m_shards.size(); }

private:
    struct Entry {
        std::uint64_t hash = 0;
        std::string key;
        std::shared_ptr<const Value> value;
        std::size_t bytes = 0;
        std::uint64_t generation = 0;
        mutable std::atomic<std::uint64_t> lastUse{0};
    };

    /// An eviction-heap slot: a stamp and its entry.
    using UseSlot = std::pair<std::uint64_t, Entry *>;
    /// The heap order: the least recently stamped slot on top.
    static bool usedLater(const UseSlot &a, const UseSlot &b) { return a.first > b.first; }

    struct alignas(64) Shard {
        mutable std::shared_mutex mutex;
        std::unordered_multimap<std::uint64_t, std::unique_ptr<Entry>> entries; // by key hash
        /// One slot per entry: the stamp it had when pushed (at most its current one), a min-heap.
        std::vector<UseSlot> byUse;
        std::size_t bytes = 0;
        std::size_t maxEntries = 0;
        std::size_t maxBytes = 0;
        std::atomic<std::uint64_t> clock{0};
        std::atomic<std::uint64_t> hits{0};
        std::atomic<std::uint64_t> misses{0};
        std::uint64_t evictions = 0;     // under the unique lock
        std::uint64_t invalidations = 0; // under the unique lock

        // The entry of `key`, or nullptr; under either lock.
        Entry *lookup(std::uint64_t hash, std::string_view key) const
        {
            const auto [first, last] = entries.equal_range(hash);
            for (auto it = first; it != last; ++it) {
                if (it->second->key == key)
                    return it->second.get();
            }
            return nullptr;
        }

        // Drops least recently used entries until the shard is within its bounds; under the unique lock
        // (no stamp changes meanwhile, so every entry is pushed again at most once per call).
        void evict()
        {
            while (!byUse.empty() && (entries.size() > maxEntries || bytes > maxBytes)) {
                std::pop_heap(byUse.begin(), byUse.end(), usedLater);
                auto [stamp, entry] = byUse.back();
                const std::uint64_t current = entry->lastUse.load(std::memory_order_relaxed);
                if (current != stamp) { // used since it was pushed
                    byUse.back().first = current;
                    std::push_heap(byUse.begin(), byUse.end(), usedLater);
                    continue;
                }
                byUse.pop_back();
                const auto [first, last] = entries.equal_range(entry->hash);
                for (auto it = first; it != last; ++it) {
                    if (it->second.get() == entry) {
                        bytes -= entry->bytes;
                        entries.erase(it);
                        break;
                    }
                }
                ++evictions;
            }
        }

        // Adds a new entry's slot; under the unique lock, after touch().
        void track(Entry &entry)
        {
            byUse.emplace_back(entry.lastUse.load(std::memory_order_relaxed), &entry);
            std::push_heap(byUse.begin(), byUse.end(), usedLater);
        }

        // Stamps `entry` as the shard's most recently used; under either lock.
        void touch(const Entry &entry)
        {
            entry.lastUse.store(clock.fetch_add(1, std::memory_order_relaxed) + 1, std::memory_order_relaxed);
        }
    };

    Shard &shardOf(std::uint64_t hash) const
    {
        // The high bits pick the shard; the table uses the whole hash.
        return *m_shards[static_cast<std::size_t>((hash >> 48) % m_shards.size())];
    }

    std::vector<std::unique_ptr<Shard>> m_shards;
    std::atomic<std::uint64_t> m_generation{1};
};

template <typename Value>
LruTable<Value>::LruTable(std::size_t maxEntries, std::size_t maxBytes)
{
    const std::size_t count = std::clamp<std::size_t>(maxEntries / 256, 1, 16);
    for (std::size_t i = 0; i < count; ++i) {
        auto shard = std::make_unique<Shard>();
        shard->maxEntries = maxEntries / count + (i < maxEntries % count ? 1 : 0);
        shard->maxBytes = maxBytes / count;
        m_shards.push_back(std::move(shard));
    }
}

template <typename Value>
std::shared_ptr<const Value> LruTable<Value>::find(std::uint64_t hash, std::string_view key, std::uint64_t generation)
{
    Shard &shard = shardOf(hash);
    {
        std::shared_lock lock(shard.mutex);
        const Entry *entry = shard.lookup(hash, key);
        if (entry && entry->generation == generation) {
            shard.touch(*entry);
            std::shared_ptr<const Value> value = entry->value;
            lock.unlock();
            shard.hits.fetch_add(1, std::memory_order_relaxed);
            return value;
        }
    }
    shard.misses.fetch_add(1, std::memory_order_relaxed);
    return nullptr;
}

template <typename Value>
void LruTable<Value>::insert(std::uint64_t hash, std::string_view key, std::shared_ptr<const Value> value,
                             std::size_t valueBytes, std::uint64_t generation)
{
    if (!value)
        return;
    Shard &shard = shardOf(hash);
    const std::size_t bytes = sizeof(Entry) + sizeof(UseSlot) + key.size() + valueBytes;
    if (shard.maxEntries == 0 || bytes > shard.maxBytes)
        return;
    std::unique_lock lock(shard.mutex);
    // Checked under the shard lock: clear() bumps the generation before it empties the shards, so a
    // value made under an older generation either lands before the clear (and is dropped by it) or
    // is refused here.
    if (generation != m_generation.load(std::memory_order_acquire))
        return;
    if (Entry *existing = shard.lookup(hash, key)) {
        if (existing->generation != generation) { // left by an older generation: refresh it in place
            shard.bytes = shard.bytes - existing->bytes + bytes;
            existing->value = std::move(value);
            existing->bytes = bytes;
            existing->generation = generation;
            shard.evict();
        }
        return;
    }
    auto entry = std::make_unique<Entry>();
    entry->hash = hash;
    entry->key = key;
    entry->value = std::move(value);
    entry->bytes = bytes;
    entry->generation = generation;
    shard.touch(*entry);
    shard.track(*entry);
    shard.entries.emplace(hash, std::move(entry));
    shard.bytes += bytes;
    shard.evict();
}

template <typename Value>
void LruTable<Value>::clear()
{
    m_generation.fetch_add(1, std::memory_order_acq_rel);
    for (const std::unique_ptr<Shard> &shard : m_shards) {
        std::unique_lock lock(shard->mutex);
        shard->invalidations += shard->entries.size();
        shard->entries.clear();
        shard->byUse.clear();
        shard->bytes = 0;
    }
}

template <typename Value>
LruStats LruTable<Value>::stats() const
{
    LruStats stats;
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
