#include "syntax/parser.h"
#include "validate/complexity_limits.h"
#include "validate/operation_selection.h"
#include "values/variables_decoder.h"

#include <QTest>

#include <string>

using namespace graft;

class TestComplexityLimits : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void measuresStaticLimits_data();
    void measuresStaticLimits();
    void countsBeyondSixtyFourBits();
    void survivesFragmentCycles();
    void measuresInputDepth_data();
    void measuresInputDepth();
};

namespace {

std::string repeat(std::string_view text, int times)
{
    std::string out;
    for (int i = 0; i < times; ++i)
        out += text;
    return out;
}

// `{ __schema { types { fields { type { ofType { … { name } … } } } } } }` with `ofTypes` ofType levels.
QByteArray introspectionDepth(int ofTypes)
{
    std::string query = "{ __schema { types { fields { type { " + repeat("ofType { ", ofTypes) + "name" +
                        repeat(" }", ofTypes) + " } } } } }";
    return QByteArray::fromStdString(query);
}

QByteArray rootFields(int count)
{
    std::string query = "{";
    for (int i = 0; i < count; ++i)
        query += " __typename";
    return QByteArray::fromStdString(query + " }");
}

QByteArray aliases(int count)
{
    std::string query = "{ users {";
    for (int i = 0; i < count; ++i)
        query += " a" + std::to_string(i) + ": id";
    return QByteArray::fromStdString(query + " } }");
}

} // namespace

void TestComplexityLimits::measuresStaticLimits_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<int>("maxDepth");
    QTest::addColumn<int>("maxRootFields");
    QTest::addColumn<int>("maxAliases");
    QTest::addColumn<QByteArray>("message");

    QTest::addRow("X11 depth 16") << introspectionDepth(11) << 15 << 20 << 100
                                  << QByteArray("Query depth 16 exceeds the maximum depth of 15.");
    QTest::addRow("depth 15 allowed") << introspectionDepth(10) << 15 << 20 << 100 << QByteArray();
    QTest::addRow("fragments add no depth")
        << QByteArray("{ users { ...F } } fragment F on User { ... on User { homeAddress { geo { lat } } } }") << 3
        << 20 << 100 << QByteArray("Query depth 4 exceeds the maximum depth of 3.");
    QTest::addRow("typename counts as depth") << QByteArray("{ users { homeAddress { __typename } } }") << 2 << 20
                                              << 100 << QByteArray("Query depth 3 exceeds the maximum depth of 2.");
    QTest::addRow("deepest branch wins")
        << QByteArray("{ a: users { id } b: users { homeAddress { geo { lat } } } c: __typename }") << 3 << 20 << 100
        << QByteArray("Query depth 4 exceeds the maximum depth of 3.");
    QTest::addRow("21 root fields") << rootFields(21) << 15 << 20 << 100
                                    << QByteArray("Operation has 21 root fields; the maximum is 20.");
    QTest::addRow("20 root fields allowed") << rootFields(20) << 15 << 20 << 100 << QByteArray();
    QTest::addRow("root fields through fragments, directives ignored")
        << QByteArray("query { __typename @skip(if: true) ...F ... { b: __typename ...F } } "
                      "fragment F on Query { c: __typename d: users { id } }")
        << 15 << 5 << 100 << QByteArray("Operation has 6 root fields; the maximum is 5.");
    QTest::addRow("nested fields are not root fields") << QByteArray("{ users { id firstName age } }") << 15 << 1
                                                       << 100 << QByteArray();
    QTest::addRow("101 aliases") << aliases(101) << 15 << 20 << 100
                                 << QByteArray("Operation uses 101 aliases; the maximum is 100.");
    QTest::addRow("100 aliases allowed") << aliases(100) << 15 << 20 << 100 << QByteArray();
    QTest::addRow("aliases counted per spread occurrence")
        << QByteArray("{ u: users { ...F ...F } v: users { ...F } } fragment F on User { x: id y: age }") << 15 << 20
        << 7 << QByteArray("Operation uses 8 aliases; the maximum is 7.");
    QTest::addRow("depth before root fields before aliases")
        << QByteArray("{ a: users { homeAddress { city } } b: __typename c: __typename }") << 2 << 1 << 0
        << QByteArray("Query depth 3 exceeds the maximum depth of 2.");
    QTest::addRow("root fields before aliases") << QByteArray("{ a: __typename b: __typename }") << 15 << 1 << 0
                                                << QByteArray("Operation has 2 root fields; the maximum is 1.");
    QTest::addRow("unknown fragment counts nothing") << QByteArray("{ users { ...Nope } }") << 1 << 20 << 100
                                                     << QByteArray();
}

void TestComplexityLimits::measuresStaticLimits()
{
    QFETCH(QByteArray, query);
    QFETCH(int, maxDepth);
    QFETCH(int, maxRootFields);
    QFETCH(int, maxAliases);
    QFETCH(QByteArray, message);
    const auto document = syntax::parseDocument(query.toStdString());
    QVERIFY(document.ok());
    const auto operation = validate::selectOperation(**document, std::nullopt);
    QVERIFY(operation.ok());
    validate::ComplexityLimits limits;
    limits.maxDepth = std::size_t(maxDepth);
    limits.maxRootFields = std::size_t(maxRootFields);
    limits.maxAliases = std::size_t(maxAliases);
    const auto error = validate::checkStaticLimits(**document, **operation, limits);
    if (message.isEmpty()) {
        QVERIFY2(!error, error ? error->message.c_str() : "");
        return;
    }
    QVERIFY(error);
    QCOMPARE(QByteArray::fromStdString(error->message), message);
    QCOMPARE(error->code, ErrorCode::QueryTooComplex);
    QVERIFY(error->locations.empty());
}

void TestComplexityLimits::countsBeyondSixtyFourBits()
{
    // F0 has one root field and every Fi spreads F(i-1) twice: the operation has 2^70 root fields.
    std::string query = "{ ...F70 } fragment F0 on Query { __typename }";
    for (int i = 1; i <= 70; ++i)
        query += " fragment F" + std::to_string(i) + " on Query { ...F" + std::to_string(i - 1) + " ...F" +
                 std::to_string(i - 1) + " }";
    const auto document = syntax::parseDocument(query);
    QVERIFY(document.ok());
    const auto operation = validate::selectOperation(**document, std::nullopt);
    QVERIFY(operation.ok());
    const auto error = validate::checkStaticLimits(**document, **operation, {});
    QVERIFY(error);
    QCOMPARE(error->message, std::string("Operation has 1180591620717411303424 root fields; the maximum is 20."));
}

void TestComplexityLimits::survivesFragmentCycles()
{
    const auto document = syntax::parseDocument("query { users { ...F } } fragment F on User { a: id ...G } "
                                                "fragment G on User { homeAddress { ...H } ...F } "
                                                "fragment H on Address { b: city ...H }");
    QVERIFY(document.ok());
    const auto operation = validate::selectOperation(**document, std::nullopt);
    QVERIFY(operation.ok());
    validate::ComplexityLimits limits;
    limits.maxAliases = 1;
    const auto error = validate::checkStaticLimits(**document, **operation, limits);
    QVERIFY(error);
    QCOMPARE(error->message, std::string("Operation uses 2 aliases; the maximum is 1."));
    QVERIFY(!validate::checkInputDepth(**document, **operation, {}, limits));
}

void TestComplexityLimits::measuresInputDepth_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("variables");
    QTest::addColumn<int>("maxInputDepth");
    QTest::addColumn<QByteArray>("message");

    QTest::addRow("scalar arguments are depth 0") << QByteArray("{ users(limit: 1) { id } }") << QByteArray("{}")
                                                  << 0 << QByteArray();
    QTest::addRow("empty object is depth 1") << QByteArray("{ users(where: {}) { id } }") << QByteArray("{}") << 0
                                             << QByteArray("Input value nesting depth 1 exceeds the maximum of 0.");
    QTest::addRow("literal depth 3")
        << QByteArray("{ users(where: {age: {in: [1]}}) { id } }") << QByteArray("{}") << 2
        << QByteArray("Input value nesting depth 3 exceeds the maximum of 2.");
    QTest::addRow("literal depth 3 allowed") << QByteArray("{ users(where: {age: {in: [1]}}) { id } }")
                                             << QByteArray("{}") << 3 << QByteArray();
    QTest::addRow("variable substituted")
        << QByteArray("query Q($w: UserWhereInput) { users(where: {AND: [$w]}) { id } }")
        << QByteArray(R"({"w":{"OR":[{"age":{"eq":1}}]}})") << 5
        << QByteArray("Input value nesting depth 6 exceeds the maximum of 5.");
    QTest::addRow("null variable is depth 0")
        << QByteArray("query Q($w: UserWhereInput) { users(where: {AND: [$w]}) { id } }")
        << QByteArray(R"({"w":null})") << 2 << QByteArray();
    QTest::addRow("absent variable is depth 0")
        << QByteArray("query Q($w: UserWhereInput) { users(where: {AND: [$w]}) { id } }") << QByteArray("{}") << 2
        << QByteArray();
    QTest::addRow("first offending argument in document order")
        << QByteArray("query Q($o: [UserOrderByInput!]) { b: users(where: {AND: [{}]}, orderBy: $o) { id } "
                      "a: users(where: {AND: [{NOT: {}}]}) { id } }")
        << QByteArray(R"({"o":[{"homeAddress":{"city":"ASC"}}]})") << 2
        << QByteArray("Input value nesting depth 3 exceeds the maximum of 2.");
    QTest::addRow("fragment arguments in document order")
        << QByteArray("fragment F on Query { users(where: {AND: [{OR: [{}]}]}) { id } } "
                      "{ ...F users(where: {AND: [{}]}) { id } }")
        << QByteArray("{}") << 1 << QByteArray("Input value nesting depth 5 exceeds the maximum of 1.");
    QTest::addRow("directive arguments are not measured")
        << QByteArray("query Q($b: Boolean = true) { users @include(if: $b) { id } }") << QByteArray("{}") << 0
        << QByteArray();
    QTest::addRow("default 32 allows 32") << QByteArray("{ users(where: {meta: {eq: " + QByteArray(30, '[') +
                                                        QByteArray(30, ']') + "}}) { id } }")
                                          << QByteArray("{}") << 32 << QByteArray();
    QTest::addRow("default 32 rejects 33") << QByteArray("{ users(where: {meta: {eq: " + QByteArray(31, '[') +
                                                         QByteArray(31, ']') + "}}) { id } }")
                                           << QByteArray("{}") << 32
                                           << QByteArray("Input value nesting depth 33 exceeds the maximum of 32.");
}

void TestComplexityLimits::measuresInputDepth()
{
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, variables);
    QFETCH(int, maxInputDepth);
    QFETCH(QByteArray, message);
    const auto document = syntax::parseDocument(query.toStdString());
    QVERIFY(document.ok());
    const auto operation = validate::selectOperation(**document, std::nullopt);
    QVERIFY(operation.ok());
    const auto decoded = values::decodeVariables(variables.toStdString());
    QVERIFY(decoded.ok());
    validate::CoercedVariables coerced;
    for (std::size_t i = 0; i < decoded->size(); ++i)
        coerced.set(decoded->keyAt(i), decoded->at(i));
    validate::ComplexityLimits limits;
    limits.maxInputDepth = std::size_t(maxInputDepth);
    const auto error = validate::checkInputDepth(**document, **operation, coerced, limits);
    if (message.isEmpty()) {
        QVERIFY2(!error, error ? error->message.c_str() : "");
        return;
    }
    QVERIFY(error);
    QCOMPARE(QByteArray::fromStdString(error->message), message);
    QCOMPARE(error->code, ErrorCode::QueryTooComplex);
    QVERIFY(error->locations.empty());
}

QTEST_APPLESS_MAIN(TestComplexityLimits)
#include "tst_complexity_limits.moc"
