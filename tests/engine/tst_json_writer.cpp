// JSON text (CONTRACT §7.3 escaping, §4.5 JSON text of values) and the JsonWriter builder.
#include "values/json_value.h"
#include "values/json_writer.h"

#include <QtTest>

#include <string>

using namespace graft::values;

Q_DECLARE_METATYPE(graft::values::JsonValue)

class TestJsonWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void escapesStringsPerSection7_3_data();
    void escapesStringsPerSection7_3();
    void writesEveryControlCharacterWithLowerCaseHex();
    void writesValuesAsJsonText_data();
    void writesValuesAsJsonText();
    void placesCommasAndColonsInNestedContainers();
    void appendsAfterExistingText();
};

void TestJsonWriter::escapesStringsPerSection7_3_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("plain") << QByteArray("abc") << QByteArray(R"("abc")");
    QTest::addRow("empty") << QByteArray("") << QByteArray(R"("")");
    QTest::addRow("quote and backslash") << QByteArray(R"(say "hi" \o/)") << QByteArray(R"("say \"hi\" \\o/")");
    QTest::addRow("short escapes") << QByteArray("\b\f\n\r\t") << QByteArray(R"("\b\f\n\r\t")");
    QTest::addRow("NUL and other controls") << QByteArray("a\0b\x01\x1f", 5) << QByteArray(R"("a\u0000b\u0001\u001f")");
    QTest::addRow("escape lower-case hex") << QByteArray("\x1a\x0b") << QByteArray(R"("\u001a\u000b")");
    QTest::addRow("slash raw") << QByteArray("a/b") << QByteArray(R"("a/b")");
    QTest::addRow("DEL raw") << QByteArray("\x7f") << QByteArray("\"\x7f\"");
    QTest::addRow("U+0085 raw") << QByteArray("\xc2\x85") << QByteArray("\"\xc2\x85\"");
    QTest::addRow("U+2028 and U+2029 raw") << QByteArray("\xe2\x80\xa8\xe2\x80\xa9") << QByteArray("\"\xe2\x80\xa8\xe2\x80\xa9\"");
    QTest::addRow("non-BMP raw") << QByteArray("\xf0\x9f\x98\x80") << QByteArray("\"\xf0\x9f\x98\x80\"");
    QTest::addRow("e acute raw") << QByteArray("\xc3\xa9") << QByteArray("\"\xc3\xa9\"");
}

void TestJsonWriter::escapesStringsPerSection7_3()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, expected);
    std::string out;
    appendJsonString(out, std::string(text.constData(), std::size_t(text.size())));
    QCOMPARE(QByteArray::fromStdString(out), expected);
}

void TestJsonWriter::writesEveryControlCharacterWithLowerCaseHex()
{
    // Python: "".join(json.dumps(chr(i), ensure_ascii=False)[1:-1] for i in range(32))
    const QByteArray expected = R"(\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f)"
                                R"(\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f)";
    std::string all;
    for (int i = 0; i < 32; ++i)
        all += static_cast<char>(i);
    std::string out;
    appendJsonEscaped(out, all);
    QCOMPARE(QByteArray::fromStdString(out), expected);
}

void TestJsonWriter::writesValuesAsJsonText_data()
{
    QTest::addColumn<JsonValue>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("null") << JsonValue() << QByteArray("null");
    QTest::addRow("true") << JsonValue::boolean(true) << QByteArray("true");
    QTest::addRow("false") << JsonValue::boolean(false) << QByteArray("false");
    QTest::addRow("JSON integer as digits") << JsonValue::jsonNumber("-0") << QByteArray("0");
    QTest::addRow("JSON 2^64-1") << JsonValue::jsonNumber("18446744073709551615") << QByteArray("18446744073709551615");
    QTest::addRow("JSON float as float text") << JsonValue::jsonNumber("1.50") << QByteArray("1.5");
    QTest::addRow("JSON 1e16") << JsonValue::jsonNumber("1e16") << QByteArray("1e+16");
    QTest::addRow("JSON 1E2") << JsonValue::jsonNumber("1E2") << QByteArray("100.0");
    QTest::addRow("Int literal verbatim") << JsonValue::intLiteral("-0") << QByteArray("-0");
    QTest::addRow("huge Int literal verbatim") << JsonValue::intLiteral("123456789012345678901234567890")
                                               << QByteArray("123456789012345678901234567890");
    QTest::addRow("Float literal verbatim") << JsonValue::floatLiteral("1.50e3") << QByteArray("1.50e3");
    QTest::addRow("C++ integer") << JsonValue::integer(-42) << QByteArray("-42");
    QTest::addRow("C++ unsigned") << JsonValue::unsignedInteger(18446744073709551615ULL)
                                  << QByteArray("18446744073709551615");
    QTest::addRow("C++ double") << JsonValue::floating(100.0) << QByteArray("100.0");
    QTest::addRow("string") << JsonValue::string("a\"b\n") << QByteArray(R"("a\"b\n")");
    QTest::addRow("empty array") << JsonValue::array({}) << QByteArray("[]");
    QTest::addRow("empty object") << JsonValue::object({}, {}) << QByteArray("{}");
    QTest::addRow("E10 object") << JsonValue::object({"plan"}, {JsonValue::string("pro")}) << QByteArray(R"({"plan":"pro"})");
    QTest::addRow("nested, member order kept")
        << JsonValue::object({"z", "a"}, {JsonValue::array({JsonValue::integer(1), JsonValue(), JsonValue::string("x")}),
                                          JsonValue::object({"k\""}, {JsonValue::boolean(false)})})
        << QByteArray(R"({"z":[1,null,"x"],"a":{"k\"":false}})");
}

void TestJsonWriter::writesValuesAsJsonText()
{
    QFETCH(JsonValue, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(QByteArray::fromStdString(jsonText(value)), expected);
}

void TestJsonWriter::placesCommasAndColonsInNestedContainers()
{
    std::string out;
    JsonWriter w(out);
    w.startObject();
    w.key("data");
    w.startObject();
    w.key("users");
    w.startArray();
    w.startObject();
    w.key("firstName");
    w.string("Al");
    w.key("age");
    w.integer(42);
    w.key("score");
    w.raw("1.50");
    w.endObject();
    w.startObject();
    w.endObject();
    w.null();
    w.boolean(true);
    w.number(1e16);
    w.value(JsonValue::array({JsonValue::integer(1), JsonValue::integer(2)}));
    w.startArray();
    w.endArray();
    w.endArray();
    w.endObject();
    w.key("errors");
    w.startArray();
    w.endArray();
    w.endObject();
    QCOMPARE(QByteArray::fromStdString(out),
             QByteArray(R"({"data":{"users":[{"firstName":"Al","age":42,"score":1.50},{},null,true,1e+16,[1,2],[]]},"errors":[]})"));
}

void TestJsonWriter::appendsAfterExistingText()
{
    std::string out = "prefix:";
    JsonWriter w(out);
    w.startArray();
    w.integer(-9223372036854775807LL - 1);
    w.string("");
    w.endArray();
    QCOMPARE(QByteArray::fromStdString(out), QByteArray(R"(prefix:[-9223372036854775808,""])"));
}

QTEST_APPLESS_MAIN(TestJsonWriter)
#include "tst_json_writer.moc"
