#pragma once

// One database connection of the pool: opened through QtSql (QPSQL) on the calling thread, set up
// per CONTRACT §6, and used, health-checked and closed only on that thread. It never keeps a
// QSqlDatabase object: the connection is found by its unique name when it is closed.

#include "exec/connection_settings.h"
#include "exec/pool_options.h"
#include "graft/sql_runner.h"

#include <QString>

#include <memory>
#include <string>
#include <thread>

struct pg_conn;

namespace graft::exec {

/// An open, set-up connection and its runner. Not copyable, not movable between threads.
class PooledConnection {
public:
    /// Opens connection `name` on this thread and runs the session setup; null with `*why` on failure.
    static std::unique_ptr<PooledConnection> open(const ConnectionSettings &settings, const PoolOptions &options,
                                                  const QString &name, std::string *why);
    /// Closes the connection and removes it from QtSql's registry (on the opening thread).
    ~PooledConnection();

    PooledConnection(const PooledConnection &) = delete;
    PooledConnection &operator=(const PooledConnection &) = delete;

    /// The runner for this connection's statements.
    SqlRunner &runner() { return *m_runner; }
    /// Zero round trips: the connection is up, outside a transaction, and the server has not
    /// written to it while idle (a server that shut down or killed the session has).
    bool healthy() const;
    /// Fit to go back to the idle slot after a lease: up and outside a transaction.
    bool reusable() const;
    /// The thread that opened it, the only one that may use it.
    std::thread::id owner() const { return m_owner; }

private:
    PooledConnection(QString name, pg_conn *connection);

    QString m_name;
    pg_conn *m_connection;
    std::thread::id m_owner;
    std::unique_ptr<SqlRunner> m_runner;
};

} // namespace graft::exec
