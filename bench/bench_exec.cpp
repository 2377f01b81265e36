// The executor's hot path on a real PostgreSQL (GRAFT_DSN, libpq key=value form, with the demo
// database loaded): raw libpq (PQexecPrepared, buffered or single-row) vs QSqlQuery prepare/exec,
// per simple statement and per 20-row JSONB fetch, 1 and 2 threads; plus a whole Executor request
// (lease + health check + statement) and the cost of changing statement_timeout.
// Run through bench/exec_side_by_side.sh, which also times psycopg on the same statements.
#include "exec/connection_pool.h"
#include "exec/executor.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <variant>
#include <vector>

using namespace graft;
using namespace graft::exec;

namespace {

const std::string kSimple = "SELECT $1::text";
const std::string kFetch20 = "SELECT \"data\"::text FROM \"app\".\"v_user\" ORDER BY \"id\" ASC NULLS LAST LIMIT $1::bigint";

enum class Variant { LibpqBuffered = 0, LibpqSingleRow = 1, QtSql = 2 };

/// One pool per runner variant, made in main() before any benchmark runs.
std::map<Variant, std::unique_ptr<ConnectionPool>> &pools()
{
    static std::map<Variant, std::unique_ptr<ConnectionPool>> instance;
    return instance;
}

class CountingSink final : public RowSink {
public:
    void row(std::optional<std::string_view> text) override { bytes += text ? text->size() : 0; ++rows; }
    std::size_t bytes = 0;
    std::size_t rows = 0;
};

void runStatement(benchmark::State &state, const std::string &sql, const std::string &parameter, std::size_t rows)
{
    ConnectionPool &pool = *pools().at(static_cast<Variant>(state.range(0)));
    Acquired acquired = pool.acquire();
    if (!std::holds_alternative<ConnectionLease>(acquired)) {
        state.SkipWithError(std::get<PoolFailure>(acquired).detail.c_str());
        return;
    }
    SqlRunner &runner = std::get<ConnectionLease>(acquired).runner();
    const std::vector<std::string> parameters{parameter};
    CountingSink warm;
    if (std::optional<Error> error = runner.run(sql, parameters, warm)) { // prepares once
        state.SkipWithError(error->message.c_str());
        return;
    }
    for (auto _ : state) {
        CountingSink sink;
        if (runner.run(sql, parameters, sink) || sink.rows != rows) {
            state.SkipWithError("statement failed");
            break;
        }
        benchmark::DoNotOptimize(sink.bytes);
    }
    state.SetLabel(state.range(0) == 0 ? "libpq" : state.range(0) == 1 ? "libpq-single-row" : "qtsql");
}

void BM_SimpleStatement(benchmark::State &state)
{
    runStatement(state, kSimple, "hello", 1);
}

void BM_Fetch20Documents(benchmark::State &state)
{
    runStatement(state, kFetch20, "20", 20);
}

void BM_ExecutorRequest(benchmark::State &state)
{
    ConnectionPool &pool = *pools().at(static_cast<Variant>(state.range(0)));
    const std::vector<std::string> parameters{"20"};
    const std::vector<StatementRequest> statements(static_cast<std::size_t>(state.range(1)),
                                                   StatementRequest{kFetch20, parameters, "users", {1, 3}});
    const Executor executor;
    for (auto _ : state) {
        const ExecutionResult result = executor.execute(pool, statements);
        if (result.statements.back().status != StatementStatus::Succeeded) {
            state.SkipWithError("request failed");
            break;
        }
        benchmark::DoNotOptimize(result.statements.back().rows.bytes());
    }
    state.SetLabel(std::to_string(state.range(1)) + " statement(s)");
}

void BM_ChangeStatementTimeout(benchmark::State &state)
{
    ConnectionPool &pool = *pools().at(Variant::LibpqBuffered);
    Acquired acquired = pool.acquire();
    SqlRunner &runner = std::get<ConnectionLease>(acquired).runner();
    std::int64_t timeout = 1000;
    for (auto _ : state) {
        timeout = timeout == 1000 ? 2000 : 1000;
        if (runner.setStatementTimeout(std::chrono::milliseconds(timeout))) {
            state.SkipWithError("SET failed");
            break;
        }
    }
    (void)runner.setStatementTimeout(std::chrono::milliseconds(0));
}

} // namespace

BENCHMARK(BM_SimpleStatement)->Arg(0)->Arg(1)->Arg(2)->Threads(1)->Threads(2)->UseRealTime();
BENCHMARK(BM_Fetch20Documents)->Arg(0)->Arg(1)->Arg(2)->Threads(1)->Threads(2)->UseRealTime();
BENCHMARK(BM_ExecutorRequest)->Args({0, 1})->Args({0, 2})->Args({2, 1})->Threads(1)->Threads(2)->UseRealTime();
BENCHMARK(BM_ChangeStatementTimeout)->UseRealTime();

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // QtSql loads the QPSQL plugin through the application
    const char *dsn = std::getenv("GRAFT_DSN");
    if (dsn == nullptr || *dsn == '\0') {
        std::fprintf(stderr, "bench_exec: set GRAFT_DSN to a database with the demo loaded\n");
        return 2;
    }
    for (const auto &[variant, runner, mode] : {std::tuple{Variant::LibpqBuffered, RunnerKind::Libpq, RowMode::Buffered},
                                                std::tuple{Variant::LibpqSingleRow, RunnerKind::Libpq, RowMode::SingleRow},
                                                std::tuple{Variant::QtSql, RunnerKind::QtSql, RowMode::Buffered}}) {
        PoolOptions options;
        options.size = 4;
        options.runner = runner;
        options.rowMode = mode;
        std::string why;
        auto pool = ConnectionPool::create(dsn, options, &why);
        if (!pool) {
            std::fprintf(stderr, "bench_exec: %s\n", why.c_str());
            return 2;
        }
        pools().emplace(variant, std::move(pool));
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    pools().clear();
    return 0;
}
