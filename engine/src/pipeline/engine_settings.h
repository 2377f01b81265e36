#pragma once

#include "cache/document_cache.h"
#include "cache/plan_key.h"
#include "graft/engine.h"
#include "graft/schema.h"
#include "sql/plan_binder.h"
#include "syntax/parser.h"
#include "validate/complexity_limits.h"

#include <cstdint>
#include <memory>
#include <string>

namespace graft::pipeline {

/// The configuration as each stage reads it (CONTRACT §2.1), derived once from an EngineConfig.
struct EngineSettings {
    syntax::ParseLimits parse;
    validate::ComplexityLimits complexity;
    sql::SqlOptions sql;
    bool planCache = true;

    /// The stage options of `config`.
    static EngineSettings from(const EngineConfig &config);
    /// A canonical text of every configuration key (part of the plan key, §9).
    static std::string configurationText(const EngineConfig &config);
};

/// What a request reads of the engine's current schema: immutable, swapped whole on reload.
struct SchemaSnapshot {
    Schema schema;
    cache::PlanKeyBuilder keyBuilder;
    std::uint64_t generation = 0; ///< the plan cache generation it belongs to
    /// Documents validated against this schema; null when the document cache is off.
    std::shared_ptr<cache::DocumentCache> documents = nullptr;
};

} // namespace graft::pipeline
