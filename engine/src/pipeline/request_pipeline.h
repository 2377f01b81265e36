#pragma once

#include "cache/plan_cache.h"
#include "pipeline/engine_metrics.h"
#include "pipeline/engine_settings.h"
#include "pipeline/execute_stage.h"
#include "pipeline/parse_stage.h"
#include "pipeline/plan_stage.h"
#include "pipeline/respond_stage.h"
#include "pipeline/validate_stage.h"

#include <optional>
#include <string_view>

namespace graft::pipeline {

/// Runs one request through the stages of CONTRACT §2.2 in order, timing each (§10.2), and turns
/// request errors and unexpected failures into their responses. Stateless per request: safe to
/// call from many threads.
class RequestPipeline {
public:
    RequestPipeline(const EngineSettings &settings, cache::PlanCache *cache, exec::ConnectionPool *pool,
                    exec::ExecutorOptions executor, EngineMetrics &metrics, LogSink log)
        : m_settings(settings), m_plan(cache), m_execute(pool, executor, std::move(log)), m_metrics(metrics)
    {
    }
    /// A pipeline whose statements all run on `runner` (one session: one thread at a time). For
    /// benchmarks and tests of everything but the database round trip.
    RequestPipeline(const EngineSettings &settings, cache::PlanCache *cache, SqlRunner &runner,
                    exec::ExecutorOptions executor, EngineMetrics &metrics)
        : m_settings(settings), m_plan(cache), m_execute(runner, executor), m_metrics(metrics)
    {
    }

    /// The response and report of one request against `snapshot`.
    Response run(const SchemaSnapshot &snapshot, std::string_view query, std::optional<std::string_view> variables,
                 std::optional<std::string_view> operationName, std::optional<std::string_view> context) const;

private:
    void runStages(RequestState &state) const;

    EngineSettings m_settings;
    ParseStage m_parse;
    ValidateStage m_validate;
    PlanStage m_plan;
    ExecuteStage m_execute;
    RespondStage m_respond;
    EngineMetrics &m_metrics;
};

} // namespace graft::pipeline
