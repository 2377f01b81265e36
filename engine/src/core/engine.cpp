#include "graft/engine.h"

#include "cache/document_cache.h"
#include "cache/plan_cache.h"
#include "exec/connection_pool.h"
#include "pipeline/engine_metrics.h"
#include "pipeline/request_pipeline.h"

#include <mutex>

namespace graft {

using pipeline::SchemaSnapshot;

struct Engine::Impl {
    EngineConfig config;
    pipeline::EngineSettings settings;
    std::unique_ptr<cache::PlanCache> cache;
    std::unique_ptr<exec::ConnectionPool> pool;
    pipeline::EngineMetrics metrics;
    std::unique_ptr<pipeline::RequestPipeline> pipeline;

    mutable std::mutex snapshotMutex;
    std::shared_ptr<const SchemaSnapshot> snapshot;
    // The document cache counters of replaced snapshots, so the metrics count across reloads (under
    // snapshotMutex). Taken at the swap: lookups by requests still running on the old snapshot
    // after it are not counted.
    cache::DocumentCacheStats retiredDocuments;

    std::shared_ptr<const SchemaSnapshot> current() const
    {
        std::lock_guard lock(snapshotMutex);
        return snapshot;
    }

    Result<Schema> loadSchema() const
    {
        return Schema::loadFile(config.schemaFile, SchemaOptions{config.defaultSchema});
    }

    /// A snapshot of `schema` in the plan cache's current generation, with an empty document cache.
    std::shared_ptr<const SchemaSnapshot> snapshotOf(Schema schema) const
    {
        const std::string configuration = pipeline::EngineSettings::configurationText(config);
        const std::uint64_t generation = cache ? cache->generation() : 0;
        cache::PlanKeyBuilder keys(schema.hash(), configuration);
        std::shared_ptr<cache::DocumentCache> documents;
        if (config.documentCacheEntries > 0 && config.documentCacheBytes > 0)
            documents = std::make_shared<cache::DocumentCache>(
                cache::DocumentCacheOptions{config.documentCacheEntries, config.documentCacheBytes});
        return std::make_shared<const SchemaSnapshot>(
            SchemaSnapshot{std::move(schema), std::move(keys), generation, std::move(documents)});
    }

    void log(LogLevel level, std::string_view message) const
    {
        if (config.log)
            config.log(level, message);
    }
};

Engine::Engine(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

Engine::~Engine() = default;

Result<std::unique_ptr<Engine>> Engine::create(EngineConfig config)
{
    auto impl = std::make_unique<Impl>();
    impl->config = std::move(config);
    impl->settings = pipeline::EngineSettings::from(impl->config);
    if (impl->config.planCache)
        impl->cache = std::make_unique<cache::PlanCache>(
            cache::PlanCacheOptions{impl->config.planCacheEntries, impl->config.planCacheBytes});
    auto schema = impl->loadSchema();
    if (!schema)
        return std::move(schema).takeErrors();
    impl->snapshot = impl->snapshotOf(std::move(schema).value());
    if (!impl->config.dsn.empty()) {
        exec::PoolOptions options;
        options.size = impl->config.poolSize > 0 ? impl->config.poolSize : 1;
        std::string why;
        impl->pool = exec::ConnectionPool::create(impl->config.dsn, options, &why);
        if (!impl->pool)
            return Error{ErrorCode::InternalServerError, "Invalid DSN: " + why, {}, {}, {}};
    }
    impl->pipeline = std::make_unique<pipeline::RequestPipeline>(
        impl->settings, impl->cache.get(), impl->pool.get(), exec::ExecutorOptions{impl->config.statementTimeout},
        impl->metrics, impl->config.log);
    impl->log(LogLevel::Info, "graft engine ready, schema " + impl->snapshot->schema.hash());
    return std::unique_ptr<Engine>(new Engine(std::move(impl)));
}

Response Engine::execute(std::string_view query, std::optional<std::string_view> variables,
                         std::optional<std::string_view> operationName, std::optional<std::string_view> context) const
{
    const std::shared_ptr<const SchemaSnapshot> snapshot = m_impl->current();
    Response response = m_impl->pipeline->run(*snapshot, query, variables, operationName, context);
    if (!response.errors.empty() && response.errors.front().code == ErrorCode::InternalServerError
        && response.errors.front().path.empty())
        m_impl->log(LogLevel::Error, "internal error answering a request");
    return response;
}

Response Engine::execute(const Request &request) const
{
    const auto view = [](const std::optional<std::string> &text) {
        return text ? std::optional<std::string_view>(*text) : std::nullopt;
    };
    return execute(request.query, view(request.variables), view(request.operationName), view(request.context));
}

Result<bool> Engine::reloadSchema()
{
    auto schema = m_impl->loadSchema();
    if (!schema) {
        m_impl->log(LogLevel::Warning, "schema reload failed; keeping the current schema");
        return std::move(schema).takeErrors();
    }
    // A new generation first: requests still holding the old snapshot can neither read nor store
    // plans of the new one, and the new snapshot never sees plans of the old schema.
    if (m_impl->cache)
        m_impl->cache->clear();
    std::shared_ptr<const SchemaSnapshot> snapshot = m_impl->snapshotOf(std::move(schema).value());
    {
        std::lock_guard lock(m_impl->snapshotMutex);
        if (const std::shared_ptr<cache::DocumentCache> &old = m_impl->snapshot->documents) {
            const cache::DocumentCacheStats stats = old->stats();
            m_impl->retiredDocuments.hits += stats.hits;
            m_impl->retiredDocuments.misses += stats.misses;
            m_impl->retiredDocuments.evictions += stats.evictions;
        }
        m_impl->snapshot = std::move(snapshot);
    }
    m_impl->log(LogLevel::Info, "schema reloaded");
    return true;
}

std::string Engine::schemaHash() const
{
    return m_impl->current()->schema.hash();
}

MetricsSnapshot Engine::metrics() const
{
    MetricsSnapshot out = m_impl->metrics.snapshot();
    if (m_impl->cache) {
        const cache::PlanCacheStats stats = m_impl->cache->stats();
        out.cache.hits = stats.hits;
        out.cache.misses = stats.misses;
        out.cache.evictions = stats.evictions;
        out.cache.invalidations = stats.invalidations;
        out.cache.entries = stats.entries;
        out.cache.bytes = stats.bytes;
    }
    cache::DocumentCacheStats documents;
    {
        // Under the lock, as reloadSchema retires a cache: the sum never goes backwards.
        std::lock_guard lock(m_impl->snapshotMutex);
        documents = m_impl->retiredDocuments;
        if (m_impl->snapshot->documents) {
            const cache::DocumentCacheStats stats = m_impl->snapshot->documents->stats();
            documents.hits += stats.hits;
            documents.misses += stats.misses;
            documents.evictions += stats.evictions;
            documents.entries = stats.entries;
            documents.bytes = stats.bytes;
        }
    }
    out.documentCache.hits = documents.hits;
    out.documentCache.misses = documents.misses;
    out.documentCache.evictions = documents.evictions;
    out.documentCache.entries = documents.entries;
    out.documentCache.bytes = documents.bytes;
    out.pool.size = static_cast<std::uint64_t>(m_impl->config.poolSize);
    if (m_impl->pool) {
        const exec::PoolStats stats = m_impl->pool->stats();
        out.pool.open = static_cast<std::uint64_t>(stats.open);
        out.pool.connects = stats.connects;
        out.pool.connectFailures = stats.connectFailures;
        out.pool.discarded = stats.discarded;
        out.pool.handoffs = stats.handoffs;
        out.pool.timeouts = stats.timeouts;
    }
    return out;
}

} // namespace graft
