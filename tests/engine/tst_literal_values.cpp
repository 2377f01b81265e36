#include "schema/sdl_loader.h"
#include "syntax/parser.h"
#include "test_env.h"
#include "validate/literal_values.h"
#include "validate/operation_selection.h"
#include "validate/variable_coercion.h"
#include "values/json_writer.h"
#include "values/variables_decoder.h"

#include <QTest>

#include <memory>
#include <optional>
#include <string>

using namespace graft;

class TestLiteralValues : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void convertsArgumentsAsValueFromAst_data();
    void convertsArgumentsAsValueFromAst();
    void evaluatesSkipAndInclude_data();
    void evaluatesSkipAndInclude();
    void resolvesVariableTypes();

private:
    struct Prepared {
        std::shared_ptr<const syntax::Document> document;
        const syntax::OperationDefinition *operation = nullptr;
        validate::CoercedVariables variables;
    };
    std::optional<Prepared> prepare(const QByteArray &query, const QByteArray &variables);

    std::shared_ptr<const schema::SchemaRegistry> m_schema;
};

namespace {

std::string render(const Result<validate::ArgumentValues> &result, const syntax::Document &)
{
    if (!result) {
        const Error &error = result.errors().front();
        std::string out = error.message;
        if (!error.locations.empty())
            out += " (" + std::to_string(error.locations[0].line) + ':' + std::to_string(error.locations[0].column) +
                   ')';
        return out;
    }
    std::string out;
    values::JsonWriter json(out);
    json.startObject();
    for (const auto &[name, value] : *result) {
        json.key(name);
        json.value(value);
    }
    json.endObject();
    return out;
}

} // namespace

void TestLiteralValues::initTestCase()
{
    auto loaded = schema::SdlLoader::loadFile(
        QString(test::sourceDir() + QStringLiteral("/tests/fixtures/contract/schema.graphql")).toStdString());
    QVERIFY(loaded.ok());
    m_schema = loaded.value();
}

std::optional<TestLiteralValues::Prepared> TestLiteralValues::prepare(const QByteArray &query,
                                                                      const QByteArray &variables)
{
    Prepared prepared;
    auto document = syntax::parseDocument(query.toStdString());
    if (!document)
        return std::nullopt;
    prepared.document = document.value();
    auto operation = validate::selectOperation(*prepared.document, std::nullopt);
    if (!operation)
        return std::nullopt;
    prepared.operation = *operation;
    std::optional<values::JsonValue> decoded;
    if (!variables.isNull()) {
        auto result = values::decodeVariables(variables.toStdString());
        if (!result)
            return std::nullopt;
        decoded = std::move(result).value();
    }
    auto coerced = validate::coerceVariables(*m_schema, *prepared.document, *prepared.operation,
                                             decoded ? &*decoded : nullptr);
    if (!coerced)
        return std::nullopt;
    prepared.variables = std::move(coerced).value();
    return prepared;
}

void TestLiteralValues::convertsArgumentsAsValueFromAst_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("variables");
    QTest::addColumn<QByteArray>("expected");

    QTest::addRow("literal order, tokens and enum names kept")
        << QByteArray("{ users(where: {score: {gt: 100}, age: {in: [1, -0]}, firstName: {eq: \"\\u00e9\"}}, "
                      "orderBy: {age: DESC}, limit: 2) { id } }")
        << QByteArray()
        << QByteArray(R"({"where":{"score":{"gt":100},"age":{"in":[1,-0]},"firstName":{"eq":"é"}},"orderBy":{"age":"DESC"},"limit":2})");
    QTest::addRow("variables substituted with their JSON values")
        << QByteArray("query ($w: UserWhereInput, $n: Int = 3) { users(where: {AND: [$w]}, limit: $n) { id } }")
        << QByteArray(R"({"w":{"score":{"gt":1e16},"age":{"eq":null}}})")
        << QByteArray(R"({"where":{"AND":[{"score":{"gt":1e+16},"age":{"eq":null}}]},"limit":3})");
    QTest::addRow("a missing variable drops the field or argument; a null one stays")
        << QByteArray("query ($a: Int, $s: String, $n: Int) { users(where: {age: {eq: $a, gt: 1}, "
                      "firstName: {eq: $s}}, limit: $n) { id } }")
        << QByteArray(R"({"s":null})") << QByteArray(R"({"where":{"age":{"gt":1},"firstName":{"eq":null}}})");
    QTest::addRow("a null variable in a non-null list item: invalid value")
        << QByteArray("query ($s: String = \"y\") { users(where: {firstName: {in: [\"x\", $s]}}) { id } }")
        << QByteArray(R"({"s":null})")
        << QByteArray("Argument 'where' has invalid value {firstName: {in: [\"x\", $s]}}. (1:41)");
    QTest::addRow("no variables at all")
        << QByteArray("query ($a: Int) { users(where: {age: {eq: $a}}) { id } }") << QByteArray()
        << QByteArray(R"({"where":{"age":{}}})");
    QTest::addRow("JSON literal taken whole, variables inside it (a missing one is null)")
        << QByteArray("query ($v: Int, $m: String) { users(where: {meta: {eq: {a: [$v, $m], b: ENUMV, c: 1.50}}}) "
                      "{ id } }")
        << QByteArray(R"({"v":7})") << QByteArray(R"({"where":{"meta":{"eq":{"a":[7,null],"b":"ENUMV","c":1.50}}}})");
    QTest::addRow("§4.2 null inside the literal: invalid value")
        << QByteArray("query Q($a: UUID = \"11111111-1111-4111-8111-111111111111\") "
                      "{ users(where: {id: {in: [$a]}}) { id } }")
        << QByteArray(R"({"a":null})")
        << QByteArray("Argument 'where' has invalid value {id: {in: [$a]}}. (1:75)");
    QTest::addRow("§4.2 null for a non-null argument")
        << QByteArray("query Q($id: UUID = \"11111111-1111-4111-8111-111111111111\") { user(id: $id) { id } }")
        << QByteArray(R"({"id":null})") << QByteArray("Argument 'id' of non-null type 'UUID!' must not be null. (1:72)");
    QTest::addRow("the default serves when the variable is absent")
        << QByteArray("query Q($id: UUID = \"11111111-1111-4111-8111-111111111111\") { user(id: $id) { id } }")
        << QByteArray("{}") << QByteArray(R"({"id":"11111111-1111-4111-8111-111111111111"})");
    QTest::addRow("JSON: U+0000 from a variable is left to the parameter checks")
        << QByteArray("query Q($s: String) { users(where: {meta: {eq: {a: $s}}}) { id } }")
        << QByteArray(R"({"s":"\u0000"})") << QByteArray(R"({"where":{"meta":{"eq":{"a":"\u0000"}}}})");
    QTest::addRow("JSON: U+0000 in the literal itself is invalid")
        << QByteArray("{ users(where: {meta: {eq: [{a: \"\\u0000\"}]}}) { id } }") << QByteArray()
        << QByteArray("Argument 'where' has invalid value {meta: {eq: [{a: \"\\u0000\"}]}}. (1:16)");
    QTest::addRow("Int literal at a Float position keeps its token")
        << QByteArray("{ users(where: {score: {in: 100}}) { id } }") << QByteArray()
        << QByteArray(R"({"where":{"score":{"in":100}}})");
}

void TestLiteralValues::convertsArgumentsAsValueFromAst()
{
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, variables);
    QFETCH(QByteArray, expected);
    const auto prepared = prepare(query, variables);
    QVERIFY(prepared);
    const auto *field = prepared->operation->selectionSet->selections[0]->as<syntax::Field>();
    QVERIFY(field);
    const schema::FieldDefinition *definition = m_schema->fieldOf(m_schema->queryType(), field->name.value);
    QVERIFY(definition);
    const auto result = validate::argumentValues(definition->arguments, field->arguments, field->offset,
                                                 prepared->variables, *prepared->document);
    QCOMPARE(QByteArray::fromStdString(render(result, *prepared->document)), expected);
    if (!result)
        QCOMPARE(result.errors().front().code, ErrorCode::BadUserInput);
}

void TestLiteralValues::evaluatesSkipAndInclude_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("variables");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("no directive") << QByteArray("{ users { id } }") << QByteArray() << QByteArray("include");
    QTest::addRow("skip true") << QByteArray("{ users @skip(if: true) { id } }") << QByteArray() << QByteArray("skip");
    QTest::addRow("include false") << QByteArray("{ users @include(if: false) { id } }") << QByteArray()
                                   << QByteArray("skip");
    QTest::addRow("skip false, include true") << QByteArray("{ users @include(if: true) @skip(if: false) { id } }")
                                              << QByteArray() << QByteArray("include");
    QTest::addRow("E18 include variable false")
        << QByteArray("query Q($withAge: Boolean!) { users @include(if: $withAge) { id } }")
        << QByteArray(R"({"withAge":false})") << QByteArray("skip");
    QTest::addRow("default used") << QByteArray("query Q($skipHome: Boolean = false) { users @skip(if: $skipHome) { id } }")
                                  << QByteArray() << QByteArray("include");
    QTest::addRow("§4.2 null given to if: request error at the variable")
        << QByteArray("query Q($b: Boolean = true) {\n  users @skip(if: $b) { id } }") << QByteArray(R"({"b":null})")
        << QByteArray("Argument 'if' of non-null type 'Boolean!' must not be null. (2:19)");
    QTest::addRow("skip is evaluated before include")
        << QByteArray("query Q($b: Boolean = true) { users @include(if: $b) @skip(if: true) { id } }")
        << QByteArray(R"({"b":null})") << QByteArray("skip");
}

void TestLiteralValues::evaluatesSkipAndInclude()
{
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, variables);
    QFETCH(QByteArray, expected);
    const auto prepared = prepare(query, variables);
    QVERIFY(prepared);
    const auto *field = prepared->operation->selectionSet->selections[0]->as<syntax::Field>();
    QVERIFY(field);
    const Result<bool> include =
        validate::shouldIncludeNode(field->directives, *m_schema, prepared->variables, *prepared->document);
    std::string actual;
    if (include) {
        actual = *include ? "include" : "skip";
    } else {
        const Error &error = include.errors().front();
        QCOMPARE(error.code, ErrorCode::BadUserInput);
        actual = error.message + " (" + std::to_string(error.locations.at(0).line) + ':' +
                 std::to_string(error.locations.at(0).column) + ')';
    }
    QCOMPARE(QByteArray::fromStdString(actual), expected);
}

void TestLiteralValues::resolvesVariableTypes()
{
    const auto document = syntax::parseDocument("query ($a: [UserWhereInput!]!, $b: Nope, $c: [Nope]) { __typename }");
    QVERIFY(document.ok());
    const auto &definitions =
        (*document)->definitions()[0]->as<syntax::OperationDefinition>()->variableDefinitions;
    QCOMPARE(validate::typeFromAst(*definitions[0].type, *m_schema).toString(), std::string("[UserWhereInput!]!"));
    QVERIFY(!validate::typeFromAst(*definitions[1].type, *m_schema).valid());
    QVERIFY(!validate::typeFromAst(*definitions[2].type, *m_schema).valid());
}

QTEST_APPLESS_MAIN(TestLiteralValues)
#include "tst_literal_values.moc"
