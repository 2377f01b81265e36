#include "fake_path.h"
#include "sql_compare.h"

#include <QTest>

using namespace graft::harness;
using namespace Qt::StringLiterals;
using graft::harness::test::bq;

namespace {

QStringList describe(const std::vector<Difference>& differences)
{
    QStringList out;
    for (const Difference& d : differences)
        out << QString::fromUtf8(diffKindName(d.kind)) + u'@' + QString::fromStdString(d.pointer) + u':'
                   + QString::fromStdString(d.detail);
    return out;
}

std::vector<std::string> list(const QStringList& items)
{
    std::vector<std::string> out;
    for (const QString& s : items)
        out.push_back(bq(s.toStdString()));
    return out;
}

const char* const kUsers = "SELECT `data`::text FROM `public`.`v_user`";

} // namespace

class TstSqlCompare : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void comparesStatements_data();
    void comparesStatements();
    void comparesParams();
    void findsOrderBy_data();
    void findsOrderBy();
    void namesTheOperator_data();
    void namesTheOperator();
    void namesTheRelation();
};

void TstSqlCompare::comparesStatements_data()
{
    QTest::addColumn<QStringList>("legacy");
    QTest::addColumn<QStringList>("native");
    QTest::addColumn<QStringList>("expected");
    const QString users = QString::fromLatin1(kUsers);
    QTest::addRow("same") << QStringList{users} << QStringList{users} << QStringList();
    QTest::addRow("text") << QStringList{users + u" LIMIT $1::bigint"_s} << QStringList{users + u" LIMIT $1::integer"_s}
                          << QStringList{u"sql@/sql/0:text"_s};
    QTest::addRow("whitespace only") << QStringList{users + u" WHERE (x)"_s} << QStringList{users + u"  WHERE\n(x)"_s}
                                     << QStringList{u"sql@/sql/0:whitespace-only"_s};
    QTest::addRow("count") << QStringList{users, users} << QStringList{users}
                           << QStringList{u"sql@/sql:statement count"_s, u"sql@/sql/1:legacy only"_s};
    QTest::addRow("second differs") << QStringList{users, users} << QStringList{users, users + u" OFFSET $1::bigint"_s}
                                    << QStringList{u"sql@/sql/1:text"_s};
}

void TstSqlCompare::comparesStatements()
{
    QFETCH(QStringList, legacy);
    QFETCH(QStringList, native);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(SqlCompare::compareStatements(list(legacy), list(native))), expected);
}

void TstSqlCompare::comparesParams()
{
    const std::vector<std::vector<Param>> legacy{{{"numeric", "18"}, {"text", "a"}}, {}};
    QCOMPARE(describe(SqlCompare::compareParams(legacy, legacy)), QStringList());
    const std::vector<std::vector<Param>> typed{{{"integer", "18"}, {"text", "a"}}, {}};
    QCOMPARE(describe(SqlCompare::compareParams(legacy, typed)), QStringList{u"params@/params/0/0/type:type"_s});
    const std::vector<std::vector<Param>> text{{{"numeric", "18.0"}, {"text", "A"}}, {}};
    QCOMPARE(describe(SqlCompare::compareParams(legacy, text)),
             (QStringList{u"params@/params/0/0/text:text"_s, u"params@/params/0/1/text:text"_s}));
    const std::vector<std::vector<Param>> shorter{{{"numeric", "18"}}, {{"text", "x"}}};
    QCOMPARE(describe(SqlCompare::compareParams(legacy, shorter)),
             (QStringList{u"params@/params/0:parameter count"_s, u"params@/params/1:parameter count"_s}));
}

void TstSqlCompare::findsOrderBy_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("orderBy");
    QTest::addColumn<bool>("lookup");
    const QString users = QString::fromLatin1(kUsers);
    QTest::addRow("plain") << users << false << false;
    QTest::addRow("ordered") << users + u" ORDER BY (`data`->>'age')::numeric ASC NULLS LAST"_s << true << false;
    QTest::addRow("key named like the clause") << users + u" WHERE (`data`->>'ORDER BY' = $1::text)"_s << false << true;
    QTest::addRow("limited") << users + u" WHERE (x) LIMIT $1::bigint"_s << false << false;
}

void TstSqlCompare::findsOrderBy()
{
    QFETCH(QString, sql);
    QFETCH(bool, orderBy);
    QFETCH(bool, lookup);
    QCOMPARE(SqlCompare::hasOrderBy(bq(sql.toStdString())), orderBy);
    QCOMPARE(SqlCompare::looksLikeLookup(bq(sql.toStdString())), lookup);
}

void TstSqlCompare::namesTheOperator_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("at");  // the first occurrence of this text marks the offset
    QTest::addColumn<QString>("expected");
    const QString users = QString::fromLatin1(kUsers);
    QTest::addRow("like") << users + u" WHERE (`data`->>'first_name' LIKE $1::text)"_s << u"$1"_s << u"LIKE"_s;
    QTest::addRow("typed comparison") << users + u" WHERE ((`data`->>'age')::numeric > $1::numeric)"_s << u"'age'"_s << u">"_s;
    QTest::addRow("any") << users + u" WHERE (`id` = ANY($1::uuid[]))"_s << u"$1"_s << u"= ANY"_s;
    QTest::addRow("function") << users + u" WHERE (jsonb_exists(`data`->'meta', $1::text))"_s << u"$1"_s << u"jsonb_exists"_s;
    QTest::addRow("is null") << users + u" WHERE (`data`->>'age' IS NULL)"_s << u"IS"_s << u"IS NULL"_s;
    QTest::addRow("containment") << users + u" WHERE ((`data`->'tags') @> $1::jsonb)"_s << u"$1"_s << u"@>"_s;
    QTest::addRow("inside an AND group") << users + u" WHERE ((`id` = $1::uuid) AND (`data`->>'x' ILIKE $2::text))"_s << u"$2"_s
                                         << u"ILIKE"_s;
    QTest::addRow("not private") << users + u" WHERE (NOT ((`data`->>'ip')::inet <<= ANY($1::inet[])))"_s << u"$1"_s
                                 << u"<<= ANY"_s;
    QTest::addRow("order by") << users + u" ORDER BY `id` ASC NULLS LAST"_s << u"ASC"_s << u"ORDER BY"_s;
    QTest::addRow("limit") << users + u" LIMIT $1::bigint"_s << u"$1"_s << u"LIMIT"_s;
    QTest::addRow("from") << users << u"v_user"_s << u"FROM"_s;
}

void TstSqlCompare::namesTheOperator()
{
    QFETCH(QString, sql);
    QFETCH(QString, at);
    QFETCH(QString, expected);
    const std::string text = bq(sql.toStdString());
    const std::size_t offset = text.find(bq(at.toStdString()));
    QVERIFY(offset != std::string::npos);
    QCOMPARE(QString::fromStdString(SqlCompare::operatorAt(text, offset)), expected);
}

void TstSqlCompare::namesTheRelation()
{
    QCOMPARE(QString::fromStdString(SqlCompare::relationOf(bq(kUsers))), QStringLiteral("public.v_user"));
    QCOMPARE(QString::fromStdString(SqlCompare::operatorOfParam(bq(std::string(kUsers) + " WHERE (`a` <> $1::text)"), 1)),
             QStringLiteral("<>"));
}

QTEST_APPLESS_MAIN(TstSqlCompare)
#include "tst_sql_compare.moc"
