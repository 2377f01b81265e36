#include "graft/engine.h"
#include "test_env.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>
#include <optional>
#include <string>

using namespace graft;

// Introspection through graft::Engine (no database needed) against the legacy path's answers,
// recorded by data/gen_introspection_cases.py (graphql-core 3.2.6 on the contract schema).
class TestIntrospection : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matchesLegacyPath_data();
    void matchesLegacyPath();
    void sameBytesWithCacheOffColdWarm();

private:
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<Engine> m_uncached;
};

namespace {

QString contractSchema()
{
    return test::sourceDir() + QStringLiteral("/tests/fixtures/contract/schema.graphql");
}

std::unique_ptr<Engine> makeEngine(bool planCache)
{
    EngineConfig config;
    config.schemaFile = contractSchema().toStdString();
    config.planCache = planCache;
    auto engine = Engine::create(config);
    return engine ? std::move(engine).value() : nullptr;
}

} // namespace

void TestIntrospection::initTestCase()
{
    m_engine = makeEngine(true);
    m_uncached = makeEngine(false);
    QVERIFY(m_engine && m_uncached);
}

void TestIntrospection::matchesLegacyPath_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("variables");
    QTest::addColumn<QByteArray>("expected");
    QFile file(test::sourceDir() + QStringLiteral("/tests/engine/data/introspection_cases.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).array();
    QVERIFY(cases.size() >= 19);
    for (const QJsonValue &value : cases) {
        const QJsonObject c = value.toObject();
        QTest::addRow("%s", qPrintable(c.value(QStringLiteral("name")).toString()))
            << c.value(QStringLiteral("query")).toString() << c.value(QStringLiteral("variables")).toString()
            << c.value(QStringLiteral("response")).toString().toUtf8();
    }
}

void TestIntrospection::matchesLegacyPath()
{
    QFETCH(QString, query);
    QFETCH(QString, variables);
    QFETCH(QByteArray, expected);
    const std::string variablesText = variables.toStdString();
    const std::optional<std::string_view> vars =
        variables.isEmpty() ? std::nullopt : std::optional<std::string_view>(variablesText);
    const Response response = m_engine->execute(query.toStdString(), vars);
    QCOMPARE(QByteArray::fromStdString(response.body), expected);
    QVERIFY(response.sql.empty());
    // A second run is served from the plan cache (or bypasses it for request errors): same bytes.
    QCOMPARE(QByteArray::fromStdString(m_engine->execute(query.toStdString(), vars).body), expected);
    QCOMPARE(QByteArray::fromStdString(m_uncached->execute(query.toStdString(), vars).body), expected);
}

void TestIntrospection::sameBytesWithCacheOffColdWarm()
{
    const std::string query = "{ a: __type(name: \"Geo\") { name } __typename }";
    const Response cold = m_engine->execute(query);
    const Response warm = m_engine->execute(query);
    const Response off = m_uncached->execute(query);
    QCOMPARE(cold.cache, CacheOutcome::Miss);
    QCOMPARE(warm.cache, CacheOutcome::Hit);
    QCOMPARE(off.cache, CacheOutcome::Bypass);
    QCOMPARE(warm.body, cold.body);
    QCOMPARE(off.body, cold.body);
    QCOMPARE(cold.body, std::string(R"({"data":{"a":{"name":"Geo"},"__typename":"Query"}})"));
}

QTEST_GUILESS_MAIN(TestIntrospection)
#include "tst_introspection.moc"
