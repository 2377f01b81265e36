#include "exec/executor.h"

#include "exec/connection_pool.h"
#include "exec/database_errors.h"

#include <variant>

namespace graft::exec {

namespace {

using Clock = std::chrono::steady_clock;

constexpr std::string_view kBegin = "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY";

std::int64_t microsSince(Clock::time_point start)
{
    return std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - start).count();
}

/// Keeps the non-NULL rows of one statement.
class RowCollector final : public RowSink {
public:
    explicit RowCollector(RowSet &rows) : m_rows(rows) {}
    void row(std::optional<std::string_view> text) override
    {
        if (text)
            m_rows.append(*text);
    }
    void reserve(std::size_t rows, std::size_t bytes) override { m_rows.reserve(rows, bytes); }

private:
    RowSet &m_rows;
};

Error placed(Error error, const StatementRequest &statement)
{
    error.locations.clear();
    if (statement.location.line > 0)
        error.locations.push_back(statement.location);
    error.path = {std::string(statement.responseKey)};
    return error;
}

/// Statement `index` failed with `error`; every later one is marked not executed.
void fail(ExecutionResult &result, std::span<const StatementRequest> statements, std::size_t index, Error error)
{
    StatementResult &failed = result.statements[index];
    failed.status = StatementStatus::Failed;
    failed.rows.clear();
    failed.error = placed(std::move(error), statements[index]);
    failed.sent = true;
    for (std::size_t later = index + 1; later < statements.size(); ++later) {
        StatementResult &skipped = result.statements[later];
        skipped.status = StatementStatus::NotExecuted;
        skipped.rows.clear();
        skipped.error = placed(notExecuted(), statements[later]);
        skipped.sent = false;
    }
}

/// Runs statement `index`; false when it failed (and the result says so).
bool runOne(SqlRunner &runner, ExecutionResult &result, std::span<const StatementRequest> statements,
            std::size_t index)
{
    const StatementRequest &statement = statements[index];
    StatementResult &outcome = result.statements[index];
    RowCollector collector(outcome.rows);
    const Clock::time_point start = Clock::now();
    std::optional<Error> error = runner.run(statement.sql, statement.parameters, collector);
    outcome.micros = microsSince(start);
    outcome.sent = true;
    if (error) {
        fail(result, statements, index, std::move(*error));
        return false;
    }
    outcome.status = StatementStatus::Succeeded;
    return true;
}

} // namespace

ExecutionResult Executor::execute(SqlRunner &runner, std::span<const StatementRequest> statements) const
{
    const Clock::time_point start = Clock::now();
    ExecutionResult result;
    result.statements.resize(statements.size());
    if (statements.empty())
        return result;
    if (std::optional<Error> error = runner.setStatementTimeout(m_options.statementTimeout)) {
        fail(result, statements, 0, std::move(*error));
    } else if (statements.size() == 1) {
        runOne(runner, result, statements, 0);
    } else if (std::optional<Error> begun = runner.command(kBegin)) {
        fail(result, statements, 0, std::move(*begun));
    } else {
        bool ok = true;
        for (std::size_t index = 0; ok && index < statements.size(); ++index)
            ok = runOne(runner, result, statements, index);
        if (!ok) {
            // The failure is already reported; a rollback that fails too leaves the connection
            // outside any usable state, and the lease closes it.
            (void)runner.command("ROLLBACK");
        } else if (std::optional<Error> committed = runner.command("COMMIT")) {
            fail(result, statements, statements.size() - 1, std::move(*committed));
        }
    }
    result.micros = microsSince(start);
    return result;
}

ExecutionResult Executor::execute(ConnectionPool &pool, std::span<const StatementRequest> statements) const
{
    const Clock::time_point start = Clock::now();
    if (statements.empty())
        return {};
    Acquired acquired = pool.acquire();
    ExecutionResult result;
    if (auto *lease = std::get_if<ConnectionLease>(&acquired)) {
        result = execute(lease->runner(), statements);
    } else {
        result.statements.resize(statements.size());
        fail(result, statements, 0, connectionFailure());
        result.diagnostic = std::get<PoolFailure>(acquired).detail;
    }
    result.micros = microsSince(start);
    return result;
}

} // namespace graft::exec
