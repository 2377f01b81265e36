#pragma once

#include "query_path.h"

#include <graft/engine.h>

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace graft::harness {

/// How to build the native side: the same schema file, DSN and §2.1 configuration the legacy side gets.
struct NativeConfig {
    std::string schemaPath;
    std::string dsn;                  ///< libpq DSN; empty: no database (statements fail, CONTRACT §6)
    std::string configJson = "{}";    ///< the §2.1 configuration object, as JSON text
    int workers = 1;                  ///< distinct threads that call execute()/executeWithCache() (sizes the pools)
    graft::LogSink log;               ///< the engines' log messages; optional
};

/// The native engine as a QueryPath. execute() may be called from many threads at once (the runner's
/// --jobs workers); the §9 cache check runs on engines of its own, so it never disturbs the main
/// engine's cache nor sees its entries.
class NativePath : public QueryPath, public PlanCacheControl {
public:
    /// Builds the engines; nullptr with `error` set when the configuration, schema or DSN is refused.
    static std::unique_ptr<NativePath> create(const NativeConfig& config, std::string* error);
    ~NativePath() override;

    std::string name() const override;
    /// The engine's response and §10.2 report as an Outcome (an engine never throws; a report the
    /// harness cannot read is a crash).
    Outcome execute(const Case& testCase) override;
    /// Cold: after clearing the check engine's cache; Warm: right after a populating run; Off: on an
    /// engine built with the cache off. Check runs are serialised among themselves.
    Outcome executeWithCache(const Case& testCase, CacheMode mode) override;

    /// The main engine (for metrics and the schema hash).
    const graft::Engine& engine() const { return *m_engine; }

    /// Applies the §2.1 configuration object `json` to `config`; false with `error` set for text that
    /// is not an object, an unknown key or a value of the wrong kind.
    static bool applyConfigJson(std::string_view json, graft::EngineConfig& config, std::string* error);

    /// The engine's response as the harness sees one side's report; throws std::runtime_error when the
    /// engine's report JSON cannot be read.
    static Outcome outcomeOf(const graft::Response& response);

private:
    NativePath(std::unique_ptr<graft::Engine> engine, std::unique_ptr<graft::Engine> checkEngine,
               std::unique_ptr<graft::Engine> uncachedEngine);

    std::unique_ptr<graft::Engine> m_engine;          ///< cache as configured; serves execute()
    std::unique_ptr<graft::Engine> m_checkEngine;     ///< cache on; cold and warm check runs
    std::unique_ptr<graft::Engine> m_uncachedEngine;  ///< cache off; the Off check run
    std::mutex m_checkMutex;                          ///< one check run at a time on m_checkEngine
};

} // namespace graft::harness
