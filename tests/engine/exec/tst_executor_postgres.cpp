// The executor on pooled connections against the real PostgreSQL with the demo database, once per
// runner (raw libpq and QSqlQuery): session settings (§6), every parameter type, one snapshot for
// several statements, errors with SQLSTATE, rollback, statement timeout.
#include "exec/connection_pool.h"
#include "exec/executor.h"
#include "row_texts.h"
#include "test_env.h"

#include <QTest>

#include <string>
#include <vector>

using namespace graft;
using namespace graft::exec;

namespace {

using Strings = std::vector<std::string>;

/// A statement and its parameters, owned.
struct Statement {
    std::string sql;
    Strings parameters;
};

QByteArray bytes(const std::string &text)
{
    return QByteArray::fromStdString(text);
}

} // namespace

Q_DECLARE_METATYPE(graft::exec::RunnerKind)

class TestExecutorPostgres : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void sessionHasContractSettings_data();
    void sessionHasContractSettings();
    void parametersRoundTrip_data();
    void parametersRoundTrip();
    void fetchesDemoDocuments();
    void severalStatementsShareOneSnapshot();
    void singleStatementRunsAlone();
    void statementErrorKeepsSqlstate_data();
    void statementErrorKeepsSqlstate();
    void failureRollsBackAndConnectionStaysUsable();
    void statementTimeoutCancels();

private:
    ExecutionResult run(const std::vector<Statement> &statements, ExecutorOptions options = {});
    Strings single(const std::string &sql, const Strings &parameters = {});

    std::unique_ptr<ConnectionPool> m_pool;
};

void TestExecutorPostgres::initTestCase_data()
{
    QTest::addColumn<RunnerKind>("runner");
    QTest::addRow("libpq") << RunnerKind::Libpq;
    QTest::addRow("qtsql") << RunnerKind::QtSql;
}

void TestExecutorPostgres::init()
{
    QFETCH_GLOBAL(RunnerKind, runner);
    const QString dsn = graft::test::testDsn();
    QVERIFY2(!dsn.isEmpty(), "no test database: set GRAFT_TEST_DSN or run through ctest");
    PoolOptions options;
    options.size = 2;
    options.runner = runner;
    std::string why;
    m_pool = ConnectionPool::create(dsn.toStdString(), options, &why);
    QVERIFY2(m_pool, why.c_str());
}

void TestExecutorPostgres::cleanup()
{
    m_pool.reset();
}

ExecutionResult TestExecutorPostgres::run(const std::vector<Statement> &statements, ExecutorOptions options)
{
    std::vector<std::string> keys;
    for (std::size_t i = 0; i < statements.size(); ++i)
        keys.push_back("f" + std::to_string(i));
    std::vector<StatementRequest> requests;
    for (std::size_t i = 0; i < statements.size(); ++i)
        requests.push_back({statements[i].sql, statements[i].parameters, keys[i], SourceLocation{1, 3}});
    return Executor(options).execute(*m_pool, requests);
}

Strings TestExecutorPostgres::single(const std::string &sql, const Strings &parameters)
{
    const ExecutionResult result = run({{sql, parameters}});
    if (result.statements[0].error)
        qWarning("%s: %s %s", sql.c_str(), result.statements[0].error->message.c_str(), result.diagnostic.c_str());
    return test::rowTexts(result.statements[0]);
}

void TestExecutorPostgres::sessionHasContractSettings_data()
{
    QTest::addColumn<QByteArray>("setting");
    QTest::addColumn<QByteArray>("value");
    QTest::addRow("TimeZone") << QByteArray("TimeZone") << QByteArray("UTC");
    QTest::addRow("DateStyle") << QByteArray("DateStyle") << QByteArray("ISO, MDY");
    QTest::addRow("client_encoding") << QByteArray("client_encoding") << QByteArray("UTF8");
    QTest::addRow("standard_conforming_strings") << QByteArray("standard_conforming_strings") << QByteArray("on");
    QTest::addRow("default_transaction_read_only") << QByteArray("default_transaction_read_only") << QByteArray("on");
    QTest::addRow("bytea_output") << QByteArray("bytea_output") << QByteArray("hex");
    QTest::addRow("statement_timeout") << QByteArray("statement_timeout") << QByteArray("0");
}

void TestExecutorPostgres::sessionHasContractSettings()
{
    QFETCH(QByteArray, setting);
    QFETCH(QByteArray, value);
    QCOMPARE(single("SELECT current_setting($1::text)", {setting.toStdString()}), Strings{value.toStdString()});
}

void TestExecutorPostgres::parametersRoundTrip_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("parameter");
    QTest::addColumn<QByteArray>("text");
    const auto same = [](const char *name, const char *type, const QByteArray &value) {
        QTest::addRow("%s", name) << QByteArray(type) << value << value;
    };
    same("text plain", "text", "hello");
    same("text quotes", "text", "it's \"quoted\" ''");
    same("text backslashes", "text", "a\\b\\\\c\\'");
    same("text unicode", "text", "é漢字🙂 \xe2\x80\xae \xe2\x80\xa8");
    same("text control characters", "text", "tab\tnewline\ncr\r\x01");
    same("text placeholders", "text", "$1 ? :name ::int %s");
    same("text empty", "text", "");
    same("numeric keeps scale", "numeric", "18.50");
    same("numeric negative", "numeric", "-0.000001");
    same("bigint", "bigint", "9223372036854775807");
    same("integer", "integer", "-2147483648");
    QTest::addRow("double precision") << QByteArray("double precision") << QByteArray("1.5e300") << QByteArray("1.5e+300");
    same("boolean", "boolean", "true");
    QTest::addRow("uuid lower-cased") << QByteArray("uuid") << QByteArray("A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11")
                                      << QByteArray("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
    same("date", "date", "2024-02-29");
    QTest::addRow("timestamptz in UTC") << QByteArray("timestamptz") << QByteArray("2024-01-02T03:04:05.5+02:00")
                                        << QByteArray("2024-01-02 01:04:05.5+00");
    same("inet", "inet", "192.168.0.1/24");
    QTest::addRow("inet v6") << QByteArray("inet") << QByteArray("fe80::1") << QByteArray("fe80::1/128");
    same("macaddr", "macaddr", "08:00:2b:01:02:03");
    same("ltree", "ltree", "top.science.astronomy");
    same("lquery", "lquery", "*.science.*");
    same("daterange", "daterange", "[2024-01-01,2024-02-01)");
    QTest::addRow("jsonb normalised") << QByteArray("jsonb") << QByteArray("{\"b\": 1, \"a\": [1, 2.50, \"\\u00e9\"]}")
                                      << QByteArray("{\"a\": [1, 2.50, \"é\"], \"b\": 1}");
    same("text[]", "text[]", "{\"a,b\",\"c\\\"d\",e,\"\\\\\",NULL,\"NULL\"}");
    same("inet[]", "inet[]", "{10.0.0.0/8,fe80::/10}");
    same("jsonb[]", "jsonb[]", "{\"[\\\"x\\\"]\",[1]}");
    same("numeric[]", "numeric[]", "{1,2.50}");
    same("uuid[] empty", "uuid[]", "{}");
}

void TestExecutorPostgres::parametersRoundTrip()
{
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, parameter);
    QFETCH(QByteArray, text);
    const std::string sql = "SELECT ($1::" + type.toStdString() + ")::text";
    const ExecutionResult result = run({{sql, {parameter.toStdString()}}});
    QVERIFY2(!result.statements[0].error, result.statements[0].error->message.c_str());
    QCOMPARE(result.statements[0].rows.size(), 1u);
    QCOMPARE(bytes(std::string(result.statements[0].rows[0])), text);
}

void TestExecutorPostgres::fetchesDemoDocuments()
{
    const std::string sql = "SELECT \"data\"::text FROM \"app\".\"v_user\" ORDER BY \"id\" ASC NULLS LAST LIMIT $1::bigint";
    const Strings rows = single(sql, {"20"});
    QCOMPARE(rows.size(), 20u);
    for (const std::string &row : rows)
        QVERIFY(row.starts_with('{'));
    // The same statement again reuses the prepared statement and gives the same bytes.
    QCOMPARE(single(sql, {"20"}), rows);
    // NULL rows are dropped; other texts are kept for the writer to judge.
    QCOMPARE(single("SELECT v FROM (VALUES ('{\"a\": 1}'), (NULL), ('[1]'), ('2')) AS t (v)"),
             (Strings{"{\"a\": 1}", "[1]", "2"}));
}

void TestExecutorPostgres::severalStatementsShareOneSnapshot()
{
    const ExecutionResult result = run({{"SELECT now()::text", {}},
                                        {"SELECT current_setting($1::text)", {"transaction_isolation"}},
                                        {"SELECT current_setting($1::text)", {"transaction_read_only"}},
                                        {"SELECT pg_sleep(0.01)::text || now()::text", {}}});
    for (const StatementResult &statement : result.statements)
        QVERIFY2(!statement.error, statement.error->message.c_str());
    QCOMPARE(test::rowTexts(result.statements[1]), Strings{"repeatable read"});
    QCOMPARE(test::rowTexts(result.statements[2]), Strings{"on"});
    QCOMPARE(test::rowTexts(result.statements[3]), test::rowTexts(result.statements[0])); // void text + the same now()
}

void TestExecutorPostgres::singleStatementRunsAlone()
{
    QCOMPARE(single("SELECT current_setting($1::text)", {"transaction_isolation"}), Strings{"read committed"});
}

void TestExecutorPostgres::statementErrorKeepsSqlstate_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QByteArray>("parameter");
    QTest::addColumn<QByteArray>("sqlstate");
    QTest::addColumn<QByteArray>("message");
    QTest::addRow("bad numeric text") << QByteArray("SELECT ($1::numeric)::text") << QByteArray("abc") << QByteArray("22P02")
                                      << QByteArray("Database error: invalid input syntax for type numeric: \"abc\"");
    QTest::addRow("invalid regex") << QByteArray("SELECT ('a' ~ $1::text)::text") << QByteArray("(") << QByteArray("2201B")
                                   << QByteArray("Database error: invalid regular expression: parentheses () not balanced");
    QTest::addRow("missing relation") << QByteArray("SELECT \"data\"::text FROM \"public\".\"v_missing\" WHERE ($1::text IS NULL)")
                                      << QByteArray("x") << QByteArray("42P01")
                                      << QByteArray("Database error: relation \"public.v_missing\" does not exist");
    QTest::addRow("bad lquery") << QByteArray("SELECT ($1::lquery)::text") << QByteArray("a..b") << QByteArray("42601")
                                << QByteArray("Database error: lquery syntax error at character 3");
    QTest::addRow("document type") << QByteArray("SELECT (jsonb_array_length($1::jsonb))::text") << QByteArray("{}")
                                   << QByteArray("22023") << QByteArray("Database error: cannot get array length of a non-array");
}

void TestExecutorPostgres::statementErrorKeepsSqlstate()
{
    QFETCH(QByteArray, sql);
    QFETCH(QByteArray, parameter);
    const ExecutionResult result = run({{sql.toStdString(), {parameter.toStdString()}}});
    const StatementResult &statement = result.statements[0];
    QCOMPARE(statement.status, StatementStatus::Failed);
    QVERIFY(statement.error);
    QCOMPARE(statement.error->code, ErrorCode::DatabaseError);
    QTEST(bytes(statement.error->sqlstate), "sqlstate");
    QTEST(bytes(statement.error->message), "message");
    QCOMPARE(statement.error->path, Strings{"f0"});
    QCOMPARE(statement.error->locations, (std::vector<SourceLocation>{{1, 3}}));
}

void TestExecutorPostgres::failureRollsBackAndConnectionStaysUsable()
{
    const Statement first{"SELECT $1::text", {"one"}};
    const Statement third{"SELECT $1::text || 'three'", {"x"}};
    const ExecutionResult failed = run({first, {"SELECT ($1::integer)::text", {"2.5"}}, third});
    QCOMPARE(failed.statements[0].status, StatementStatus::Succeeded);
    QCOMPARE(failed.statements[1].status, StatementStatus::Failed);
    QCOMPARE(bytes(failed.statements[1].error->sqlstate), QByteArray("22P02"));
    QCOMPARE(failed.statements[2].status, StatementStatus::NotExecuted);
    QVERIFY(!failed.statements[2].sent);
    QCOMPARE(bytes(failed.statements[2].error->message),
             QByteArray("Not executed because an earlier statement in this request failed."));
    QVERIFY(failed.statements[2].error->sqlstate.empty());
    // The same connection (this thread's idle one) is back outside any transaction, and the
    // statements prepared inside the rolled-back transaction still run.
    const ExecutionResult again = run({first, {"SELECT current_setting($1::text)", {"transaction_isolation"}}, third});
    for (const StatementResult &statement : again.statements)
        QVERIFY2(!statement.error, statement.error->message.c_str());
    QCOMPARE(test::rowTexts(again.statements[0]), Strings{"one"});
    QCOMPARE(test::rowTexts(again.statements[2]), Strings{"xthree"});
    QCOMPARE(single("SELECT current_setting($1::text)", {"transaction_isolation"}), Strings{"read committed"});
    QCOMPARE(m_pool->stats().connects, 1u);
}

void TestExecutorPostgres::statementTimeoutCancels()
{
    const ExecutionResult timedOut = run({{"SELECT pg_sleep(5)::text", {}}}, ExecutorOptions{std::chrono::milliseconds(100)});
    QCOMPARE(timedOut.statements[0].status, StatementStatus::Failed);
    QCOMPARE(bytes(timedOut.statements[0].error->sqlstate), QByteArray("57014"));
    QCOMPARE(bytes(timedOut.statements[0].error->message),
             QByteArray("Database error: canceling statement due to statement timeout"));
    QVERIFY(timedOut.micros < 3'000'000);
    // Inside a transaction too; then a request without a limit resets it on the same connection.
    const ExecutionResult inTransaction = run({{"SELECT 'a'", {}}, {"SELECT pg_sleep(5)::text", {}}},
                                              ExecutorOptions{std::chrono::milliseconds(100)});
    QCOMPARE(bytes(inTransaction.statements[1].error->sqlstate), QByteArray("57014"));
    QCOMPARE(single("SELECT current_setting($1::text)", {"statement_timeout"}), Strings{"0"});
    QCOMPARE(m_pool->stats().connects, 1u); // the cancelled statement did not cost the connection
}

QTEST_GUILESS_MAIN(TestExecutorPostgres)
#include "tst_executor_postgres.moc"
