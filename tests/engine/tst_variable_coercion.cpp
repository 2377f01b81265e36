#include "schema/sdl_loader.h"
#include "syntax/parser.h"
#include "test_env.h"
#include "validate/operation_selection.h"
#include "validate/variable_coercion.h"
#include "values/json_reader.h"
#include "values/json_writer.h"
#include "values/variables_decoder.h"

#include <QFile>
#include <QTest>

#include <map>
#include <memory>
#include <optional>
#include <string>

using namespace graft;

class TestVariableCoercion : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matchesGraphqlCore_data();
    void matchesGraphqlCore();
    void keepsValuesAsWritten_data();
    void keepsValuesAsWritten();
    void reportsEveryErrorAsBadUserInput();
    void recordsEachNameOnceInOrder();
    void givenTypesCoerceAsLookedUpOnes();

private:
    /// The rendering of the golden file: `ok`, or each error as `message (line:column)`, one per line.
    std::string run(const std::string &schema, const std::string &query, const std::optional<std::string> &variables,
                    std::string *coercedJson = nullptr, Errors *errors = nullptr);

    std::map<std::string, std::shared_ptr<const schema::SchemaRegistry>> m_schemas;
};

void TestVariableCoercion::initTestCase()
{
    const QString root = test::sourceDir();
    QVERIFY2(!root.isEmpty(), "GRAFT_SOURCE_DIR is not set");
    for (const auto &[name, path] : {std::pair{"contract", "/tests/fixtures/contract/schema.graphql"},
                                     std::pair{"demo", "/corpus/schema/demo.graphql"}}) {
        auto loaded = schema::SdlLoader::loadFile(QString(root + QString::fromLatin1(path)).toStdString());
        QVERIFY2(loaded.ok(), name);
        m_schemas[name] = loaded.value();
    }
}

std::string TestVariableCoercion::run(const std::string &schema, const std::string &query,
                                      const std::optional<std::string> &variables, std::string *coercedJson,
                                      Errors *errorsOut)
{
    auto document = syntax::parseDocument(query);
    if (!document)
        return "parse error: " + document.errors().front().message;
    auto operation = validate::selectOperation(**document, std::nullopt);
    if (!operation)
        return "selection error: " + operation.errors().front().message;
    std::optional<values::JsonValue> decoded;
    if (variables) {
        auto result = values::decodeVariables(*variables);
        if (!result)
            return "decode error: " + result.errors().front().message;
        decoded = std::move(result).value();
    }
    auto coerced =
        validate::coerceVariables(*m_schemas.at(schema), **document, **operation, decoded ? &*decoded : nullptr);
    if (coerced) {
        if (coercedJson) {
            values::JsonWriter json(*coercedJson);
            json.startObject();
            for (const std::string_view name : coerced->names()) {
                json.key(name);
                json.value(*coerced->find(name));
            }
            json.endObject();
        }
        return "ok";
    }
    if (errorsOut)
        *errorsOut = coerced.errors();
    std::string out;
    for (const Error &error : coerced.errors()) {
        if (!out.empty())
            out += '\n';
        out += error.message;
        if (!error.locations.empty())
            out += " (" + std::to_string(error.locations[0].line) + ':' + std::to_string(error.locations[0].column) +
                   ')';
    }
    return out;
}

void TestVariableCoercion::matchesGraphqlCore_data()
{
    // tests/engine/data/variable_coercion.jsonl: graphql-core 3.2.6's answers, written by
    // tests/engine/differential/coercion_cases.py --write (the contract's §1.3 and §4.2 examples included).
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("variables");
    QTest::addColumn<QByteArray>("expected");
    QFile golden(test::sourceDir() + QStringLiteral("/tests/engine/data/variable_coercion.jsonl"));
    QVERIFY(golden.open(QIODevice::ReadOnly));
    int count = 0;
    while (!golden.atEnd()) {
        const QByteArray line = golden.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const values::JsonReadResult read = values::readJson(std::string_view(line.constData(), std::size_t(line.size())), 64);
        QVERIFY(read.status == values::JsonReadStatus::Ok && read.value.isObject());
        const values::JsonValue &record = read.value;
        const values::JsonValue *variables = record.find("variables");
        QTest::newRow(record.find("name")->stringValue().c_str())
            << QByteArray::fromStdString(record.find("schema")->stringValue())
            << QByteArray::fromStdString(record.find("query")->stringValue())
            << (variables->isString() ? QByteArray::fromStdString(variables->stringValue()) : QByteArray())
            << QByteArray::fromStdString(record.find("expected")->stringValue());
        ++count;
    }
    QVERIFY(count >= 50);
}

void TestVariableCoercion::matchesGraphqlCore()
{
    QFETCH(QByteArray, schema);
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, variables);
    QFETCH(QByteArray, expected);
    const std::optional<std::string> text =
        variables.isNull() ? std::nullopt : std::optional<std::string>(variables.toStdString());
    QCOMPARE(QByteArray::fromStdString(run(schema.toStdString(), query.toStdString(), text)), expected);
}

void TestVariableCoercion::keepsValuesAsWritten_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("variables");
    QTest::addColumn<QByteArray>("coerced");
    QTest::addRow("E16 member order, null operator, single value, default")
        << QByteArray("contract") << QByteArray("query Q($w: UserWhereInput, $n: Int = 5) { users(where: $w, limit: $n) { firstName } }")
        << QByteArray(R"({"w":{"score":{"gt":1e16},"age":{"eq":null},"firstName":{"in":"Al"}}})")
        << QByteArray(R"({"w":{"score":{"gt":1e+16},"age":{"eq":null},"firstName":{"in":"Al"}},"n":5})");
    QTest::addRow("absent without default stays absent; explicit null kept")
        << QByteArray("contract") << QByteArray("query ($a: Int, $b: Int, $c: [Int]) { __typename }")
        << QByteArray(R"({"b":null,"c":[1,null]})") << QByteArray(R"({"b":null,"c":[1,null]})");
    QTest::addRow("no variables text: defaults only")
        << QByteArray("contract")
        << QByteArray("query ($n: Int = -0, $f: Float = 1, $w: UserWhereInput = {homeAddress: {city: {in: \"P\"}}, "
                      "age: {gt: 1}}, $o: [UserOrderByInput!] = {age: DESC}, $j: JSON = {b: [1.50, null], a: X}) "
                      "{ __typename }")
        << QByteArray() << QByteArray(R"({"n":-0,"f":1,"w":{"homeAddress":{"city":{"in":"P"}},"age":{"gt":1}},"o":{"age":"DESC"},"j":{"b":[1.50,null],"a":"X"}})");
    QTest::addRow("a given value wins over the default")
        << QByteArray("contract") << QByteArray("query ($n: Int = 5) { __typename }") << QByteArray(R"({"n":null})")
        << QByteArray(R"({"n":null})");
    QTest::addRow("numbers as written: ID given a number, Float given an integer")
        << QByteArray("demo") << QByteArray("query ($id: ID!, $w: GeoPointWhereInput) { __typename }")
        << QByteArray(R"({"w":{"lat":{"gt":48},"altitude":{"in":[1,"2.50",1e3]}},"id":5.0})")
        << QByteArray(R"({"id":5.0,"w":{"lat":{"gt":48},"altitude":{"in":[1,"2.50",1000.0]}}})");
    QTest::addRow("unicode strings kept") << QByteArray("contract") << QByteArray("query ($s: String) { __typename }")
                                          << QByteArray(R"({"s":"é😀\u0000\u2028"})")
                                          << QByteArray("{\"s\":\"é😀\\u0000\xe2\x80\xa8\"}");
}

void TestVariableCoercion::keepsValuesAsWritten()
{
    QFETCH(QByteArray, schema);
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, variables);
    QFETCH(QByteArray, coerced);
    const std::optional<std::string> text =
        variables.isNull() ? std::nullopt : std::optional<std::string>(variables.toStdString());
    std::string json;
    QCOMPARE(QByteArray::fromStdString(run(schema.toStdString(), query.toStdString(), text, &json)), QByteArray("ok"));
    QCOMPARE(QByteArray::fromStdString(json), coerced);
}

void TestVariableCoercion::reportsEveryErrorAsBadUserInput()
{
    Errors errors;
    run("contract", "query Q($w: UserWhereInput) { users(where: $w) { id } }", R"({"w":{"age":{"in":["x","x"]}}})",
        nullptr, &errors);
    QCOMPARE(errors.size(), 2u);
    for (const Error &error : errors) {
        QCOMPARE(error.code, ErrorCode::BadUserInput);
        QVERIFY(error.path.empty());
        QCOMPARE(error.locations.size(), 1u);
    }
    Errors limited;
    std::string many = R"({"w":{"age":{"in":[)";
    for (int i = 0; i < 60; ++i)
        many += i ? ",true" : "true";
    many += "]}}}";
    run("contract", "query Q($w: UserWhereInput) { users(where: $w) { id } }", many, nullptr, &limited);
    QCOMPARE(limited.size(), 51u);
    QCOMPARE(limited.back().code, ErrorCode::BadUserInput);
    QVERIFY(limited.back().locations.empty());
    QCOMPARE(limited.back().message,
             std::string("Too many errors processing variables, error limit reached. Execution aborted."));
    Errors internal;
    run("contract", "query Q($w: UserWhereInput) { users(where: $w) { id } }", R"({"w":{"\u0130\u0130":1}})", nullptr,
        &internal);
    QCOMPARE(internal.size(), 1u);
    QCOMPARE(internal.front().code, ErrorCode::InternalServerError);
}

// A name set again keeps its first place and takes the new value; absent names have none.
void TestVariableCoercion::recordsEachNameOnceInOrder()
{
    validate::CoercedVariables variables;
    QVERIFY(variables.empty());
    variables.set("b", values::JsonValue::integer(1));
    variables.set("a", values::JsonValue());
    variables.set("b", values::JsonValue::integer(2));
    QCOMPARE(variables.size(), 2u);
    QCOMPARE(variables.names(), (std::vector<std::string_view>{"b", "a"}));
    QCOMPARE(*variables.find("b"), values::JsonValue::integer(2));
    QVERIFY(variables.find("a")->isNull());
    QCOMPARE(variables.find("c"), nullptr);
}

// The types an operation's facts keep (variableTypes()) give the same outcome as each looked up,
// an unknown type included; a short list falls back to looking up the rest.
void TestVariableCoercion::givenTypesCoerceAsLookedUpOnes()
{
    const schema::SchemaRegistry &registry = *m_schemas.at("contract");
    auto document = syntax::parseDocument("query Q($n: Int!, $w: UserWhereInput, $x: Nope) { users { id } }");
    QVERIFY(document);
    auto operation = validate::selectOperation(**document, std::nullopt);
    QVERIFY(operation);
    const std::vector<schema::TypeRef> types = validate::variableTypes(**operation, registry);
    QCOMPARE(types.size(), 3u);
    QVERIFY(!types[2].valid());
    for (const char *text : {R"({"n": 3, "w": {"age": {"gt": 1}}})", R"({"n": null})", R"({"w": 1})"}) {
        const values::JsonValue variables = values::decodeVariables(text).value();
        auto looked = validate::coerceVariables(registry, **document, **operation, &variables);
        auto given = validate::coerceVariables(registry, **document, **operation, &variables, types);
        auto partly = validate::coerceVariables(registry, **document, **operation, &variables,
                                                std::span<const schema::TypeRef>(types).first(1));
        for (const auto *other : {&given, &partly}) {
            QCOMPARE(other->ok(), looked.ok());
            if (!looked.ok()) {
                QCOMPARE(other->errors().size(), looked.errors().size());
                for (std::size_t i = 0; i < looked.errors().size(); ++i)
                    QCOMPARE(other->errors()[i].message, looked.errors()[i].message);
            }
        }
    }
}

QTEST_APPLESS_MAIN(TestVariableCoercion)
#include "tst_variable_coercion.moc"
