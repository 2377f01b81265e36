#include "cache/document_cache.h"

#include "cache/plan_key.h"

namespace graft::cache {

// The table is never cleared (a reload makes a new cache), so every entry is of its first generation.

DocumentCache::DocumentCache(DocumentCacheOptions options) : m_table(options.maxEntries, options.maxBytes) {}

std::shared_ptr<const syntax::Document> DocumentCache::find(std::string_view query)
{
    return m_table.find(keyHash(query), query, m_table.generation());
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
