#pragma once

#include "graft/error.h"
#include "graft/metrics.h"
#include "graft/request.h"
#include "graft/response.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace graft {

/// Severity of a log message.
enum class LogLevel { Debug, Info, Warning, Error };

/// Where the engine's log messages go: the host injects it (the library never prints). Called from
/// any thread.
using LogSink = std::function<void(LogLevel level, std::string_view message)>;

/// The configuration keys of CONTRACT §2.1 with their defaults.
struct EngineLimits {
    std::int64_t maxLimit = 10000;
    std::size_t maxDepth = 15;
    std::size_t maxDocumentBytes = 65536;
    std::size_t maxNesting = 512;
    std::size_t maxRootFields = 20;
    std::size_t maxAliases = 100;
    std::size_t maxInputDepth = 32;
};

/// Everything an Engine is built from.
struct EngineConfig {
    std::string schemaFile;              ///< the SDL file (§1.1)
    std::string dsn;                     ///< libpq key=value DSN; empty: no database (statements fail, §6)
    int poolSize = 8;                    ///< connections open at once, at most
    std::string defaultSchema = "public"; ///< §1.2
    EngineLimits limits;
    bool planCache = true;               ///< §9
    std::size_t planCacheEntries = 5000;
    std::size_t planCacheBytes = std::size_t(64) << 20;
    /// Validated documents kept per schema, keyed on the exact query text: a repeated query skips
    /// parsing and validateDocument. Changes no output (not part of the plan key); 0 disables.
    std::size_t documentCacheEntries = 1000;
    /// Bytes the document cache may hold (query text and syntax tree); 0 disables.
    std::size_t documentCacheBytes = std::size_t(16) << 20;
    std::chrono::milliseconds statementTimeout{0}; ///< zero: no limit
    LogSink log;                         ///< optional
};

/// The native GraphQL engine: loads the schema, owns the plan cache and the connection pool, and
/// answers requests. Every method is safe to call from many threads at once.
class Engine {
public:
    /// Loads the schema and opens the pool; errors: schema load failures (located), a bad DSN.
    static Result<std::unique_ptr<Engine>> create(EngineConfig config);
    ~Engine();
    Engine(const Engine &) = delete;
    Engine &operator=(const Engine &) = delete;

    /// Runs one request through the stages of §2.2: response bytes and the §10.2 report. Never throws.
    Response execute(std::string_view query, std::optional<std::string_view> variables = std::nullopt,
                     std::optional<std::string_view> operationName = std::nullopt,
                     std::optional<std::string_view> context = std::nullopt) const;
    /// Same, from a Request value.
    Response execute(const Request &request) const;

    /// Re-reads the schema file; on success later requests use it, the plan cache is cleared and the
    /// document cache starts empty. On failure the current schema stays.
    Result<bool> reloadSchema();
    /// The schema hash of the schema in use (§1.7).
    std::string schemaHash() const;

    /// A snapshot of the counters: requests, errors by code, stage latencies, cache, pool.
    MetricsSnapshot metrics() const;

private:
    struct Impl;
    explicit Engine(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace graft
