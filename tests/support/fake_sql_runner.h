#pragma once

#include "graft/sql_runner.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace graft::test {

/// A SqlRunner for unit tests of the layers above the executor: records every call in order and
/// replays scripted rows and errors by SQL text. Unscripted statements return no rows.
class FakeSqlRunner final : public SqlRunner {
public:
    /// One recorded call.
    struct Call {
        enum class Kind { Run, Command, StatementTimeout };
        Kind kind = Kind::Run;
        std::string sql;                     ///< Run / Command
        std::vector<std::string> parameters; ///< Run
        std::int64_t timeoutMs = 0;          ///< StatementTimeout
    };

    /// Statements with text `sql` stream `rows` (nullopt: a SQL NULL row).
    void addRows(const std::string &sql, std::vector<std::optional<std::string>> rows);
    /// Statements or commands with text `sql` stream their scripted rows, then fail with `error`.
    void addError(const std::string &sql, Error error);
    /// Setting the statement timeout fails with `error`.
    void failStatementTimeout(Error error) { m_timeoutError = std::move(error); }

    /// Every call, in order.
    const std::vector<Call> &calls() const { return m_calls; }
    /// The SQL texts of Run and Command calls, in order (statements and transaction control).
    std::vector<std::string> sent() const;

    std::optional<Error> run(std::string_view sql, std::span<const std::string> parameters, RowSink &sink) override;
    std::optional<Error> command(std::string_view sql) override;
    std::optional<Error> setStatementTimeout(std::chrono::milliseconds timeout) override;

    /// A DATABASE_ERROR as a runner reports it (no path, no location).
    static Error databaseError(const std::string &primary, const std::string &sqlstate);

private:
    std::map<std::string, std::vector<std::optional<std::string>>, std::less<>> m_rows;
    std::map<std::string, Error, std::less<>> m_errors;
    std::optional<Error> m_timeoutError;
    std::chrono::milliseconds m_timeout{0};
    std::vector<Call> m_calls;
};

} // namespace graft::test
