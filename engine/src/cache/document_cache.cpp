#include "cache/document_cache.h"

#include "cache/plan_key.h"

namespace graft::cache {

// The table is never cleared (a reload makes a new cache), so every entry is of its first generation.

DocumentCache::DocumentCache(DocumentCacheOptions options)
    : m_table(options.maxEntries, options.maxBytes),
      m_recentMisses(std::make_unique<std::atomic<std::uint64_t>[]>(kRecentMisses))
{
}

DocumentLookup DocumentCache::lookup(std::string_view query)
{
    const std::uint64_t hash = keyHash(query);
    DocumentLookup found;
    found.document = m_table.find(hash, query, m_table.generation());
    if (!found.document) {
        // Two texts sharing a slot only cost an early or a late store, never a wrong document.
        found.seenBefore =
            m_recentMisses[hash & (kRecentMisses - 1)].exchange(hash, std::memory_order_relaxed) == hash;
    }
    return found;
}

void DocumentCache::insert(std::string_view query, std::shared_ptr<const syntax::Document> document)
{
    if (!document)
        return;
    const std::size_t bytes = sizeof(syntax::Document) + document->source().size() + document->arenaBytes();
    m_table.insert(keyHash(query), query, std::move(document), bytes, m_table.generation());
}

DocumentCacheStats DocumentCache::stats() const
{
    const LruStats table = m_table.stats();
    DocumentCacheStats stats;
    stats.hits = table.hits;
    stats.misses = table.misses;
    stats.evictions = table.evictions;
    stats.entries = table.entries;
    stats.bytes = table.bytes;
    return stats;
}

} // namespace graft::cache
