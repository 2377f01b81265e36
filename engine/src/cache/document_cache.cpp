#include "cache/document_cache.h"

#include "cache/plan_key.h"

#include <stdexcept>

namespace graft::cache {

CachedDocument::CachedDocument(std::shared_ptr<const syntax::Document> document)
    : m_document(std::move(document)),
      m_facts(std::make_unique<std::atomic<const OperationFacts *>[]>(m_document->definitions().size()))
{
}

CachedDocument::~CachedDocument()
{
    for (std::size_t i = 0; i < m_document->definitions().size(); ++i)
        delete m_facts[i].load(std::memory_order_relaxed);
}

const OperationFacts &CachedDocument::facts(const syntax::OperationDefinition &operation,
                                            const schema::SchemaRegistry &registry, const PlanKeyBuilder &keys) const
{
    const auto &definitions = m_document->definitions();
    std::size_t index = 0;
    while (index < definitions.size() && definitions[index] != &operation)
        ++index;
    if (index == definitions.size())
        throw std::logic_error("CachedDocument::facts: an operation of another document");
    std::atomic<const OperationFacts *> &slot = m_facts[index];
    if (const OperationFacts *known = slot.load(std::memory_order_acquire))
        return *known;
    auto made = std::make_unique<const OperationFacts>(OperationFacts::of(*m_document, operation, registry, keys));
    const OperationFacts *expected = nullptr;
    if (slot.compare_exchange_strong(expected, made.get(), std::memory_order_acq_rel))
        return *made.release();
    return *expected; // another thread stored its facts first
}

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
    found.entry = m_table.find(hash, query, m_table.generation());
    if (found.entry) {
        found.document = found.entry->document();
    } else {
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
    m_table.insert(keyHash(query), query, std::make_shared<const CachedDocument>(std::move(document)), bytes,
                   m_table.generation());
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
