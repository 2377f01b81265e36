#include "json_diff.h"
#include "json_value.h"

#include <QTest>

using namespace graft::harness;
using namespace Qt::StringLiterals;

namespace {

JsonValue parsed(const QByteArray& text)
{
    const JsonParseResult r = parseJson(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
    if (!r.value)
        qFatal("fixture is not JSON: %s", r.error.c_str());
    return *r.value;
}

/// "kind@pointer" per difference, in order.
QStringList describe(const std::vector<Difference>& differences)
{
    QStringList out;
    for (const Difference& d : differences)
        out << QString::fromUtf8(diffKindName(d.kind)) + u'@' + QString::fromStdString(d.pointer);
    return out;
}

} // namespace

class TstJsonDiff : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void findsAndClassifies_data();
    void findsAndClassifies();
    void parserKeepsNumberTokensAndOrder();
    void parserRejectsBadText_data();
    void parserRejectsBadText();
    void writerEscapesAsContract();
    void indexFreePointers_data();
    void indexFreePointers();
    void escapesPointerTokens();
    void boundsTheNumberOfDifferences();
};

void TstJsonDiff::findsAndClassifies_data()
{
    QTest::addColumn<QByteArray>("legacy");
    QTest::addColumn<QByteArray>("native");
    QTest::addColumn<QStringList>("multisets");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("identical") << QByteArray(R"({"data":{"a":[1,2]}})") << QByteArray(R"({"data":{"a":[1,2]}})")
                               << QStringList() << QStringList();
    QTest::addRow("value") << QByteArray(R"({"data":{"users":[{"firstName":"Ann"}]}})")
                           << QByteArray(R"({"data":{"users":[{"firstName":"Anne"}]}})") << QStringList()
                           << QStringList{u"value@/data/users/0/firstName"_s};
    QTest::addRow("number token text") << QByteArray(R"({"n":1.50})") << QByteArray(R"({"n":1.5})") << QStringList()
                                       << QStringList{u"value@/n"_s};
    QTest::addRow("number vs string") << QByteArray(R"({"n":1})") << QByteArray(R"({"n":"1"})") << QStringList()
                                      << QStringList{u"type@/n"_s};
    QTest::addRow("null vs object") << QByteArray(R"({"u":null})") << QByteArray(R"({"u":{}})") << QStringList()
                                    << QStringList{u"type@/u"_s};
    QTest::addRow("boolean") << QByteArray(R"([true])") << QByteArray(R"([false])") << QStringList()
                             << QStringList{u"value@/0"_s};
    QTest::addRow("missing and extra") << QByteArray(R"({"a":1,"b":2})") << QByteArray(R"({"a":1,"c":2})")
                                       << QStringList() << QStringList{u"missing@/b"_s, u"extra@/c"_s};
    QTest::addRow("key order") << QByteArray(R"({"data":{"u":{"a":1,"b":2}}})")
                               << QByteArray(R"({"data":{"u":{"b":2,"a":1}}})") << QStringList()
                               << QStringList{u"key-order@/data/u"_s};
    QTest::addRow("key order at root") << QByteArray(R"({"errors":[],"data":1})") << QByteArray(R"({"data":1,"errors":[]})")
                                       << QStringList() << QStringList{u"key-order@"_s};
    QTest::addRow("length, ordered") << QByteArray(R"({"l":[1,2,3]})") << QByteArray(R"({"l":[1,2]})") << QStringList()
                                     << QStringList{u"length@/l"_s, u"missing@/l/2"_s};
    QTest::addRow("list order without ORDER BY is a multiset")
        << QByteArray(R"({"data":{"users":[{"id":1},{"id":2}]}})") << QByteArray(R"({"data":{"users":[{"id":2},{"id":1}]}})")
        << QStringList{u"/data/users"_s} << QStringList();
    QTest::addRow("list order with ORDER BY is ordered")
        << QByteArray(R"({"data":{"users":[{"id":1},{"id":2}]}})") << QByteArray(R"({"data":{"users":[{"id":2},{"id":1}]}})")
        << QStringList() << QStringList{u"value@/data/users/0/id"_s, u"value@/data/users/1/id"_s};
    QTest::addRow("multiset with a changed element")
        << QByteArray(R"({"data":{"users":[{"id":1,"n":"a"},{"id":2,"n":"b"}]}})")
        << QByteArray(R"({"data":{"users":[{"id":2,"n":"b"},{"id":1,"n":"z"}]}})") << QStringList{u"/data/users"_s}
        << QStringList{u"multiset@/data/users"_s, u"value@/data/users/0/n"_s};
    QTest::addRow("multiset length") << QByteArray(R"({"l":[1,1,2]})") << QByteArray(R"({"l":[2,1]})")
                                     << QStringList{u"/l"_s} << QStringList{u"length@/l"_s, u"multiset@/l"_s};
    QTest::addRow("multiset keeps key order check")
        << QByteArray(R"({"l":[{"a":1,"b":2}]})") << QByteArray(R"({"l":[{"b":2,"a":1}]})") << QStringList{u"/l"_s}
        << QStringList{u"key-order@/l/0"_s};
    QTest::addRow("nested arrays stay ordered inside a multiset")
        << QByteArray(R"({"l":[{"t":[1,2]}]})") << QByteArray(R"({"l":[{"t":[2,1]}]})") << QStringList{u"/l"_s}
        << QStringList{u"multiset@/l"_s, u"value@/l/0/t/0"_s, u"value@/l/0/t/1"_s};
    QTest::addRow("errors are ordered")
        << QByteArray(R"([{"message":"a"},{"message":"b"}])") << QByteArray(R"([{"message":"b"},{"message":"a"}])")
        << QStringList() << QStringList{u"value@/0/message"_s, u"value@/1/message"_s};
    QTest::addRow("unicode escapes are the same string") << QByteArray(R"(["\u00e9"])") << QByteArray("[\"\xc3\xa9\"]")
                                                         << QStringList() << QStringList();
    QTest::addRow("key with slash") << QByteArray(R"({"a/b~":1})") << QByteArray(R"({"a/b~":2})") << QStringList()
                                    << QStringList{u"value@/a~1b~0"_s};
}

void TstJsonDiff::findsAndClassifies()
{
    QFETCH(QByteArray, legacy);
    QFETCH(QByteArray, native);
    QFETCH(QStringList, multisets);
    QFETCH(QStringList, expected);
    JsonDiffOptions options;
    for (const QString& p : multisets)
        options.multisetPointers.insert(p.toStdString());
    QCOMPARE(describe(JsonDiff::compare(parsed(legacy), parsed(native), options)), expected);
}

void TstJsonDiff::parserKeepsNumberTokensAndOrder()
{
    const JsonValue v = parsed(R"({"z":1.50,"a":-0.0,"big":123456789012345678901234567890,"e":1E+2,"huge":-1e400})");
    QCOMPARE(QString::fromStdString(writeJson(v)), QStringLiteral(R"({"z":1.50,"a":-0.0,"big":123456789012345678901234567890,"e":1E+2,"huge":-1e400})"));
    QCOMPARE(QString::fromStdString(canonicalJson(v)), QStringLiteral(R"({"a":-0.0,"big":123456789012345678901234567890,"e":1E+2,"huge":-1e400,"z":1.50})"));
}

void TstJsonDiff::parserRejectsBadText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addRow("invalid UTF-8") << QByteArray("[\"\xff\"]");
    QTest::addRow("overlong UTF-8") << QByteArray("[\"\xc0\xaf\"]");
    QTest::addRow("lone high surrogate") << QByteArray(R"(["\ud800"])");
    QTest::addRow("lone low surrogate") << QByteArray(R"(["\udc00"])");
    QTest::addRow("lone low surrogate in a key") << QByteArray(R"({"\udfff":1})");
    QTest::addRow("trailing text") << QByteArray("[1] 2");
    QTest::addRow("too deep") << QByteArray(2000, '[');
}

void TstJsonDiff::parserRejectsBadText()
{
    QFETCH(QByteArray, text);
    const JsonParseResult r = parseJson(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
    QVERIFY(!r.value);
    QVERIFY(!r.error.empty());
}

void TstJsonDiff::writerEscapesAsContract()
{
    const JsonValue v = parsed("[\"\\u0001\\b\\f\\n\\r\\t\\\"\\\\/\\u2028\\ud83d\\ude00\"]");
    QCOMPARE(QByteArray::fromStdString(writeJson(v)), QByteArray("[\"\\u0001\\b\\f\\n\\r\\t\\\"\\\\/\xe2\x80\xa8\xf0\x9f\x98\x80\"]"));
}

void TstJsonDiff::indexFreePointers_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("expected");
    QTest::addRow("data") << u"/data/users/3/firstName"_s << u"/data/users/*/firstName"_s;
    QTest::addRow("params") << u"/params/0/12/text"_s << u"/params/*/*/text"_s;
    QTest::addRow("root") << u""_s << u""_s;
    QTest::addRow("mixed digits stay") << u"/data/v2/10"_s << u"/data/v2/*"_s;
}

void TstJsonDiff::indexFreePointers()
{
    QFETCH(QString, pointer);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(JsonDiff::indexFree(pointer.toStdString())), expected);
}

void TstJsonDiff::escapesPointerTokens()
{
    QCOMPARE(QString::fromStdString(JsonDiff::escapeToken("a~/b")), QStringLiteral("a~0~1b"));
}

void TstJsonDiff::boundsTheNumberOfDifferences()
{
    std::string l = "[";
    std::string n = "[";
    for (int i = 0; i < 1000; ++i) {
        l += (i ? "," : "") + std::to_string(i);
        n += (i ? "," : "") + std::to_string(i + 1);
    }
    JsonDiffOptions options;
    options.maxDifferences = 10;
    QCOMPARE(JsonDiff::compare(*parseJson(l + "]").value, *parseJson(n + "]").value, options).size(), std::size_t(10));
}

QTEST_APPLESS_MAIN(TstJsonDiff)
#include "tst_json_diff.moc"
