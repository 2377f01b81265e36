#pragma once

// The production SqlRunner: raw libpq on the PGconn that QPSQL opened (driver()->handle()).
// Statements are protocol-level prepared once per connection (PQprepare, keyed by SQL text) and
// executed with text parameters (PQexecPrepared): one round trip, rows read straight from libpq's
// buffers without a QString/QVariant per value.

#include "exec/statement_cache.h"
#include "graft/sql_runner.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

struct pg_conn;
struct pg_result;

namespace graft::exec {

/// How rows come from libpq: the whole result at once, or one PGresult per row (single-row mode).
enum class RowMode { Buffered, SingleRow };

/// A SqlRunner over one libpq connection it does not own.
class LibpqRunner final : public SqlRunner {
public:
    LibpqRunner(pg_conn *connection, std::size_t statementCacheSize, RowMode rowMode);

    std::optional<Error> run(std::string_view sql, std::span<const std::string> parameters, RowSink &sink) override;
    std::optional<Error> command(std::string_view sql) override;
    std::optional<Error> setStatementTimeout(std::chrono::milliseconds timeout) override;

    /// Statements currently prepared on the connection.
    std::size_t preparedCount() const { return m_statements.size(); }

private:
    /// The prepared statement's name for `sql`, preparing it on first use.
    std::optional<Error> prepared(std::string_view sql, const std::string **name);
    std::optional<Error> execute(const std::string &name, std::span<const std::string> parameters, RowSink &sink);
    std::optional<Error> executeSingleRow(RowSink &sink);
    /// The error a failed result (or a failed send, `result` null) stands for.
    Error failure(const pg_result *result) const;

    pg_conn *m_connection;
    StatementCache<std::string> m_statements;
    RowMode m_rowMode;
    std::uint64_t m_nextStatement = 0;
    std::chrono::milliseconds m_statementTimeout{0};
    std::vector<const char *> m_values;
    std::string m_text; ///< NUL-terminated copy of a statement for libpq
};

} // namespace graft::exec
