#include "json_value.h"
#include "native_path.h"
#include "test_env.h"

#include <QRegularExpression>
#include <QTest>

#include <future>
#include <thread>

using namespace graft::harness;
using namespace Qt::StringLiterals;

namespace {

constexpr const char* kTenant = R"({"tenant":"7e57a000-0000-4000-8000-000000000001"})";

/// The DSN of the contract fixture database (graft_contract) in the test server.
std::string contractDsn()
{
    QString dsn = graft::test::testDsn();
    dsn.replace(QRegularExpression(QStringLiteral("dbname=\\S+")), QStringLiteral("dbname=graft_contract"));
    return dsn.toStdString();
}

std::string contractSchema()
{
    return QString(graft::test::sourceDir() + QStringLiteral("/tests/fixtures/contract/schema.graphql")).toStdString();
}

Case makeCase(std::string query, std::optional<std::string> variables = std::nullopt, std::string context = "{}")
{
    Case c;
    c.id = "x";
    c.query = std::move(query);
    c.variables = std::move(variables);
    c.context = std::move(context);
    return c;
}

/// The `errors` member of a response body, as compact JSON ("[]" when it has none).
std::string errorsOf(const std::string& body)
{
    const JsonParseResult parsed = parseJson(body);
    const JsonValue* errors = parsed.value ? parsed.value->member("errors") : nullptr;
    return errors ? writeJson(*errors) : std::string("[]");
}

} // namespace

class TstNativePath : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void answersWorkedExamples_data();
    void answersWorkedExamples();
    void reportsErrorsAsTheResponseCarriesThem_data();
    void reportsErrorsAsTheResponseCarriesThem();
    void cacheModesChangeOnlyTheCacheOutcome_data();
    void cacheModesChangeOnlyTheCacheOutcome();
    void answersTheSameFromManyThreads();
    void appliesTheConfigurationObject();
    void refusesBadConfigurationAndSchema();

private:
    std::unique_ptr<NativePath> m_path;
};

void TstNativePath::initTestCase()
{
    QVERIFY2(!graft::test::testDsn().isEmpty(), "no test database: run through ctest (fixtures postgres, contract_db)");
    NativeConfig config;
    config.schemaPath = contractSchema();
    config.dsn = contractDsn();
    config.workers = 8;  // this thread and the six of answersTheSameFromManyThreads
    std::string error;
    m_path = NativePath::create(config, &error);
    QVERIFY2(m_path, error.c_str());
    QVERIFY(QString::fromStdString(m_path->name()).startsWith(QStringLiteral("native")));
}

void TstNativePath::answersWorkedExamples_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("variables");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<QString>("params");  // "type text|type text" per statement, statements joined by "||"
    QTest::addColumn<QString>("response");

    QTest::addRow("E2") << u"{ users(where: {age: {gte: 18, lt: 65}, firstName: {eq: \"Al\"}}) { firstName } }"_s << QString()
                        << u"{}"_s
                        << QStringList{u"SELECT \"data\"::text FROM \"public\".\"v_user\" WHERE ((((\"data\"->>'age')::numeric >= $1::numeric) AND ((\"data\"->>'age')::numeric < $2::numeric)) AND (\"data\"->>'first_name' = $3::text))"_s}
                        << u"numeric 18|numeric 65|text Al"_s << u"{\"data\":{\"users\":[{\"firstName\":\"Al\"}]}}"_s;
    QTest::addRow("E14") << u"{ users(orderBy: [{age: DESC}, {homeAddress: {city: ASC_NULLS_FIRST}}], limit: 2, offset: 1) { firstName } }"_s
                         << QString() << u"{}"_s
                         << QStringList{u"SELECT \"data\"::text FROM \"public\".\"v_user\" ORDER BY (\"data\"->>'age')::numeric DESC NULLS FIRST, \"data\"->'home_address'->>'city' ASC NULLS FIRST, \"id\" ASC NULLS LAST LIMIT $1::bigint OFFSET $2::bigint"_s}
                         << u"bigint 2|bigint 1"_s << u"{\"data\":{\"users\":[{\"firstName\":\"Al\"},{\"firstName\":\"Bea\"}]}}"_s;
    QTest::addRow("E16") << u"query Q($w: UserWhereInput, $n: Int = 5) { users(where: $w, limit: $n) { firstName } }"_s
                         << u"{\"w\":{\"score\":{\"gt\":1e16},\"age\":{\"eq\":null},\"firstName\":{\"in\":\"Al\"}}}"_s << u"{}"_s
                         << QStringList{u"SELECT \"data\"::text FROM \"public\".\"v_user\" WHERE (((\"data\"->>'score')::numeric > $1::numeric) AND (\"data\"->>'first_name' = ANY($2::text[]))) LIMIT $3::bigint"_s}
                         << u"numeric 1e+16|text[] {\"Al\"}|bigint 5"_s << u"{\"data\":{\"users\":[]}}"_s;
    QTest::addRow("E17") << u"{ user(id: \"11111111-1111-4111-8111-111111111111\") { firstName score homeAddress { zipCode geo { lat } } tags meta } }"_s
                         << QString() << u"{}"_s
                         << QStringList{u"SELECT \"data\"::text FROM \"public\".\"v_user\" WHERE (\"id\" = $1::uuid)"_s}
                         << u"uuid 11111111-1111-4111-8111-111111111111"_s
                         << u"{\"data\":{\"user\":{\"firstName\":\"Al\",\"score\":1.50,\"homeAddress\":{\"zipCode\":\"75001\",\"geo\":{\"lat\":48.85}},\"tags\":[\"admin\",\"ops\"],\"meta\":{\"plan\":\"pro\",\"seats\":5}}}}"_s;
    QTest::addRow("E19") << u"{ a: users(where: {age: {gt: 60}}) { firstName } dev: device(id: \"d0000000-0000-4000-8000-000000000002\") { hostname ipAddress } __typename }"_s
                         << QString() << QString::fromUtf8(kTenant)
                         << QStringList{u"SELECT \"data\"::text FROM \"public\".\"v_user\" WHERE ((\"data\"->>'age')::numeric > $1::numeric)"_s,
                                        u"SELECT \"doc\"::text FROM \"inventory\".\"v_device\" WHERE (\"tenant_id\" = $1::uuid) AND (\"id\" = $2::uuid)"_s}
                         << u"numeric 60||uuid 7e57a000-0000-4000-8000-000000000001|uuid d0000000-0000-4000-8000-000000000002"_s
                         << u"{\"data\":{\"a\":[{\"firstName\":\"Cy\"}],\"dev\":{\"hostname\":\"web-1\",\"ipAddress\":\"203.0.113.7\"},\"__typename\":\"Query\"}}"_s;
}

void TstNativePath::answersWorkedExamples()
{
    QFETCH(QString, query);
    QFETCH(QString, variables);
    QFETCH(QString, context);
    QFETCH(QStringList, sql);
    QFETCH(QString, params);
    QFETCH(QString, response);
    const Outcome o = m_path->execute(makeCase(query.toStdString(),
                                               variables.isNull() ? std::nullopt : std::optional(variables.toStdString()),
                                               context.toStdString()));
    QCOMPARE(o.status, RunStatus::Ok);
    QCOMPARE(o.report.sql.size(), std::size_t(sql.size()));
    for (qsizetype i = 0; i < sql.size(); ++i)
        QCOMPARE(QString::fromStdString(o.report.sql[std::size_t(i)]), sql[i]);
    QStringList actual;
    for (const std::vector<Param>& statement : o.report.params) {
        QStringList texts;
        for (const Param& p : statement)
            texts << QString::fromStdString(p.type + " " + p.text);
        actual << texts.join(u'|');
    }
    QCOMPARE(actual.join(u"||"), params);
    QVERIFY(o.report.response);
    QCOMPARE(QString::fromStdString(*o.report.response), response);
    QCOMPARE(o.report.errors, std::string("[]"));
    QVERIFY(o.report.cache == CacheStatus::Miss || o.report.cache == CacheStatus::Hit);
    QVERIFY(o.report.timings.parse > 0 || o.report.timings.validate > 0);
    QVERIFY(o.report.timings.execute > 0);
}

void TstNativePath::reportsErrorsAsTheResponseCarriesThem_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("context");
    QTest::addColumn<int>("statements");
    QTest::addColumn<QString>("errors");

    QTest::addRow("X1 parse") << u"{ users { firstName }"_s << u"{}"_s << 0
                              << u"[{\"message\":\"Syntax Error: Expected Name, found <EOF>.\",\"locations\":[{\"line\":1,\"column\":22}],\"extensions\":{\"code\":\"GRAPHQL_PARSE_FAILED\"}}]"_s;
    QTest::addRow("X2 validation") << u"{ users { firstName nickname } }"_s << u"{}"_s << 0
                                   << u"[{\"message\":\"Cannot query field 'nickname' on type 'User'. Did you mean 'firstName'?\",\"locations\":[{\"line\":1,\"column\":21}],\"extensions\":{\"code\":\"GRAPHQL_VALIDATION_FAILED\"}}]"_s;
    QTest::addRow("X7 field") << u"{ users(limit: 50000) { firstName } }"_s << u"{}"_s << 0
                              << u"[{\"message\":\"Argument \\\"limit\\\" must not exceed 10000.\",\"locations\":[{\"line\":1,\"column\":3}],\"path\":[\"users\"],\"extensions\":{\"code\":\"BAD_USER_INPUT\"}}]"_s;
    QTest::addRow("X9 tenancy") << u"{ users(orderBy: {age: ASC}, limit: 1) { firstName } device(id: \"d0000000-0000-4000-8000-000000000001\") { hostname } }"_s
                                << u"{}"_s << 1
                                << u"[{\"message\":\"Tenant context is required for type \\\"Device\\\".\",\"locations\":[{\"line\":1,\"column\":54}],\"path\":[\"device\"],\"extensions\":{\"code\":\"FORBIDDEN\"}}]"_s;
    QTest::addRow("X10 database") << u"{ users(where: {firstName: {matches: \"(\"}}) { firstName } }"_s << u"{}"_s << 1
                                  << u"[{\"message\":\"Database error: invalid regular expression: parentheses () not balanced\",\"locations\":[{\"line\":1,\"column\":3}],\"path\":[\"users\"],\"extensions\":{\"code\":\"DATABASE_ERROR\",\"sqlstate\":\"2201B\"}}]"_s;
}

void TstNativePath::reportsErrorsAsTheResponseCarriesThem()
{
    QFETCH(QString, query);
    QFETCH(QString, context);
    QFETCH(int, statements);
    QFETCH(QString, errors);
    const Outcome o = m_path->execute(makeCase(query.toStdString(), std::nullopt, context.toStdString()));
    QCOMPARE(o.status, RunStatus::Ok);
    QCOMPARE(o.report.sql.size(), std::size_t(statements));
    QCOMPARE(o.report.params.size(), std::size_t(statements));
    QCOMPARE(QString::fromStdString(o.report.errors), errors);
    QVERIFY(o.report.response);
    QCOMPARE(o.report.errors, errorsOf(*o.report.response));
    if (statements == 0 && !query.contains(u"limit: 50000"))
        QCOMPARE(o.report.cache, CacheStatus::Bypass);
}

void TstNativePath::cacheModesChangeOnlyTheCacheOutcome_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("variables");
    QTest::addColumn<QString>("context");
    QTest::addColumn<bool>("planned");

    QTest::addRow("E16 variables") << u"query Q($w: UserWhereInput, $n: Int = 5) { users(where: $w, limit: $n) { firstName } }"_s
                                   << u"{\"w\":{\"score\":{\"gt\":1e16},\"age\":{\"eq\":null},\"firstName\":{\"in\":\"Al\"}}}"_s
                                   << u"{}"_s << true;
    QTest::addRow("E13 network") << u"{ devices(where: {location: {descendantOf: \"eu\", depthGt: 2, matchesLquery: \"*.paris\"}, ipAddress: {inSubnet: \"10.0.0.0/8\", isPublic: false}, ports: {anyEq: 443}}) { hostname } }"_s
                                 << QString() << QString::fromUtf8(kTenant) << true;
    QTest::addRow("X2 before planning") << u"{ users { firstName nickname } }"_s << QString() << u"{}"_s << false;
}

void TstNativePath::cacheModesChangeOnlyTheCacheOutcome()
{
    QFETCH(QString, query);
    QFETCH(QString, variables);
    QFETCH(QString, context);
    QFETCH(bool, planned);
    const Case c = makeCase(query.toStdString(), variables.isNull() ? std::nullopt : std::optional(variables.toStdString()),
                            context.toStdString());
    const Outcome first = m_path->execute(c);
    QCOMPARE(first.status, RunStatus::Ok);
    // Twice each, so that a cold run really follows a warm one on the check engine.
    for (int round = 0; round < 2; ++round) {
        for (const auto& [mode, expected] : {std::pair{CacheMode::Cold, CacheStatus::Miss}, std::pair{CacheMode::Warm, CacheStatus::Hit},
                                             std::pair{CacheMode::Off, CacheStatus::Bypass}}) {
            const Outcome o = m_path->executeWithCache(c, mode);
            QCOMPARE(o.status, RunStatus::Ok);
            QCOMPARE(o.report.cache, planned ? expected : CacheStatus::Bypass);
            QCOMPARE(o.report.sql, first.report.sql);
            QCOMPARE(o.report.params, first.report.params);
            QCOMPARE(o.report.response, first.report.response);
            QCOMPARE(o.report.errors, first.report.errors);
        }
    }
}

void TstNativePath::answersTheSameFromManyThreads()
{
    const std::vector<Case> cases = {
        makeCase("{ users { firstName age } }"),
        makeCase("query ($a: Int) { users(where: {age: {gt: $a}}, orderBy: {age: ASC}) { firstName } }", R"({"a":18})"),
        makeCase("{ devices(orderBy: {hostname: ASC}) { hostname ports } }", std::nullopt, kTenant),
        makeCase("{ users(where: {firstName: {matches: \"(\"}}) { firstName } }"),
    };
    std::vector<Outcome> expected;
    for (const Case& c : cases)
        expected.push_back(m_path->execute(c));
    std::vector<std::future<int>> workers;
    for (int t = 0; t < 6; ++t) {
        workers.push_back(std::async(std::launch::async, [&, t] {
            int mismatches = 0;
            for (int i = 0; i < 40; ++i) {
                const std::size_t k = std::size_t(i + t) % cases.size();
                const Outcome o = i % 10 == 0 ? m_path->executeWithCache(cases[k], CacheMode(i / 10 % 3)) : m_path->execute(cases[k]);
                if (o.status != RunStatus::Ok || o.report.sql != expected[k].report.sql || o.report.params != expected[k].report.params
                    || o.report.response != expected[k].report.response || o.report.errors != expected[k].report.errors)
                    ++mismatches;
            }
            return mismatches;
        }));
    }
    for (std::future<int>& w : workers)
        QCOMPARE(w.get(), 0);
    QCOMPARE(*expected[0].report.response,
             std::string(R"({"data":{"users":[{"firstName":"Al","age":42},{"firstName":"Bea","age":17},{"firstName":"Cy","age":70}]}})"));
}

void TstNativePath::appliesTheConfigurationObject()
{
    graft::EngineConfig config;
    std::string error;
    QVERIFY2(NativePath::applyConfigJson(R"({"maxLimit":5,"maxDepth":3,"planCache":false,"planCacheEntries":7,"defaultSchema":"x"})",
                                         config, &error),
             error.c_str());
    QCOMPARE(config.limits.maxLimit, std::int64_t(5));
    QCOMPARE(config.limits.maxDepth, std::size_t(3));
    QCOMPARE(config.planCache, false);
    QCOMPARE(config.planCacheEntries, std::size_t(7));
    QCOMPARE(config.defaultSchema, std::string("x"));

    NativeConfig native;
    native.schemaPath = contractSchema();
    native.dsn = contractDsn();
    native.configJson = R"({"maxLimit":5})";
    std::unique_ptr<NativePath> limited = NativePath::create(native, &error);
    QVERIFY2(limited, error.c_str());
    const Outcome o = limited->execute(makeCase("{ users(limit: 6) { firstName } }"));
    QVERIFY2(o.report.errors.find("must not exceed 5.") != std::string::npos, o.report.errors.c_str());
    QVERIFY(o.report.sql.empty());
}

void TstNativePath::refusesBadConfigurationAndSchema()
{
    graft::EngineConfig config;
    std::string error;
    QVERIFY(!NativePath::applyConfigJson("[]", config, &error));
    QVERIFY(!NativePath::applyConfigJson(R"({"maxLimit":-1})", config, &error));
    QVERIFY2(error.find("maxLimit") != std::string::npos, error.c_str());
    QVERIFY(!NativePath::applyConfigJson(R"({"maxDepth":1.5})", config, &error));
    QVERIFY(!NativePath::applyConfigJson(R"({"planCache":"on"})", config, &error));
    QVERIFY(!NativePath::applyConfigJson(R"({"maxLimits":5})", config, &error));
    QVERIFY2(error.find("unknown configuration key \"maxLimits\"") != std::string::npos, error.c_str());

    NativeConfig native;
    native.schemaPath = "/nonexistent/schema.graphql";
    QVERIFY(!NativePath::create(native, &error));
    QVERIFY2(error.find("native engine") != std::string::npos, error.c_str());
}

QTEST_GUILESS_MAIN(TstNativePath)
#include "tst_native_path.moc"
