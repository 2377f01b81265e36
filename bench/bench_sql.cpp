// SQL stage benchmarks (CONTRACT §5, §9): a typical filtered list query planned cold (plan key,
// cache miss, SqlBuilder, bind) and warm (plan key, cache hit, bind), plus the per-request
// operation binding (root collection and argument conversion) that both paths run first.
// bench/sql_side_by_side.sh prints these next to the legacy Python planner.

#include "cache/plan_cache.h"
#include "cache/plan_key.h"
#include "graft/schema.h"
#include "schema/schema_registry.h"
#include "sql/bound_operation.h"
#include "sql/plan_binder.h"
#include "sql/sql_builder.h"
#include "syntax/parser.h"
#include "validate/operation_selection.h"
#include "validate/variable_coercion.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

using namespace graft;

// The typical filtered list query (also read by bench/sql_side_by_side.sh).
const std::string kTypicalQuery = R"({ users(where: {age: {gte: 18, lt: 65}, firstName: {startswith: "A"}, homeAddress: {city: {eq: "Paris"}}}, orderBy: [{age: DESC}], limit: 10) { id firstName age } })";

struct Request {
    Schema schema;
    std::shared_ptr<const syntax::Document> document;
    const syntax::OperationDefinition *operation = nullptr;
    validate::CoercedVariables variables;
    sql::BoundOperation bound;
    cache::PlanKeyBuilder keys;
    sql::RequestContext context;
    sql::SqlOptions options;

    explicit Request(Schema loaded) : schema(std::move(loaded)), keys(schema.hash(), "maxLimit=10000") {}
};

std::unique_ptr<Request> makeRequest(const std::string &query)
{
    auto schema = Schema::loadFile(std::string(GRAFT_SOURCE_DIR) + "/tests/fixtures/contract/schema.graphql");
    if (!schema) {
        std::fprintf(stderr, "cannot load the contract schema\n");
        std::exit(1);
    }
    auto request = std::make_unique<Request>(std::move(schema).value());
    request->document = std::move(syntax::parseDocument(query)).value();
    request->operation = validate::selectOperation(*request->document, std::nullopt).value();
    const values::JsonValue empty = values::JsonValue::object({}, {});
    request->variables =
        std::move(validate::coerceVariables(*request->schema.registry(), *request->document, *request->operation, &empty))
            .value();
    request->bound = std::move(sql::bindOperation(*request->document, *request->operation, *request->schema.registry(),
                                                  request->variables))
                         .value();
    return request;
}

// Miss: key, failed lookup, build, bind.
void BM_SqlColdBuild(benchmark::State &state)
{
    const auto request = makeRequest(kTypicalQuery);
    cache::PlanCache cache;
    cache::PlanKey key;
    for (auto _ : state) {
        request->keys.build(key, *request->document, *request->operation, *request->schema.registry(),
                            request->variables, request->bound);
        auto plan = cache.find(key, cache.generation());
        if (!plan)
            plan = sql::SqlBuilder::build(request->bound);
        sql::BoundPlan bound = sql::bindPlan(std::move(plan), request->bound, request->context, request->options);
        benchmark::DoNotOptimize(bound);
    }
}
BENCHMARK(BM_SqlColdBuild);

// Hit: key, lookup, bind.
void BM_SqlCacheHit(benchmark::State &state)
{
    const auto request = makeRequest(kTypicalQuery);
    cache::PlanCache cache;
    cache::PlanKey key;
    request->keys.build(key, *request->document, *request->operation, *request->schema.registry(), request->variables,
                        request->bound);
    cache.insert(key, sql::SqlBuilder::build(request->bound), cache.generation());
    for (auto _ : state) {
        request->keys.build(key, *request->document, *request->operation, *request->schema.registry(),
                            request->variables, request->bound);
        auto plan = cache.find(key, cache.generation());
        sql::BoundPlan bound = sql::bindPlan(std::move(plan), request->bound, request->context, request->options);
        benchmark::DoNotOptimize(bound);
    }
}
BENCHMARK(BM_SqlCacheHit);

// The parts, for the report.
void BM_SqlPlanKey(benchmark::State &state)
{
    const auto request = makeRequest(kTypicalQuery);
    cache::PlanKey key;
    for (auto _ : state) {
        request->keys.build(key, *request->document, *request->operation, *request->schema.registry(),
                            request->variables, request->bound);
        benchmark::DoNotOptimize(key.hash);
    }
}
BENCHMARK(BM_SqlPlanKey);

void BM_SqlBindOnly(benchmark::State &state)
{
    const auto request = makeRequest(kTypicalQuery);
    const auto plan = sql::SqlBuilder::build(request->bound);
    for (auto _ : state) {
        sql::BoundPlan bound = sql::bindPlan(plan, request->bound, request->context, request->options);
        benchmark::DoNotOptimize(bound);
    }
}
BENCHMARK(BM_SqlBindOnly);

void BM_SqlBindOperation(benchmark::State &state)
{
    const auto request = makeRequest(kTypicalQuery);
    for (auto _ : state) {
        auto bound = sql::bindOperation(*request->document, *request->operation, *request->schema.registry(),
                                        request->variables);
        benchmark::DoNotOptimize(bound);
    }
}
BENCHMARK(BM_SqlBindOperation);

} // namespace

BENCHMARK_MAIN();
