#include "syntax/ast.h"
#include "syntax/parser.h"
#include "syntax/printer.h"

#include <QTest>

#include <string>

using namespace graft::syntax;

namespace {

std::shared_ptr<const Document> parseOk(const std::string &source)
{
    auto parsed = parseDocument(source);
    if (!parsed) {
        const std::string message = "parse failed: " + parsed.errors().front().message;
        QTest::qFail(message.c_str(), __FILE__, __LINE__);
        return {};
    }
    return parsed.value();
}

QByteArray bytes(std::string_view text)
{
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

class TestParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesOperations_data();
    void parsesOperations();
    void parsesVariableDefinitions();
    void parsesFieldsAliasesArgumentsDirectives();
    void parsesFragmentsAndSpreads();
    void parsesValueLiterals_data();
    void parsesValueLiterals();
    void parsesTypeReferences_data();
    void parsesTypeReferences();
    void parsesTypeSystemDefinitions();
    void parsesTypeSystemExtensions_data();
    void parsesTypeSystemExtensions();
    void recordsOffsetsAndLocations();
    void rejectsWithGraphqlCoreMessage_data();
    void rejectsWithGraphqlCoreMessage();
    void enforcesSizeGuard();
    void enforcesNestingGuard_data();
    void enforcesNestingGuard();
    void survivesMegabyteOfOpeners_data();
    void survivesMegabyteOfOpeners();
    void parsesDeepButAllowedNesting();
};

void TestParser::parsesOperations_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("operation");
    QTest::addColumn<QByteArray>("name");
    QTest::addRow("shorthand") << QByteArray("{ a }") << int(OperationType::Query) << QByteArray();
    QTest::addRow("anonymous query") << QByteArray("query { a }") << int(OperationType::Query) << QByteArray();
    QTest::addRow("named query") << QByteArray("query Q { a }") << int(OperationType::Query) << QByteArray("Q");
    QTest::addRow("mutation") << QByteArray("mutation M { a }") << int(OperationType::Mutation) << QByteArray("M");
    QTest::addRow("subscription") << QByteArray("subscription S @d { a }") << int(OperationType::Subscription)
                                  << QByteArray("S");
}

void TestParser::parsesOperations()
{
    QFETCH(QByteArray, source);
    QFETCH(int, operation);
    QFETCH(QByteArray, name);
    const auto document = parseOk(source.toStdString());
    QVERIFY(document);
    QCOMPARE(document->definitions().size(), 1u);
    const auto *op = document->definitions()[0]->as<OperationDefinition>();
    QVERIFY(op);
    QCOMPARE(int(op->operation), operation);
    QCOMPARE(bytes(op->name.value), name);
    QCOMPARE(op->selectionSet->selections.size(), 1u);
    QCOMPARE(bytes(op->selectionSet->selections[0]->as<Field>()->name.value), QByteArray("a"));
}

void TestParser::parsesVariableDefinitions()
{
    const auto document =
        parseOk("query Q($a: Int, $b: [String!]! = [\"x\"] @d(k: 1), $c: In = {x: {y: ENUMV}}) @op { a(x: $a) }");
    QVERIFY(document);
    const auto *op = document->definitions()[0]->as<OperationDefinition>();
    QCOMPARE(op->variableDefinitions.size(), 3u);
    const VariableDefinition &a = op->variableDefinitions[0];
    QCOMPARE(bytes(a.variable->name.value), QByteArray("a"));
    QCOMPARE(a.variable->kind, ValueKind::Variable);
    QCOMPARE(printType(*a.type), std::string("Int"));
    QVERIFY(!a.defaultValue);
    const VariableDefinition &b = op->variableDefinitions[1];
    QCOMPARE(printType(*b.type), std::string("[String!]!"));
    QCOMPARE(printValue(*b.defaultValue), std::string("[\"x\"]"));
    QCOMPARE(b.directives.size(), 1u);
    QCOMPARE(bytes(b.directives[0].name.value), QByteArray("d"));
    QCOMPARE(printValue(*op->variableDefinitions[2].defaultValue), std::string("{x: {y: ENUMV}}"));
    QCOMPARE(op->directives.size(), 1u);
    QCOMPARE(bytes(op->directives[0].name.value), QByteArray("op"));
}

void TestParser::parsesFieldsAliasesArgumentsDirectives()
{
    const auto document = parseOk("{ alias: field(a: 1, b: $v) @include(if: true) @skip(if: false) { leaf } plain }");
    QVERIFY(document);
    const auto *op = document->definitions()[0]->as<OperationDefinition>();
    const auto &selections = op->selectionSet->selections;
    QCOMPARE(selections.size(), 2u);
    const Field *field = selections[0]->as<Field>();
    QVERIFY(field);
    QVERIFY(!selections[0]->as<FragmentSpread>());
    QCOMPARE(bytes(field->alias.value), QByteArray("alias"));
    QCOMPARE(bytes(field->name.value), QByteArray("field"));
    QCOMPARE(bytes(field->responseKey()), QByteArray("alias"));
    QCOMPARE(field->arguments.size(), 2u);
    QCOMPARE(bytes(field->arguments[1].name.value), QByteArray("b"));
    QCOMPARE(field->arguments[1].value->kind, ValueKind::Variable);
    QCOMPARE(field->directives.size(), 2u);
    QCOMPARE(bytes(field->directives[1].name.value), QByteArray("skip"));
    QCOMPARE(printValue(*field->directives[1].arguments[0].value), std::string("false"));
    QVERIFY(field->selectionSet);
    const Field *plain = selections[1]->as<Field>();
    QVERIFY(!plain->alias.present());
    QCOMPARE(bytes(plain->responseKey()), QByteArray("plain"));
    QVERIFY(!plain->selectionSet);
}

void TestParser::parsesFragmentsAndSpreads()
{
    const auto document =
        parseOk("{ ...F @d ... on User { id } ... @include(if: true) { name } ... { x } } fragment F on Query @f { a }");
    QVERIFY(document);
    const auto &selections = document->definitions()[0]->as<OperationDefinition>()->selectionSet->selections;
    QCOMPARE(selections.size(), 4u);
    const auto *spread = selections[0]->as<FragmentSpread>();
    QVERIFY(spread);
    QCOMPARE(bytes(spread->name.value), QByteArray("F"));
    QCOMPARE(spread->directives.size(), 1u);
    const auto *typed = selections[1]->as<InlineFragment>();
    QVERIFY(typed);
    QCOMPARE(bytes(typed->typeCondition->name.value), QByteArray("User"));
    const auto *untyped = selections[2]->as<InlineFragment>();
    QVERIFY(untyped && !untyped->typeCondition);
    QCOMPARE(untyped->directives.size(), 1u);
    QVERIFY(selections[3]->as<InlineFragment>());
    const auto *fragment = document->definitions()[1]->as<FragmentDefinition>();
    QVERIFY(fragment);
    QVERIFY(isExecutableDefinition(fragment->kind));
    QCOMPARE(bytes(fragment->name.value), QByteArray("F"));
    QCOMPARE(bytes(fragment->typeCondition->name.value), QByteArray("Query"));
    QCOMPARE(fragment->directives.size(), 1u);
}

void TestParser::parsesValueLiterals_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("printed");
    QTest::addRow("int") << QByteArray("-0") << int(ValueKind::Int) << QByteArray("-0");
    QTest::addRow("big int verbatim") << QByteArray("123456789012345678901234567890") << int(ValueKind::Int)
                                      << QByteArray("123456789012345678901234567890");
    QTest::addRow("float verbatim") << QByteArray("1.50E+3") << int(ValueKind::Float) << QByteArray("1.50E+3");
    QTest::addRow("string") << QByteArray("\"a\\u0007\\u00e9\\t/\"") << int(ValueKind::String)
                            << QByteArray("\"a\\u0007\xC3\xA9\\t/\"");
    QTest::addRow("block string") << QByteArray("\"\"\"\n  a\n  b\n\"\"\"") << int(ValueKind::String)
                                  << QByteArray("\"\"\"\na\nb\n\"\"\"");
    QTest::addRow("true") << QByteArray("true") << int(ValueKind::Boolean) << QByteArray("true");
    QTest::addRow("false") << QByteArray("false") << int(ValueKind::Boolean) << QByteArray("false");
    QTest::addRow("null") << QByteArray("null") << int(ValueKind::Null) << QByteArray("null");
    QTest::addRow("enum") << QByteArray("ASC") << int(ValueKind::Enum) << QByteArray("ASC");
    QTest::addRow("variable") << QByteArray("$v") << int(ValueKind::Variable) << QByteArray("$v");
    QTest::addRow("empty list") << QByteArray("[]") << int(ValueKind::List) << QByteArray("[]");
    QTest::addRow("empty object") << QByteArray("{}") << int(ValueKind::Object) << QByteArray("{}");
    QTest::addRow("nested") << QByteArray("{a: [1 {b: $v}] c: ENUMV, d: null e: 1.5e3 f: true}") << int(ValueKind::Object)
                            << QByteArray("{a: [1, {b: $v}], c: ENUMV, d: null, e: 1.5e3, f: true}");
}

void TestParser::parsesValueLiterals()
{
    QFETCH(QByteArray, literal);
    QFETCH(int, kind);
    QFETCH(QByteArray, printed);
    const auto document = parseOk("{ f(x: " + literal.toStdString() + ") }");
    QVERIFY(document);
    const Value *value =
        document->definitions()[0]->as<OperationDefinition>()->selectionSet->selections[0]->as<Field>()->arguments[0].value;
    QCOMPARE(int(value->kind), kind);
    QCOMPARE(QByteArray::fromStdString(printValue(*value)), printed);
}

void TestParser::parsesTypeReferences_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addRow("named") << QByteArray("Int");
    QTest::addRow("non-null") << QByteArray("Int!");
    QTest::addRow("list") << QByteArray("[Int]");
    QTest::addRow("nested") << QByteArray("[[Int!]!]!");
}

void TestParser::parsesTypeReferences()
{
    QFETCH(QByteArray, type);
    const auto document = parseOk("query($v: " + type.toStdString() + ") { a }");
    QVERIFY(document);
    const TypeRef *ref = document->definitions()[0]->as<OperationDefinition>()->variableDefinitions[0].type;
    QCOMPARE(QByteArray::fromStdString(printType(*ref)), type);
}

void TestParser::parsesTypeSystemDefinitions()
{
    const auto document = parseOk(R"(
"""The schema"""
schema @d { query: Query mutation: M }
"A date" scalar Date @specifiedBy(url: "https://x")
type User implements & Node & Entity @key {
  "the id" id: ID!
  posts(first: Int = 10 @a, "after" after: String): [Post!]! @deprecated(reason: "no")
}
interface Node implements Base { id: ID! }
union SearchResult @u = | User | Post
enum Color { "red" RED @x GREEN }
input Filter @i { eq: String = "x" "in" in: [String!] }
directive @auth(role: String) repeatable on FIELD_DEFINITION | OBJECT
)");
    QVERIFY(document);
    const auto &defs = document->definitions();
    QCOMPARE(defs.size(), 8u);
    const auto *schema = defs[0]->as<SchemaDefinition>();
    QVERIFY(schema);
    QCOMPARE(bytes(schema->description->text), QByteArray("The schema"));
    QVERIFY(schema->description->block);
    QCOMPARE(schema->operationTypes.size(), 2u);
    QCOMPARE(schema->operationTypes[1].operation, OperationType::Mutation);
    QCOMPARE(bytes(schema->operationTypes[1].type->name.value), QByteArray("M"));

    const auto *scalar = defs[1]->as<TypeDefinition>();
    QCOMPARE(scalar->kind, DefinitionKind::ScalarType);
    QCOMPARE(bytes(scalar->description->text), QByteArray("A date"));
    QCOMPARE(scalar->directives.size(), 1u);

    const auto *user = defs[2]->as<TypeDefinition>();
    QCOMPARE(user->kind, DefinitionKind::ObjectType);
    QVERIFY(isTypeDefinition(user->kind));
    QCOMPARE(user->interfaces.size(), 2u);
    QCOMPARE(bytes(user->interfaces[1]->name.value), QByteArray("Entity"));
    QCOMPARE(user->fields.size(), 2u);
    QCOMPARE(bytes(user->fields[0].description->text), QByteArray("the id"));
    const FieldDefinition &posts = user->fields[1];
    QCOMPARE(posts.arguments.size(), 2u);
    QCOMPARE(printValue(*posts.arguments[0].defaultValue), std::string("10"));
    QCOMPARE(posts.arguments[0].directives.size(), 1u);
    QCOMPARE(bytes(posts.arguments[1].description->text), QByteArray("after"));
    QCOMPARE(printType(*posts.type), std::string("[Post!]!"));
    QCOMPARE(posts.directives.size(), 1u);

    const auto *node = defs[3]->as<TypeDefinition>();
    QCOMPARE(node->kind, DefinitionKind::InterfaceType);
    QCOMPARE(node->interfaces.size(), 1u);

    const auto *search = defs[4]->as<TypeDefinition>();
    QCOMPARE(search->kind, DefinitionKind::UnionType);
    QCOMPARE(search->types.size(), 2u);
    QCOMPARE(search->directives.size(), 1u);

    const auto *color = defs[5]->as<TypeDefinition>();
    QCOMPARE(color->kind, DefinitionKind::EnumType);
    QCOMPARE(color->values.size(), 2u);
    QCOMPARE(bytes(color->values[0].description->text), QByteArray("red"));
    QCOMPARE(bytes(color->values[1].name.value), QByteArray("GREEN"));

    const auto *filter = defs[6]->as<TypeDefinition>();
    QCOMPARE(filter->kind, DefinitionKind::InputObjectType);
    QCOMPARE(filter->inputFields.size(), 2u);
    QCOMPARE(printValue(*filter->inputFields[0].defaultValue), std::string("\"x\""));

    const auto *auth = defs[7]->as<DirectiveDefinition>();
    QVERIFY(auth);
    QVERIFY(auth->repeatable);
    QCOMPARE(auth->arguments.size(), 1u);
    QCOMPARE(auth->locations.size(), 2u);
    QCOMPARE(bytes(auth->locations[1].value), QByteArray("OBJECT"));
    QVERIFY(!defs[7]->as<TypeDefinition>());
}

void TestParser::parsesTypeSystemExtensions_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("kind");
    QTest::addRow("schema directives") << QByteArray("extend schema @d") << int(DefinitionKind::SchemaExtension);
    QTest::addRow("schema operations") << QByteArray("extend schema { query: Q }") << int(DefinitionKind::SchemaExtension);
    QTest::addRow("scalar") << QByteArray("extend scalar Date @d") << int(DefinitionKind::ScalarTypeExtension);
    QTest::addRow("type interfaces") << QByteArray("extend type T implements I") << int(DefinitionKind::ObjectTypeExtension);
    QTest::addRow("type fields") << QByteArray("extend type T { f: Int }") << int(DefinitionKind::ObjectTypeExtension);
    QTest::addRow("interface") << QByteArray("extend interface I @d") << int(DefinitionKind::InterfaceTypeExtension);
    QTest::addRow("union") << QByteArray("extend union U = A | B") << int(DefinitionKind::UnionTypeExtension);
    QTest::addRow("enum") << QByteArray("extend enum E { X }") << int(DefinitionKind::EnumTypeExtension);
    QTest::addRow("input") << QByteArray("extend input I { a: Int }") << int(DefinitionKind::InputObjectTypeExtension);
}

void TestParser::parsesTypeSystemExtensions()
{
    QFETCH(QByteArray, source);
    QFETCH(int, kind);
    const auto document = parseOk(source.toStdString());
    QVERIFY(document);
    QCOMPARE(int(document->definitions()[0]->kind), kind);
    QCOMPARE(document->definitions()[0]->offset, 0u);
}

void TestParser::recordsOffsetsAndLocations()
{
    const std::string source = "query Q($v: Int) {\n  alias: f(x: [1, $v]) { ...F }\n}";
    const auto document = parseOk(source);
    QVERIFY(document);
    const auto *op = document->definitions()[0]->as<OperationDefinition>();
    QCOMPARE(op->offset, 0u);
    QCOMPARE(op->name.offset, 6u);
    QCOMPARE(op->variableDefinitions[0].offset, 8u);
    QCOMPARE(op->variableDefinitions[0].variable->name.offset, 9u);
    QCOMPARE(op->selectionSet->offset, 17u);
    const Field *field = op->selectionSet->selections[0]->as<Field>();
    QCOMPARE(field->offset, static_cast<std::uint32_t>(source.find("alias")));
    QCOMPARE(field->name.offset, static_cast<std::uint32_t>(source.find("f(")));
    const Value *list = field->arguments[0].value;
    QCOMPARE(list->offset, static_cast<std::uint32_t>(source.find('[')));
    QCOMPARE(list->items[1]->offset, static_cast<std::uint32_t>(source.find("$v]")));
    // `alias` begins line 2, so graphql-core reports it at the end of line 1.
    QCOMPARE(document->location(field->offset), (graft::SourceLocation{2, 3}));
    QCOMPARE(document->location(op->selectionSet->offset), (graft::SourceLocation{1, 18}));
    const auto *spread = field->selectionSet->selections[0];
    QCOMPARE(document->location(spread->offset), (graft::SourceLocation{2, 26}));
}

void TestParser::rejectsWithGraphqlCoreMessage_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    auto row = [](const char *name, const char *source, const char *message, int line, int column) {
        QTest::addRow("%s", name) << QByteArray(source) << QByteArray("Syntax Error: ") + message << line << column;
    };
    row("empty document", "", "Unexpected <EOF>.", 1, 1);
    row("only comment", "# c\n", "Unexpected <EOF>.", 1, 4);
    row("expected name found brace", "{ }", "Expected Name, found '}'.", 1, 3);
    row("expected name found eof", "{ a {", "Expected Name, found <EOF>.", 1, 6);
    row("eof after final break", "{ a {\n", "Expected Name, found <EOF>.", 1, 6);
    row("expected bracket", "query($a: [Int) { a }", "Expected ']', found ')'.", 1, 15);
    row("expected colon", "query($a Int) { a }", "Expected ':', found Name 'Int'.", 1, 10);
    row("expected brace", "query Q", "Expected '{', found <EOF>.", 1, 8);
    row("fragment variables", "fragment F($a: Int) on User { a }", "Expected 'on', found '('.", 1, 11);
    row("missing on", "fragment F User { a }", "Expected 'on', found Name 'User'.", 1, 12);
    row("fragment named on", "fragment on on User { a }", "Unexpected Name 'on'.", 1, 10);
    row("fragment string on", "fragment \"on\" on User { a }", "Unexpected String 'on'.", 1, 10);
    row("spread on", "{ ...on }", "Expected Name, found '}'.", 1, 9);
    row("unexpected paren", "{ a(x: ) }", "Unexpected ')'.", 1, 8);
    row("unexpected brace", "}", "Unexpected '}'.", 1, 1);
    row("unknown keyword", "notakeyword { a }", "Unexpected Name 'notakeyword'.", 1, 1);
    row("bad operation type", "schema { foo: Q }", "Unexpected Name 'foo'.", 1, 10);
    row("int after document", "{ a } 1", "Unexpected Int '1'.", 1, 7);
    row("float token", "{ a } 1.5e3", "Unexpected Float '1.5e3'.", 1, 7);
    row("unicode string token", "{ \"\xF0\x9F\x98\x80\" }", "Expected Name, found String '\xF0\x9F\x98\x80'.", 1, 3);
    row("description then brace", "{ a } \"d\" {", "Unexpected '{'.", 1, 11);
    row("block string token", "type T { f: \"\"\"x\n  y\"\"\" }", "Expected Name, found BlockString 'x\ny'.", 1, 13);
    row("variable in constant", "query Q($a: Int = $b) { a }", "Unexpected variable '$b' in constant value.", 1, 19);
    row("dollar in constant", "query Q($a: Int = $ \"x\") { a }", "Unexpected '$'.", 1, 19);
    row("lexer error after dollar wins", "query Q($a: Int = $\"\\q\") { users { id } }", "Invalid character escape sequence: '\\q'.", 1, 21);
    row("variable in const directive", "query Q($a: Int @d(x: $v)) { a }", "Unexpected variable '$v' in constant value.", 1, 23);
    row("variable in sdl default", "type T { f(a: Int = $v): Int }", "Unexpected variable '$v' in constant value.", 1, 21);
    row("description before query", "\"d\" query { a }", "Unexpected description, descriptions are supported only on type definitions.", 1, 1);
    row("description before brace", "\"d\" { a }", "Unexpected '{'.", 1, 5);
    row("description before extend", "\"d\" extend type T @d", "Unexpected description, descriptions are supported only on type definitions.", 1, 1);
    row("reserved true", "enum E { true }", "Name 'true' is reserved and cannot be used for an enum value.", 1, 10);
    row("reserved null", "enum E { A null }", "Name 'null' is reserved and cannot be used for an enum value.", 1, 12);
    row("reserved string", "enum E { \"d\" \"false\" }", "String 'false' is reserved and cannot be used for an enum value.", 1, 14);
    row("extend unknown", "extend foo", "Unexpected Name 'foo'.", 1, 8);
    row("extend empty schema", "extend schema", "Unexpected <EOF>.", 1, 14);
    row("extend empty type", "extend type T", "Unexpected <EOF>.", 1, 14);
    row("extend empty union", "extend union U {", "Unexpected '{'.", 1, 16);
    row("bad directive location", "directive @d on FOO", "Unexpected Name 'FOO'.", 1, 17);
    row("lexer error after location wins", "directive @d on FOO ~", "Unexpected character: '~'.", 1, 21);
    row("lexer error after operation type wins", "schema { foo ~ }", "Unexpected character: '~'.", 1, 14);
    row("directive missing on", "directive @d FIELD", "Expected 'on', found Name 'FIELD'.", 1, 14);
    row("lexer error only when reached", "{ a } ~", "Unexpected character: '~'.", 1, 7);
    row("parser error before lexer error", "{ a(x: ) ~ }", "Unexpected ')'.", 1, 8);
    row("index error mapping", "{ a(x: \"\\", "Unterminated string.", 1, 10);
    row("crlf location", "{ a\r\n ~ }", "Unexpected character: '~'.", 2, 2);
    row("line start reported at end of previous", "{ users {\nfirstName\nnickname ~", "Unexpected character: '~'.", 3, 10);
    row("u2028 in string counts", "{ a(x: \"\xE2\x80\xA8\") ~ }", "Unexpected character: '~'.", 2, 4);
    row("u2028 in comment counts", "# \xE2\x80\xA8\n{ a ~ }", "Unexpected character: '~'.", 3, 5);
    row("non-bmp column", "{ a(x: \"\xF0\x9F\x98\x80\") ~ }", "Unexpected character: '~'.", 1, 13);
}

void TestParser::rejectsWithGraphqlCoreMessage()
{
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, message);
    QFETCH(int, line);
    QFETCH(int, column);
    const auto parsed = parseDocument(source.toStdString());
    QVERIFY(!parsed);
    QCOMPARE(parsed.errors().size(), 1u);
    const graft::Error &error = parsed.errors().front();
    QCOMPARE(error.code, graft::ErrorCode::GraphqlParseFailed);
    QCOMPARE(QByteArray::fromStdString(error.message), message);
    QCOMPARE(error.locations.size(), 1u);
    QCOMPARE(error.locations[0].line, line);
    QCOMPARE(error.locations[0].column, column);
}

void TestParser::enforcesSizeGuard()
{
    ParseLimits limits;
    limits.maxDocumentBytes = 10;
    QVERIFY(parseDocument("{ abcdef }", limits)); // exactly 10 bytes
    const auto parsed = parseDocument("{ abcdefg }", limits);
    QVERIFY(!parsed);
    const graft::Error &error = parsed.errors().front();
    QCOMPARE(error.code, graft::ErrorCode::QueryTooComplex);
    QCOMPARE(error.message, std::string("Document size 11 bytes exceeds the maximum of 10 bytes."));
    QVERIFY(error.locations.empty());
    const auto defaults = parseDocument("{ a }" + std::string(65536, ' '));
    QCOMPARE(defaults.errors().front().message,
             std::string("Document size 65541 bytes exceeds the maximum of 65536 bytes."));
    // The size guard runs before everything else, even a syntax error.
    QCOMPARE(parseDocument("~~~~~~~~~~~", limits).errors().front().code, graft::ErrorCode::QueryTooComplex);
}

void TestParser::enforcesNestingGuard_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("maxNesting");
    QTest::addColumn<bool>("tooDeep");
    QTest::addRow("at the limit") << QByteArray("{ a { b { c } } }") << 3 << false;
    QTest::addRow("over the limit") << QByteArray("{ a { b { c { d } } } }") << 3 << true;
    QTest::addRow("parentheses count") << QByteArray("{ a(x: [1]) }") << 2 << true;
    QTest::addRow("closers never go below zero") << QByteArray("}}}}{ a(x: [1]) }") << 3 << false;
    QTest::addRow("syntax errors before do not matter") << QByteArray("{ ) {{{{{ }") << 3 << true;
    QTest::addRow("scan stops at unreadable token") << QByteArray("{ a(x: \"\\q\") {{{{{{ }") << 3 << false;
    QTest::addRow("comments skipped") << QByteArray("{ # {{{{{{\n a }") << 1 << false;
    QTest::addRow("strings skipped") << QByteArray("{ a(x: \"{{{{{{\") }") << 2 << false;
}

void TestParser::enforcesNestingGuard()
{
    QFETCH(QByteArray, source);
    QFETCH(int, maxNesting);
    QFETCH(bool, tooDeep);
    ParseLimits limits;
    limits.maxNesting = static_cast<std::size_t>(maxNesting);
    const auto parsed = parseDocument(source.toStdString(), limits);
    const bool nestingError = !parsed && parsed.errors().front().code == graft::ErrorCode::QueryTooComplex;
    QCOMPARE(nestingError, tooDeep);
    if (nestingError) {
        QCOMPARE(parsed.errors().front().message,
                 "Document nesting depth exceeds the maximum of " + std::to_string(maxNesting) + ".");
        QVERIFY(parsed.errors().front().locations.empty());
    }
}

void TestParser::survivesMegabyteOfOpeners_data()
{
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<QByteArray>("unit");
    QTest::addColumn<int>("maxNesting");
    QTest::addColumn<QByteArray>("message");
    const QByteArray tooDeep1e6("Document nesting depth exceeds the maximum of 1000000.");
    const QByteArray tooDeep4e6("Document nesting depth exceeds the maximum of 4000000.");
    // 2^20 openers exceed a maxNesting of 10^6: the pre-scan refuses them.
    QTest::addRow("braces, pre-scan") << QByteArray() << QByteArray("{") << 1000000 << tooDeep1e6;
    QTest::addRow("brackets, pre-scan") << QByteArray() << QByteArray("[") << 1000000 << tooDeep1e6;
    // Above the document's depth the parser runs: graphql-core's answer where it fails early...
    QTest::addRow("braces, parsed") << QByteArray() << QByteArray("{") << 4000000
                                    << QByteArray("Syntax Error: Expected Name, found '{'.");
    QTest::addRow("brackets, parsed") << QByteArray() << QByteArray("[") << 4000000
                                      << QByteArray("Syntax Error: Unexpected '['.");
    // ...and the hard recursion cap where it would recurse a million times.
    QTest::addRow("lists in a value") << QByteArray("{ a(x: ") << QByteArray("[") << 4000000 << tooDeep4e6;
    QTest::addRow("list types") << QByteArray("query($v: ") << QByteArray("[") << 4000000 << tooDeep4e6;
    QTest::addRow("objects in a value") << QByteArray("{ a(x: ") << QByteArray("{a:") << 4000000 << tooDeep4e6;
    QTest::addRow("selection sets") << QByteArray("{") << QByteArray("a{") << 4000000 << tooDeep4e6;
}

void TestParser::survivesMegabyteOfOpeners()
{
    QFETCH(QByteArray, prefix);
    QFETCH(QByteArray, unit);
    QFETCH(int, maxNesting);
    QFETCH(QByteArray, message);
    ParseLimits limits;
    limits.maxDocumentBytes = 4u << 20;
    limits.maxNesting = static_cast<std::size_t>(maxNesting);
    std::string source = prefix.toStdString();
    while (source.size() < (1u << 20))
        source += unit.toStdString();
    const auto parsed = parseDocument(source, limits);
    QVERIFY(!parsed);
    QCOMPARE(QByteArray::fromStdString(parsed.errors().front().message), message);
    QCOMPARE(parsed.errors().front().code, message.startsWith("Syntax Error")
                                               ? graft::ErrorCode::GraphqlParseFailed
                                               : graft::ErrorCode::QueryTooComplex);
}

void TestParser::parsesDeepButAllowedNesting()
{
    ParseLimits limits;
    limits.maxNesting = kHardNestingCap;
    const std::size_t depth = kHardNestingCap - 2;
    std::string source = "{ a(x: " + std::string(depth, '[') + "1" + std::string(depth, ']') + ") }";
    QVERIFY(parseDocument(source, limits));
    source = "{ a(x: " + std::string(kHardNestingCap, '[') + "1" + std::string(kHardNestingCap, ']') + ") }";
    const auto parsed = parseDocument(source, limits);
    QVERIFY(!parsed);
    QCOMPARE(parsed.errors().front().code, graft::ErrorCode::QueryTooComplex);
}

QTEST_APPLESS_MAIN(TestParser)
#include "tst_parser.moc"
