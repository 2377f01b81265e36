#pragma once

// Runs one request's statements (CONTRACT §6): in root order, one alone or several inside
// `BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY` … `COMMIT`; after a failure, rollback and
// "Not executed" for the rest. The result is all or nothing per statement: a failed statement
// keeps no rows.
//
// Rows: SQL NULL rows are dropped here (only this layer sees NULL-ness); every other text is kept
// verbatim, and the response writer, which parses each row anyway, skips the texts that are not
// JSON objects. Checking object-ness here would mean parsing twice, or trusting a first-byte test
// that holds for jsonb's output but not for a `json` column's text.

#include "exec/row_set.h"
#include "graft/error.h"
#include "graft/sql_runner.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace graft::exec {

class ConnectionPool;

/// One statement of a request and where its field error goes (§8.1).
struct StatementRequest {
    std::string_view sql;
    std::span<const std::string> parameters;
    std::string_view responseKey;
    SourceLocation location; ///< the root field's first token; line 0: none
};

/// What became of a statement.
enum class StatementStatus { Succeeded, Failed, NotExecuted };

/// One statement's outcome.
struct StatementResult {
    StatementStatus status = StatementStatus::NotExecuted;
    RowSet rows;                ///< Succeeded: the non-NULL row texts
    std::optional<Error> error; ///< Failed / NotExecuted: the field error, path and location set
    /// Listed in the report's `sql` (§10.2): run, or the first one when no connection could be
    /// had (as the legacy path reports it).
    bool sent = false;
    std::int64_t micros = 0;    ///< time in the runner for this statement (0 when not sent)
};

/// A request's outcome: one result per statement, in order.
struct ExecutionResult {
    std::vector<StatementResult> statements;
    std::int64_t micros = 0;    ///< the whole stage: lease, timeout setting, transaction control
    std::string diagnostic;     ///< for logs: why no connection could be had
};

/// Per-request execution settings.
struct ExecutorOptions {
    std::chrono::milliseconds statementTimeout{0}; ///< zero: no limit
};

/// Runs statements through a SqlRunner, or through a pooled connection.
class Executor {
public:
    explicit Executor(ExecutorOptions options = {}) : m_options(options) {}

    /// Runs `statements` on `runner` (one session, this thread).
    ExecutionResult execute(SqlRunner &runner, std::span<const StatementRequest> statements) const;
    /// Leases a connection from `pool` for the calling thread and runs `statements` on it; when none
    /// can be had the first statement fails with a connection failure and the rest are not executed.
    ExecutionResult execute(ConnectionPool &pool, std::span<const StatementRequest> statements) const;

private:
    ExecutorOptions m_options;
};

} // namespace graft::exec
