// ConnectionPool against real PostgreSQL servers: per-thread leases under concurrency with no
// leaked connection (pg_stat_activity, QtSql's registry), handoff when threads outnumber
// connections, the wait timeout of an exhausted pool, and recovery after a server restart.
#include "exec/connection_pool.h"
#include "exec/database_errors.h"
#include "exec/executor.h"
#include "test_env.h"

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QTest>

#include <unistd.h>

#include <atomic>
#include <functional>
#include <mutex>
#include <chrono>
#include <thread>
#include <vector>

using namespace graft;
using namespace graft::exec;
using namespace std::chrono_literals;

namespace {

using Clock = std::chrono::steady_clock;

const std::string kSql = "SELECT \"data\"::text FROM \"app\".\"v_user\" ORDER BY \"id\" ASC NULLS LAST LIMIT $1::bigint";

std::unique_ptr<ConnectionPool> makePool(const std::string &dsn, const PoolOptions &options)
{
    std::string why;
    auto pool = ConnectionPool::create(dsn, options, &why);
    if (!pool)
        qWarning("pool: %s", why.c_str());
    return pool;
}

/// Runs one request of `count` statements (1 or 2); returns the first error's message, or empty.
std::string request(ConnectionPool &pool, const std::string &sql, int count, const std::string &parameter)
{
    const std::vector<std::string> parameters{parameter};
    std::vector<StatementRequest> statements(static_cast<std::size_t>(count),
                                             StatementRequest{sql, parameters, "users", SourceLocation{1, 3}});
    const ExecutionResult result = Executor().execute(pool, statements);
    for (const StatementResult &statement : result.statements) {
        if (statement.error)
            return statement.error->message + " [" + statement.error->sqlstate + "]";
    }
    return {};
}

int graftConnectionNames()
{
    int count = 0;
    for (const QString &name : QSqlDatabase::connectionNames())
        count += name.startsWith(QStringLiteral("graft-exec-")) ? 1 : 0;
    return count;
}

/// Sessions of `application` as pg_stat_activity sees them (through a pool of its own).
int serverSessions(const std::string &dsn, const std::string &application)
{
    PoolOptions options;
    options.size = 1;
    auto pool = makePool(dsn, options);
    const std::vector<std::string> parameters{application};
    const StatementRequest statement{"SELECT count(*)::text FROM pg_stat_activity WHERE application_name = $1::text",
                                     parameters, "n", {}};
    const ExecutionResult result = Executor().execute(*pool, std::span(&statement, 1));
    if (result.statements[0].error || result.statements[0].rows.size() != 1)
        return -1;
    return std::stoi(std::string(result.statements[0].rows[0]));
}

bool waitFor(const std::function<bool()> &condition, std::chrono::milliseconds limit)
{
    const auto deadline = Clock::now() + limit;
    while (!condition()) {
        if (Clock::now() > deadline)
            return false;
        std::this_thread::sleep_for(20ms);
    }
    return true;
}

/// Runs a command, output discarded; its exit code (-1 when it did not finish in 60 s).
int runCommand(const QString &program, const QStringList &arguments, QByteArray *output = nullptr)
{
    QProcess process;
    if (output == nullptr)
        process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return -1;
    if (output != nullptr)
        *output = process.readAllStandardOutput().trimmed();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

class TestConnectionPool : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void concurrentRequestsNeitherFailNorLeak();
    void threadsOutnumberingConnectionsHandOff();
    void exhaustedPoolTimesOutWithAClearError();
    void unreachableServerFailsFast();
    void recoversAfterServerRestart();

private:
    std::string dsnFor(const std::string &application) const
    {
        return m_dsn + " application_name=" + application;
    }

    std::string m_dsn;
};

void TestConnectionPool::initTestCase()
{
    m_dsn = graft::test::testDsn().toStdString();
    QVERIFY2(!m_dsn.empty(), "no test database: set GRAFT_TEST_DSN or run through ctest");
}

void TestConnectionPool::concurrentRequestsNeitherFailNorLeak()
{
    constexpr int kThreads = 16;
    constexpr int kRequests = 2000;
    const std::string application = "tst_pool_concurrent";
    PoolOptions options;
    options.size = kThreads;
    auto pool = makePool(dsnFor(application), options);
    QVERIFY(pool);
    std::atomic<int> failures{0};
    std::atomic<int> maxOpen{0};
    std::string firstFailure;
    std::mutex failureMutex;
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < kRequests; ++i) {
                const std::string error = request(*pool, kSql, 1 + (i + t) % 2, std::to_string(1 + i % 3));
                if (!error.empty() && failures.fetch_add(1) == 0) {
                    const std::lock_guard lock(failureMutex);
                    firstFailure = error;
                }
                if (i % 500 == 0) {
                    const int open = pool->stats().open;
                    for (int seen = maxOpen.load(); open > seen && !maxOpen.compare_exchange_weak(seen, open);) {
                    }
                }
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QVERIFY2(failures.load() == 0, firstFailure.c_str());
    QVERIFY(maxOpen.load() <= kThreads);
    const PoolStats stats = pool->stats();
    QCOMPARE(stats.connects, static_cast<std::uint64_t>(kThreads)); // one per thread, reused 2,000 times
    QCOMPARE(stats.open, 0);                                         // thread exit closed them
    QCOMPARE(stats.discarded, 0u);
    QCOMPARE(graftConnectionNames(), 0);
    QVERIFY2(waitFor([&] { return serverSessions(m_dsn, application) == 0; }, 5s), "server sessions left behind");
}

void TestConnectionPool::threadsOutnumberingConnectionsHandOff()
{
    const std::string application = "tst_pool_handoff";
    PoolOptions options;
    options.size = 2;
    options.waitTimeout = 20s;
    auto pool = makePool(dsnFor(application), options);
    QVERIFY(pool);
    std::atomic<int> failures{0};
    std::atomic<int> tooMany{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 6; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 100; ++i) {
                if (!request(*pool, kSql, 1, "2").empty())
                    failures.fetch_add(1);
                if (pool->stats().open > 2)
                    tooMany.fetch_add(1);
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(failures.load(), 0);
    QCOMPARE(tooMany.load(), 0);
    QVERIFY(pool->stats().handoffs > 0);
    QCOMPARE(pool->stats().open, 0);
    QVERIFY2(waitFor([&] { return serverSessions(m_dsn, application) == 0; }, 5s), "server sessions left behind");
}

void TestConnectionPool::exhaustedPoolTimesOutWithAClearError()
{
    PoolOptions options;
    options.size = 1;
    options.waitTimeout = 300ms;
    auto pool = makePool(dsnFor("tst_pool_exhausted"), options);
    QVERIFY(pool);
    std::atomic<bool> holding{false};
    std::atomic<bool> done{false};
    std::thread holder([&] {
        Acquired lease = pool->acquire();
        holding = std::holds_alternative<ConnectionLease>(lease);
        while (!done.load())
            std::this_thread::sleep_for(5ms);
    });
    QVERIFY(waitFor([&] { return holding.load(); }, 10s));

    const auto start = Clock::now();
    const Acquired refused = pool->acquire();
    const auto waited = Clock::now() - start;
    QVERIFY(std::holds_alternative<PoolFailure>(refused));
    const PoolFailure &failure = std::get<PoolFailure>(refused);
    QCOMPARE(failure.kind, PoolFailure::Kind::Exhausted);
    QCOMPARE(QByteArray::fromStdString(failure.detail),
             QByteArray("connection pool exhausted: all 1 connections stayed in use for 300 ms"));
    QVERIFY(waited >= 250ms);
    QVERIFY(waited < 5s);

    // Through the executor: the contract's connection failure on the first field, the rest not executed.
    const std::vector<std::string> parameters{"1"};
    const std::vector<StatementRequest> statements(2, StatementRequest{kSql, parameters, "users", SourceLocation{2, 5}});
    const ExecutionResult result = Executor().execute(*pool, statements);
    QVERIFY(isConnectionFailure(*result.statements[0].error));
    QCOMPARE(result.statements[0].error->path, std::vector<std::string>{"users"});
    QVERIFY(result.statements[0].sent);
    QCOMPARE(result.statements[1].status, StatementStatus::NotExecuted);
    QVERIFY(result.diagnostic.find("exhausted") != std::string::npos);
    QCOMPARE(pool->stats().timeouts, 2u);

    // The holder's thread exits: its connection closes there, and the capacity is free again.
    done = true;
    holder.join();
    QCOMPARE(request(*pool, kSql, 2, "1"), std::string());
}

void TestConnectionPool::unreachableServerFailsFast()
{
    PoolOptions options;
    options.connectTimeout = 2s;
    auto pool = makePool("host=/nonexistent-graft-socket-dir port=5999 user=postgres dbname=graft", options);
    QVERIFY(pool);
    const auto start = Clock::now();
    const Acquired refused = pool->acquire();
    QVERIFY(Clock::now() - start < 3s);
    QVERIFY(std::holds_alternative<PoolFailure>(refused));
    QCOMPARE(std::get<PoolFailure>(refused).kind, PoolFailure::Kind::ConnectFailed);
    QVERIFY(!std::get<PoolFailure>(refused).detail.empty());
    QCOMPARE(pool->stats().open, 0);
    QCOMPARE(graftConnectionNames(), 0);
    QCOMPARE(QByteArray::fromStdString(request(*pool, "SELECT $1::text", 1, "x")),
             QByteArray("Database error: connection failure [08006]"));
}

void TestConnectionPool::recoversAfterServerRestart()
{
    const QString pgtmp = QStringLiteral(GRAFT_PGTMP);
    const QString dir = QDir::tempPath() + QStringLiteral("/graft-exec-restart-%1").arg(QCoreApplication::applicationPid());
    QByteArray dsn;
    QCOMPARE(runCommand(pgtmp, {QStringLiteral("start"), QStringLiteral("--dir"), dir, QStringLiteral("--owner"),
                                QString::number(QCoreApplication::applicationPid())},
                        &dsn),
             0);
    const auto stopServer = qScopeGuard([&] { runCommand(pgtmp, {QStringLiteral("stop"), dir}); });

    PoolOptions options;
    options.size = 4;
    options.connectTimeout = 2s;
    auto pool = makePool(dsn.toStdString(), options);
    QVERIFY(pool);
    std::atomic<bool> stop{false};
    std::atomic<bool> restarted{false};
    std::atomic<int> ok{0};
    std::atomic<int> okAfterRestart{0};
    std::atomic<int> connectionFailures{0};
    std::atomic<int> otherErrors{0};
    std::string otherError;
    std::mutex otherMutex;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; !stop.load(); ++i) {
                const std::string error = request(*pool, "SELECT $1::text || pg_backend_pid()::text", 1 + (i + t) % 2, "x");
                if (error.empty()) {
                    ok.fetch_add(1);
                    okAfterRestart.fetch_add(restarted.load() ? 1 : 0);
                } else if (error == "Database error: connection failure [08006]") {
                    connectionFailures.fetch_add(1);
                    std::this_thread::sleep_for(2ms);
                } else if (otherErrors.fetch_add(1) == 0) {
                    const std::lock_guard lock(otherMutex);
                    otherError = error;
                }
            }
        });
    }
    QVERIFY(waitFor([&] { return ok.load() > 200; }, 20s));
    const QString pgCtl = QStringLiteral("/usr/lib/postgresql/15/bin/pg_ctl");
    QStringList restart{pgCtl, QStringLiteral("restart"), QStringLiteral("-D"), dir + QStringLiteral("/data"),
                        QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("-t"),
                        QStringLiteral("30"), QStringLiteral("-l"), dir + QStringLiteral("/server.log")};
    const bool root = ::geteuid() == 0; // PostgreSQL refuses to run as root: pgtmp made postgres the owner
    const int restartCode = root ? runCommand(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")} + restart)
                                 : runCommand(restart.takeFirst(), restart);
    restarted = true;
    const bool recovered = waitFor([&] { return okAfterRestart.load() > 200; }, 20s);
    stop = true;
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(restartCode, 0);
    QVERIFY2(otherErrors.load() == 0, otherError.c_str());
    QVERIFY(recovered);
    const PoolStats stats = pool->stats();
    // Every connection of the old server was closed, none returned: found broken by a statement
    // (connection failure) or by the idle health check (discarded) before use.
    QVERIFY(stats.discarded >= 1);
    QVERIFY(stats.connects >= 5);
    QCOMPARE(stats.open, 0);
    qInfo("restart: %d ok, %d connection failures, %llu discarded, %llu connects", ok.load(), connectionFailures.load(),
          static_cast<unsigned long long>(stats.discarded), static_cast<unsigned long long>(stats.connects));
    pool.reset();
    QCOMPARE(graftConnectionNames(), 0);
}

QTEST_GUILESS_MAIN(TestConnectionPool)
#include "tst_connection_pool.moc"
