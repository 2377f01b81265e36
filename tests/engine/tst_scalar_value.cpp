// Scalar acceptance (graphql-core parse_value / parse_literal, CONTRACT §1.3) and parameter texts.
// Values come from the variables JSON ("json", decoded per §4.1) or from GraphQL literals ("int",
// "float": number tokens as value_from_ast sees them). Expectations follow §1.3 and the Python
// semantics it names (str(int(x)), repr(float), graphql-core's is_integer / 32-bit checks).
#include "values/json_value.h"
#include "values/scalar_value.h"
#include "values/variables_decoder.h"

#include <QtTest>

#include <string>

using namespace graft;
using namespace graft::values;
using schema::ScalarId;

namespace {

JsonValue makeValue(const QByteArray &source, const QByteArray &text)
{
    if (source == "int")
        return JsonValue::intLiteral(text.toStdString());
    if (source == "float")
        return JsonValue::floatLiteral(text.toStdString());
    const Result<JsonValue> decoded = decodeVariables("{\"v\":" + text.toStdString() + "}");
    return decoded.ok() ? decoded->at(0) : JsonValue::string("<undecodable test value>");
}

} // namespace

class TestScalarValue : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void writesParameterTextsOfAcceptedValues_data();
    void writesParameterTextsOfAcceptedValues();
    void rejectsNullForEveryScalar();
    void checksJsonValuesWhole();
    void appendsAfterExistingText();
};

void TestScalarValue::writesParameterTextsOfAcceptedValues_data()
{
    QTest::addColumn<QByteArray>("scalar");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("status"); // ParameterStatus
    QTest::addColumn<QByteArray>("text");
    const int ok = int(ParameterStatus::Ok);
    const int invalid = int(ParameterStatus::Invalid);
    const int nul = int(ParameterStatus::ContainsNul);
    const int nonFinite = int(ParameterStatus::NonFinite);
    auto row = [](const char *scalar, const char *source, const QByteArray &value, int status, const QByteArray &text) {
        QTest::addRow("%s %s %s", scalar, source, value.constData())
            << QByteArray(scalar) << QByteArray(source) << value << status << text;
    };
    // ID: the string; an Int literal as written; a JSON number as the digits of its integral value.
    row("ID", "json", R"("abc")", ok, "abc");
    row("ID", "json", "5", ok, "5");
    row("ID", "json", "-0", ok, "0");
    row("ID", "json", "1.0", ok, "1");
    row("ID", "json", "1e20", ok, "100000000000000000000");
    row("ID", "json", "18446744073709551616", ok, "18446744073709551616");
    row("ID", "json", "1.5", invalid, "");
    row("ID", "json", "true", invalid, "");
    row("ID", "json", R"(["a"])", invalid, "");
    row("ID", "json", R"("a\u0000b")", nul, "");
    row("ID", "int", "-0", ok, "-0");
    row("ID", "int", "123456789012345678901234567890", ok, "123456789012345678901234567890");
    row("ID", "float", "1.0", invalid, "");
    // String: verbatim; U+0000 accepted by graphql-core but fails as a parameter.
    row("String", "json", R"("O'Brien_50%")", ok, "O'Brien_50%");
    row("String", "json", R"("")", ok, "");
    row("String", "json", "1", invalid, "");
    row("String", "json", R"("\u0000")", nul, "");
    // Int: integral values in 32-bit range, as decimal digits.
    row("Int", "json", "18", ok, "18");
    row("Int", "json", "-0", ok, "0");
    row("Int", "json", "1.0", ok, "1");
    row("Int", "json", "1e2", ok, "100");
    row("Int", "json", "2147483647", ok, "2147483647");
    row("Int", "json", "-2147483648", ok, "-2147483648");
    row("Int", "json", "2147483648", invalid, "");
    row("Int", "json", "-2147483649.0", invalid, "");
    row("Int", "json", "2147483647.0", ok, "2147483647");
    row("Int", "json", "1.5", invalid, "");
    row("Int", "json", R"("5")", invalid, "");
    row("Int", "json", "true", invalid, "");
    row("Int", "int", "-0", ok, "0");
    row("Int", "int", "2147483648", invalid, "");
    row("Int", "int", "99999999999999999999999", invalid, "");
    row("Int", "float", "1.0", invalid, "");
    // Float: any number, as float text (E7: the Int literal 100 gives 100.0).
    row("Float", "json", "100", ok, "100.0");
    row("Float", "json", "1e16", ok, "1e+16");
    row("Float", "json", "48.5", ok, "48.5");
    row("Float", "json", "18446744073709551615", ok, "1.8446744073709552e+19");
    row("Float", "json", R"("1")", invalid, "");
    row("Float", "json", "true", invalid, "");
    row("Float", "int", "100", ok, "100.0");
    row("Float", "float", "48.5", ok, "48.5");
    row("Float", "float", "0.00001", ok, "1e-05");
    row("Float", "float", "1e400", nonFinite, "");
    row("Float", "int", "1" + QByteArray(400, '0'), nonFinite, "");
    // Decimal: strings and literal tokens verbatim, JSON integers as digits, other JSON numbers as float text.
    row("Decimal", "json", R"("1.50")", ok, "1.50");
    row("Decimal", "json", R"("-0.5e-3")", ok, "-0.5e-3");
    row("Decimal", "json", R"("1,5")", invalid, "");
    row("Decimal", "json", R"(" 1")", invalid, "");
    row("Decimal", "json", "18", ok, "18");
    row("Decimal", "json", "-0", ok, "0");
    row("Decimal", "json", "1.50", ok, "1.5");
    row("Decimal", "json", "1e16", ok, "1e+16");
    row("Decimal", "json", "true", invalid, "");
    row("Decimal", "int", "18", ok, "18");
    row("Decimal", "float", "1.50e3", ok, "1.50e3");
    row("Decimal", "float", "1e400", ok, "1e400");
    // Boolean.
    row("Boolean", "json", "true", ok, "true");
    row("Boolean", "json", "false", ok, "false");
    row("Boolean", "json", "1", invalid, "");
    row("Boolean", "json", R"("true")", invalid, "");
    // UUID: lower-cased (E12).
    row("UUID", "json", R"("7E57A000-0000-4000-8000-000000000001")", ok, "7e57a000-0000-4000-8000-000000000001");
    row("UUID", "json", R"("abc")", invalid, "");
    row("UUID", "json", "5", invalid, "");
    row("UUID", "json", R"(["11111111-1111-4111-8111-111111111111"])", invalid, "");
    // Date, DateTime (E6), IpAddress, MacAddress, LTree, DateRange: the §1.3 examples.
    row("Date", "json", R"("1990-01-01")", ok, "1990-01-01");
    row("Date", "json", R"("2024-02-30")", invalid, "");
    row("DateTime", "json", R"("2024-01-02T05:04:05+02:00")", ok, "2024-01-02T03:04:05Z");
    row("DateTime", "json", R"("2024-01-02T05:04:05.120+02:00")", ok, "2024-01-02T03:04:05.12Z");
    row("DateTime", "json", R"("2024-01-02T03:04:05")", invalid, "");
    row("DateTime", "json", "5", invalid, "");
    row("IpAddress", "json", R"("10.0.0.1")", ok, "10.0.0.1");
    row("IpAddress", "json", R"("::1/128")", invalid, "");
    row("MacAddress", "json", R"("00:11:22:33:44:55")", ok, "00:11:22:33:44:55");
    row("MacAddress", "json", R"("00:11:22:33:44")", invalid, "");
    row("MacAddress", "json", R"(["00:11:22:33:44:55"])", invalid, "");
    row("LTree", "json", R"("eu.fr.paris")", ok, "eu.fr.paris");
    row("LTree", "json", R"("a..b")", invalid, "");
    row("DateRange", "json", R"x("[2024-01-20,2024-03-01)")x", ok, "[2024-01-20,2024-03-01)");
    row("DateRange", "json", R"x("[2024-02-01,2024-01-01)")x", invalid, "");
    row("DateRange", "json", R"("empty")", ok, "empty");
    // JSON: the value's JSON text (§4.5); U+0000 anywhere fails.
    row("JSON", "json", R"({"plan":"pro"})", ok, R"({"plan":"pro"})");
    row("JSON", "json", R"(["admin"])", ok, R"(["admin"])");
    row("JSON", "json", R"({"a":1.50,"b":-0,"c":[true,null]})", ok, R"({"a":1.5,"b":0,"c":[true,null]})");
    row("JSON", "json", R"({"k":["\u0000"]})", nul, "");
    row("JSON", "json", R"({"\u0000":1})", nul, "");
    row("JSON", "json", R"("x")", ok, R"("x")");
    row("JSON", "int", "-0", ok, "-0");
    row("JSON", "float", "1.50", ok, "1.50");
}

void TestScalarValue::writesParameterTextsOfAcceptedValues()
{
    QFETCH(QByteArray, scalar);
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, value);
    QFETCH(int, status);
    QFETCH(QByteArray, text);
    const std::optional<ScalarId> id = schema::scalarByName(scalar.toStdString());
    QVERIFY(id.has_value());
    const JsonValue v = makeValue(source, value);
    std::string out;
    QCOMPARE(int(appendParameterText(out, *id, v)), status);
    QCOMPARE(QByteArray::fromStdString(out), text);
    // acceptsValue() agrees: only Invalid means rejected, except JSON, which rejects U+0000 itself.
    const bool accepted = status != int(ParameterStatus::Invalid) &&
                          !(*id == ScalarId::JSON && status == int(ParameterStatus::ContainsNul));
    QCOMPARE(acceptsValue(*id, v), accepted);
}

void TestScalarValue::rejectsNullForEveryScalar()
{
    for (const schema::ScalarInfo &info : schema::allScalars()) {
        if (info.id == ScalarId::JSON)
            continue; // JSON accepts any value; a null never reaches parse_value
        QVERIFY2(!acceptsValue(info.id, JsonValue()), info.name.data());
    }
}

void TestScalarValue::checksJsonValuesWhole()
{
    // A JSON literal with a Float beyond binary64 inside: accepted by the scalar, fails as a parameter.
    const JsonValue literal =
        JsonValue::object({"a", "b"}, {JsonValue::array({JsonValue::floatLiteral("1e400")}), JsonValue::intLiteral("7")});
    QVERIFY(acceptsValue(ScalarId::JSON, literal));
    std::string out;
    QCOMPARE(appendParameterText(out, ScalarId::JSON, literal), ParameterStatus::NonFinite);
    QVERIFY(out.empty());
    // U+0000 is reported before a non-finite number.
    const JsonValue both = JsonValue::array({JsonValue::floatLiteral("1e400"), JsonValue::string(std::string("\0", 1))});
    QCOMPARE(appendParameterText(out, ScalarId::JSON, both), ParameterStatus::ContainsNul);
    // Literal tokens stay verbatim inside a JSON value.
    const JsonValue tokens = JsonValue::array({JsonValue::floatLiteral("1.50e3"), JsonValue::intLiteral("-0")});
    QCOMPARE(appendParameterText(out, ScalarId::JSON, tokens), ParameterStatus::Ok);
    QCOMPARE(QByteArray::fromStdString(out), QByteArray("[1.50e3,-0]"));
    QVERIFY(containsNul(JsonValue::object({std::string("k\0", 2)}, {JsonValue()})));
    QVERIFY(!containsNul(JsonValue::object({"k"}, {JsonValue::string("v")})));
}

void TestScalarValue::appendsAfterExistingText()
{
    std::string out = "%";
    QCOMPARE(appendParameterText(out, ScalarId::String, JsonValue::string("x")), ParameterStatus::Ok);
    QCOMPARE(QByteArray::fromStdString(out), QByteArray("%x"));
}

QTEST_APPLESS_MAIN(TestScalarValue)
#include "tst_scalar_value.moc"
