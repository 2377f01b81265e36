#include "baseline.h"

#include <QTest>

using namespace graft::harness;

namespace {

const QDate kToday(2025, 6, 1);

Baseline parsed(const char* text)
{
    std::string error;
    std::optional<Baseline> b = Baseline::parse(text, &error);
    if (!b)
        qFatal("baseline fixture: %s", error.c_str());
    return *b;
}

} // namespace

class TstBaseline : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void globs_data();
    void globs();
    void acceptsBySelector();
    void expiredAndUnusedAreStale();
    void rejectsMalformed_data();
    void rejectsMalformed();
};

void TstBaseline::globs_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");
    QTest::addRow("exact") << "ops.string.0007" << "ops.string.0007" << true;
    QTest::addRow("star") << "ops.string.*" << "ops.string.0007" << true;
    QTest::addRow("star stops at slash") << "/data/*/age" << "/data/users/3/age" << false;
    QTest::addRow("double star") << "/data/**/age" << "/data/users/3/age" << true;
    QTest::addRow("question") << "/sql/?" << "/sql/1" << true;
    QTest::addRow("no match") << "ops.int.*" << "ops.string.1" << false;
    QTest::addRow("signature glob") << "sql-divergence|**|LIKE" << "sql-divergence|/sql/*|public.v_user|LIKE" << true;
}

void TstBaseline::globs()
{
    QFETCH(QString, pattern);
    QFETCH(QString, text);
    QFETCH(bool, matches);
    QCOMPARE(Baseline::globMatch(pattern.toStdString(), text.toStdString()), matches);
}

void TstBaseline::acceptsBySelector()
{
    Baseline b = parsed(R"(# comment line
{"version": 1, "entries": [
  {"case": "ops.like.*", "owner": "ana", "reason": "collation", "link": "https://x/1", "expires": "2025-12-31"},
  // path glob
  {"path": "/data/users/*/score", "owner": "bo", "reason": "float text"},
  {"signature": "param-divergence|/params/*/*/text|public.v_user|>", "owner": "cy", "reason": "decimal"}
]})");
    const Signature sig{"sql-divergence", "/sql/*", "public.v_user", "LIKE"};
    QCOMPARE(b.accept("ops.like.3", sig, {}, kToday), 0);
    QCOMPARE(b.accept("ops.other.3", sig, {}, kToday), -1);
    const std::vector<Difference> score{{DiffKind::Value, "/data/users/4/score", "1.5", "1.50", "", false}};
    QCOMPARE(b.accept("ops.float.1", Signature{"response-divergence", "/data/users/*/score", "users.score", ""}, score, kToday), 1);
    std::vector<Difference> noisy = score;
    noisy[0].noise = true;
    QCOMPARE(b.accept("ops.float.2", Signature{"response-divergence", "", "", ""}, noisy, kToday), -1);
    QCOMPARE(b.accept("x", Signature{"param-divergence", "/params/*/*/text", "public.v_user", ">"}, {}, kToday), 2);
    QCOMPARE(b.hits(0), std::size_t(1));
    QCOMPARE(b.hits(1), std::size_t(1));
}

void TstBaseline::expiredAndUnusedAreStale()
{
    Baseline b = parsed(R"([
  {"case": "a", "owner": "o", "reason": "r", "expires": "2025-01-01"},
  {"case": "b", "owner": "o", "reason": "r"},
  {"case": "c", "owner": "o", "reason": "r"},
  {"case": "zzz.*", "owner": "o", "reason": "r"},
  {"path": "/data/**", "owner": "o", "reason": "r"}
])");
    const Signature sig{"response-divergence", "/data/x", "x", ""};
    QCOMPARE(b.accept("a", sig, {}, kToday), -1);  // expired entries accept nothing
    QCOMPARE(b.accept("b", sig, {}, kToday), 1);
    const std::vector<BaselineStatus> statuses = b.statuses(kToday, {"a", "b", "c"});
    QCOMPARE(statuses, (std::vector<BaselineStatus>{BaselineStatus::Expired, BaselineStatus::Active, BaselineStatus::Unused,
                                                    BaselineStatus::NotRun, BaselineStatus::Unused}));
}

void TstBaseline::rejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addRow("not json") << QByteArray("{entries: 1");
    QTest::addRow("no entries") << QByteArray(R"({"version":1})");
    QTest::addRow("no selector") << QByteArray(R"([{"owner":"o","reason":"r"}])");
    QTest::addRow("no owner") << QByteArray(R"([{"case":"a","reason":"r"}])");
    QTest::addRow("bad date") << QByteArray(R"([{"case":"a","owner":"o","reason":"r","expires":"2025-13-01"}])");
}

void TstBaseline::rejectsMalformed()
{
    QFETCH(QByteArray, text);
    std::string error;
    QVERIFY(!Baseline::parse(text.toStdString(), &error));
    QVERIFY(!error.empty());
}

QTEST_APPLESS_MAIN(TstBaseline)
#include "tst_baseline.moc"
