// The encodings of CONTRACT §4.5: array literal A(...), LIKE escape, list element JSON e(v), PRIVATE.
#include "values/encodings.h"

#include <QtTest>

#include <string>
#include <vector>

using namespace graft::values;
using graft::schema::ScalarId;

Q_DECLARE_METATYPE(ScalarId)

class TestEncodings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void quotesEveryArrayElement_data();
    void quotesEveryArrayElement();
    void escapesLikePatterns_data();
    void escapesLikePatterns();
    void writesListElementsAsJson_data();
    void writesListElementsAsJson();
    void definesPrivateNetworksAsInTheContract();
};

void TestEncodings::quotesEveryArrayElement_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("empty") << QStringList{} << QByteArray("{}");
    QTest::addRow("E5 uuids") << QStringList{u"11111111-1111-4111-8111-111111111111"_qs, u"22222222-2222-4222-8222-222222222222"_qs}
                              << QByteArray(R"({"11111111-1111-4111-8111-111111111111","22222222-2222-4222-8222-222222222222"})");
    QTest::addRow("E5 quotes") << QStringList{u"Bea"_qs, u"say \"hi\""_qs} << QByteArray(R"({"Bea","say \"hi\""})");
    QTest::addRow("E10 keys") << QStringList{u"seats"_qs, u"quota"_qs} << QByteArray(R"({"seats","quota"})");
    QTest::addRow("backslash") << QStringList{u"a\\b"_qs} << QByteArray(R"({"a\\b"})");
    QTest::addRow("empty element, comma, braces") << QStringList{u""_qs, u"a,b"_qs, u"{x}"_qs, u"NULL"_qs}
                                                  << QByteArray(R"({"","a,b","{x}","NULL"})");
    QTest::addRow("E9 jsonb elements") << QStringList{uR"(["ops"])"_qs, uR"(["dev"])"_qs}
                                       << QByteArray(R"({"[\"ops\"]","[\"dev\"]"})");
}

void TestEncodings::quotesEveryArrayElement()
{
    QFETCH(QStringList, texts);
    QFETCH(QByteArray, expected);
    std::vector<std::string> elements;
    for (const QString &t : texts)
        elements.push_back(t.toStdString());
    QCOMPARE(QByteArray::fromStdString(arrayLiteral(elements)), expected);
}

void TestEncodings::escapesLikePatterns_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("E3") << QByteArray("O'Brien_50%") << QByteArray(R"(O'Brien\_50\%)");
    QTest::addRow("plain") << QByteArray("1 rue") << QByteArray("1 rue");
    QTest::addRow("backslash first") << QByteArray(R"(a\b)") << QByteArray(R"(a\\b)");
    QTest::addRow("all three") << QByteArray(R"(\%_)") << QByteArray(R"(\\\%\_)");
    QTest::addRow("escaped percent stays literal") << QByteArray(R"(\%)") << QByteArray(R"(\\\%)");
    QTest::addRow("empty") << QByteArray("") << QByteArray("");
    QTest::addRow("non-ASCII") << QByteArray("\xc3\xa9_") << QByteArray("\xc3\xa9\\_");
}

void TestEncodings::escapesLikePatterns()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, expected);
    QCOMPARE(QByteArray::fromStdString(likeEscape(text.toStdString())), expected);
}

void TestEncodings::writesListElementsAsJson_data()
{
    QTest::addColumn<ScalarId>("scalar");
    QTest::addColumn<QByteArray>("parameterText");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("String (E9)") << ScalarId::String << QByteArray("admin") << QByteArray(R"("admin")");
    QTest::addRow("String escaped") << ScalarId::String << QByteArray("a\"b\n") << QByteArray(R"("a\"b\n")");
    QTest::addRow("ID") << ScalarId::ID << QByteArray("42") << QByteArray(R"("42")");
    QTest::addRow("UUID") << ScalarId::UUID << QByteArray("7e57a000-0000-4000-8000-000000000001")
                          << QByteArray(R"("7e57a000-0000-4000-8000-000000000001")");
    QTest::addRow("Date") << ScalarId::Date << QByteArray("2024-01-15") << QByteArray(R"("2024-01-15")");
    QTest::addRow("DateTime") << ScalarId::DateTime << QByteArray("2024-01-02T03:04:05Z") << QByteArray(R"("2024-01-02T03:04:05Z")");
    QTest::addRow("IpAddress") << ScalarId::IpAddress << QByteArray("::1") << QByteArray(R"("::1")");
    QTest::addRow("MacAddress") << ScalarId::MacAddress << QByteArray("00-11-22-33-44-55") << QByteArray(R"("00-11-22-33-44-55")");
    QTest::addRow("LTree") << ScalarId::LTree << QByteArray("eu.fr") << QByteArray(R"("eu.fr")");
    QTest::addRow("DateRange") << ScalarId::DateRange << QByteArray("[2024-01-01,)") << QByteArray(R"x("[2024-01-01,)")x");
    QTest::addRow("Int (E13)") << ScalarId::Int << QByteArray("443") << QByteArray("443");
    QTest::addRow("Float") << ScalarId::Float << QByteArray("1e+16") << QByteArray("1e+16");
    QTest::addRow("Decimal as a JSON number") << ScalarId::Decimal << QByteArray("1.50") << QByteArray("1.50");
    QTest::addRow("Boolean") << ScalarId::Boolean << QByteArray("false") << QByteArray("false");
    QTest::addRow("JSON value") << ScalarId::JSON << QByteArray(R"({"plan":"pro"})") << QByteArray(R"({"plan":"pro"})");
}

void TestEncodings::writesListElementsAsJson()
{
    QFETCH(ScalarId, scalar);
    QFETCH(QByteArray, parameterText);
    QFETCH(QByteArray, expected);
    std::string out;
    appendElementJson(out, scalar, parameterText.toStdString());
    QCOMPARE(QByteArray::fromStdString(out), expected);
}

void TestEncodings::definesPrivateNetworksAsInTheContract()
{
    QCOMPARE(QByteArray(kPrivateNetworks.data(), qsizetype(kPrivateNetworks.size())),
             QByteArray(R"({"10.0.0.0/8","172.16.0.0/12","192.168.0.0/16","127.0.0.0/8","169.254.0.0/16","fc00::/7","fe80::/10","::1/128"})"));
    // It is A() of the eight networks.
    const std::vector<std::string> networks = {"10.0.0.0/8",     "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8",
                                               "169.254.0.0/16", "fc00::/7",      "fe80::/10",      "::1/128"};
    QCOMPARE(arrayLiteral(networks), std::string(kPrivateNetworks));
}

QTEST_APPLESS_MAIN(TestEncodings)
#include "tst_encodings.moc"
