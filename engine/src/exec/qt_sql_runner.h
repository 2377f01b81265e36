#pragma once

// The QtSql SqlRunner: QSqlQuery::prepare once per SQL text and connection (QPSQL turns it into
// SQL-level PREPARE/EXECUTE with the values inlined as escaped literals), buffered reads.
// Kept beside LibpqRunner so that both can be measured behind the same seam (bench_exec).

#include "exec/statement_cache.h"
#include "graft/sql_runner.h"

#include <QString>

#include <chrono>
#include <memory>

QT_BEGIN_NAMESPACE
class QSqlQuery;
QT_END_NAMESPACE

struct pg_conn;

namespace graft::exec {

/// A SqlRunner over the QSqlDatabase connection named `connectionName` (opened by this thread).
class QtSqlRunner final : public SqlRunner {
public:
    QtSqlRunner(QString connectionName, pg_conn *connection, std::size_t statementCacheSize);
    ~QtSqlRunner() override;

    std::optional<Error> run(std::string_view sql, std::span<const std::string> parameters, RowSink &sink) override;
    std::optional<Error> command(std::string_view sql) override;
    std::optional<Error> setStatementTimeout(std::chrono::milliseconds timeout) override;

private:
    /// The error a failed query stands for.
    Error failure(const QSqlQuery &query) const;

    QString m_connectionName;
    pg_conn *m_connection; ///< only to tell a lost connection from a statement error
    StatementCache<std::unique_ptr<QSqlQuery>> m_statements;
    std::chrono::milliseconds m_statementTimeout{0};
};

} // namespace graft::exec
