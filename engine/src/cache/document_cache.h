#pragma once

// The validated-document cache (engine performance, issue 5): the exact query text of a request →
// the Document it parsed to, stored only once that document has passed validateDocument against
// one schema. A cache belongs to one schema snapshot (pipeline::SchemaSnapshot), so a reload starts
// an empty one; parse limits are fixed per engine, so a text that passed them once passes again.
// A hit skips the parser and the validator's rules, and the facts of each of its operations that no
// request changes (cache/operation_facts.h) are computed on the operation's first request and kept
// with the document; everything that depends on operationName or variables still runs per request.
// Entries live in an LruTable (bounded, sharded, lock-light reads).

#include "cache/lru_table.h"
#include "cache/operation_facts.h"
#include "syntax/document.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

namespace graft::cache {

/// The cache's bounds (EngineConfig::documentCacheEntries, documentCacheBytes).
struct DocumentCacheOptions {
    std::size_t maxEntries = 1000;
    std::size_t maxBytes = std::size_t(16) << 20;
};

/// A snapshot of the counters.
struct DocumentCacheStats {
    std::uint64_t hits = 0;
    std::uint64_t misses = 0;
    std::uint64_t evictions = 0; ///< entries dropped to stay within the bounds
    std::size_t entries = 0;
    std::size_t bytes = 0; ///< what the entries hold: query text (key and document source) and AST arena
};

/// A stored document and the facts of its operations, each computed once, on first use.
class CachedDocument {
public:
    explicit CachedDocument(std::shared_ptr<const syntax::Document> document);
    ~CachedDocument();
    CachedDocument(const CachedDocument &) = delete;
    CachedDocument &operator=(const CachedDocument &) = delete;

    const std::shared_ptr<const syntax::Document> &document() const { return m_document; }

    /// The facts of `operation` (one of the document's): OperationFacts::of() on the first call for
    /// it, the same object afterwards. Thread-safe; concurrent first calls may each compute, one is kept.
    const OperationFacts &facts(const syntax::OperationDefinition &operation, const schema::SchemaRegistry &registry,
                                const PlanKeyBuilder &keys) const;

private:
    std::shared_ptr<const syntax::Document> m_document;
    std::unique_ptr<std::atomic<const OperationFacts *>[]> m_facts; // by definition index; owned
};

/// What a lookup found.
struct DocumentLookup {
    std::shared_ptr<const CachedDocument> entry;      ///< the hit, or null
    std::shared_ptr<const syntax::Document> document; ///< the hit's document, or null
    /// On a miss: the same text missed recently too, so it is worth storing (see lookup()).
    bool seenBefore = false;
};

/// A bounded, sharded, thread-safe map from query texts to validated documents.
class DocumentCache {
public:
    explicit DocumentCache(DocumentCacheOptions options = {});

    /// The validated document of exactly `query` (byte for byte), or null; counts a hit or a miss.
    std::shared_ptr<const syntax::Document> find(std::string_view query) { return lookup(query).document; }

    /// find(), and on a miss whether the text was seen before: a small direct-mapped table of
    /// recent misses (a doorkeeper, after TinyLFU) remembers each missed text's hash. The pipeline
    /// stores a document only on its text's second miss, so texts that come once — an
    /// ad-hoc query, a corpus of distinct cases — never pay for storing and evicting, nor
    /// push the documents that do repeat out of memory.
    DocumentLookup lookup(std::string_view query);

    /// Stores `document`, which parsed from exactly `query` and passed validateDocument against this
    /// cache's schema (an existing entry wins); evicts least recently used entries to stay in bounds.
    void insert(std::string_view query, std::shared_ptr<const syntax::Document> document);

    /// The counters and the current size.
    DocumentCacheStats stats() const;

    /// Number of shards (1 for caches of fewer than 512 entries, so their LRU is exact).
    std::size_t shardCount() const { return m_table.shardCount(); }

private:
    static constexpr std::size_t kRecentMisses = 4096; // a power of two

    LruTable<CachedDocument> m_table;
    std::unique_ptr<std::atomic<std::uint64_t>[]> m_recentMisses; // by hash modulo kRecentMisses
};

} // namespace graft::cache
