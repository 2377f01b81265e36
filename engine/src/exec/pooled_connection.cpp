#include "exec/pooled_connection.h"

#include "exec/qt_sql_runner.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <libpq-fe.h>
#include <poll.h>

namespace graft::exec {

namespace {

/// CONTRACT §6 session settings, in one round trip. bytea_output goes back to the server default
/// that QPSQL changes; statement_timeout starts known (the runner tracks later changes).
constexpr const char *kSessionSetup =
    "SET TimeZone = 'UTC'; SET DateStyle = 'ISO, MDY'; SET client_encoding = 'UTF8'; "
    "SET standard_conforming_strings = on; SET default_transaction_read_only = on; "
    "RESET bytea_output; SET statement_timeout = 0";

QString qString(const std::string &text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

void removeConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

PooledConnection::PooledConnection(QString name, pg_conn *connection)
    : m_name(std::move(name)), m_connection(connection), m_owner(std::this_thread::get_id())
{
}

std::unique_ptr<PooledConnection> PooledConnection::open(const ConnectionSettings &settings,
                                                         const PoolOptions &options, const QString &name,
                                                         std::string *why)
{
    pg_conn *connection = nullptr;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(qString(settings.host));
        if (settings.port > 0)
            db.setPort(settings.port);
        db.setUserName(qString(settings.user));
        db.setPassword(qString(settings.password));
        db.setDatabaseName(qString(settings.dbname));
        std::string connectOptions = settings.qtConnectOptions();
        if (settings.option("connect_timeout").empty())
            connectOptions += (connectOptions.empty() ? "" : ";") + std::string("connect_timeout=")
                + std::to_string(options.connectTimeout.count());
        db.setConnectOptions(qString(connectOptions));
        if (!db.open()) {
            *why = db.lastError().text().toStdString();
        } else {
            const QVariant handle = db.driver()->handle();
            // QPSQL registers the handle's type as PGconn* (Qt 6 names it after the struct, pg_conn*).
            if (handle.isValid() && (qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0))
                connection = *static_cast<pg_conn *const *>(handle.constData());
            if (connection == nullptr)
                *why = std::string("the QPSQL driver gave no PGconn handle: ") + handle.typeName();
        }
    }
    if (connection != nullptr) {
        // Library code never prints: libpq's default would write notices and late errors to stderr.
        PQsetNoticeProcessor(connection, [](void *, const char *) {}, nullptr);
        PGresult *setup = PQexec(connection, kSessionSetup);
        if (PQresultStatus(setup) != PGRES_COMMAND_OK) {
            *why = std::string("session setup failed: ") + PQerrorMessage(connection);
            connection = nullptr;
        }
        PQclear(setup);
    }
    if (connection == nullptr) {
        removeConnection(name);
        return nullptr;
    }
    std::unique_ptr<PooledConnection> pooled(new PooledConnection(name, connection));
    if (options.runner == RunnerKind::QtSql)
        pooled->m_runner = std::make_unique<QtSqlRunner>(name, connection, options.statementCacheSize);
    else
        pooled->m_runner = std::make_unique<LibpqRunner>(connection, options.statementCacheSize, options.rowMode);
    return pooled;
}

PooledConnection::~PooledConnection()
{
    m_runner.reset(); // its prepared queries belong to the connection
    removeConnection(m_name);
}

bool PooledConnection::reusable() const
{
    return PQstatus(m_connection) == CONNECTION_OK && PQtransactionStatus(m_connection) == PQTRANS_IDLE;
}

bool PooledConnection::healthy() const
{
    if (!reusable())
        return false;
    // An idle session receives nothing unless the server ends it (shutdown, restart, termination):
    // anything readable means the connection is going away.
    pollfd socket{PQsocket(m_connection), POLLIN, 0};
    return ::poll(&socket, 1, 0) == 0;
}

} // namespace graft::exec
