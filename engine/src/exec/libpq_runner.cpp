#include "exec/libpq_runner.h"

#include "exec/database_errors.h"
#include "exec/statement_timeout.h"

#include <libpq-fe.h>

#include <memory>

namespace graft::exec {

namespace {

struct ResultDeleter {
    void operator()(PGresult *result) const { PQclear(result); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

constexpr std::string_view kUndefinedPreparedStatement = "26000";

} // namespace

LibpqRunner::LibpqRunner(pg_conn *connection, std::size_t statementCacheSize, RowMode rowMode)
    : m_connection(connection), m_statements(statementCacheSize), m_rowMode(rowMode)
{
}

Error LibpqRunner::failure(const pg_result *result) const
{
    if (PQstatus(m_connection) == CONNECTION_BAD)
        return connectionFailure();
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    // No SQLSTATE means libpq itself failed (lost socket, protocol trouble): a connection failure.
    if (state == nullptr || std::string_view(state).starts_with("08"))
        return connectionFailure();
    const char *primary = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY);
    return databaseError(primary ? primary : PQresultErrorMessage(result), state);
}

std::optional<Error> LibpqRunner::prepared(std::string_view sql, const std::string **name)
{
    if (const std::string *known = m_statements.find(sql)) {
        *name = known;
        return std::nullopt;
    }
    std::string statement = "graft_" + std::to_string(++m_nextStatement);
    m_text.assign(sql);
    const ResultPtr result(PQprepare(m_connection, statement.c_str(), m_text.c_str(), 0, nullptr));
    if (!result || PQresultStatus(result.get()) != PGRES_COMMAND_OK)
        return failure(result.get());
    if (std::optional<std::string> evicted = m_statements.insert(std::string(sql), std::move(statement))) {
        const std::string deallocate = "DEALLOCATE " + *evicted;
        const ResultPtr done(PQexec(m_connection, deallocate.c_str()));
        if (!done || PQresultStatus(done.get()) != PGRES_COMMAND_OK)
            return failure(done.get());
    }
    *name = m_statements.find(sql);
    return std::nullopt;
}

std::optional<Error> LibpqRunner::run(std::string_view sql, std::span<const std::string> parameters, RowSink &sink)
{
    m_values.clear();
    for (const std::string &parameter : parameters) {
        // libpq text parameters end at NUL; the planner rejects U+0000 long before this point.
        if (parameter.find('\0') != std::string::npos)
            return internalError();
        m_values.push_back(parameter.c_str());
    }
    const std::string *name = nullptr;
    if (std::optional<Error> error = prepared(sql, &name))
        return error;
    std::optional<Error> error = execute(*name, parameters, sink);
    // A statement the server no longer knows (DEALLOCATE ALL, DISCARD ALL by someone else): prepare again once.
    // Not inside a transaction: the failure has already aborted it.
    if (error && error->sqlstate == kUndefinedPreparedStatement && PQtransactionStatus(m_connection) == PQTRANS_IDLE) {
        m_statements.erase(sql);
        if (std::optional<Error> again = prepared(sql, &name))
            return again;
        error = execute(*name, parameters, sink);
    }
    return error;
}

std::optional<Error> LibpqRunner::execute(const std::string &name, std::span<const std::string> parameters,
                                          RowSink &sink)
{
    const int count = static_cast<int>(parameters.size());
    if (m_rowMode == RowMode::SingleRow) {
        if (!PQsendQueryPrepared(m_connection, name.c_str(), count, m_values.data(), nullptr, nullptr, 0))
            return failure(nullptr);
        return executeSingleRow(sink);
    }
    const ResultPtr result(PQexecPrepared(m_connection, name.c_str(), count, m_values.data(), nullptr, nullptr, 0));
    if (!result || PQresultStatus(result.get()) != PGRES_TUPLES_OK)
        return failure(result.get());
    const int rows = PQntuples(result.get());
    std::size_t bytes = 0;
    for (int row = 0; row < rows; ++row)
        bytes += static_cast<std::size_t>(PQgetlength(result.get(), row, 0));
    sink.reserve(static_cast<std::size_t>(rows), bytes);
    for (int row = 0; row < rows; ++row) {
        if (PQgetisnull(result.get(), row, 0)) {
            sink.row(std::nullopt);
        } else {
            sink.row(std::string_view(PQgetvalue(result.get(), row, 0),
                                      static_cast<std::size_t>(PQgetlength(result.get(), row, 0))));
        }
    }
    return std::nullopt;
}

std::optional<Error> LibpqRunner::executeSingleRow(RowSink &sink)
{
    PQsetSingleRowMode(m_connection);
    std::optional<Error> error;
    // Every result must be read, the error included, before the connection takes another command.
    while (PGresult *raw = PQgetResult(m_connection)) {
        const ResultPtr result(raw);
        const ExecStatusType status = PQresultStatus(raw);
        if (status == PGRES_SINGLE_TUPLE && !error) {
            if (PQgetisnull(raw, 0, 0))
                sink.row(std::nullopt);
            else
                sink.row(std::string_view(PQgetvalue(raw, 0, 0), static_cast<std::size_t>(PQgetlength(raw, 0, 0))));
        } else if (status != PGRES_TUPLES_OK && status != PGRES_SINGLE_TUPLE && !error) {
            error = failure(raw);
        }
    }
    if (!error && PQstatus(m_connection) == CONNECTION_BAD)
        error = connectionFailure();
    return error;
}

std::optional<Error> LibpqRunner::command(std::string_view sql)
{
    m_text.assign(sql);
    const ResultPtr result(PQexec(m_connection, m_text.c_str()));
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return failure(result.get());
    return std::nullopt;
}

std::optional<Error> LibpqRunner::setStatementTimeout(std::chrono::milliseconds timeout)
{
    return changeStatementTimeout(*this, m_statementTimeout, timeout);
}

} // namespace graft::exec
