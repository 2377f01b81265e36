#include "graft/schema.h"
#include "schema/schema_registry.h"
#include "schema/sdl_loader.h"
#include "schema/sdl_printer.h"
#include "sql/operators.h"
#include "test_env.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

using namespace graft;
using namespace graft::schema;

namespace {

// CONTRACT §11, the schema of the worked examples.
const char *const kContractSdl = R"(type User @view(name: "v_user") {
  id: UUID! @column
  firstName: String
  age: Int
  score: Float
  isActive: Boolean
  createdAt: DateTime
  birthDate: Date
  period: DateRange
  tags: [String!]
  meta: JSON
  homeAddress: Address
  addressLine1: String
}
type Address { city: String  zipCode: String @json(key: "zip")  geo: Geo }
type Geo { lat: Float  lng: Float }
type Device @view(name: "inventory.v_device", jsonb: "doc", tenant: "tenant_id") {
  id: UUID! @column
  hostname: String
  ipAddress: IpAddress
  macAddress: MacAddress
  location: LTree
  ports: [Int!]
}
type Query {
  users: [User!]!
  user(id: UUID!): User
  devices: [Device!]!
  device(id: UUID!): Device
}
)";

std::shared_ptr<const SchemaRegistry> load(const std::string &sdl)
{
    auto loaded = SdlLoader::loadText(sdl);
    if (!loaded.ok()) {
        for (const Error &e : loaded.errors())
            qWarning("%d:%d %s", e.locations.empty() ? 0 : e.locations[0].line,
                     e.locations.empty() ? 0 : e.locations[0].column, e.message.c_str());
        return nullptr;
    }
    return loaded.value();
}

QByteArray bytes(const std::string &text)
{
    return QByteArray::fromStdString(text);
}

/// "name: Type" for each input field, joined by ", ".
QByteArray inputFields(const SchemaRegistry &registry, const char *typeName)
{
    const NamedType *type = registry.type(typeName);
    if (type == nullptr)
        return "<missing>";
    std::string out;
    for (const InputValue &field : type->inputFields)
        out += (out.empty() ? "" : ", ") + field.name + ": " + field.type.toString();
    return bytes(out);
}

/// "name(args): Type" for each field, joined by ", ".
QByteArray fields(const SchemaRegistry &registry, const char *typeName)
{
    const NamedType *type = registry.type(typeName);
    if (type == nullptr)
        return "<missing>";
    std::string out;
    for (const FieldDefinition &field : type->fields) {
        out += (out.empty() ? "" : ", ") + field.name;
        if (!field.arguments.empty()) {
            out += '(';
            for (std::size_t i = 0; i < field.arguments.size(); ++i) {
                const InputValue &arg = field.arguments[i];
                out += (i ? ", " : "") + arg.name + ": " + arg.type.toString();
                if (arg.defaultValue)
                    out += " = " + *arg.defaultValue;
            }
            out += ')';
        }
        out += ": " + field.type.toString();
    }
    return bytes(out);
}

/// The 1-based line:column of the first occurrence of `marker` in ASCII `text`.
SourceLocation locate(const std::string &text, const std::string &marker)
{
    const std::size_t at = text.find(marker);
    SourceLocation loc{1, 1};
    for (std::size_t i = 0; i < at && at != std::string::npos; ++i) {
        if (text[i] == '\n') {
            ++loc.line;
            loc.column = 1;
        } else {
            ++loc.column;
        }
    }
    return loc;
}

/// One line per error: `line:column message`.
std::string errorLines(const Errors &errors)
{
    std::string out;
    for (const Error &e : errors)
        out += std::to_string(e.locations.at(0).line) + ":" + std::to_string(e.locations.at(0).column) + " "
            + e.message + "\n";
    return out;
}

} // namespace

class TestSchemaRegistry : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void generatesWhereInputs_data();
    void generatesWhereInputs();
    void generatesOrderByInputs_data();
    void generatesOrderByInputs();
    void generatesFilterTypes_data();
    void generatesFilterTypes();
    void exposesQueryFieldsWithGeneratedArguments_data();
    void exposesQueryFieldsWithGeneratedArguments();
    void keepsViewAndFieldMetadata();
    void linksGeneratedTypesToTheirSources();
    void exposesIntrospectionTypes_data();
    void exposesIntrospectionTypes();
    void exposesSpecifiedDirectives();
    void listsTypesSortedByName();
    void findsFieldsLikeTypeInfo();
    void findsInputFieldsByIndexAsByScan();
    void omitsWhatQueryDoesNotReach();
    void omitsEmptyOrderByInputs();
    void hashesTheSdlBytes();
    void loadsTheContractFixtureFile();
    void loadsTheDemoSchema();
    void printsTheExposedSchema();
    void rejectsInvalidSchemas_data();
    void rejectsInvalidSchemas();
    void locationsFollowEveryLineBreakAndCountCodePoints();
    void reportsEveryErrorInDocumentOrder();
    void publicApiLoadsAndFails();

private:
    std::shared_ptr<const SchemaRegistry> m_contract;
    std::shared_ptr<const SchemaRegistry> m_demo;
};

void TestSchemaRegistry::initTestCase()
{
    m_contract = load(kContractSdl);
    QVERIFY(m_contract);
    auto demo = SdlLoader::loadFile(QString(test::sourceDir() + QStringLiteral("/corpus/schema/demo.graphql")).toStdString());
    QVERIFY(demo.ok());
    m_demo = demo.value();
}

void TestSchemaRegistry::generatesWhereInputs_data()
{
    QTest::addColumn<bool>("demo");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("UserWhereInput (§11)")
        << false << QByteArray("UserWhereInput")
        << QByteArray("id: UUIDFilter, firstName: StringFilter, age: IntFilter, score: FloatFilter, isActive: "
                      "BooleanFilter, createdAt: DateTimeFilter, birthDate: DateFilter, period: DateRangeFilter, "
                      "tags: StringListFilter, meta: JSONFilter, homeAddress: AddressWhereInput, addressLine1: "
                      "StringFilter, AND: [UserWhereInput!], OR: [UserWhereInput!], NOT: UserWhereInput");
    QTest::addRow("AddressWhereInput")
        << false << QByteArray("AddressWhereInput")
        << QByteArray("city: StringFilter, zipCode: StringFilter, geo: GeoWhereInput, AND: [AddressWhereInput!], OR: "
                      "[AddressWhereInput!], NOT: AddressWhereInput");
    QTest::addRow("DeviceWhereInput (§11)")
        << false << QByteArray("DeviceWhereInput")
        << QByteArray("id: UUIDFilter, hostname: StringFilter, ipAddress: IpAddressFilter, macAddress: "
                      "MacAddressFilter, location: LTreeFilter, ports: IntListFilter, AND: [DeviceWhereInput!], OR: "
                      "[DeviceWhereInput!], NOT: DeviceWhereInput");
    QTest::addRow("list of embedded omitted (demo Post.comments)")
        << true << QByteArray("PostWhereInput")
        << QByteArray("id: UUIDFilter, title: StringFilter, slug: StringFilter, body: StringFilter, publishedAt: "
                      "DateTimeFilter, viewCount: IntFilter, rating: FloatFilter, isDraft: BooleanFilter, tags: "
                      "StringListFilter, author: AuthorWhereInput, metadata: JSONFilter, AND: [PostWhereInput!], OR: "
                      "[PostWhereInput!], NOT: PostWhereInput");
    QTest::addRow("list of UUID (demo AuditEvent)")
        << true << QByteArray("AuditEventWhereInput")
        << QByteArray("id: IDFilter, action: StringFilter, actorIp: IpAddressFilter, occurredAt: DateTimeFilter, "
                      "severity: IntFilter, details: JSONFilter, targetIds: UUIDListFilter, AND: "
                      "[AuditEventWhereInput!], OR: [AuditEventWhereInput!], NOT: AuditEventWhereInput");
}

void TestSchemaRegistry::generatesWhereInputs()
{
    QFETCH(bool, demo);
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, expected);
    QCOMPARE(inputFields(demo ? *m_demo : *m_contract, type.constData()), expected);
}

void TestSchemaRegistry::generatesOrderByInputs_data()
{
    QTest::addColumn<bool>("demo");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("UserOrderByInput (§11)")
        << false << QByteArray("UserOrderByInput")
        << QByteArray("id: OrderDirection, firstName: OrderDirection, age: OrderDirection, score: OrderDirection, "
                      "isActive: OrderDirection, createdAt: OrderDirection, birthDate: OrderDirection, period: "
                      "OrderDirection, homeAddress: AddressOrderByInput, addressLine1: OrderDirection");
    QTest::addRow("AddressOrderByInput") << false << QByteArray("AddressOrderByInput")
                                         << QByteArray("city: OrderDirection, zipCode: OrderDirection, geo: "
                                                       "GeoOrderByInput");
    QTest::addRow("DeviceOrderByInput")
        << false << QByteArray("DeviceOrderByInput")
        << QByteArray("id: OrderDirection, hostname: OrderDirection, ipAddress: OrderDirection, macAddress: "
                      "OrderDirection, location: OrderDirection");
    QTest::addRow("PostOrderByInput (JSON and lists omitted)")
        << true << QByteArray("PostOrderByInput")
        << QByteArray("id: OrderDirection, title: OrderDirection, slug: OrderDirection, body: OrderDirection, "
                      "publishedAt: OrderDirection, viewCount: OrderDirection, rating: OrderDirection, isDraft: "
                      "OrderDirection, author: AuthorOrderByInput");
}

void TestSchemaRegistry::generatesOrderByInputs()
{
    QFETCH(bool, demo);
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, expected);
    QCOMPARE(inputFields(demo ? *m_demo : *m_contract, type.constData()), expected);
}

void TestSchemaRegistry::generatesFilterTypes_data()
{
    QTest::addColumn<bool>("demo");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("expected");
    auto ordered = [](const char *s) -> QByteArray {
        const QByteArray t(s);
        return "eq: " + t + ", neq: " + t + ", gt: " + t + ", gte: " + t + ", lt: " + t + ", lte: " + t + ", in: ["
            + t + "!], nin: [" + t + "!], isnull: Boolean";
    };
    auto set = [](const char *s) -> QByteArray {
        const QByteArray t(s);
        return "eq: " + t + ", neq: " + t + ", in: [" + t + "!], nin: [" + t + "!], isnull: Boolean";
    };
    auto list = [](const char *s) -> QByteArray {
        const QByteArray t(s);
        return "contains: [" + t + "!], containedBy: [" + t + "!], overlaps: [" + t + "!], anyEq: " + t
            + ", lenEq: Int, lenGt: Int, lenLt: Int, isnull: Boolean";
    };
    // CONTRACT §1.6, every filter type.
    QTest::addRow("IDFilter") << true << QByteArray("IDFilter") << set("ID");
    QTest::addRow("StringFilter")
        << false << QByteArray("StringFilter")
        << ordered("String")
               + ", contains: String, icontains: String, startswith: String, istartswith: String, endswith: String, "
                 "iendswith: String, like: String, ilike: String, matches: String, imatches: String, notMatches: "
                 "String";
    QTest::addRow("IntFilter") << false << QByteArray("IntFilter") << ordered("Int");
    QTest::addRow("FloatFilter") << false << QByteArray("FloatFilter") << ordered("Float");
    QTest::addRow("DecimalFilter") << true << QByteArray("DecimalFilter") << ordered("Decimal");
    QTest::addRow("DateFilter") << false << QByteArray("DateFilter") << ordered("Date");
    QTest::addRow("DateTimeFilter") << false << QByteArray("DateTimeFilter") << ordered("DateTime");
    QTest::addRow("BooleanFilter") << false << QByteArray("BooleanFilter")
                                   << QByteArray("eq: Boolean, neq: Boolean, isnull: Boolean");
    QTest::addRow("UUIDFilter") << false << QByteArray("UUIDFilter") << set("UUID");
    QTest::addRow("MacAddressFilter") << false << QByteArray("MacAddressFilter") << set("MacAddress");
    QTest::addRow("IpAddressFilter") << false << QByteArray("IpAddressFilter")
                                     << set("IpAddress")
                                            + ", inSubnet: String, isPrivate: Boolean, isPublic: Boolean, isIPv4: "
                                              "Boolean, isIPv6: Boolean";
    QTest::addRow("LTreeFilter") << false << QByteArray("LTreeFilter")
                                 << set("LTree")
                                        + ", ancestorOf: LTree, descendantOf: LTree, matchesLquery: String, depthEq: "
                                          "Int, depthGt: Int, depthLt: Int";
    QTest::addRow("DateRangeFilter") << false << QByteArray("DateRangeFilter")
                                     << set("DateRange")
                                            + ", containsDate: Date, overlaps: DateRange, adjacent: DateRange, "
                                              "strictlyLeft: DateRange, strictlyRight: DateRange";
    QTest::addRow("JSONFilter") << false << QByteArray("JSONFilter")
                                << QByteArray("eq: JSON, neq: JSON, isnull: Boolean, contains: JSON, containedBy: JSON, "
                                              "hasKey: String, hasAnyKeys: [String!], hasAllKeys: [String!]");
    QTest::addRow("StringListFilter") << false << QByteArray("StringListFilter") << list("String");
    QTest::addRow("IntListFilter") << false << QByteArray("IntListFilter") << list("Int");
    QTest::addRow("UUIDListFilter") << true << QByteArray("UUIDListFilter") << list("UUID");
    QTest::addRow("DateListFilter") << true << QByteArray("DateListFilter") << list("Date");
}

void TestSchemaRegistry::generatesFilterTypes()
{
    QFETCH(bool, demo);
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, expected);
    const SchemaRegistry &registry = demo ? *m_demo : *m_contract;
    QCOMPARE(inputFields(registry, type.constData()), expected);
    // Every filter input field is backed by the operator row of the same name.
    for (const InputValue &field : registry.type(type.constData())->inputFields) {
        QVERIFY(field.op != nullptr);
        QCOMPARE(QByteArray(field.op->name.data(), qsizetype(field.op->name.size())), bytes(field.name));
    }
}

void TestSchemaRegistry::exposesQueryFieldsWithGeneratedArguments_data()
{
    QTest::addColumn<bool>("demo");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("Query (§11)")
        << false << QByteArray("Query")
        << QByteArray("users(where: UserWhereInput, orderBy: [UserOrderByInput!], limit: Int, offset: Int): [User!]!, "
                      "user(id: UUID!): User, devices(where: DeviceWhereInput, orderBy: [DeviceOrderByInput!], limit: "
                      "Int, offset: Int): [Device!]!, device(id: UUID!): Device");
    QTest::addRow("User fields as declared")
        << false << QByteArray("User")
        << QByteArray("id: UUID!, firstName: String, age: Int, score: Float, isActive: Boolean, createdAt: DateTime, "
                      "birthDate: Date, period: DateRange, tags: [String!], meta: JSON, homeAddress: Address, "
                      "addressLine1: String");
    QTest::addRow("lookup by ID (demo)") << true << QByteArray("AuditEvent")
                                         << QByteArray("id: ID!, action: String, actorIp: IpAddress, occurredAt: "
                                                       "DateTime, severity: Int, details: JSON, targetIds: [UUID!]");
}

void TestSchemaRegistry::exposesQueryFieldsWithGeneratedArguments()
{
    QFETCH(bool, demo);
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, expected);
    QCOMPARE(fields(demo ? *m_demo : *m_contract, type.constData()), expected);
}

void TestSchemaRegistry::keepsViewAndFieldMetadata()
{
    const NamedType *user = m_contract->type("User");
    QVERIFY(user && user->view);
    QCOMPARE(user->role, TypeRole::View);
    QCOMPARE(bytes(user->view->schemaName), QByteArray("public"));
    QCOMPARE(bytes(user->view->viewName), QByteArray("v_user"));
    QCOMPARE(bytes(user->view->jsonbColumn), QByteArray("data"));
    QVERIFY(!user->view->tenantColumn);
    QCOMPARE(user->location, (SourceLocation{1, 6}));

    const NamedType *device = m_contract->type("Device");
    QVERIFY(device && device->view);
    QCOMPARE(bytes(device->view->schemaName), QByteArray("inventory"));
    QCOMPARE(bytes(device->view->viewName), QByteArray("v_device"));
    QCOMPARE(bytes(device->view->jsonbColumn), QByteArray("doc"));
    QCOMPARE(bytes(device->view->tenantColumn.value_or("")), QByteArray("tenant_id"));

    const FieldDefinition *id = user->field("id");
    QCOMPARE(bytes(id->column.value_or("<none>")), QByteArray("id"));
    QCOMPARE(*id->scalar, ScalarId::UUID);
    QCOMPARE(bytes(user->field("addressLine1")->documentKey), QByteArray("address_line1"));
    QVERIFY(!user->field("addressLine1")->column);
    QVERIFY(user->field("tags")->list);
    QCOMPARE(*user->field("tags")->scalar, ScalarId::String);
    QCOMPARE(user->field("homeAddress")->embedded, m_contract->type("Address"));
    QCOMPARE(bytes(m_contract->type("Address")->field("zipCode")->documentKey), QByteArray("zip"));
    QCOMPARE(m_contract->type("Address")->role, TypeRole::Embedded);
    QCOMPARE(m_contract->type("Address")->field("geo")->location, (SourceLocation{15, 65}));

    const NamedType &query = m_contract->queryType();
    QCOMPARE(query.field("users")->role, FieldRole::ListQuery);
    QCOMPARE(query.field("users")->view, user);
    QCOMPARE(query.field("device")->role, FieldRole::Lookup);
    QCOMPARE(query.field("device")->view, device);

    // Demo: @column(name:) and an explicit schema.
    const NamedType *order = m_demo->type("Order");
    QCOMPARE(bytes(order->field("number")->column.value_or("")), QByteArray("order_number"));
    QCOMPARE(bytes(order->field("number")->documentKey), QByteArray("number"));
    QCOMPARE(bytes(m_demo->type("User")->field("externalID")->documentKey), QByteArray("external_id"));
    QCOMPARE(bytes(m_demo->type("User")->field("email")->column.value_or("")), QByteArray("email"));
    QCOMPARE(bytes(m_demo->type("Tenant")->view->schemaName), QByteArray("public"));
    QCOMPARE(bytes(m_demo->type("AuditEvent")->view->jsonbColumn), QByteArray("payload"));
}

void TestSchemaRegistry::linksGeneratedTypesToTheirSources()
{
    const NamedType *user = m_contract->type("User");
    QCOMPARE(user->whereInput, m_contract->type("UserWhereInput"));
    QCOMPARE(user->orderByInput, m_contract->type("UserOrderByInput"));
    QCOMPARE(m_contract->type("UserWhereInput")->sourceType, user);
    QCOMPARE(m_contract->type("UserWhereInput")->role, TypeRole::WhereInput);
    const InputValue *home = m_contract->type("UserWhereInput")->inputField("homeAddress");
    QCOMPARE(home->entry, WhereEntry::Field);
    QCOMPARE(user->fields[std::size_t(home->sourceField)].name, std::string("homeAddress"));
    QCOMPARE(m_contract->type("UserWhereInput")->inputField("OR")->entry, WhereEntry::Or);
    QCOMPARE(m_contract->type("StringListFilter")->role, TypeRole::ListFilter);
    QCOMPARE(*m_contract->type("StringListFilter")->scalar, ScalarId::String);
    QCOMPARE(m_contract->type("StringListFilter")->inputField("contains")->op->id, sql::OperatorId::ListContains);
    QCOMPARE(m_contract->type("StringFilter")->inputField("contains")->op->id, sql::OperatorId::Contains);
    QCOMPARE(m_contract->type("JSONFilter")->inputField("contains")->op->id, sql::OperatorId::JsonContains);
    const NamedType *direction = m_contract->type("OrderDirection");
    QVERIFY(direction);
    std::string values;
    for (const EnumValue &v : direction->enumValues)
        values += v.name + " ";
    QCOMPARE(bytes(values), QByteArray("ASC DESC ASC_NULLS_FIRST ASC_NULLS_LAST DESC_NULLS_FIRST DESC_NULLS_LAST "));
}

void TestSchemaRegistry::exposesIntrospectionTypes_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("expected");
    // CONTRACT §1.7 (graphql-core 3.2.6).
    QTest::addRow("__Schema") << QByteArray("__Schema")
                              << QByteArray("description: String, types: [__Type!]!, queryType: __Type!, mutationType: "
                                            "__Type, subscriptionType: __Type, directives: [__Directive!]!");
    QTest::addRow("__Type") << QByteArray("__Type")
                            << QByteArray("kind: __TypeKind!, name: String, description: String, specifiedByURL: "
                                          "String, fields(includeDeprecated: Boolean = false): [__Field!], "
                                          "interfaces: [__Type!], possibleTypes: [__Type!], "
                                          "enumValues(includeDeprecated: Boolean = false): [__EnumValue!], "
                                          "inputFields(includeDeprecated: Boolean = false): [__InputValue!], "
                                          "ofType: __Type");
    QTest::addRow("__Field") << QByteArray("__Field")
                             << QByteArray("name: String!, description: String, args(includeDeprecated: Boolean = "
                                           "false): [__InputValue!]!, type: __Type!, isDeprecated: Boolean!, "
                                           "deprecationReason: String");
    QTest::addRow("__InputValue") << QByteArray("__InputValue")
                                  << QByteArray("name: String!, description: String, type: __Type!, defaultValue: "
                                                "String, isDeprecated: Boolean!, deprecationReason: String");
    QTest::addRow("__EnumValue") << QByteArray("__EnumValue")
                                 << QByteArray("name: String!, description: String, isDeprecated: Boolean!, "
                                               "deprecationReason: String");
    QTest::addRow("__Directive") << QByteArray("__Directive")
                                 << QByteArray("name: String!, description: String, isRepeatable: Boolean!, locations: "
                                               "[__DirectiveLocation!]!, args(includeDeprecated: Boolean = false): "
                                               "[__InputValue!]!");
}

void TestSchemaRegistry::exposesIntrospectionTypes()
{
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, expected);
    QCOMPARE(fields(*m_contract, type.constData()), expected);
    auto enumValues = [&](const char *name) {
        std::string out;
        for (const EnumValue &v : m_contract->type(name)->enumValues)
            out += (out.empty() ? "" : " ") + v.name;
        return bytes(out);
    };
    QCOMPARE(enumValues("__TypeKind"), QByteArray("SCALAR OBJECT INTERFACE UNION ENUM INPUT_OBJECT LIST NON_NULL"));
    QCOMPARE(enumValues("__DirectiveLocation"),
             QByteArray("QUERY MUTATION SUBSCRIPTION FIELD FRAGMENT_DEFINITION FRAGMENT_SPREAD INLINE_FRAGMENT "
                        "VARIABLE_DEFINITION SCHEMA SCALAR OBJECT FIELD_DEFINITION ARGUMENT_DEFINITION INTERFACE "
                        "UNION ENUM ENUM_VALUE INPUT_OBJECT INPUT_FIELD_DEFINITION"));
}

void TestSchemaRegistry::exposesSpecifiedDirectives()
{
    std::string out;
    for (const DirectiveDefinition &d : m_contract->directives()) {
        out += "@" + d.name + "(";
        for (const InputValue &arg : d.arguments)
            out += arg.name + ": " + arg.type.toString() + (arg.defaultValue ? " = " + *arg.defaultValue : "");
        out += ") on";
        for (DirectiveLocation l : d.locations)
            out += " " + std::string(directiveLocationName(l));
        out += d.repeatable ? " repeatable;" : ";";
    }
    QCOMPARE(bytes(out),
             QByteArray("@include(if: Boolean!) on FIELD FRAGMENT_SPREAD INLINE_FRAGMENT;"
                        "@skip(if: Boolean!) on FIELD FRAGMENT_SPREAD INLINE_FRAGMENT;"
                        "@deprecated(reason: String = \"No longer supported\") on FIELD_DEFINITION ARGUMENT_DEFINITION "
                        "INPUT_FIELD_DEFINITION ENUM_VALUE;"
                        "@specifiedBy(url: String!) on SCALAR;"));
    QVERIFY(m_contract->directive("skip")->allows(DirectiveLocation::InlineFragment));
    QVERIFY(!m_contract->directive("skip")->allows(DirectiveLocation::Query));
    QCOMPARE(m_contract->directive("view"), nullptr);
    QCOMPARE(directiveLocationWords(DirectiveLocation::FragmentSpread), std::string_view("fragment spread"));
}

void TestSchemaRegistry::listsTypesSortedByName()
{
    std::string names;
    for (const NamedType *t : m_contract->typesByName())
        names += t->name + " ";
    QCOMPARE(bytes(names),
             QByteArray("Address AddressOrderByInput AddressWhereInput Boolean BooleanFilter Date DateFilter DateRange "
                        "DateRangeFilter DateTime DateTimeFilter Decimal Device DeviceOrderByInput DeviceWhereInput "
                        "Float FloatFilter Geo GeoOrderByInput GeoWhereInput ID Int IntFilter IntListFilter IpAddress "
                        "IpAddressFilter JSON JSONFilter LTree LTreeFilter MacAddress MacAddressFilter OrderDirection "
                        "Query String StringFilter StringListFilter UUID UUIDFilter User UserOrderByInput "
                        "UserWhereInput __Directive __DirectiveLocation __EnumValue __Field __InputValue __Schema "
                        "__Type __TypeKind "));
    QCOMPARE(m_contract->types(), m_contract->typesByName());
    for (const ScalarInfo &info : allScalars()) {
        QCOMPARE(m_contract->scalarType(info.id).name, std::string(info.name));
        QCOMPARE(m_contract->scalarType(info.id).kind, NamedTypeKind::Scalar);
    }
}

void TestSchemaRegistry::findsFieldsLikeTypeInfo()
{
    const NamedType &query = m_contract->queryType();
    const NamedType *user = m_contract->type("User");
    QCOMPARE(m_contract->fieldOf(query, "__schema"), &m_contract->schemaMetaField());
    QCOMPARE(m_contract->fieldOf(query, "__type"), &m_contract->typeMetaField());
    QCOMPARE(m_contract->fieldOf(*user, "__typename"), &m_contract->typenameMetaField());
    QCOMPARE(m_contract->fieldOf(*user, "__schema"), nullptr);
    QCOMPARE(m_contract->fieldOf(*user, "firstName"), user->field("firstName"));
    QCOMPARE(m_contract->fieldOf(*m_contract->type("UserWhereInput"), "AND"), nullptr);
    QCOMPARE(bytes(m_contract->typeMetaField().type.toString()), QByteArray("__Type"));
    QCOMPARE(bytes(m_contract->typeMetaField().arguments.at(0).type.toString()), QByteArray("String!"));
    QCOMPARE(bytes(m_contract->schemaMetaField().type.toString()), QByteArray("__Schema!"));
    QCOMPARE(bytes(m_contract->typenameMetaField().type.toString()), QByteArray("String!"));
    const TypeRef users = query.field("users")->type;
    QVERIFY(users.isNonNull());
    QVERIFY(users.ofType().isList());
    QCOMPARE(bytes(users.ofType().ofType().toString()), QByteArray("User!"));
    QCOMPARE(users.namedType(), user);
    QVERIFY(user->isCompositeType() && !user->isInputType());
    QVERIFY(m_contract->type("OrderDirection")->isLeafType());
}

// The registry's input-field index answers as a scan of inputFields: every field, no other name,
// the first of a repeated name; a type not indexed, or changed since, scans.
void TestSchemaRegistry::findsInputFieldsByIndexAsByScan()
{
    for (const NamedType *type : m_contract->types()) {
        if (type->kind != NamedTypeKind::InputObject)
            continue;
        QVERIFY(!type->inputFieldSlots.empty());
        for (const InputValue &field : type->inputFields)
            QCOMPARE(type->inputField(field.name), &field);
        QCOMPARE(type->inputField("noSuchField"), nullptr);
        QCOMPARE(type->inputField(""), nullptr);
    }
    NamedType type;
    type.kind = NamedTypeKind::InputObject;
    const auto field = [](const char *name) {
        InputValue value;
        value.name = name;
        return value;
    };
    for (const char *name : {"a", "b", "ab", "ba", "a", "aab"})
        type.inputFields.push_back(field(name));
    QCOMPARE(type.inputField("ab"), &type.inputFields[2]); // not indexed: scans
    type.indexInputFields();
    QCOMPARE(type.inputField("a"), &type.inputFields[0]);
    QCOMPARE(type.inputField("ba"), &type.inputFields[3]);
    QCOMPARE(type.inputField("aab"), &type.inputFields[5]);
    QCOMPARE(type.inputField("bb"), nullptr);
    type.inputFields.push_back(field("late"));
    QCOMPARE(type.inputField("late"), &type.inputFields[6]); // changed since: scans
}

void TestSchemaRegistry::omitsWhatQueryDoesNotReach()
{
    // An unused view type is allowed but not exposed; an embedded type reached only as a list
    // element has no exposed WhereInput; a view read only by lookups has no generated inputs.
    const auto registry = load(R"(type Query { things: [Thing!]!  other(id: ID!): Other }
type Thing @view(name: "v_thing") { id: ID! parts: [Part!] }
type Part { label: String }
type Other @view(name: "v_other") { id: ID name: String }
type Unused @view(name: "v_unused") { id: UUID }
)");
    QVERIFY(registry);
    QCOMPARE(registry->type("Unused"), nullptr);
    QVERIFY(registry->type("Part") != nullptr);
    QCOMPARE(registry->type("PartWhereInput"), nullptr);
    QCOMPARE(registry->type("OtherWhereInput"), nullptr);
    QCOMPARE(inputFields(*registry, "ThingWhereInput"),
             QByteArray("id: IDFilter, AND: [ThingWhereInput!], OR: [ThingWhereInput!], NOT: ThingWhereInput"));
    QCOMPARE(fields(*registry, "Query"),
             QByteArray("things(where: ThingWhereInput, orderBy: [ThingOrderByInput!], limit: Int, offset: Int): "
                        "[Thing!]!, other(id: ID!): Other"));
    QVERIFY(registry->type("Other")->whereInput == nullptr);
}

void TestSchemaRegistry::omitsEmptyOrderByInputs()
{
    const auto registry = load(R"(type Query { docs: [Doc!]! }
type Doc @view(name: "v_doc") { body: JSON tags: [String] box: Box boxes: [Box!] }
type Box { inner: Inner }
type Inner { payload: JSON }
)");
    QVERIFY(registry);
    QCOMPARE(registry->type("DocOrderByInput"), nullptr);
    QCOMPARE(registry->type("OrderDirection"), nullptr);
    QCOMPARE(fields(*registry, "Query"), QByteArray("docs(where: DocWhereInput, limit: Int, offset: Int): [Doc!]!"));
    QCOMPARE(inputFields(*registry, "BoxWhereInput"),
             QByteArray("inner: InnerWhereInput, AND: [BoxWhereInput!], OR: [BoxWhereInput!], NOT: BoxWhereInput"));

    // Recursive embedded types: the fixpoint still finds the orderable ones.
    const auto recursive = load(R"(type Query { nodes: [Node!]! }
type Node @view(name: "v_node") { head: Link }
type Link { next: Link label: String }
)");
    QVERIFY(recursive);
    QCOMPARE(inputFields(*recursive, "LinkOrderByInput"),
             QByteArray("next: LinkOrderByInput, label: OrderDirection"));
    QCOMPARE(inputFields(*recursive, "NodeOrderByInput"), QByteArray("head: LinkOrderByInput"));
}

void TestSchemaRegistry::hashesTheSdlBytes()
{
    QCOMPARE(bytes(sha256Hex("abc")), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(bytes(m_contract->hash()),
             QCryptographicHash::hash(QByteArray(kContractSdl), QCryptographicHash::Sha256).toHex());
    // Comments and whitespace are bytes too: a different file, a different hash.
    const auto other = load(std::string(kContractSdl) + "# comment\n");
    QVERIFY(other);
    QVERIFY(other->hash() != m_contract->hash());
}

void TestSchemaRegistry::loadsTheContractFixtureFile()
{
    const QString path = test::sourceDir() + QStringLiteral("/tests/fixtures/contract/schema.graphql");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    auto loaded = SdlLoader::loadFile(path.toStdString());
    QVERIFY(loaded.ok());
    QCOMPARE(bytes(loaded.value()->hash()), QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    QCOMPARE(printSchemaSdl(*loaded.value()), printSchemaSdl(*m_contract));
}

void TestSchemaRegistry::loadsTheDemoSchema()
{
    QVERIFY(m_demo->type("Tenant") && m_demo->type("NetworkInterface") && m_demo->type("LineItem"));
    QCOMPARE(m_demo->type("Device")->field("interfaces")->embedded, m_demo->type("NetworkInterface"));
    QCOMPARE(bytes(m_demo->type("User")->view->schemaName), QByteArray("app"));
    QCOMPARE(bytes(m_demo->type("User")->view->tenantColumn.value_or("")), QByteArray("tenant_id"));
    QCOMPARE(inputFields(*m_demo, "OrderWhereInput"),
             QByteArray("id: UUIDFilter, number: IDFilter, customerEmail: StringFilter, status: StringFilter, total: "
                        "DecimalFilter, currency: StringFilter, placedAt: DateTimeFilter, deliveryWindow: "
                        "DateRangeFilter, isGift: BooleanFilter, weightKg: FloatFilter, couponCodes: "
                        "StringListFilter, shippingAddress: AddressWhereInput, AND: [OrderWhereInput!], OR: "
                        "[OrderWhereInput!], NOT: OrderWhereInput"));
    QCOMPARE(m_demo->type("LineItemWhereInput"), nullptr);
    QCOMPARE(m_demo->type("CommentWhereInput"), nullptr);
    QCOMPARE(m_demo->queryType().field("auditEvent")->role, FieldRole::Lookup);
    QCOMPARE(bytes(m_demo->queryType().field("auditEvent")->arguments.at(0).type.toString()), QByteArray("ID!"));
}

void TestSchemaRegistry::printsTheExposedSchema()
{
    const auto registry = load(R"(schema { query: Query }
# a comment
type Query { docs: [Doc!]! doc(id: UUID!): Doc }
type Doc @view(name: "v_doc") { id: UUID! @column flag: Boolean }
)");
    QVERIFY(registry);
    const std::string expected = R"(input BooleanFilter {
  eq: Boolean
  neq: Boolean
  isnull: Boolean
}

scalar Date

scalar DateRange

scalar DateTime

scalar Decimal

type Doc {
  id: UUID!
  flag: Boolean
}

input DocOrderByInput {
  id: OrderDirection
  flag: OrderDirection
}

input DocWhereInput {
  id: UUIDFilter
  flag: BooleanFilter
  AND: [DocWhereInput!]
  OR: [DocWhereInput!]
  NOT: DocWhereInput
}

scalar IpAddress

scalar JSON

scalar LTree

scalar MacAddress

enum OrderDirection {
  ASC
  DESC
  ASC_NULLS_FIRST
  ASC_NULLS_LAST
  DESC_NULLS_FIRST
  DESC_NULLS_LAST
}

type Query {
  docs(where: DocWhereInput, orderBy: [DocOrderByInput!], limit: Int, offset: Int): [Doc!]!
  doc(id: UUID!): Doc
}

scalar UUID

input UUIDFilter {
  eq: UUID
  neq: UUID
  in: [UUID!]
  nin: [UUID!]
  isnull: Boolean
})";
    QCOMPARE(bytes(printSchemaSdl(*registry)), bytes(expected));
}

void TestSchemaRegistry::rejectsInvalidSchemas_data()
{
    QTest::addColumn<QByteArray>("sdl");
    QTest::addColumn<QByteArray>("marker"); // the error is located at the first occurrence of this text
    QTest::addColumn<QByteArray>("message");
    const QByteArray user = "type User @view(name: \"v_user\") {\n  id: UUID! @column\n";
    const QByteArray query = "type Query { users: [User!]! }\n";

    // §1.1: only object type definitions, `schema { query: Query }` and comments.
    QTest::addRow("scalar definition") << query + user + "}\nscalar Foo\n" << QByteArray("scalar Foo")
                                       << QByteArray("The SDL file may contain only object type definitions and "
                                                     "`schema { query: Query }`; found a scalar type definition.");
    QTest::addRow("enum definition") << query + user + "}\nenum E { A }\n" << QByteArray("enum E")
                                     << QByteArray("The SDL file may contain only object type definitions and "
                                                   "`schema { query: Query }`; found an enum type definition.");
    QTest::addRow("input definition") << query + user + "}\ninput I { a: Int }\n" << QByteArray("input I")
                                      << QByteArray("The SDL file may contain only object type definitions and "
                                                    "`schema { query: Query }`; found an input object type "
                                                    "definition.");
    QTest::addRow("interface definition") << query + user + "}\ninterface X { a: Int }\n" << QByteArray("interface")
                                          << QByteArray("The SDL file may contain only object type definitions and "
                                                        "`schema { query: Query }`; found an interface type "
                                                        "definition.");
    QTest::addRow("union definition") << query + user + "}\nunion U = User\n" << QByteArray("union")
                                      << QByteArray("The SDL file may contain only object type definitions and "
                                                    "`schema { query: Query }`; found a union type definition.");
    QTest::addRow("type extension") << query + user + "}\nextend type User { b: Int }\n" << QByteArray("extend")
                                    << QByteArray("The SDL file may contain only object type definitions and "
                                                  "`schema { query: Query }`; found a type extension.");
    QTest::addRow("directive definition") << query + user + "}\ndirective @d on FIELD\n" << QByteArray("directive")
                                          << QByteArray("The SDL file may contain only object type definitions and "
                                                        "`schema { query: Query }`; found a directive definition.");
    QTest::addRow("operation") << query + user + "}\n{ users { id } }\n" << QByteArray("{ users {")
                               << QByteArray("The SDL file may contain only object type definitions and "
                                             "`schema { query: Query }`; found an operation.");
    QTest::addRow("type description") << query + "\"User docs\"\n" + user + "}\n" << QByteArray("\"User docs\"")
                                      << QByteArray("Descriptions are not allowed in the SDL file.");
    QTest::addRow("field description") << query + user + "  \"\"\"doc\"\"\" name: String\n}\n"
                                       << QByteArray("\"\"\"doc") << QByteArray("Descriptions are not allowed in the "
                                                                                "SDL file.");
    QTest::addRow("schema with another root") << "schema { query: Root }\n" + query + user + "}\n"
                                              << QByteArray("schema")
                                              << QByteArray("The schema definition must be `schema { query: Query "
                                                            "}`.");
    QTest::addRow("schema with mutation") << "schema { query: Query mutation: Query }\n" + query + user + "}\n"
                                          << QByteArray("schema")
                                          << QByteArray("The schema definition must be `schema { query: Query }`.");
    QTest::addRow("schema extension") << query + user + "}\nextend schema { query: Query }\n"
                                      << QByteArray("extend schema")
                                      << QByteArray("The SDL file may contain only object type definitions and "
                                                    "`schema { query: Query }`; found a schema extension.");
    QTest::addRow("interfaces") << query + "type User implements Node @view(name: \"v\") { id: UUID }\n"
                                << QByteArray("Node") << QByteArray("Type 'User' may not implement interfaces.");
    QTest::addRow("syntax error") << query + user << QByteArray("") // reported at <EOF>, checked below
                                  << QByteArray("Syntax Error: Expected Name, found <EOF>.");

    // Types.
    QTest::addRow("redefined scalar") << query + user + "}\ntype UUID { a: Int }\n" << QByteArray("UUID {")
                                      << QByteArray("Type 'UUID' is a predefined scalar and cannot be defined.");
    QTest::addRow("reserved name") << query + user + "}\ntype __Meta { a: Int }\n" << QByteArray("__Meta")
                                   << QByteArray("Type name '__Meta' is reserved: names beginning with '__' belong to "
                                                 "introspection.");
    QTest::addRow("duplicate type") << query + user + "}\ntype User { a: Int }\n" << QByteArray("User {")
                                    << QByteArray("Type 'User' is defined more than once.");
    QTest::addRow("no fields") << query + user + "}\ntype Empty\n" << QByteArray("Empty")
                               << QByteArray("Type 'Empty' must define one or more fields.");
    QTest::addRow("no Query") << user + "}\n" << QByteArray() << QByteArray("The SDL file defines no type 'Query'.");
    QTest::addRow("unknown type") << query + user + "  friend: Foo\n}\n" << QByteArray("Foo")
                                  << QByteArray("Field 'User.friend' has unknown type 'Foo'.");
    QTest::addRow("view type outside Query")
        << query + user + "  org: Org\n}\ntype Org @view(name: \"v_org\") { id: UUID }\n" << QByteArray("Org\n")
        << QByteArray("Field 'User.org' has view type 'Org'; a view type may be used only by Query fields.");
    QTest::addRow("list of view type outside Query")
        << query + user + "  orgs: [Org!]\n}\ntype Org @view(name: \"v_org\") { id: UUID }\n" << QByteArray("Org!]")
        << QByteArray("Field 'User.orgs' has view type 'Org'; a view type may be used only by Query fields.");
    QTest::addRow("Query as field type") << query + user + "  q: Query\n}\n" << QByteArray("Query\n}")
                                         << QByteArray("Field 'User.q' may not have type 'Query'.");
    QTest::addRow("nested list") << query + user + "  grid: [[Int]]\n}\n" << QByteArray("[[Int]]")
                                 << QByteArray("Field 'User.grid' has a nested list type; a field is S, E, [S] or [E] "
                                               "(any nullability).");

    // Fields.
    QTest::addRow("arguments outside Query") << query + user + "  name(upper: Boolean): String\n}\n"
                                             << QByteArray("upper")
                                             << QByteArray("Field 'User.name' may not have arguments: only Query "
                                                           "fields have them.");
    QTest::addRow("field named AND") << query + user + "  AND: String\n}\n" << QByteArray("AND")
                                     << QByteArray("Field 'User.AND' may not be named AND, OR or NOT.");
    QTest::addRow("field named NOT in embedded")
        << query + user + "  a: A\n}\ntype A { NOT: Int }\n" << QByteArray("NOT")
        << QByteArray("Field 'A.NOT' may not be named AND, OR or NOT.");
    QTest::addRow("reserved field name") << query + user + "  __secret: String\n}\n" << QByteArray("__secret")
                                         << QByteArray("Field name 'User.__secret' is reserved: names beginning with "
                                                       "'__' belong to introspection.");
    QTest::addRow("duplicate field") << query + user + "  id: UUID\n}\n" << QByteArray("id: UUID\n}")
                                     << QByteArray("Field 'User.id' is defined more than once.");

    // Directives and their arguments (§1.2).
    QTest::addRow("@column on a list") << query + user + "  tags: [String!] @column\n}\n" << QByteArray("@column\n}")
                                       << QByteArray("Directive '@column' on field 'User.tags' is allowed only on a "
                                                     "non-list scalar field of a view type.");
    QTest::addRow("@column on an embedded field")
        << query + user + "  a: A @column\n}\ntype A { x: Int }\n" << QByteArray("@column\n}")
        << QByteArray("Directive '@column' on field 'User.a' is allowed only on a non-list scalar field of a view "
                      "type.");
    QTest::addRow("@column outside a view type")
        << query + user + "  a: A\n}\ntype A { x: Int @column }\n" << QByteArray("@column }")
        << QByteArray("Directive '@column' on field 'A.x' is allowed only on a non-list scalar field of a view type.");
    QTest::addRow("@column name not an identifier")
        << query + user + "  email: String @column(name: \"e-mail\")\n}\n" << QByteArray("@column(name")
        << QByteArray("Column name 'e-mail' of field 'User.email' is not an identifier [A-Za-z_][A-Za-z0-9_]{0,62}.");
    QTest::addRow("@column default name from a long key")
        << query + user + "  x: String @json(key: \"" + QByteArray(64, 'k') + "\") @column\n}\n"
        << QByteArray("@column\n}")
        << QByteArray("Column name '" + QByteArray(64, 'k')
                      + "' of field 'User.x' is not an identifier [A-Za-z_][A-Za-z0-9_]{0,62}.");
    QTest::addRow("@json key with a space") << query + user + "  x: String @json(key: \"a b\")\n}\n"
                                            << QByteArray("@json")
                                            << QByteArray("Document key 'a b' of field 'User.x' is not a key "
                                                          "[A-Za-z0-9_-]{1,128}.");
    QTest::addRow("@json empty key") << query + user + "  x: String @json(key: \"\")\n}\n" << QByteArray("@json")
                                     << QByteArray("Document key '' of field 'User.x' is not a key "
                                                   "[A-Za-z0-9_-]{1,128}.");
    QTest::addRow("@json key too long") << query + user + "  x: String @json(key: \"" + QByteArray(129, 'a') + "\")\n}\n"
                                        << QByteArray("@json")
                                        << QByteArray("Document key '" + QByteArray(129, 'a')
                                                      + "' of field 'User.x' is not a key [A-Za-z0-9_-]{1,128}.");
    QTest::addRow("@json without key") << query + user + "  x: String @json\n}\n" << QByteArray("@json")
                                       << QByteArray("Directive '@json' requires the argument 'key'.");
    QTest::addRow("@json key not a string") << query + user + "  x: String @json(key: 12)\n}\n" << QByteArray("12")
                                            << QByteArray("Argument 'key' of '@json' must be a String literal.");
    QTest::addRow("@json twice") << query + user + "  x: String @json(key: \"a\") @json(key: \"b\")\n}\n"
                                 << QByteArray("@json(key: \"b")
                                 << QByteArray("Directive '@json' is given more than once on field 'User.x'.");
    QTest::addRow("unknown field directive") << query + user + "  x: String @deprecated\n}\n"
                                             << QByteArray("@deprecated")
                                             << QByteArray("Unknown directive '@deprecated' on field 'User.x'; only "
                                                           "@json and @column are allowed on a field.");
    QTest::addRow("@view without name") << query + "type User @view(jsonb: \"doc\") { id: UUID }\n"
                                        << QByteArray("@view")
                                        << QByteArray("Directive '@view' requires the argument 'name'.");
    QTest::addRow("@view unknown argument") << query + "type User @view(name: \"v\", table: \"t\") { id: UUID }\n"
                                            << QByteArray("table")
                                            << QByteArray("Directive '@view' has no argument 'table'.");
    QTest::addRow("@view repeated argument") << query + "type User @view(name: \"v\", name: \"w\") { id: UUID }\n"
                                             << QByteArray("name: \"w")
                                             << QByteArray("Argument 'name' of '@view' is given more than once.");
    QTest::addRow("@view twice") << query + "type User @view(name: \"v\") @view(name: \"w\") { id: UUID }\n"
                                 << QByteArray("@view(name: \"w")
                                 << QByteArray("Directive '@view' is given more than once on type 'User'.");
    QTest::addRow("@view name with two dots") << query + "type User @view(name: \"a.b.c\") { id: UUID }\n"
                                              << QByteArray("@view")
                                              << QByteArray("View name 'a.b.c' of type 'User' is not `v` or `schema.v` "
                                                            "with identifiers [A-Za-z_][A-Za-z0-9_]{0,62}.");
    QTest::addRow("@view name starting with a digit") << query + "type User @view(name: \"1v\") { id: UUID }\n"
                                                      << QByteArray("@view")
                                                      << QByteArray("View name '1v' of type 'User' is not `v` or "
                                                                    "`schema.v` with identifiers "
                                                                    "[A-Za-z_][A-Za-z0-9_]{0,62}.");
    QTest::addRow("@view name too long") << query + "type User @view(name: \"" + QByteArray(64, 'v') + "\") { id: UUID }\n"
                                         << QByteArray("@view")
                                         << QByteArray("View name '" + QByteArray(64, 'v')
                                                       + "' of type 'User' is not `v` or `schema.v` with identifiers "
                                                         "[A-Za-z_][A-Za-z0-9_]{0,62}.");
    QTest::addRow("@view bad jsonb") << query + "type User @view(name: \"v\", jsonb: \"my doc\") { id: UUID }\n"
                                     << QByteArray("@view")
                                     << QByteArray("Column name 'my doc' (jsonb) of type 'User' is not an identifier "
                                                   "[A-Za-z_][A-Za-z0-9_]{0,62}.");
    QTest::addRow("@view empty tenant") << query + "type User @view(name: \"v\", tenant: \"\") { id: UUID }\n"
                                        << QByteArray("@view")
                                        << QByteArray("Column name '' (tenant) of type 'User' is not an identifier "
                                                      "[A-Za-z_][A-Za-z0-9_]{0,62}.");
    QTest::addRow("unknown type directive") << query + "type User @table(name: \"v\") { id: UUID }\n"
                                            << QByteArray("@table")
                                            << QByteArray("Unknown directive '@table' on type 'User'; only @view is "
                                                          "allowed on a type.");
    QTest::addRow("directive on Query") << "type Query @view(name: \"q\") { users: [User!]! }\n" + user + "}\n"
                                        << QByteArray("@view(name: \"q")
                                        << QByteArray("Type 'Query' takes no directives.");

    // Query fields (§1.5).
    const QByteArray tail = user + "}\n";
    QTest::addRow("nullable list query") << "type Query { users: [User] }\n" + tail << QByteArray("users")
                                         << QByteArray("Query field 'Query.users' is neither a list query `users: "
                                                       "[User!]!` nor a lookup `users(id: S!): User` with S the type of "
                                                       "'User.id' (UUID or ID).");
    QTest::addRow("list query with arguments") << "type Query { users(first: Int): [User!]! }\n" + tail
                                               << QByteArray("users")
                                               << QByteArray("Query field 'Query.users' is neither a list query "
                                                             "`users: [User!]!` nor a lookup `users(id: S!): User` "
                                                             "with S the type of 'User.id' (UUID or ID).");
    QTest::addRow("lookup with the wrong scalar") << "type Query { user(id: ID!): User }\n" + tail << QByteArray("user")
                                                  << QByteArray("Query field 'Query.user' is neither a list query "
                                                                "`user: [User!]!` nor a lookup `user(id: S!): User` "
                                                                "with S the type of 'User.id' (UUID or ID).");
    QTest::addRow("lookup returning non-null") << "type Query { user(id: UUID!): User! }\n" + tail
                                               << QByteArray("user")
                                               << QByteArray("Query field 'Query.user' is neither a list query "
                                                             "`user: [User!]!` nor a lookup `user(id: S!): User` with "
                                                             "S the type of 'User.id' (UUID or ID).");
    QTest::addRow("lookup with a nullable id") << "type Query { user(id: UUID): User }\n" + tail << QByteArray("user")
                                               << QByteArray("Query field 'Query.user' is neither a list query "
                                                             "`user: [User!]!` nor a lookup `user(id: S!): User` with "
                                                             "S the type of 'User.id' (UUID or ID).");
    QTest::addRow("lookup with a default") << "type Query { user(id: UUID! = \"x\"): User }\n" + tail
                                           << QByteArray("user")
                                           << QByteArray("Query field 'Query.user' is neither a list query `user: "
                                                         "[User!]!` nor a lookup `user(id: S!): User` with S the type "
                                                         "of 'User.id' (UUID or ID).");
    QTest::addRow("lookup by another argument") << "type Query { user(key: UUID!): User }\n" + tail
                                                << QByteArray("user")
                                                << QByteArray("Query field 'Query.user' is neither a list query "
                                                              "`user: [User!]!` nor a lookup `user(id: S!): User` "
                                                              "with S the type of 'User.id' (UUID or ID).");
    QTest::addRow("lookup without an id field")
        << QByteArray("type Query { doc(id: UUID!): Doc }\ntype Doc @view(name: \"v\") { name: String }\n")
        << QByteArray("doc")
        << QByteArray("Query field 'Query.doc' is neither a list query `doc: [Doc!]!` nor a lookup `doc(id: S!): "
                      "Doc` with S the type of 'Doc.id' (UUID or ID).");
    QTest::addRow("lookup on an Int id")
        << QByteArray("type Query { doc(id: Int!): Doc }\ntype Doc @view(name: \"v\") { id: Int }\n")
        << QByteArray("doc")
        << QByteArray("Query field 'Query.doc' is neither a list query `doc: [Doc!]!` nor a lookup `doc(id: S!): "
                      "Doc` with S the type of 'Doc.id' (UUID or ID).");
    QTest::addRow("scalar Query field") << "type Query { count: Int }\n" + tail << QByteArray("Int")
                                        << QByteArray("Query field 'Query.count' must return a view type; 'Int' is "
                                                      "not one.");
    QTest::addRow("embedded Query field") << QByteArray("type Query { a: A }\ntype A { x: Int }\n") << QByteArray("A }")
                                          << QByteArray("Query field 'Query.a' must return a view type; 'A' is not "
                                                        "one.");
    QTest::addRow("Query field directive") << "type Query { users: [User!]! @json(key: \"u\") }\n" + tail
                                           << QByteArray("@json")
                                           << QByteArray("Query field 'Query.users' takes no directives.");
    QTest::addRow("duplicate Query field") << "type Query { users: [User!]! users: [User!]! }\n" + tail
                                           << QByteArray("users: [User!]! }")
                                           << QByteArray("Field 'Query.users' is defined more than once.");

    // §1.6 generated names.
    QTest::addRow("clash with a WhereInput") << query + tail + "type UserWhereInput { a: Int }\n"
                                             << QByteArray("UserWhereInput")
                                             << QByteArray("Type name 'UserWhereInput' is also the name of a generated "
                                                           "type.");
    QTest::addRow("clash with a filter type") << query + tail + "type UUIDFilter { a: Int }\n"
                                              << QByteArray("UUIDFilter")
                                              << QByteArray("Type name 'UUIDFilter' is also the name of a generated "
                                                            "type.");
    QTest::addRow("clash with OrderDirection") << query + tail + "type OrderDirection { a: Int }\n"
                                               << QByteArray("OrderDirection")
                                               << QByteArray("Type name 'OrderDirection' is also the name of a "
                                                             "generated type.");
}

void TestSchemaRegistry::rejectsInvalidSchemas()
{
    QFETCH(QByteArray, sdl);
    QFETCH(QByteArray, marker);
    QFETCH(QByteArray, message);
    const std::string text = sdl.toStdString();
    auto loaded = SdlLoader::loadText(text);
    QVERIFY(!loaded.ok());
    const Error &error = loaded.errors().front();
    QCOMPARE(bytes(error.message), message);
    if (QByteArray(QTest::currentDataTag()) == "syntax error") {
        QCOMPARE(error.locations, (std::vector<SourceLocation>{{3, 20}}));
    } else if (marker.isEmpty()) {
        QVERIFY(error.locations.empty());
    } else {
        QVERIFY2(text.find(marker.toStdString()) != std::string::npos, "marker not in the SDL");
        QCOMPARE(error.locations, (std::vector<SourceLocation>{locate(text, marker.toStdString())}));
    }
    QCOMPARE(error.code, ErrorCode::InternalServerError);
}

void TestSchemaRegistry::reportsEveryErrorInDocumentOrder()
{
    const std::string sdl = "type Query { users: [User!]! }\n"
                            "type User @view(name: \"v\") {\n"
                            "  id: UUID!\n"
                            "  AND: Int\n"
                            "  tags: [String] @column\n"
                            "  x: Nope\n"
                            "}\n";
    auto loaded = SdlLoader::loadText(sdl);
    QVERIFY(!loaded.ok());
    const std::string out = errorLines(loaded.errors());
    QCOMPARE(bytes(out), QByteArray("4:3 Field 'User.AND' may not be named AND, OR or NOT.\n"
                                    "5:18 Directive '@column' on field 'User.tags' is allowed only on a non-list "
                                    "scalar field of a view type.\n"
                                    "6:6 Field 'User.x' has unknown type 'Nope'.\n"));
}

// Schema error locations are an editor's: \n, \r\n and \r each end a line, and columns count
// code points (a string with "é", "日本" or "🔥" before the offending name on its line).
void TestSchemaRegistry::locationsFollowEveryLineBreakAndCountCodePoints()
{
    const std::string sdl = "type Query { users: [User!]! }\r\n"
                            "type User @view(name: \"v\") {\r"
                            "  id: UUID!\n"
                            "  a: Int @deprecated(reason: \"caf\u00e9\") AND: Int\r\n"
                            "\r\n"
                            "  b: Int @deprecated(reason: \"\u65e5\u672c\") x: Nope\n"
                            "  c: Int @deprecated(reason: \"\U0001F525\") y: Nope2\n"
                            "}\n";
    auto loaded = SdlLoader::loadText(sdl);
    QVERIFY(!loaded.ok());
    const std::string out = errorLines(loaded.errors());
    const auto deprecated = [](const std::string &field) {
        return "Unknown directive '@deprecated' on field 'User." + field
            + "'; only @json and @column are allowed on a field.\n";
    };
    QCOMPARE(bytes(out), bytes("4:10 " + deprecated("a") + "4:38 Field 'User.AND' may not be named AND, OR or NOT.\n"
                               + "6:10 " + deprecated("b") + "6:39 Field 'User.x' has unknown type 'Nope'.\n"
                               + "7:10 " + deprecated("c") + "7:38 Field 'User.y' has unknown type 'Nope2'.\n"));
}

void TestSchemaRegistry::publicApiLoadsAndFails()
{
    auto loaded = Schema::loadText(kContractSdl);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value().hash(), m_contract->hash());
    QCOMPARE(loaded.value().printSdl(), printSchemaSdl(*m_contract));
    QVERIFY(loaded.value().registry() != nullptr);

    auto missing = Schema::loadFile("/nonexistent/schema.graphql");
    QVERIFY(!missing.ok());
    QCOMPARE(bytes(missing.errors().front().message), QByteArray("Cannot read the SDL file /nonexistent/schema.graphql."));

    auto notUtf8 = Schema::loadText(std::string("type Query { a: Int } # \xff\n"));
    QVERIFY(!notUtf8.ok());
    QCOMPARE(bytes(notUtf8.errors().front().message), QByteArray("The SDL file is not valid UTF-8."));

    SchemaOptions options;
    options.defaultSchema = "api";
    auto custom = Schema::loadText("type Query { docs: [Doc!]! }\ntype Doc @view(name: \"v_doc\") { id: UUID }\n",
                                   options);
    QVERIFY(custom.ok());
    QCOMPARE(bytes(custom.value().registry()->type("Doc")->view->schemaName), QByteArray("api"));
}

QTEST_APPLESS_MAIN(TestSchemaRegistry)
#include "tst_schema_registry.moc"
