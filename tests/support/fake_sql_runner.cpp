#include "fake_sql_runner.h"

namespace graft::test {

void FakeSqlRunner::addRows(const std::string &sql, std::vector<std::optional<std::string>> rows)
{
    m_rows[sql] = std::move(rows);
}

void FakeSqlRunner::addError(const std::string &sql, Error error)
{
    m_errors[sql] = std::move(error);
}

std::vector<std::string> FakeSqlRunner::sent() const
{
    std::vector<std::string> out;
    for (const Call &call : m_calls) {
        if (call.kind != Call::Kind::StatementTimeout)
            out.push_back(call.sql);
    }
    return out;
}

std::optional<Error> FakeSqlRunner::run(std::string_view sql, std::span<const std::string> parameters, RowSink &sink)
{
    m_calls.push_back(Call{Call::Kind::Run, std::string(sql), {parameters.begin(), parameters.end()}, 0});
    if (const auto rows = m_rows.find(sql); rows != m_rows.end()) {
        for (const std::optional<std::string> &row : rows->second)
            sink.row(row ? std::optional<std::string_view>(*row) : std::nullopt);
    }
    if (const auto error = m_errors.find(sql); error != m_errors.end())
        return error->second;
    return std::nullopt;
}

std::optional<Error> FakeSqlRunner::command(std::string_view sql)
{
    m_calls.push_back(Call{Call::Kind::Command, std::string(sql), {}, 0});
    if (const auto error = m_errors.find(sql); error != m_errors.end())
        return error->second;
    return std::nullopt;
}

std::optional<Error> FakeSqlRunner::setStatementTimeout(std::chrono::milliseconds timeout)
{
    if (timeout == m_timeout)
        return std::nullopt;
    m_calls.push_back(Call{Call::Kind::StatementTimeout, {}, {}, timeout.count()});
    if (m_timeoutError)
        return m_timeoutError;
    m_timeout = timeout;
    return std::nullopt;
}

Error FakeSqlRunner::databaseError(const std::string &primary, const std::string &sqlstate)
{
    Error error;
    error.code = ErrorCode::DatabaseError;
    error.message = "Database error: " + primary;
    error.sqlstate = sqlstate;
    return error;
}

} // namespace graft::test
