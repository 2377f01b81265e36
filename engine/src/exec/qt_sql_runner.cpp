#include "exec/qt_sql_runner.h"

#include "exec/database_errors.h"
#include "exec/statement_timeout.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <libpq-fe.h>

namespace graft::exec {

QtSqlRunner::QtSqlRunner(QString connectionName, pg_conn *connection, std::size_t statementCacheSize)
    : m_connectionName(std::move(connectionName)), m_connection(connection), m_statements(statementCacheSize)
{
}

QtSqlRunner::~QtSqlRunner() = default;

Error QtSqlRunner::failure(const QSqlQuery &query) const
{
    if (PQstatus(m_connection) == CONNECTION_BAD)
        return connectionFailure();
    const QSqlError error = query.lastError();
    const QByteArray state = error.nativeErrorCode().toUtf8();
    if (state.isEmpty() || state.startsWith("08"))
        return connectionFailure();
    // QPSQL's text is libpq's error message: "SEVERITY:  primary⏎DETAIL…⏎(SQLSTATE)"; keep the primary.
    QByteArray text = error.databaseText().toUtf8();
    text = text.left(text.indexOf('\n') < 0 ? text.size() : text.indexOf('\n'));
    if (const qsizetype colon = text.indexOf(":  "); colon >= 0)
        text = text.mid(colon + 3);
    return databaseError(std::string_view(text.constData(), static_cast<std::size_t>(text.size())),
                         std::string_view(state.constData(), static_cast<std::size_t>(state.size())));
}

std::optional<Error> QtSqlRunner::run(std::string_view sql, std::span<const std::string> parameters, RowSink &sink)
{
    std::unique_ptr<QSqlQuery> *cached = m_statements.find(sql);
    if (cached == nullptr) {
        auto query = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
        // Not forward-only: QPSQL's forward-only mode (single-row) leaves the tail of the result
        // unread after finish(), so the connection looked busy and could not be reused.
        query->setForwardOnly(false);
        if (!query->prepare(QString::fromUtf8(sql.data(), static_cast<qsizetype>(sql.size()))))
            return failure(*query);
        m_statements.insert(std::string(sql), std::move(query));
        cached = m_statements.find(sql);
    }
    QSqlQuery &query = **cached;
    int position = 0;
    for (const std::string &parameter : parameters) {
        if (parameter.find('\0') != std::string::npos)
            return internalError();
        query.bindValue(position++, QString::fromUtf8(parameter.data(), static_cast<qsizetype>(parameter.size())));
    }
    if (!query.exec()) {
        Error error = failure(query);
        query.finish();
        return error;
    }
    QByteArray text;
    while (query.next()) {
        const QVariant value = query.value(0);
        if (value.isNull()) {
            sink.row(std::nullopt);
        } else {
            text = value.toString().toUtf8();
            sink.row(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
        }
    }
    const bool failed = query.lastError().isValid();
    std::optional<Error> error;
    if (failed)
        error = failure(query);
    query.finish();
    return error;
}

std::optional<Error> QtSqlRunner::command(std::string_view sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QString::fromUtf8(sql.data(), static_cast<qsizetype>(sql.size()))))
        return failure(query);
    return std::nullopt;
}

std::optional<Error> QtSqlRunner::setStatementTimeout(std::chrono::milliseconds timeout)
{
    return changeStatementTimeout(*this, m_statementTimeout, timeout);
}

} // namespace graft::exec
