// The executor's contract (CONTRACT §6) over FakeSqlRunner: statement order, the transaction around
// several statements, rollback and "Not executed", error placement, NULL rows, timings.
#include "exec/database_errors.h"
#include "exec/executor.h"
#include "fake_sql_runner.h"
#include "row_texts.h"

#include <QTest>

#include <string>
#include <vector>

using namespace graft;
using namespace graft::exec;
using graft::test::FakeSqlRunner;

namespace {

using Strings = std::vector<std::string>;

const std::string kBegin = "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY";

std::string sql(int i)
{
    return "SELECT \"data\"::text FROM \"public\".\"v" + std::to_string(i) + "\"";
}

/// `count` statements; statement i has parameter "p<i>", response key "f<i>" at line i+1, column 3.
struct Request {
    std::vector<std::string> texts;
    std::vector<std::vector<std::string>> parameters;
    std::vector<std::string> keys;
    std::vector<StatementRequest> statements;

    explicit Request(int count)
    {
        for (int i = 0; i < count; ++i) {
            texts.push_back(sql(i));
            parameters.push_back({"p" + std::to_string(i)});
            keys.push_back("f" + std::to_string(i));
        }
        for (int i = 0; i < count; ++i) {
            const auto at = static_cast<std::size_t>(i);
            statements.push_back(StatementRequest{texts[at], parameters[at], keys[at], SourceLocation{i + 1, 3}});
        }
    }
};

QByteArray joined(const Strings &items)
{
    QByteArray out;
    for (const std::string &item : items)
        out += QByteArray::fromStdString(item) + '\n';
    return out;
}

} // namespace

class TestExecutor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sendsStatementsInRootOrder_data();
    void sendsStatementsInRootOrder();
    void failureRollsBackAndSkipsTheRest_data();
    void failureRollsBackAndSkipsTheRest();
    void failedBeginFailsTheFirstStatement();
    void failedCommitFailsTheLastStatement();
    void keepsRowTextsButNotNullRows();
    void dropsRowsOfAFailedStatement();
    void setsTheStatementTimeoutOnlyWhenItChanges();
    void failedTimeoutSettingFailsTheFirstStatement();
    void noStatementsSendNothing();
    void databaseErrorKeepsTheFirstLine_data();
    void databaseErrorKeepsTheFirstLine();
};

void TestExecutor::sendsStatementsInRootOrder_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QByteArray>("sent");
    QTest::addRow("one statement runs alone") << 1 << joined({sql(0)});
    QTest::addRow("two share one snapshot") << 2 << joined({kBegin, sql(0), sql(1), "COMMIT"});
    QTest::addRow("four in order") << 4 << joined({kBegin, sql(0), sql(1), sql(2), sql(3), "COMMIT"});
}

void TestExecutor::sendsStatementsInRootOrder()
{
    QFETCH(int, count);
    QFETCH(QByteArray, sent);
    FakeSqlRunner runner;
    Request request(count);
    const ExecutionResult result = Executor().execute(runner, request.statements);
    QCOMPARE(joined(runner.sent()), sent);
    QCOMPARE(result.statements.size(), static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        const StatementResult &statement = result.statements[static_cast<std::size_t>(i)];
        QCOMPARE(statement.status, StatementStatus::Succeeded);
        QVERIFY(statement.sent);
        QVERIFY(!statement.error);
    }
    for (const FakeSqlRunner::Call &call : runner.calls()) {
        if (call.kind == FakeSqlRunner::Call::Kind::Run)
            QCOMPARE(call.parameters, Strings{"p" + call.sql.substr(call.sql.size() - 2, 1)});
    }
}

void TestExecutor::failureRollsBackAndSkipsTheRest_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("failing");
    QTest::addColumn<QByteArray>("sent");
    QTest::addRow("single statement") << 1 << 0 << joined({sql(0)});
    QTest::addRow("first of three") << 3 << 0 << joined({kBegin, sql(0), "ROLLBACK"});
    QTest::addRow("second of three") << 3 << 1 << joined({kBegin, sql(0), sql(1), "ROLLBACK"});
    QTest::addRow("last of three") << 3 << 2 << joined({kBegin, sql(0), sql(1), sql(2), "ROLLBACK"});
}

void TestExecutor::failureRollsBackAndSkipsTheRest()
{
    QFETCH(int, count);
    QFETCH(int, failing);
    QFETCH(QByteArray, sent);
    FakeSqlRunner runner;
    runner.addError(sql(failing), FakeSqlRunner::databaseError("invalid regular expression: parentheses () not balanced", "2201B"));
    Request request(count);
    const ExecutionResult result = Executor().execute(runner, request.statements);
    QCOMPARE(joined(runner.sent()), sent);
    for (int i = 0; i < count; ++i) {
        const StatementResult &statement = result.statements[static_cast<std::size_t>(i)];
        if (i < failing) {
            QCOMPARE(statement.status, StatementStatus::Succeeded);
            continue;
        }
        QVERIFY(statement.error);
        QCOMPARE(statement.error->code, ErrorCode::DatabaseError);
        QCOMPARE(statement.error->path, Strings{"f" + std::to_string(i)});
        QCOMPARE(statement.error->locations, (std::vector<SourceLocation>{{i + 1, 3}}));
        if (i == failing) {
            QCOMPARE(statement.status, StatementStatus::Failed);
            QVERIFY(statement.sent);
            QCOMPARE(QByteArray::fromStdString(statement.error->message), QByteArray("Database error: invalid regular expression: parentheses () not balanced"));
            QCOMPARE(QByteArray::fromStdString(statement.error->sqlstate), QByteArray("2201B"));
        } else {
            QCOMPARE(statement.status, StatementStatus::NotExecuted);
            QVERIFY(!statement.sent);
            QCOMPARE(statement.micros, 0);
            QCOMPARE(QByteArray::fromStdString(statement.error->message), QByteArray("Not executed because an earlier statement in this request failed."));
            QCOMPARE(QByteArray::fromStdString(statement.error->sqlstate), QByteArray(""));
        }
    }
}

void TestExecutor::failedBeginFailsTheFirstStatement()
{
    FakeSqlRunner runner;
    runner.addError(kBegin, connectionFailure());
    Request request(2);
    const ExecutionResult result = Executor().execute(runner, request.statements);
    QCOMPARE(joined(runner.sent()), joined({kBegin}));
    QCOMPARE(result.statements[0].status, StatementStatus::Failed);
    QCOMPARE(QByteArray::fromStdString(result.statements[0].error->message), QByteArray("Database error: connection failure"));
    QCOMPARE(QByteArray::fromStdString(result.statements[0].error->sqlstate), QByteArray("08006"));
    QVERIFY(result.statements[0].sent);
    QCOMPARE(result.statements[1].status, StatementStatus::NotExecuted);
}

void TestExecutor::failedCommitFailsTheLastStatement()
{
    FakeSqlRunner runner;
    runner.addRows(sql(0), {"{\"a\":1}"});
    runner.addRows(sql(1), {"{\"b\":2}"});
    runner.addError("COMMIT", connectionFailure());
    Request request(2);
    const ExecutionResult result = Executor().execute(runner, request.statements);
    QCOMPARE(joined(runner.sent()), joined({kBegin, sql(0), sql(1), "COMMIT"}));
    QCOMPARE(result.statements[0].status, StatementStatus::Succeeded);
    QCOMPARE(test::rowTexts(result.statements[0]), Strings{"{\"a\":1}"});
    QCOMPARE(result.statements[1].status, StatementStatus::Failed);
    QVERIFY(result.statements[1].rows.empty());
    QCOMPARE(QByteArray::fromStdString(result.statements[1].error->sqlstate), QByteArray("08006"));
    QCOMPARE(result.statements[1].error->path, Strings{"f1"});
}

void TestExecutor::keepsRowTextsButNotNullRows()
{
    FakeSqlRunner runner;
    runner.addRows(sql(0), {"{\"id\":1}", std::nullopt, "[1, 2]", "\"text\"", "{}", std::nullopt, "{\"é\":\"\\u0000\"}"});
    Request request(1);
    const ExecutionResult result = Executor().execute(runner, request.statements);
    QCOMPARE(result.statements[0].status, StatementStatus::Succeeded);
    QCOMPARE(test::rowTexts(result.statements[0]), (Strings{"{\"id\":1}", "[1, 2]", "\"text\"", "{}", "{\"é\":\"\\u0000\"}"}));
}

void TestExecutor::dropsRowsOfAFailedStatement()
{
    FakeSqlRunner runner;
    runner.addRows(sql(0), {"{\"id\":1}", "{\"id\":2}"});
    runner.addError(sql(0), FakeSqlRunner::databaseError("division by zero", "22012"));
    Request request(1);
    const ExecutionResult result = Executor().execute(runner, request.statements);
    QCOMPARE(result.statements[0].status, StatementStatus::Failed);
    QVERIFY(result.statements[0].rows.empty());
    QCOMPARE(QByteArray::fromStdString(result.statements[0].error->message), QByteArray("Database error: division by zero"));
}

void TestExecutor::setsTheStatementTimeoutOnlyWhenItChanges()
{
    FakeSqlRunner runner;
    Request request(1);
    Executor(ExecutorOptions{std::chrono::milliseconds(250)}).execute(runner, request.statements);
    Executor(ExecutorOptions{std::chrono::milliseconds(250)}).execute(runner, request.statements);
    Executor().execute(runner, request.statements);
    std::vector<std::int64_t> timeouts;
    for (const FakeSqlRunner::Call &call : runner.calls()) {
        if (call.kind == FakeSqlRunner::Call::Kind::StatementTimeout)
            timeouts.push_back(call.timeoutMs);
    }
    QCOMPARE(timeouts, (std::vector<std::int64_t>{250, 0}));
    QCOMPARE(runner.sent().size(), 3u);
}

void TestExecutor::failedTimeoutSettingFailsTheFirstStatement()
{
    FakeSqlRunner runner;
    runner.failStatementTimeout(connectionFailure());
    Request request(3);
    const ExecutionResult result = Executor(ExecutorOptions{std::chrono::milliseconds(10)}).execute(runner, request.statements);
    QVERIFY(runner.sent().empty());
    QCOMPARE(result.statements[0].status, StatementStatus::Failed);
    QCOMPARE(QByteArray::fromStdString(result.statements[0].error->sqlstate), QByteArray("08006"));
    QCOMPARE(result.statements[2].status, StatementStatus::NotExecuted);
}

void TestExecutor::noStatementsSendNothing()
{
    FakeSqlRunner runner;
    const ExecutionResult result = Executor(ExecutorOptions{std::chrono::milliseconds(10)}).execute(runner, {});
    QVERIFY(result.statements.empty());
    QVERIFY(runner.calls().empty());
}

void TestExecutor::databaseErrorKeepsTheFirstLine_data()
{
    QTest::addColumn<QByteArray>("primary");
    QTest::addColumn<QByteArray>("message");
    QTest::addRow("one line") << QByteArray("relation \"x\" does not exist") << QByteArray("Database error: relation \"x\" does not exist");
    QTest::addRow("two lines") << QByteArray("first\nsecond") << QByteArray("Database error: first");
    QTest::addRow("empty") << QByteArray() << QByteArray("Database error: ");
}

void TestExecutor::databaseErrorKeepsTheFirstLine()
{
    QFETCH(QByteArray, primary);
    QFETCH(QByteArray, message);
    const Error error = databaseError(primary.toStdString(), "XX000");
    QCOMPARE(QByteArray::fromStdString(error.message), message);
    QCOMPARE(QByteArray::fromStdString(error.sqlstate), QByteArray("XX000"));
    QVERIFY(error.locations.empty());
}

QTEST_GUILESS_MAIN(TestExecutor)
#include "tst_executor.moc"
