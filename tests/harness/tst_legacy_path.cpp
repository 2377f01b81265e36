#include "legacy_path.h"
#include "test_env.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <future>
#include <thread>

using namespace graft::harness;

namespace {

/// The DSN of the contract fixture database (graft_contract) in the test server.
QString contractDsn()
{
    QString dsn = graft::test::testDsn();
    dsn.replace(QRegularExpression(QStringLiteral("dbname=\\S+")), QStringLiteral("dbname=graft_contract"));
    return dsn;
}

QStringList pythonPath()
{
    return QString::fromUtf8(GRAFT_DEFAULT_PYTHONPATH).split(u':', Qt::SkipEmptyParts);
}

Case makeCase(std::string query, std::optional<std::string> variables = std::nullopt)
{
    Case c;
    c.id = "x";
    c.query = std::move(query);
    c.variables = std::move(variables);
    return c;
}

const char* const kAdapterModule = R"(import time

class Adapter:
    def execute(self, query, variables, operation_name, context):
        if query == "boom":
            raise RuntimeError("adapter exploded")
        if query == "bad":
            return {"sql": 5}
        if query == "spin":
            for _ in range(1000):
                time.sleep(0.01)
        return {"sql": ["S"], "params": [[{"type": "text", "text": "t"}]], "response": query,
                "errors": [{"message": "m", "extensions": {"code": "C", "n": 1.5, "b": True}}],
                "timings": {"parse": 1, "validate": 2, "plan": 3, "execute": 4, "respond": 5}, "cache": "bypass"}


def create(schema_path, dsn, config):
    assert config == {"maxLimit": 5}, config
    return Adapter()
)";

} // namespace

class TstLegacyPath : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void executesAgainstTheContractDatabase();
    void reportsRequestErrors();
    void passesVariablesTextVerbatim();
    void allowsOneInterpreterAtATime();
    void splitsEntryPoints();
    void pluggedAdapterCrashesAreOutcomesAndCanBeInterrupted();

private:
    std::unique_ptr<LegacyPath> m_path;
};

void TstLegacyPath::initTestCase()
{
    QVERIFY2(!graft::test::testDsn().isEmpty(), "no test database: run through ctest (fixtures postgres, contract_db)");
    LegacyConfig config;
    config.schemaPath = graft::test::sourceDir() + QStringLiteral("/tests/fixtures/contract/schema.graphql");
    config.dsn = contractDsn();
    config.pythonPath = pythonPath();
    std::string error;
    m_path = LegacyPath::create(config, &error);
    QVERIFY2(m_path, error.c_str());
    QCOMPARE(m_path->name(), std::string("legacy graft_legacy:create"));
}

void TstLegacyPath::executesAgainstTheContractDatabase()
{
    const Outcome o = m_path->execute(makeCase("{ users(where: {age: {gt: 60}}) { firstName } }"));
    QCOMPARE(o.status, RunStatus::Ok);
    QCOMPARE(o.report.sql.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(o.report.sql[0]),
             QStringLiteral("SELECT \"data\"::text FROM \"public\".\"v_user\" WHERE ((\"data\"->>'age')::numeric > $1::numeric)"));
    QCOMPARE(o.report.params.size(), std::size_t(1));
    QCOMPARE(o.report.params[0], (std::vector<Param>{{"numeric", "60"}}));
    QVERIFY(o.report.response);
    QVERIFY(QString::fromStdString(*o.report.response).startsWith(QStringLiteral("{\"data\":{\"users\":[")));
    QCOMPARE(o.report.errors, std::string("[]"));
    QCOMPARE(o.report.cache, CacheStatus::Bypass);
    QVERIFY(o.report.timings.execute > 0);
}

void TstLegacyPath::reportsRequestErrors()
{
    const Outcome o = m_path->execute(makeCase("{ users { nope } }"));
    QCOMPARE(o.status, RunStatus::Ok);
    QVERIFY(o.report.sql.empty());
    QVERIFY(o.report.errors.find("GRAPHQL_VALIDATION_FAILED") != std::string::npos);
    QVERIFY(o.report.errors.find("\"locations\":[{\"line\":1,\"column\":11}]") != std::string::npos);
    QVERIFY(QString::fromStdString(*o.report.response).startsWith(QStringLiteral("{\"errors\":[")));
}

void TstLegacyPath::passesVariablesTextVerbatim()
{
    const Outcome o = m_path->execute(makeCase("query Q($a: Int) { users(where: {age: {eq: $a}}) { id } }", R"({"a":1e400})"));
    QCOMPARE(o.status, RunStatus::Ok);
    QVERIFY2(o.report.errors.find("Variables are invalid: number out of range.") != std::string::npos, o.report.errors.c_str());
    const Outcome exact = m_path->execute(makeCase("query Q($a: Int) { users(where: {age: {eq: $a}}) { id } }", R"({"a":1.0})"));
    QCOMPARE(exact.report.errors, std::string("[]"));
    QCOMPARE(exact.report.params[0], (std::vector<Param>{{"numeric", "1"}}));
}

void TstLegacyPath::allowsOneInterpreterAtATime()
{
    std::string error;
    QVERIFY(!LegacyPath::create(LegacyConfig{}, &error));
    QVERIFY(error.find("one embedded interpreter") != std::string::npos);
}

void TstLegacyPath::splitsEntryPoints()
{
    QCOMPARE(LegacyPath::splitEntryPoint("graft_legacy:create")->second, std::string("create"));
    QCOMPARE(LegacyPath::splitEntryPoint("pkg.mod:Factory.build")->first, std::string("pkg.mod"));
    QVERIFY(!LegacyPath::splitEntryPoint("graft_legacy"));
    QVERIFY(!LegacyPath::splitEntryPoint(":create"));
    QVERIFY(!LegacyPath::splitEntryPoint("a:b:c"));
}

void TstLegacyPath::pluggedAdapterCrashesAreOutcomesAndCanBeInterrupted()
{
    // Runs last: it replaces the interpreter with one serving a team's own adapter.
    m_path.reset();
    QTemporaryDir dir;
    QFile module(dir.filePath(QStringLiteral("team_adapter.py")));
    QVERIFY(module.open(QIODevice::WriteOnly));
    module.write(kAdapterModule);
    module.close();
    LegacyConfig config;
    config.schemaPath = QStringLiteral("unused.graphql");
    config.configJson = R"({"maxLimit": 5})";
    config.entryPoint = "team_adapter:create";
    config.pythonPath = QStringList{dir.path()} + pythonPath();
    std::string error;
    std::unique_ptr<LegacyPath> path = LegacyPath::create(config, &error);
    QVERIFY2(path, error.c_str());

    const Outcome ok = path->execute(makeCase("hello"));
    QCOMPARE(ok.status, RunStatus::Ok);
    QCOMPARE(*ok.report.response, std::string("hello"));
    QCOMPARE(ok.report.errors, std::string(R"([{"message":"m","extensions":{"code":"C","n":1.5,"b":true}}])"));
    QCOMPARE(ok.report.timings.respond, std::int64_t(5));

    const Outcome boom = path->execute(makeCase("boom"));
    QCOMPARE(boom.status, RunStatus::Crash);
    QVERIFY2(boom.detail.find("adapter exploded") != std::string::npos, boom.detail.c_str());
    QCOMPARE(path->execute(makeCase("bad")).status, RunStatus::Crash);

    std::future<Outcome> spinning = std::async(std::launch::async, [&] { return path->execute(makeCase("spin")); });
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    path->interrupt();
    QCOMPARE(spinning.wait_for(std::chrono::seconds(3)), std::future_status::ready);
    const Outcome interrupted = spinning.get();
    QCOMPARE(interrupted.status, RunStatus::Crash);
    QVERIFY2(interrupted.detail.find("KeyboardInterrupt") != std::string::npos, interrupted.detail.c_str());
    QCOMPARE(path->execute(makeCase("after")).status, RunStatus::Ok);  // the next call is not hit

    path.reset();
    config.entryPoint = "no_such_module_here:create";
    QVERIFY(!LegacyPath::create(config, &error));
    QVERIFY2(error.find("no_such_module_here") != std::string::npos, error.c_str());
}

QTEST_GUILESS_MAIN(TstLegacyPath)
#include "tst_legacy_path.moc"
