#include "case_comparator.h"
#include "fake_path.h"
#include "json_diff.h"
#include "run_report.h"
#include "shadow_runner.h"

#include <QTest>

#include <mutex>
#include <set>
#include <thread>

using namespace graft::harness;
using namespace graft::harness::test;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2025, 6, 1);
const std::string kUsers = bq("SELECT `data`::text FROM `public`.`v_user`");
const std::string kLike = kUsers + bq(" WHERE (`data`->>'first_name' LIKE $1::text)");
const std::string kOrdered = kUsers + bq(" ORDER BY (`data`->>'age')::numeric ASC NULLS LAST");
const std::string kTwoUsers = R"({"data":{"users":[{"id":1,"firstName":"Ann"},{"id":2,"firstName":"Bo"}]}})";
const std::string kTwoUsersSwapped = R"({"data":{"users":[{"id":2,"firstName":"Bo"},{"id":1,"firstName":"Ann"}]}})";
const std::string kDbError = R"([{"message":"Database error: x","locations":[{"line":1,"column":3}],"path":["users"],"extensions":{"code":"DATABASE_ERROR","sqlstate":"22P02"}}])";
const std::string kForbidden = R"([{"message":"Database error: x","locations":[{"line":1,"column":3}],"path":["users"],"extensions":{"code":"FORBIDDEN"}}])";

Case makeCase(const std::string& id, std::vector<std::string> tags = {"t"})
{
    Case c;
    c.id = id;
    c.query = "{ users { id } }";
    c.tags = std::move(tags);
    return c;
}

/// One case per kind of injected difference: the same legacy/native pair of FakePaths.
struct Injected {
    FakePath legacy{"legacy-fake"};
    FakePath native{"native-fake"};
    std::vector<Case> cases;

    void add(const std::string& id, SideReport l, SideReport n, std::vector<std::string> tags = {"t"})
    {
        legacy.script(id, {std::move(l)});
        native.script(id, {std::move(n)});
        cases.push_back(makeCase(id, std::move(tags)));
    }
};

std::vector<CaseResult> runAll(Injected& injected, RunnerOptions options = {}, bool withCache = false,
                               RunSummary* summaryOut = nullptr)
{
    ShadowRunner runner(injected.legacy, &injected.native, withCache ? &injected.native : nullptr, options);
    std::vector<CaseResult> results;
    const RunSummary summary = runner.run(injected.cases, [&](const CaseResult& r) { results.push_back(r); });
    if (summaryOut)
        *summaryOut = summary;
    return results;
}

const CaseResult& byId(const std::vector<CaseResult>& results, const std::string& id)
{
    for (const CaseResult& r : results) {
        if (r.id == id)
            return r;
    }
    qFatal("no result for %s", id.c_str());
}

QStringList kinds(const CaseResult& r)
{
    QStringList out;
    for (const Difference& d : r.differences)
        out << QString::fromUtf8(diffKindName(d.kind)) + u'@' + QString::fromStdString(d.pointer) + (d.noise ? u"~"_s : u""_s);
    return out;
}

/// A path that records the threads it is called from.
class ThreadRecordingPath : public QueryPath {
public:
    std::string name() const override { return "threads"; }
    Outcome execute(const Case& c) override
    {
        {
            const std::lock_guard lock(m_mutex);
            m_threads.insert(std::this_thread::get_id());
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(c.id.size() % 3));
        Outcome o;
        o.report = report(R"({"data":{"users":[]}})", {kUsers});
        o.report.timings.parse = 5;
        return o;
    }
    std::size_t threadCount() const
    {
        const std::lock_guard lock(m_mutex);
        return m_threads.size();
    }

private:
    mutable std::mutex m_mutex;
    std::set<std::thread::id> m_threads;
};

void everyKind(Injected& in)
{
    const std::string users = R"({"data":{"users":[{"id":1}]}})";
    in.add("match", report(users, {kLike}, {{{"text", "%a%"}}}), report(users, {kLike}, {{{"text", "%a%"}}}));
    in.add("sql", report(users, {kLike}), report(users, {kUsers + bq(" WHERE (`data`->>'first_name' ILIKE $1::text)")}));
    in.add("param", report(users, {kLike}, {{{"text", "%a%"}}}), report(users, {kLike}, {{{"text", "%A%"}}}));
    in.add("value", report(kTwoUsers, {kUsers}), report(R"({"data":{"users":[{"id":1,"firstName":"Ann"},{"id":2,"firstName":"Bob"}]}})", {kUsers}));
    in.add("key-order", report(kTwoUsers, {kUsers}), report(R"({"data":{"users":[{"firstName":"Ann","id":1},{"id":2,"firstName":"Bo"}]}})", {kUsers}));
    in.add("unordered-list", report(kTwoUsers, {kUsers}), report(kTwoUsersSwapped, {kUsers}));
    in.add("ordered-list", report(kTwoUsers, {kOrdered}), report(kTwoUsersSwapped, {kOrdered}));
    in.add("error-code", report(R"({"errors":[],"data":null})", {kUsers}, {}, kDbError),
           report(R"({"errors":[],"data":null})", {kUsers}, {}, kForbidden));
    in.add("legacy-error", report(R"({"data":null})", {kUsers}, {}, kDbError), report(R"({"data":null})", {kUsers}));
    in.add("native-error", report(R"({"data":null})", {kUsers}), report(R"({"data":null})", {kUsers}, {}, kDbError));
    in.add("serialization", report("{\"data\":{\"s\":\"\\u00e9\"}}"), report("{\"data\":{\"s\":\"\xc3\xa9\"}}"));
    // A nondeterministic field: the legacy side answers differently on every call.
    in.legacy.script("nondeterministic", {report(R"({"data":{"now":"1"}})"), report(R"({"data":{"now":"2"}})"),
                                          report(R"({"data":{"now":"3"}})")});
    in.native.script("nondeterministic", {report(R"({"data":{"now":"9"}})")});
    in.cases.push_back(makeCase("nondeterministic"));
    in.native.crashOn("native-crash");
    in.cases.push_back(makeCase("native-crash"));
}

} // namespace

class TstShadowRunner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void findsAndClassifiesEveryInjectedDifference_data();
    void findsAndClassifiesEveryInjectedDifference();
    void signaturesNameWhereAndWhich();
    void clustersBaselinesAndExitCodes();
    void failOnAnyGatesAcceptedDivergences();
    void timesOutAHangingSide();
    void cacheCheckFindsPlanCacheDivergence();
    void legacyStaysOnOneThreadWhileNativeUsesJobs();
    void repeatCollectsWarmRuns();
    void maxTimeLeavesTheRunIncomplete();
    void legacyOnlyRunsOneSide();
};

void TstShadowRunner::findsAndClassifiesEveryInjectedDifference_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QStringList>("differences");
    QTest::addRow("match") << "match" << "match" << QStringList();
    QTest::addRow("sql") << "sql" << "sql-divergence" << QStringList{u"sql@/sql/0"_s};
    QTest::addRow("param") << "param" << "param-divergence" << QStringList{u"params@/params/0/0/text"_s};
    QTest::addRow("value") << "value" << "response-divergence" << QStringList{u"multiset@/data/users"_s, u"value@/data/users/1/firstName"_s};
    QTest::addRow("key-order") << "key-order" << "response-divergence" << QStringList{u"key-order@/data/users/0"_s};
    QTest::addRow("list order without ORDER BY") << "unordered-list" << "match" << QStringList();
    QTest::addRow("list order with ORDER BY") << "ordered-list" << "response-divergence"
                                              << QStringList{u"value@/data/users/0/id"_s, u"value@/data/users/0/firstName"_s,
                                                             u"value@/data/users/1/id"_s, u"value@/data/users/1/firstName"_s};
    QTest::addRow("error code") << "error-code" << "error-divergence" << QStringList{u"value@/errors/0/extensions/code"_s, u"missing@/errors/0/extensions/sqlstate"_s};
    QTest::addRow("legacy-only error") << "legacy-error" << "legacy-only-error" << QStringList{u"length@/errors"_s, u"missing@/errors/0"_s};
    QTest::addRow("native-only error") << "native-error" << "native-only-error" << QStringList{u"length@/errors"_s, u"extra@/errors/0"_s};
    QTest::addRow("serialization") << "serialization" << "response-divergence" << QStringList{u"serialization@"_s};
    QTest::addRow("nondeterministic field") << "nondeterministic" << "noise" << QStringList{u"value@/data/now~"_s};
    QTest::addRow("crash") << "native-crash" << "native-crash" << QStringList();
}

void TstShadowRunner::findsAndClassifiesEveryInjectedDifference()
{
    QFETCH(QString, id);
    QFETCH(QString, outcome);
    QFETCH(QStringList, differences);
    Injected in;
    everyKind(in);
    const std::vector<CaseResult> results = runAll(in);
    QCOMPARE(results.size(), in.cases.size());
    const CaseResult& r = byId(results, id.toStdString());
    QCOMPARE(QString::fromUtf8(caseOutcomeName(r.outcome)), outcome);
    QCOMPARE(kinds(r), differences);
}

void TstShadowRunner::signaturesNameWhereAndWhich()
{
    Injected in;
    everyKind(in);
    const std::vector<CaseResult> results = runAll(in);
    QCOMPARE(byId(results, "sql").signature.key(), std::string("sql-divergence|/sql/*|public.v_user|LIKE"));
    QCOMPARE(byId(results, "param").signature.key(), std::string("param-divergence|/params/*/*/text|public.v_user|LIKE"));
    QCOMPARE(byId(results, "value").signature.key(), std::string("response-divergence|/data/users/*/firstName|users.firstName|"));
    QCOMPARE(byId(results, "error-code").signature.key(), std::string("error-divergence|/errors/*/extensions/code|users|DATABASE_ERROR"));
    QCOMPARE(byId(results, "native-error").signature.key(), std::string("native-only-error|/errors/*|users|DATABASE_ERROR"));
    QCOMPARE(byId(results, "native-crash").signature.key(), std::string("native-crash|||"));
    // Noise calibration ran each side twice more for the diverging cases only.
    QCOMPARE(in.legacy.calls("nondeterministic"), 3);
    QCOMPARE(in.native.calls("nondeterministic"), 3);
    QCOMPARE(in.legacy.calls("match"), 1);
    QCOMPARE(byId(results, "nondeterministic").noisePointers, (std::vector<std::string>{"/data/now"}));
}

void TstShadowRunner::clustersBaselinesAndExitCodes()
{
    Injected in;
    everyKind(in);
    in.add("value-2", report(kTwoUsers, {kUsers}), report(R"({"data":{"users":[{"id":1,"firstName":"Al"},{"id":2,"firstName":"Bo"}]}})", {kUsers}));
    std::string error;
    std::optional<Baseline> baseline = Baseline::parse(R"({"version":1,"entries":[
        {"case":"key-order","owner":"ana","reason":"keys","link":"https://x/1","expires":"2025-12-31"},
        {"signature":"sql-divergence|**|LIKE","owner":"bo","reason":"ilike"},
        {"path":"/data/users/*/firstName","owner":"cy","reason":"names"},
        {"case":"param","owner":"dee","reason":"expired","expires":"2025-01-01"},
        {"signature":"never|**","owner":"ed","reason":"unused"}]})", &error);
    QVERIFY2(baseline, error.c_str());
    RunInfo info;
    const RunReport built = ReportBuilder::build(info, runAll(in), &*baseline, kToday, {});
    // value and value-2 share one signature, hence one cluster of two.
    const auto cluster = std::find_if(built.clusters.begin(), built.clusters.end(),
                                      [](const Cluster& c) { return c.signature.path == "/data/users/*/firstName"; });
    QVERIFY(cluster != built.clusters.end());
    QCOMPARE(cluster->count, std::size_t(2));
    QCOMPARE(cluster->accepted, std::size_t(2));
    QCOMPARE(cluster->examples, (std::vector<std::string>{"value", "value-2"}));
    QCOMPARE(byId(built.cases, "key-order").baselineEntry, 0);
    QCOMPARE(byId(built.cases, "sql").baselineEntry, 1);
    QCOMPARE(byId(built.cases, "value").baselineEntry, 2);
    QCOMPARE(byId(built.cases, "param").baselineEntry, -1);  // its entry expired
    QVERIFY(byId(built.cases, "param").gating);
    QVERIFY(!byId(built.cases, "nondeterministic").gating);  // noise never gates
    QVERIFY(!byId(built.cases, "unordered-list").gating);
    // Gating: param, error-code, legacy-error, native-error, serialization, native-crash.
    QCOMPARE(built.gating, std::size_t(6));
    // key-order, sql, value, value-2, and ordered-list (its firstName values differ too: the path glob).
    QCOMPARE(built.accepted, std::size_t(5));
    QCOMPARE(built.noise, std::size_t(1));
    QCOMPARE(built.outcomes.at("match"), std::size_t(2));
    QCOMPARE(built.stale, std::size_t(2));
    QCOMPARE(built.baseline[3].status, BaselineStatus::Expired);
    QCOMPARE(built.baseline[4].status, BaselineStatus::Unused);
    QCOMPARE(built.exitStatus, kExitDivergence | kExitStaleBaseline);

    // Only accepted divergences left, nothing stale: a clean exit.
    Injected accepted;
    accepted.add("k", report(kTwoUsers, {kUsers}), report(kTwoUsersSwapped, {kOrdered}));
    std::optional<Baseline> all = Baseline::parse(R"([{"case":"k","owner":"o","reason":"r"}])", &error);
    const RunReport clean = ReportBuilder::build(info, runAll(accepted), &*all, kToday, {});
    QCOMPARE(clean.exitStatus, kExitClean);
    QCOMPARE(ReportBuilder::build(info, runAll(accepted), nullptr, kToday, {"corpus line 3 rejected"}).exitStatus,
             kExitDivergence | kExitHarnessError);
}

void TstShadowRunner::failOnAnyGatesAcceptedDivergences()
{
    Injected in;
    in.add("k", report(kTwoUsers, {kUsers}), report(kTwoUsersSwapped, {kOrdered}));
    std::string error;
    std::optional<Baseline> baseline = Baseline::parse(R"([{"case":"k","owner":"o","reason":"r"}])", &error);
    RunInfo info;
    info.failOn = FailOn::Any;
    const RunReport built = ReportBuilder::build(info, runAll(in), &*baseline, kToday, {});
    QCOMPARE(built.gating, std::size_t(1));
    QCOMPARE(built.exitStatus, kExitDivergence);
}

void TstShadowRunner::timesOutAHangingSide()
{
    Injected in;
    in.add("hangs", report("{}"), report("{}"));
    in.add("after", report("{}"), report("{}"));
    in.native.delayOn("hangs", std::chrono::milliseconds(5000));
    RunnerOptions options;
    options.timeout = std::chrono::milliseconds(100);
    const auto started = std::chrono::steady_clock::now();
    const std::vector<CaseResult> results = runAll(in, options);
    QVERIFY(std::chrono::steady_clock::now() - started < std::chrono::seconds(4));
    QCOMPARE(byId(results, "hangs").outcome, CaseOutcome::NativeTimeout);
    QCOMPARE(byId(results, "after").outcome, CaseOutcome::Match);
    QVERIFY(in.native.interrupted());
}

void TstShadowRunner::cacheCheckFindsPlanCacheDivergence()
{
    Injected in;
    const std::string users = R"({"data":{"users":[]}})";
    in.add("consistent", report(users, {kUsers}), report(users, {kUsers}));
    in.add("warm-differs", report(users, {kUsers}), report(users, {kUsers}));
    SideReport warm = report(users, {kLike});
    warm.cache = CacheStatus::Hit;
    in.native.scriptCache("warm-differs", CacheMode::Warm, warm);
    const std::vector<CaseResult> results = runAll(in, {}, true);
    const CaseResult& ok = byId(results, "consistent");
    QVERIFY(ok.cache.ran);
    QCOMPARE(ok.outcome, CaseOutcome::Match);
    QCOMPARE(ok.cache.cold, CacheStatus::Miss);
    QCOMPARE(ok.cache.warm, CacheStatus::Hit);
    QCOMPARE(ok.cache.off, CacheStatus::Bypass);
    const CaseResult& bad = byId(results, "warm-differs");
    QCOMPARE(bad.outcome, CaseOutcome::CacheDivergence);
    QCOMPARE(bad.cache.differences.size(), std::size_t(1));
    QCOMPARE(bad.cache.differences[0].pointer, std::string("/warm/sql/0"));
    QCOMPARE(bad.signature.key(), std::string("cache-divergence|/warm/sql/*||"));
}

void TstShadowRunner::legacyStaysOnOneThreadWhileNativeUsesJobs()
{
    ThreadRecordingPath legacy;
    ThreadRecordingPath native;
    std::vector<Case> cases;
    for (int i = 0; i < 60; ++i)
        cases.push_back(makeCase("c" + std::to_string(i)));
    RunnerOptions options;
    options.jobs = 4;
    ShadowRunner runner(legacy, &native, nullptr, options);
    std::vector<std::string> order;
    const RunSummary summary = runner.run(cases, [&](const CaseResult& r) {
        QCOMPARE(r.outcome, CaseOutcome::Match);
        order.push_back(r.id);
    });
    QVERIFY(summary.complete);
    QCOMPARE(order.size(), cases.size());
    for (std::size_t i = 0; i < cases.size(); ++i)
        QCOMPARE(order[i], cases[i].id);
    QCOMPARE(legacy.threadCount(), std::size_t(1));
    QVERIFY(native.threadCount() > 1);
}

void TstShadowRunner::repeatCollectsWarmRuns()
{
    Injected in;
    in.add("a", report("{}"), report("{}"));
    in.legacy.delayOn("a", std::chrono::milliseconds(1));  // a measurable legacy time for the ratio
    RunnerOptions options;
    options.repeat = 4;
    const std::vector<CaseResult> results = runAll(in, options);
    QCOMPARE(results[0].legacy.runs.size(), std::size_t(4));
    QCOMPARE(results[0].native->runs.size(), std::size_t(4));
    const LatencySummary latency = LatencyStats::summarise(results);
    QCOMPARE(latency.legacyCold.endToEnd.count, std::size_t(1));
    QCOMPARE(latency.legacyWarm.endToEnd.count, std::size_t(3));
    QCOMPARE(latency.ratioCold.count, std::size_t(1));
}

void TstShadowRunner::maxTimeLeavesTheRunIncomplete()
{
    Injected in;
    for (int i = 0; i < 5; ++i)
        in.add("slow" + std::to_string(i), report("{}"), report("{}"));
    for (int i = 0; i < 5; ++i)
        in.legacy.delayOn("slow" + std::to_string(i), std::chrono::milliseconds(80));
    RunnerOptions options;
    options.maxTime = std::chrono::milliseconds(200);
    RunSummary summary;
    const std::vector<CaseResult> results = runAll(in, options, false, &summary);
    QVERIFY(!summary.complete);
    QCOMPARE(summary.stopReason, std::string("max-time"));
    QVERIFY(results.size() < 5);
    RunInfo info;
    info.complete = summary.complete;
    QCOMPARE(ReportBuilder::build(info, results, nullptr, kToday, {}).exitStatus, kExitIncomplete);
}

void TstShadowRunner::legacyOnlyRunsOneSide()
{
    FakePath legacy;
    legacy.script("a", {report("{}")});
    legacy.crashOn("b");
    ShadowRunner runner(legacy, nullptr, nullptr, {});
    std::vector<CaseResult> results;
    runner.run({makeCase("a"), makeCase("b")}, [&](const CaseResult& r) { results.push_back(r); });
    QCOMPARE(results[0].outcome, CaseOutcome::LegacyOnly);
    QVERIFY(!results[0].native);
    QCOMPARE(results[1].outcome, CaseOutcome::LegacyCrash);
    QCOMPARE(results[1].legacy.detail, std::string("fake crash in b"));
}

QTEST_APPLESS_MAIN(TstShadowRunner)
#include "tst_shadow_runner.moc"
