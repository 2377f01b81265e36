// Issue 5's engine overhead: everything the engine does for a request except the database round
// trip. The whole RequestPipeline (parse, validate, plan with the cache, the executor's
// bookkeeping, respond, metrics) runs against a SqlRunner that replays rows PostgreSQL returned for
// the same statement on the demo database (bench/data/demo_users_20.txt: the 20 rows of
// e2e_side_by_side.py's filtered list query, as `data::text`). Two requests, the same as
// e2e_side_by_side.py's: the 20-row filtered list query and a by-id lookup.
//
// Per request, `Pipeline/…` is the whole overhead as a host sees it (the validated-document
// cache on, its default: the same query text is parsed and validated once), `PipelineUncached/…`
// the same with that cache off (parse and validateDocument every time); `Stages/…/N` (cache off)
// runs the first N stages only
// (1 parse, 2 + validate, 3 + plan, 4 + execute bookkeeping, 5 + respond), so the differences
// between consecutive N give each stage's cost at nanosecond resolution, where the §10.2 report's
// stage timings are whole microseconds.

#include "cache/document_cache.h"
#include "cache/plan_cache.h"
#include "graft/schema.h"
#include "graft/sql_runner.h"
#include "pipeline/engine_metrics.h"
#include "pipeline/engine_settings.h"
#include "pipeline/request_pipeline.h"

#include <benchmark/benchmark.h>

#include <fstream>
#include <iterator>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

using namespace graft;

namespace {

constexpr std::string_view kContext = R"({"tenant": "7e57a000-0000-4000-8000-000000000001"})";

// The requests of bench/e2e_side_by_side.py: the list query from bench/data/list_query.graphql.
constexpr std::string_view kListVariables = R"({"minAge": 18, "domain": "@"})";
constexpr std::string_view kLookupQuery =
    "query One($id: UUID!) { user(id: $id) { id email firstName lastName age homeAddress { city } } }";

// Streams the same rows for every statement, as LibpqRunner does from a whole PGresult;
// transaction control and timeouts succeed.
class ReplayRunner final : public SqlRunner {
public:
    explicit ReplayRunner(std::vector<std::string> rows) : m_rows(std::move(rows)) {}
    std::optional<Error> run(std::string_view, std::span<const std::string>, RowSink &sink) override
    {
        std::size_t bytes = 0; // what LibpqRunner hints from its PGresult
        for (const std::string &row : m_rows)
            bytes += row.size();
        sink.reserve(m_rows.size(), bytes);
        for (const std::string &row : m_rows)
            sink.row(row);
        return std::nullopt;
    }
    std::optional<Error> command(std::string_view) override { return std::nullopt; }
    std::optional<Error> setStatementTimeout(std::chrono::milliseconds) override { return std::nullopt; }

private:
    std::vector<std::string> m_rows;
};

std::string readSourceFile(const std::string &path)
{
    std::ifstream in(std::string(GRAFT_SOURCE_DIR) + "/" + path);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (text.empty())
        throw std::runtime_error(path + ": missing");
    while (text.back() == '\n')
        text.pop_back();
    return text;
}

const std::string &listQuery()
{
    static const std::string query = readSourceFile("bench/data/list_query.graphql");
    return query;
}

std::vector<std::string> demoRows()
{
    std::ifstream in(std::string(GRAFT_SOURCE_DIR) + "/bench/data/demo_users_20.txt");
    std::vector<std::string> rows;
    for (std::string line; std::getline(in, line);)
        rows.push_back(line);
    if (rows.size() != 20)
        throw std::runtime_error("bench/data/demo_users_20.txt: expected 20 rows");
    return rows;
}

// One engine's worth of state: schema snapshot, settings, plan cache, metrics, a replaying runner.
struct Harness {
    EngineConfig config;
    pipeline::EngineSettings settings;
    std::unique_ptr<pipeline::SchemaSnapshot> snapshot;
    cache::PlanCache cache;
    pipeline::EngineMetrics metrics;
    ReplayRunner runner;
    pipeline::RequestPipeline pipeline;
    std::string lookupVariables;

    /// `documentCache`: the snapshot carries a validated-document cache sized as the engine's default.
    Harness(std::vector<std::string> rows, bool documentCache)
        : config(makeConfig()), settings(pipeline::EngineSettings::from(config)), runner(std::move(rows)),
          pipeline(settings, &cache, runner, exec::ExecutorOptions{}, metrics)
    {
        auto schema = Schema::loadFile(config.schemaFile);
        if (!schema)
            throw std::runtime_error("demo schema");
        cache::PlanKeyBuilder keys(schema.value().hash(), pipeline::EngineSettings::configurationText(config));
        std::shared_ptr<cache::DocumentCache> documents;
        if (documentCache)
            documents = std::make_shared<cache::DocumentCache>(
                cache::DocumentCacheOptions{config.documentCacheEntries, config.documentCacheBytes});
        snapshot = std::make_unique<pipeline::SchemaSnapshot>(pipeline::SchemaSnapshot{
            std::move(schema).value(), std::move(keys), cache.generation(), std::move(documents)});
    }

    static EngineConfig makeConfig()
    {
        EngineConfig config;
        config.schemaFile = std::string(GRAFT_SOURCE_DIR) + "/corpus/schema/demo.graphql";
        return config;
    }
};

Harness &listHarness(bool documentCache)
{
    static Harness cached(demoRows(), true);
    static Harness uncached(demoRows(), false);
    return documentCache ? cached : uncached;
}

std::vector<std::string> oneRow()
{
    std::vector<std::string> rows = demoRows();
    rows.resize(1);
    return rows;
}

Harness &lookupHarness(bool documentCache)
{
    static Harness cached(oneRow(), true);
    static Harness uncached(oneRow(), false);
    return documentCache ? cached : uncached;
}

struct Case {
    Harness &harness;
    std::string_view query;
    std::string variables;
};

Case listCase(bool documentCache) { return {listHarness(documentCache), listQuery(), std::string(kListVariables)}; }

Case lookupCase(bool documentCache)
{
    // The id of the replayed row, so the lookup answers as it would on the database.
    return {lookupHarness(documentCache), kLookupQuery, R"({"id": "03b4b6fa-3859-4560-a262-2f8cd5c5f745"})"};
}

void checkAnswer(benchmark::State &state, const Response &response)
{
    if (!response.errors.empty() || response.body.size() < 100)
        state.SkipWithError("the request did not answer with data");
}

void runPipeline(benchmark::State &state, const Case &c)
{
    checkAnswer(state, c.harness.pipeline.run(*c.harness.snapshot, c.query, c.variables, std::nullopt, kContext));
    std::size_t bytes = 0;
    for (auto _ : state) {
        Response response = c.harness.pipeline.run(*c.harness.snapshot, c.query, c.variables, std::nullopt, kContext);
        bytes = response.body.size();
        benchmark::DoNotOptimize(response.body.data());
    }
    state.counters["response_bytes"] = static_cast<double>(bytes);
}

// The first `stages` stages of the pipeline, run through the stage objects themselves.
void runStages(benchmark::State &state, const Case &c)
{
    const auto stages = state.range(0);
    const pipeline::ParseStage parse;
    const pipeline::ValidateStage validate;
    const pipeline::PlanStage plan(&c.harness.cache);
    const pipeline::ExecuteStage execute(c.harness.runner, exec::ExecutorOptions{});
    const pipeline::RespondStage respond;
    for (auto _ : state) {
        Response response;
        pipeline::RequestState request(*c.harness.snapshot, c.harness.settings, response);
        request.query = c.query;
        request.variablesText = c.variables;
        request.contextText = kContext;
        bool ok = parse.run(request);
        if (ok && stages >= 2)
            ok = validate.run(request);
        if (ok && stages >= 3)
            ok = plan.run(request);
        if (ok && stages >= 4)
            execute.run(request);
        if (ok && stages >= 5)
            respond.run(request);
        if (!ok)
            state.SkipWithError("a stage failed");
        benchmark::DoNotOptimize(response.body.data());
    }
}

void BM_Pipeline_List20(benchmark::State &state) { runPipeline(state, listCase(true)); }
void BM_Pipeline_Lookup(benchmark::State &state) { runPipeline(state, lookupCase(true)); }
void BM_PipelineUncached_List20(benchmark::State &state) { runPipeline(state, listCase(false)); }
void BM_PipelineUncached_Lookup(benchmark::State &state) { runPipeline(state, lookupCase(false)); }
void BM_Stages_List20(benchmark::State &state) { runStages(state, listCase(false)); }
void BM_Stages_Lookup(benchmark::State &state) { runStages(state, lookupCase(false)); }

} // namespace

BENCHMARK(BM_Pipeline_List20);
BENCHMARK(BM_Pipeline_Lookup);
BENCHMARK(BM_PipelineUncached_List20);
BENCHMARK(BM_PipelineUncached_Lookup);
BENCHMARK(BM_Stages_List20)->DenseRange(1, 5);
BENCHMARK(BM_Stages_Lookup)->DenseRange(1, 5);

BENCHMARK_MAIN();
