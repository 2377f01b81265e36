#include "schema/sdl_loader.h"

#include "schema/builtin_types.h"
#include "schema/input_type_generator.h"
#include "schema/key_derivation.h"
#include "syntax/parser.h"
#include "syntax/utf8.h"

#include <QByteArray>
#include <QCryptographicHash>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

namespace graft::schema {

namespace {

using syntax::DefinitionKind;

bool isIdentifier(std::string_view text)
{
    // §1.2: [A-Za-z_][A-Za-z0-9_]{0,62}
    if (text.empty() || text.size() > 63)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
        const bool digit = c >= '0' && c <= '9';
        if (!letter && !(digit && i > 0))
            return false;
    }
    return true;
}

bool isDocumentKey(std::string_view text)
{
    // §1.2: [A-Za-z0-9_-]{1,128}
    if (text.empty() || text.size() > 128)
        return false;
    for (char c : text) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'
            || c == '-';
        if (!ok)
            return false;
    }
    return true;
}

bool isValidUtf8(std::string_view text)
{
    for (std::size_t pos = 0; pos < text.size();) {
        const syntax::utf8::Decoded d = syntax::utf8::decode(text, pos);
        if (d.length == 1 && static_cast<unsigned char>(text[pos]) >= 0x80)
            return false;
        pos += d.length;
    }
    return true;
}

/// The editor's line:column of byte offsets in one text: lines end at \n, \r\n or \r; columns
/// count code points. (Not graphql-core's location rule, which puts a token that starts a line at
/// the end of the previous one: schema errors are read by people with the SDL file open.) The line
/// starts are found once, so each location costs a binary search and a walk along its own line —
/// a loader asks for one per type, field and argument.
class LineIndex {
public:
    explicit LineIndex(std::string_view text)
        : m_text(text)
    {
        m_starts.push_back(0);
        for (std::size_t pos = 0; pos < text.size(); ++pos) {
            const char c = text[pos];
            if (c == '\r' && pos + 1 < text.size() && text[pos + 1] == '\n')
                ++pos;
            if (c == '\n' || c == '\r')
                m_starts.push_back(pos + 1);
        }
    }

    SourceLocation at(std::uint32_t offset) const
    {
        const std::size_t target = std::min<std::size_t>(offset, m_text.size());
        // The last line starting at or before the offset (a line's start is past its break).
        const auto next = std::upper_bound(m_starts.begin(), m_starts.end(), target);
        const std::size_t line = static_cast<std::size_t>(next - m_starts.begin()) - 1;
        SourceLocation loc{static_cast<int>(line + 1), 1};
        for (std::size_t pos = m_starts[line]; pos < target;) {
            ++loc.column;
            pos += syntax::utf8::decode(m_text, pos).length;
        }
        return loc;
    }

private:
    std::string_view m_text;
    std::vector<std::size_t> m_starts;
};

std::string quoted(std::string_view text)
{
    return "'" + std::string(text) + "'";
}

std::string_view definitionWords(DefinitionKind kind)
{
    switch (kind) {
    case DefinitionKind::Operation:
        return "an operation";
    case DefinitionKind::Fragment:
        return "a fragment";
    case DefinitionKind::Schema:
        return "a schema definition";
    case DefinitionKind::ScalarType:
        return "a scalar type definition";
    case DefinitionKind::ObjectType:
        return "an object type definition";
    case DefinitionKind::InterfaceType:
        return "an interface type definition";
    case DefinitionKind::UnionType:
        return "a union type definition";
    case DefinitionKind::EnumType:
        return "an enum type definition";
    case DefinitionKind::InputObjectType:
        return "an input object type definition";
    case DefinitionKind::Directive:
        return "a directive definition";
    case DefinitionKind::SchemaExtension:
        return "a schema extension";
    default:
        return "a type extension";
    }
}

/// A field type as the SDL may declare it: a named type, at most one list level.
struct DeclaredType {
    std::string_view name;
    std::uint32_t nameOffset = 0;
    bool list = false;
    bool nonNull = false;     ///< the outer `!`
    bool itemNonNull = false; ///< `[T!]`
    bool nestedList = false;
};

DeclaredType declaredType(const syntax::TypeRef *ref)
{
    DeclaredType out;
    if (ref->kind == syntax::TypeKind::NonNull) {
        out.nonNull = true;
        ref = ref->ofType;
    }
    if (ref->kind == syntax::TypeKind::List) {
        out.list = true;
        ref = ref->ofType;
        if (ref->kind == syntax::TypeKind::NonNull) {
            out.itemNonNull = true;
            ref = ref->ofType;
        }
        if (ref->kind != syntax::TypeKind::Named) {
            out.nestedList = true;
            while (ref->kind != syntax::TypeKind::Named)
                ref = ref->ofType;
        }
    }
    out.name = ref->name.value;
    out.nameOffset = ref->name.offset;
    return out;
}

TypeRef wrap(const DeclaredType &declared, const NamedType *named)
{
    TypeRef ref(named);
    if (declared.list) {
        if (declared.itemNonNull)
            ref = TypeRef::nonNullOf(ref);
        ref = TypeRef::listOf(ref);
    }
    return declared.nonNull ? TypeRef::nonNullOf(ref) : ref;
}

/// One SDL object type other than Query and the AST node it came from.
struct ObjectDecl {
    const syntax::TypeDefinition *node = nullptr;
    NamedType *type = nullptr;
};

class Loader {
public:
    Loader(const syntax::Document &document, const SchemaLoadOptions &options)
        : m_document(document)
        , m_options(options)
        , m_lines(document.source())
    {
    }

    Result<std::shared_ptr<const SchemaRegistry>> run(std::string hash);

private:
    SourceLocation location(std::uint32_t offset) const { return m_lines.at(offset); }

    void fail(std::uint32_t offset, std::string message)
    {
        Error error;
        error.code = ErrorCode::InternalServerError;
        error.message = std::move(message);
        error.locations.push_back(location(offset));
        m_errors.push_back(std::move(error));
    }

    void readDefinitions();
    void readSchemaDefinition(const syntax::SchemaDefinition &schema);
    void declareObject(const syntax::TypeDefinition &node);
    void readView(ObjectDecl &decl);
    void checkStringArguments(const syntax::Directive &directive, const std::set<std::string_view> &allowed);
    std::optional<std::string> stringArgument(const syntax::Directive &directive, std::string_view argName,
                                              bool required);
    void readDataField(ObjectDecl &decl, const syntax::FieldDefinition &node);
    void readQuery();
    void readQueryField(const syntax::FieldDefinition &node);
    std::vector<const NamedType *> reachableObjects() const;
    void checkGeneratedNames(InputTypeGenerator &generator);

    const syntax::Document &m_document;
    const SchemaLoadOptions &m_options;
    LineIndex m_lines;
    Errors m_errors;
    TypeTable m_table;
    std::vector<ObjectDecl> m_objects;
    const syntax::TypeDefinition *m_queryNode = nullptr;
    NamedType *m_query = nullptr;
    bool m_sawSchemaDefinition = false;
};

void Loader::readDefinitions()
{
    for (const syntax::Definition *definition : m_document.definitions()) {
        if (definition->kind == DefinitionKind::Schema) {
            readSchemaDefinition(*definition->as<syntax::SchemaDefinition>());
        } else if (definition->kind == DefinitionKind::ObjectType) {
            declareObject(*definition->as<syntax::TypeDefinition>());
        } else {
            fail(definition->offset, "The SDL file may contain only object type definitions and `schema { query: "
                                     "Query }`; found "
                         + std::string(definitionWords(definition->kind)) + ".");
        }
    }
}

void Loader::readSchemaDefinition(const syntax::SchemaDefinition &schema)
{
    if (schema.description != nullptr) {
        fail(schema.description->offset, "Descriptions are not allowed in the SDL file.");
        return;
    }
    if (m_sawSchemaDefinition) {
        fail(schema.offset, "The SDL file has more than one schema definition.");
        return;
    }
    m_sawSchemaDefinition = true;
    if (!schema.directives.empty()) {
        fail(schema.directives.front().offset, "The schema definition takes no directives.");
        return;
    }
    const bool onlyQuery = schema.operationTypes.size() == 1
        && schema.operationTypes.front().operation == syntax::OperationType::Query
        && schema.operationTypes.front().type->name.value == "Query";
    if (!onlyQuery)
        fail(schema.offset, "The schema definition must be `schema { query: Query }`.");
}

void Loader::declareObject(const syntax::TypeDefinition &node)
{
    const std::string_view name = node.name.value;
    if (node.description != nullptr) {
        fail(node.description->offset, "Descriptions are not allowed in the SDL file.");
        return;
    }
    if (name.substr(0, 2) == "__") {
        fail(node.name.offset, "Type name " + quoted(name) + " is reserved: names beginning with '__' belong to "
                                                             "introspection.");
        return;
    }
    if (scalarByName(name)) {
        fail(node.name.offset, "Type " + quoted(name) + " is a predefined scalar and cannot be defined.");
        return;
    }
    if (m_table.find(name) != nullptr) {
        fail(node.name.offset, "Type " + quoted(name) + " is defined more than once.");
        return;
    }
    if (!node.interfaces.empty()) {
        fail(node.interfaces.front()->offset, "Type " + quoted(name) + " may not implement interfaces.");
        return;
    }
    if (node.fields.empty()) {
        fail(node.name.offset, "Type " + quoted(name) + " must define one or more fields.");
        return;
    }
    bool hasView = false;
    for (const syntax::Directive &directive : node.directives)
        hasView = hasView || directive.name.value == "view";
    const bool isQuery = name == "Query";
    const TypeRole role = isQuery ? TypeRole::Query : (hasView ? TypeRole::View : TypeRole::Embedded);
    NamedType &type = m_table.add(NamedTypeKind::Object, role, std::string(name));
    type.location = location(node.name.offset);
    if (isQuery) {
        m_queryNode = &node;
        m_query = &type;
    } else {
        m_objects.push_back({&node, &type});
    }
}

void Loader::checkStringArguments(const syntax::Directive &directive, const std::set<std::string_view> &allowed)
{
    const std::string where = "@" + std::string(directive.name.value);
    std::set<std::string_view> seen;
    for (const syntax::Argument &argument : directive.arguments) {
        const std::string_view n = argument.name.value;
        if (allowed.count(n) == 0)
            fail(argument.offset, "Directive " + quoted(where) + " has no argument " + quoted(n) + ".");
        else if (!seen.insert(n).second)
            fail(argument.offset, "Argument " + quoted(n) + " of " + quoted(where) + " is given more than once.");
        else if (argument.value->kind != syntax::ValueKind::String)
            fail(argument.value->offset, "Argument " + quoted(n) + " of " + quoted(where) + " must be a String literal.");
    }
}

std::optional<std::string> Loader::stringArgument(const syntax::Directive &directive, std::string_view argName,
                                                  bool required)
{
    for (const syntax::Argument &argument : directive.arguments) {
        if (argument.name.value != argName)
            continue;
        if (argument.value->kind == syntax::ValueKind::String)
            return std::string(argument.value->text);
        return std::nullopt; // reported by checkStringArguments
    }
    if (required)
        fail(directive.offset, "Directive " + quoted("@" + std::string(directive.name.value))
                                   + " requires the argument " + quoted(argName) + ".");
    return std::nullopt;
}

void Loader::readView(ObjectDecl &decl)
{
    const syntax::TypeDefinition &node = *decl.node;
    const std::string typeName = decl.type->name;
    bool seenView = false;
    for (const syntax::Directive &directive : node.directives) {
        if (directive.name.value != "view") {
            fail(directive.offset, "Unknown directive " + quoted("@" + std::string(directive.name.value))
                                       + " on type " + quoted(typeName) + "; only @view is allowed on a type.");
            continue;
        }
        if (seenView) {
            fail(directive.offset, "Directive '@view' is given more than once on type " + quoted(typeName) + ".");
            continue;
        }
        seenView = true;
        checkStringArguments(directive, {"name", "jsonb", "tenant"});
        const std::optional<std::string> name = stringArgument(directive, "name", true);
        const std::optional<std::string> jsonb = stringArgument(directive, "jsonb", false);
        const std::optional<std::string> tenant = stringArgument(directive, "tenant", false);
        ViewInfo view;
        view.schemaName = m_options.defaultSchema;
        if (name) {
            const std::size_t dot = name->find('.');
            if (dot == std::string::npos) {
                view.viewName = *name;
            } else {
                view.schemaName = name->substr(0, dot);
                view.viewName = name->substr(dot + 1);
            }
            if (!isIdentifier(view.schemaName) || !isIdentifier(view.viewName))
                fail(directive.offset, "View name " + quoted(*name) + " of type " + quoted(typeName)
                                           + " is not `v` or `schema.v` with identifiers [A-Za-z_][A-Za-z0-9_]{0,62}.");
        }
        if (jsonb) {
            view.jsonbColumn = *jsonb;
            if (!isIdentifier(*jsonb))
                fail(directive.offset, "Column name " + quoted(*jsonb) + " (jsonb) of type " + quoted(typeName)
                                           + " is not an identifier [A-Za-z_][A-Za-z0-9_]{0,62}.");
        }
        if (tenant) {
            view.tenantColumn = *tenant;
            if (!isIdentifier(*tenant))
                fail(directive.offset, "Column name " + quoted(*tenant) + " (tenant) of type " + quoted(typeName)
                                           + " is not an identifier [A-Za-z_][A-Za-z0-9_]{0,62}.");
        }
        decl.type->view = std::move(view);
    }
}

void Loader::readDataField(ObjectDecl &decl, const syntax::FieldDefinition &node)
{
    NamedType &owner = *decl.type;
    const std::string_view name = node.name.value;
    const std::string where = quoted(owner.name + "." + std::string(name));
    if (node.description != nullptr) {
        fail(node.description->offset, "Descriptions are not allowed in the SDL file.");
        return;
    }
    if (name == "AND" || name == "OR" || name == "NOT") {
        fail(node.name.offset, "Field " + where + " may not be named AND, OR or NOT.");
        return;
    }
    if (name.substr(0, 2) == "__") {
        fail(node.name.offset, "Field name " + where + " is reserved: names beginning with '__' belong to "
                                                       "introspection.");
        return;
    }
    if (owner.field(name) != nullptr) {
        fail(node.name.offset, "Field " + where + " is defined more than once.");
        return;
    }
    if (!node.arguments.empty()) {
        fail(node.arguments.front().offset, "Field " + where + " may not have arguments: only Query fields have them.");
        return;
    }
    const DeclaredType declared = declaredType(node.type);
    if (declared.nestedList) {
        fail(node.type->offset, "Field " + where + " has a nested list type; a field is S, E, [S] or [E] "
                                                   "(any nullability).");
        return;
    }

    FieldDefinition field;
    field.name = std::string(name);
    field.role = FieldRole::Data;
    field.list = declared.list;
    field.documentKey = deriveDocumentKey(name);
    field.location = location(node.name.offset);
    const NamedType *target = nullptr;
    if (const std::optional<ScalarId> scalar = scalarByName(declared.name)) {
        field.scalar = scalar;
        target = m_table.find(declared.name);
    } else if (const NamedType *object = m_table.find(declared.name)) {
        if (object->role == TypeRole::View) {
            fail(declared.nameOffset, "Field " + where + " has view type " + quoted(declared.name)
                                          + "; a view type may be used only by Query fields.");
            return;
        }
        if (object->role == TypeRole::Query) {
            fail(declared.nameOffset, "Field " + where + " may not have type 'Query'.");
            return;
        }
        field.embedded = object;
        target = object;
    } else {
        fail(declared.nameOffset, "Field " + where + " has unknown type " + quoted(declared.name) + ".");
        return;
    }
    field.type = wrap(declared, target);

    bool seenJson = false;
    bool seenColumn = false;
    std::uint32_t keyOffset = node.name.offset;
    std::uint32_t columnOffset = node.name.offset;
    for (const syntax::Directive &directive : node.directives) {
        const std::string_view d = directive.name.value;
        if (d == "json") {
            if (seenJson) {
                fail(directive.offset, "Directive '@json' is given more than once on field " + where + ".");
                continue;
            }
            seenJson = true;
            keyOffset = directive.offset;
            checkStringArguments(directive, {"key"});
            if (std::optional<std::string> key = stringArgument(directive, "key", true))
                field.documentKey = std::move(*key);
        } else if (d == "column") {
            if (seenColumn) {
                fail(directive.offset, "Directive '@column' is given more than once on field " + where + ".");
                continue;
            }
            seenColumn = true;
            columnOffset = directive.offset;
            if (owner.role != TypeRole::View || field.list || !field.scalar) {
                fail(directive.offset, "Directive '@column' on field " + where
                                           + " is allowed only on a non-list scalar field of a view type.");
                continue;
            }
            checkStringArguments(directive, {"name"});
            field.column = stringArgument(directive, "name", false);
            if (!field.column)
                field.column = std::string(); // resolved to the document key below
        } else {
            fail(directive.offset, "Unknown directive " + quoted("@" + std::string(d)) + " on field " + where
                                       + "; only @json and @column are allowed on a field.");
        }
    }
    if (!isDocumentKey(field.documentKey)) {
        fail(keyOffset, "Document key " + quoted(field.documentKey) + " of field " + where
                            + " is not a key [A-Za-z0-9_-]{1,128}.");
        return;
    }
    if (field.column) {
        if (field.column->empty())
            field.column = field.documentKey;
        if (!isIdentifier(*field.column)) {
            fail(columnOffset, "Column name " + quoted(*field.column) + " of field " + where
                                + " is not an identifier [A-Za-z_][A-Za-z0-9_]{0,62}.");
            return;
        }
    }
    owner.fields.push_back(std::move(field));
}

void Loader::readQuery()
{
    if (m_queryNode == nullptr) {
        Error error;
        error.code = ErrorCode::InternalServerError;
        error.message = "The SDL file defines no type 'Query'.";
        m_errors.push_back(std::move(error));
        return;
    }
    if (!m_queryNode->directives.empty())
        fail(m_queryNode->directives.front().offset, "Type 'Query' takes no directives.");
    for (const syntax::FieldDefinition &node : m_queryNode->fields)
        readQueryField(node);
}

void Loader::readQueryField(const syntax::FieldDefinition &node)
{
    const std::string_view name = node.name.value;
    const std::string where = quoted("Query." + std::string(name));
    if (node.description != nullptr) {
        fail(node.description->offset, "Descriptions are not allowed in the SDL file.");
        return;
    }
    if (name.substr(0, 2) == "__") {
        fail(node.name.offset, "Field name " + where + " is reserved: names beginning with '__' belong to "
                                                       "introspection.");
        return;
    }
    if (m_query->field(name) != nullptr) {
        fail(node.name.offset, "Field " + where + " is defined more than once.");
        return;
    }
    if (!node.directives.empty()) {
        fail(node.directives.front().offset, "Query field " + where + " takes no directives.");
        return;
    }
    const DeclaredType declared = declaredType(node.type);
    const NamedType *view = m_table.find(declared.name);
    if (view == nullptr || view->role != TypeRole::View) {
        fail(declared.nameOffset, "Query field " + where + " must return a view type; " + quoted(declared.name)
                                      + " is not one.");
        return;
    }
    FieldDefinition field;
    field.name = std::string(name);
    field.view = view;
    field.location = location(node.name.offset);
    field.type = wrap(declared, view);

    const bool listShape = declared.list && declared.nonNull && declared.itemNonNull && !declared.nestedList;
    if (node.arguments.empty() && listShape) {
        field.role = FieldRole::ListQuery; // arguments are generated once the input types exist
        m_query->fields.push_back(std::move(field));
        return;
    }
    const FieldDefinition *idField = view->field("id");
    const bool lookupShape = !declared.list && !declared.nonNull && node.arguments.size() == 1;
    if (lookupShape && idField != nullptr && !idField->list && idField->scalar
        && (*idField->scalar == ScalarId::UUID || *idField->scalar == ScalarId::ID)) {
        const syntax::InputValueDefinition &arg = node.arguments.front();
        const DeclaredType argType = declaredType(arg.type);
        const bool argOk = arg.name.value == "id" && arg.description == nullptr && arg.defaultValue == nullptr
            && arg.directives.empty() && !argType.list && argType.nonNull
            && argType.name == scalarInfo(*idField->scalar).name;
        if (argOk) {
            field.role = FieldRole::Lookup;
            InputValue id;
            id.name = "id";
            id.type = TypeRef::nonNullOf(m_table.ref(argType.name));
            id.location = location(arg.offset);
            field.arguments.push_back(std::move(id));
            m_query->fields.push_back(std::move(field));
            return;
        }
    }
    fail(node.name.offset, "Query field " + where + " is neither a list query `" + std::string(name) + ": ["
                               + std::string(declared.name) + "!]!` nor a lookup `" + std::string(name)
                               + "(id: S!): " + std::string(declared.name) + "` with S the type of "
                               + quoted(std::string(declared.name) + ".id") + " (UUID or ID).");
}

std::vector<const NamedType *> Loader::reachableObjects() const
{
    // Query, then every view and embedded type reachable through fields, in discovery order.
    std::vector<const NamedType *> order{m_query};
    std::set<const NamedType *> seen{m_query};
    for (std::size_t i = 0; i < order.size(); ++i) {
        for (const FieldDefinition &field : order[i]->fields) {
            const NamedType *next = field.view != nullptr ? field.view : field.embedded;
            if (next != nullptr && seen.insert(next).second)
                order.push_back(next);
        }
    }
    return order;
}

void Loader::checkGeneratedNames(InputTypeGenerator &generator)
{
    // The names §1.6 can generate: XWhereInput / XOrderByInput for every SDL object type, the
    // filter types in use and OrderDirection; none may also be an SDL type name.
    std::set<std::string> generated{"OrderDirection"};
    for (const ObjectDecl &decl : m_objects) {
        generated.insert(decl.type->name + "WhereInput");
        generated.insert(decl.type->name + "OrderByInput");
    }
    for (const NamedType *type : generator.types().list())
        generated.insert(type->name);
    auto check = [&](const NamedType &type, const syntax::TypeDefinition &node) {
        if (generated.count(type.name) != 0)
            fail(node.name.offset, "Type name " + quoted(type.name) + " is also the name of a generated type.");
    };
    for (const ObjectDecl &decl : m_objects)
        check(*decl.type, *decl.node);
    if (m_query != nullptr)
        check(*m_query, *m_queryNode);
}

Result<std::shared_ptr<const SchemaRegistry>> Loader::run(std::string hash)
{
    addScalarTypes(m_table);
    addIntrospectionTypes(m_table);
    readDefinitions();
    for (ObjectDecl &decl : m_objects)
        readView(decl);
    for (ObjectDecl &decl : m_objects) {
        for (const syntax::FieldDefinition &node : decl.node->fields)
            readDataField(decl, node);
    }
    readQuery();
    if (!m_errors.empty())
        return std::move(m_errors);

    std::vector<NamedType *> objects;
    for (const ObjectDecl &decl : m_objects)
        objects.push_back(decl.type);

    InputTypeGenerator generator(m_table, objects);
    const NamedType &intType = *m_table.find("Int");
    for (FieldDefinition &field : m_query->fields) {
        if (field.role != FieldRole::ListQuery)
            continue;
        InputValue where;
        where.name = "where";
        where.type = TypeRef(&generator.whereInput(*field.view));
        field.arguments.push_back(std::move(where));
        if (const NamedType *order = generator.orderByInput(*field.view)) {
            InputValue orderBy;
            orderBy.name = "orderBy";
            orderBy.type = TypeRef::listOf(TypeRef::nonNullOf(TypeRef(order)));
            field.arguments.push_back(std::move(orderBy));
        }
        for (const char *name : {"limit", "offset"}) {
            InputValue arg;
            arg.name = name;
            arg.type = TypeRef(&intType);
            field.arguments.push_back(std::move(arg));
        }
    }
    checkGeneratedNames(generator);
    if (!m_errors.empty())
        return std::move(m_errors);
    for (NamedType *object : objects) {
        object->whereInput = generator.generatedWhereInput(*object);
        object->orderByInput = generator.generatedOrderByInput(*object);
    }

    // The exposed schema: scalars, introspection types, what Query reaches, the generated inputs
    // (graphql-core drops SDL types Query does not reach).
    std::vector<DirectiveDefinition> directives = specifiedDirectives(m_table);
    const std::vector<const NamedType *> reachable = reachableObjects();
    const std::set<const NamedType *> keep(reachable.begin(), reachable.end());
    std::vector<std::unique_ptr<NamedType>> types;
    for (auto &type : m_table.take()) {
        if (type->kind != NamedTypeKind::Object || type->role == TypeRole::IntrospectionObject
            || keep.count(type.get()) != 0)
            types.push_back(std::move(type));
    }
    for (auto &type : generator.types().take())
        types.push_back(std::move(type));
    return std::shared_ptr<const SchemaRegistry>(
        std::make_shared<SchemaRegistry>(std::move(types), std::move(directives), std::move(hash)));
}

} // namespace

std::string sha256Hex(std::string_view bytes)
{
    const QByteArray digest = QCryptographicHash::hash(
        QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size())), QCryptographicHash::Sha256);
    return digest.toHex().toStdString();
}

Result<std::shared_ptr<const SchemaRegistry>> SdlLoader::loadText(std::string sdl, const SchemaLoadOptions &options)
{
    std::string hash = sha256Hex(sdl);
    if (!isValidUtf8(sdl)) {
        Error error;
        error.code = ErrorCode::InternalServerError;
        error.message = "The SDL file is not valid UTF-8.";
        return error;
    }
    syntax::ParseLimits limits;
    limits.maxDocumentBytes = std::max(limits.maxDocumentBytes, sdl.size());
    Result<std::shared_ptr<const syntax::Document>> parsed = syntax::parseDocument(std::move(sdl), limits);
    if (!parsed.ok()) {
        Errors errors = std::move(parsed).takeErrors();
        for (Error &error : errors)
            error.code = ErrorCode::InternalServerError;
        return errors;
    }
    const std::shared_ptr<const syntax::Document> document = parsed.value();
    Loader loader(*document, options);
    return loader.run(std::move(hash));
}

Result<std::shared_ptr<const SchemaRegistry>> SdlLoader::loadFile(const std::string &path,
                                                                   const SchemaLoadOptions &options)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        Error error;
        error.code = ErrorCode::InternalServerError;
        error.message = "Cannot read the SDL file " + path + ".";
        return error;
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return loadText(std::move(bytes).str(), options);
}

} // namespace graft::schema
