// The validator (engine/src/validate, CONTRACT §3.2) on the §11 schema: every rule with the
// contract's examples, the worked error cases X2-X5, X13-X15, X17, error order across rules,
// locations, the error limit, and valid documents. Expected errors are written one per string as
// `line:column[ line:column…] message` (no locations: just the message).

#include "schema/sdl_loader.h"
#include "syntax/parser.h"
#include "test_env.h"
#include "validate/validator.h"

#include <QTest>

#include <memory>
#include <string>

using namespace graft;

namespace {

QStringList describe(const std::vector<Error> &errors)
{
    QStringList out;
    for (const Error &error : errors) {
        QString text;
        for (const SourceLocation &location : error.locations) {
            if (!text.isEmpty())
                text += QLatin1Char(' ');
            text += QString::number(location.line) + QLatin1Char(':') + QString::number(location.column);
        }
        if (!text.isEmpty())
            text += QLatin1Char(' ');
        text += QString::fromStdString(error.message);
        out << text;
    }
    return out;
}

} // namespace

class TestValidator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reportsLikeGraphqlCore_data();
    void reportsLikeGraphqlCore();
    void acceptsValidDocuments_data();
    void acceptsValidDocuments();
    void stopsAtTheErrorLimit();
    void usesTheValidationFailedCode();

private:
    std::vector<Error> validate(const QString &query) const;

    std::shared_ptr<const schema::SchemaRegistry> m_registry;
};

void TestValidator::initTestCase()
{
    const QString root = graft::test::sourceDir();
    QVERIFY2(!root.isEmpty(), "GRAFT_SOURCE_DIR is not set");
    const QString path = root + QStringLiteral("/tests/fixtures/contract/schema.graphql");
    auto loaded = schema::SdlLoader::loadFile(path.toStdString());
    QVERIFY(loaded.ok());
    m_registry = loaded.value();
}

std::vector<Error> TestValidator::validate(const QString &query) const
{
    auto parsed = syntax::parseDocument(query.toStdString());
    if (!parsed.ok())
        return parsed.errors();
    return validate::validateDocument(**parsed, *m_registry);
}

void TestValidator::reportsLikeGraphqlCore_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("errors");
    const auto row = [](const char *name, const char *query, QStringList errors) {
        QTest::newRow(name) << QString::fromUtf8(query) << errors;
    };

    // Worked error cases of §11.
    row("X2", "{ users { firstName nickname } }",
        {QStringLiteral("1:21 Cannot query field 'nickname' on type 'User'. Did you mean 'firstName'?")});
    row("X3", "{ users(where: {age: {like: \"4%\"}}) { firstName } }",
        {QStringLiteral("1:23 Field 'like' is not defined by type 'IntFilter'. Did you mean 'lte'?")});
    row("X4", "{ users(first: 10) { firstName } }",
        {QStringLiteral("1:9 Unknown argument 'first' on field 'Query.users'. Did you mean 'limit'?")});
    row("X5", "query Q { users(limit: $n) { firstName } }",
        {QStringLiteral("1:24 1:1 Variable '$n' is not defined by operation 'Q'.")});
    row("X13 order across rules", "{ users(where: {nope: 1}) { nickname } user { id } }",
        {QStringLiteral("1:17 Field 'nope' is not defined by type 'UserWhereInput'. Did you mean 'NOT'?"),
         QStringLiteral("1:29 Cannot query field 'nickname' on type 'User'. Did you mean 'firstName'?"),
         QStringLiteral("1:40 Field 'user' argument 'id' of type 'UUID!' is required, but it was not provided.")});
    row("X14 line breaks", "{ users {\nfirstName\nnickname } }",
        {QStringLiteral("2:10 Cannot query field 'nickname' on type 'User'. Did you mean 'firstName'?")});
    row("X15 code point columns", "{ users(where: {firstName: {eq: \"\xF0\x9F\x98\x80\"}}) { nickname } }",
        {QStringLiteral("1:42 Cannot query field 'nickname' on type 'User'. Did you mean 'firstName'?")});
    row("X17", "{ users(orderBy: {age: asc}) { firstName } }",
        {QStringLiteral("1:24 Value 'asc' does not exist in 'OrderDirection' enum. Did you mean the enum value 'ASC' or 'DESC'?")});

    // The rules table of §3.2, in rule order.
    row("1 ExecutableDefinitions", "{ users { id } } type Foo { a: Int }",
        {QStringLiteral("1:18 The 'Foo' definition is not executable.")});
    row("1 schema definition", "{ users { id } } schema { query: Query }",
        {QStringLiteral("1:18 The schema definition is not executable.")});
    row("2 UniqueOperationNames", "query Q { users { id } } query Q { devices { id } }",
        {QStringLiteral("1:7 1:32 There can be only one operation named 'Q'.")});
    row("3 LoneAnonymousOperation", "{ users { id } } query Q { devices { id } }",
        {QStringLiteral("1:1 This anonymous operation must be the only defined operation.")});
    row("5 KnownTypeNames", "query Q($d: Datetime) { users(where: {createdAt: {eq: $d}}) { id } }",
        {QStringLiteral("1:13 Unknown type 'Datetime'. Did you mean 'DateTime', 'Date', 'DateFilter', 'DateRange', or 'Device'?")});
    row("5 in type-system definitions", "{ users { id } } type Foo { a: Strin }",
        {QStringLiteral("1:18 The 'Foo' definition is not executable."),
         QStringLiteral("1:32 Unknown type 'Strin'. Did you mean 'String' or 'LTree'?")});
    row("6 FragmentsOnCompositeTypes", "query Q { users { ... on UUID { id } } }",
        {QStringLiteral("1:26 Fragment cannot condition on non composite type 'UUID'.")});
    row("7 VariablesAreInputTypes", "query Q($u: [User!]) { users { id } }",
        {QStringLiteral("1:13 Variable '$u' cannot be non-input type '[User!]'."),
         QStringLiteral("1:9 Variable '$u' is never used in operation 'Q'.")});
    row("8 ScalarLeafs missing selection", "{ users { homeAddress } }",
        {QStringLiteral("1:11 Field 'homeAddress' of type 'Address' must have a selection of subfields. Did you mean 'homeAddress { ... }'?")});
    row("8 ScalarLeafs extra selection", "{ users { tags { x } } }",
        {QStringLiteral("1:16 Field 'tags' must not have a selection since type '[String!]' has no subfields.")});
    row("9 FieldsOnCorrectType", "{ userz { id } }",
        {QStringLiteral("1:3 Cannot query field 'userz' on type 'Query'. Did you mean 'user' or 'users'?")});
    row("10 UniqueFragmentNames", "{ users { ...F } } fragment F on User { id } fragment F on User { id }",
        {QStringLiteral("1:29 1:55 There can be only one fragment named 'F'.")});
    row("11 KnownFragmentNames", "{ users { ...G } }", {QStringLiteral("1:14 Unknown fragment 'G'.")});
    row("12 NoUnusedFragments", "{ users { id } } fragment F on User { id }",
        {QStringLiteral("1:18 Fragment 'F' is never used.")});
    row("13 PossibleFragmentSpreads", "{ users { ...F } } fragment F on Device { id }",
        {QStringLiteral("1:11 Fragment 'F' cannot be spread here as objects of type 'User' can never be of type 'Device'.")});
    row("14 NoFragmentCycles",
        "{ users { ...F } } fragment F on User { ...G } fragment G on User { ...H } fragment H on User { ...F }",
        {QStringLiteral("1:41 1:69 1:97 Cannot spread fragment 'F' within itself via 'G', 'H'.")});
    row("15 UniqueVariableNames", "query Q($a: Int, $a: Int) { users(limit: $a) { id } }",
        {QStringLiteral("1:10 1:19 There can be only one variable named '$a'.")});
    row("16 NoUndefinedVariables anonymous", "{ users(limit: $n) { id } }",
        {QStringLiteral("1:16 1:1 Variable '$n' is not defined.")});
    row("16 recursive usage order",
        "query Q { a: users { ...F } b: users { ...G } c: users { ...H } } fragment F on User { x: users(limit: $f) { id } } "
        "fragment G on User { id } fragment H on User { id }",
        {QStringLiteral("1:104 1:1 Variable '$f' is not defined by operation 'Q'."),
         QStringLiteral("1:88 Cannot query field 'users' on type 'User'.")});
    row("17 NoUnusedVariables", "query ($n: Int) { users { id } }",
        {QStringLiteral("1:8 Variable '$n' is never used.")});
    row("18 KnownDirectives unknown", "{ users @bogus { id } }", {QStringLiteral("1:9 Unknown directive '@bogus'.")});
    row("18 KnownDirectives location", "query Q @skip(if: true) { users { id } }",
        {QStringLiteral("1:9 Directive '@skip' may not be used on query.")});
    row("19 UniqueDirectivesPerLocation", "{ users { id @skip(if: true) @skip(if: false) } }",
        {QStringLiteral("1:14 1:30 The directive '@skip' can only be used once at this location.")});
    row("20 KnownArgumentNames on directive", "{ users { id @skip(iff: true) } }",
        {QStringLiteral("1:20 Unknown argument 'iff' on directive '@skip'. Did you mean 'if'?"),
         QStringLiteral("1:14 Directive '@skip' argument 'if' of type 'Boolean!' is required, but it was not provided.")});
    row("21 UniqueArgumentNames", "{ users(limit: 1, limit: 2) { id } }",
        {QStringLiteral("1:9 1:19 There can be only one argument named 'limit'.")});
    row("22 Int from String", "{ users(limit: \"x\") { id } }",
        {QStringLiteral("1:16 Int cannot represent non-integer value: \"x\"")});
    row("22 Int range", "{ users(limit: 2147483648) { id } }",
        {QStringLiteral("1:16 Int cannot represent non 32-bit signed integer value: 2147483648")});
    row("22 null in a list of non-null", "{ users(where: {age: {in: [1, null]}}) { id } }",
        {QStringLiteral("1:31 Expected value of type 'Int!', found null.")});
    row("22 scalar for an input object", "{ users(where: {age: 1}) { id } }",
        {QStringLiteral("1:22 Expected value of type 'IntFilter', found 1.")});
    row("22 list position", "{ users(where: {AND: 1}) { id } }",
        {QStringLiteral("1:22 Expected value of type '[UserWhereInput!]', found 1.")});
    row("22 nested list", "{ users(where: {AND: [[1]]}) { id } }",
        {QStringLiteral("1:23 Expected value of type 'UserWhereInput', found [1].")});
    row("22 UUID list at a scalar position", "{ users(where: {id: {eq: [\"11111111-1111-4111-8111-111111111111\"]}}) { id } }",
        {QStringLiteral("1:26 UUID cannot represent value: [\"11111111-1111-4111-8111-111111111111\"]")});
    row("22 UUID", "{ user(id: \"abc\") { id } }", {QStringLiteral("1:12 UUID cannot represent value: \"abc\"")});
    row("22 enum from String", "{ users(orderBy: {age: \"ASC\"}) { id } }",
        {QStringLiteral("1:24 Enum 'OrderDirection' cannot represent non-enum value: \"ASC\". Did you mean the enum value 'ASC' or 'DESC'?")});
    row("22 JSON with U+0000", "{ users(where: {meta: {eq: {k: [\"\\u0000\"]}}}) { id } }",
        {QStringLiteral("1:28 JSON cannot represent value: {k: [\"\\u0000\"]}")});
    row("23 ProvidedRequiredArguments field", "{ user { id } }",
        {QStringLiteral("1:3 Field 'user' argument 'id' of type 'UUID!' is required, but it was not provided.")});
    row("23 ProvidedRequiredArguments directive", "{ users { id @skip } }",
        {QStringLiteral("1:14 Directive '@skip' argument 'if' of type 'Boolean!' is required, but it was not provided.")});
    row("24 VariablesInAllowedPosition", "query Q($id: UUID) { user(id: $id) { id } }",
        {QStringLiteral("1:9 1:31 Variable '$id' of type 'UUID' used in position expecting type 'UUID!'.")});
    row("24 JSON list position", "query Q($v: Int) { users(where: {meta: {eq: [$v]}}) { id } }",
        {QStringLiteral("1:9 1:46 Variable '$v' of type 'Int' used in position expecting type 'JSON'.")});
    row("24 inside a JSON object: any type", "query Q($v: Int) { users(where: {meta: {eq: {a: $v}}}) { id } }", {});
    row("25 OverlappingFields different fields", "{ users { a: firstName a: age } }",
        {QStringLiteral("1:11 1:24 Fields 'a' conflict because 'firstName' and 'age' are different fields. Use different aliases on the fields to fetch both if this was intentional.")});
    row("25 OverlappingFields subfields", "{ users { x: homeAddress { c: city } x: homeAddress { c: zipCode } } }",
        {QStringLiteral("1:11 1:28 1:38 1:55 Fields 'x' conflict because subfields 'c' conflict because 'city' and 'zipCode' are different fields. Use different aliases on the fields to fetch both if this was intentional.")});
    row("25 arguments compared sorted", "{ users(where: {age: {eq: 1}, firstName: {eq: \"x\"}}) { id } users(where: {firstName: {eq: \"x\"}, age: {eq: 1}}) { id } }", {});
    row("25 differing arguments", "{ users(limit: 1) { id } users(limit: 2) { id } }",
        {QStringLiteral("1:3 1:26 Fields 'users' conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.")});
    row("25 conflicting types across fragments", "{ users { id: firstName ...F } } fragment F on Device { id }",
        {QStringLiteral("1:11 1:57 Fields 'id' conflict because they return conflicting types 'String' and 'UUID!'. Use different aliases on the fields to fetch both if this was intentional."),
         QStringLiteral("1:25 Fragment 'F' cannot be spread here as objects of type 'User' can never be of type 'Device'.")});
    row("26 UniqueInputFieldNames", "{ users(where: {age: {eq: 1, eq: 2}}) { id } }",
        {QStringLiteral("1:23 1:30 There can be only one input field named 'eq'.")});

    // Mutations have no root type: only the type-independent checks apply.
    row("mutation", "mutation M($b: Int) { users(limit: 1, limit: 2) { id } }",
        {QStringLiteral("1:29 1:39 There can be only one argument named 'limit'."),
         QStringLiteral("1:12 Variable '$b' is never used in operation 'M'.")});
    // An unknown directive's arguments are typed by the enclosing field (graphql-core's TypeInfo).
    row("unknown directive arguments", "{ users @bogus(limit: \"x\") { id } }",
        {QStringLiteral("1:9 Unknown directive '@bogus'."),
         QStringLiteral("1:23 Int cannot represent non-integer value: \"x\"")});
}

void TestValidator::reportsLikeGraphqlCore()
{
    QFETCH(QString, query);
    QFETCH(QStringList, errors);
    QCOMPARE(describe(validate(query)), errors);
}

void TestValidator::acceptsValidDocuments_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("E2") << QStringLiteral("{ users(where: {age: {gte: 18, lt: 65}, firstName: {eq: \"Al\"}}) { firstName } }");
    QTest::newRow("E14") << QStringLiteral(
        "{ users(orderBy: [{age: DESC}, {homeAddress: {city: ASC_NULLS_FIRST}}], limit: 2, offset: 1) { firstName } }");
    QTest::newRow("E16") << QStringLiteral(
        "query Q($w: UserWhereInput, $n: Int = 5) { users(where: $w, limit: $n) { firstName } }");
    QTest::newRow("E18") << QStringLiteral(
        "query Q($withAge: Boolean!, $skipHome: Boolean = false) { people: users(orderBy: {age: ASC}, limit: 2) { "
        "...Basic years: age @include(if: $withAge) ... on User { home: homeAddress @skip(if: $skipHome) { town: city "
        "__typename } } __typename } } fragment Basic on User { uid: id firstName }");
    QTest::newRow("introspection") << QStringLiteral(
        "{ __type(name: \"IntFilter\") { name inputFields { name } } __schema { types { fields(includeDeprecated: true) { name } } } }");
    QTest::newRow("E10 JSON literal") << QStringLiteral(
        "{ users(where: {meta: {hasKey: \"plan\", hasAnyKeys: [\"seats\", \"quota\"], contains: {plan: \"pro\"}}}) { firstName } }");
}

void TestValidator::acceptsValidDocuments()
{
    QFETCH(QString, query);
    QCOMPARE(describe(validate(query)), QStringList());
}

void TestValidator::stopsAtTheErrorLimit()
{
    QString query = QStringLiteral("{ ");
    for (int i = 0; i < 120; ++i)
        query += QStringLiteral("f%1: nope%1 ").arg(i);
    query += QLatin1Char('}');
    const std::vector<Error> errors = validate(query);
    QCOMPARE(errors.size(), std::size_t(101));
    QCOMPARE(QString::fromStdString(errors[99].message),
             QStringLiteral("Cannot query field 'nope99' on type 'Query'."));
    QCOMPARE(QString::fromStdString(errors[100].message),
             QStringLiteral("Too many validation errors, error limit reached. Validation aborted."));
    QVERIFY(errors[100].locations.empty());
}

void TestValidator::usesTheValidationFailedCode()
{
    for (const Error &error : validate(QStringLiteral("{ userz { id } user { id } }")))
        QCOMPARE(error.code, ErrorCode::GraphqlValidationFailed);
}

QTEST_APPLESS_MAIN(TestValidator)
#include "tst_validator.moc"
