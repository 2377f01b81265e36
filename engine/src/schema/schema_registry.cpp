#include "schema/schema_registry.h"

#include <algorithm>

namespace graft::schema {

SchemaRegistry::SchemaRegistry(std::vector<std::unique_ptr<NamedType>> types,
                               std::vector<DirectiveDefinition> directives, std::string hash)
    : m_storage(std::move(types))
    , m_scalars(kScalarCount, nullptr)
    , m_directives(std::move(directives))
    , m_hash(std::move(hash))
{
    for (const auto &t : m_storage) {
        t->indexInputFields();
        m_typeMapOrder.push_back(t.get());
        m_index.emplace(t->name, t.get());
        if (t->role == TypeRole::Scalar && t->scalar)
            m_scalars[static_cast<std::size_t>(*t->scalar)] = t.get();
        if (t->role == TypeRole::Query)
            m_query = t.get();
    }
    // The legacy path replaces graphql-core's collected type map by one sorted by name, so the
    // type-map order and the `__schema.types` order (§1.7, byte order) coincide.
    std::sort(m_typeMapOrder.begin(), m_typeMapOrder.end(),
              [](const NamedType *a, const NamedType *b) { return a->name < b->name; });
    m_byName = m_typeMapOrder;

    const NamedType *string = type("String");
    m_schemaMeta.name = "__schema";
    m_schemaMeta.type = TypeRef::nonNullOf(TypeRef(type("__Schema")));
    m_schemaMeta.role = FieldRole::MetaSchema;
    m_typeMeta.name = "__type";
    m_typeMeta.type = TypeRef(type("__Type"));
    m_typeMeta.role = FieldRole::MetaType;
    InputValue nameArg;
    nameArg.name = "name";
    nameArg.type = TypeRef::nonNullOf(TypeRef(string));
    m_typeMeta.arguments.push_back(std::move(nameArg));
    m_typenameMeta.name = "__typename";
    m_typenameMeta.type = TypeRef::nonNullOf(TypeRef(string));
    m_typenameMeta.role = FieldRole::MetaTypename;
}

const NamedType *SchemaRegistry::type(std::string_view name) const
{
    auto it = m_index.find(name);
    return it == m_index.end() ? nullptr : it->second;
}

const DirectiveDefinition *SchemaRegistry::directive(std::string_view name) const
{
    for (const DirectiveDefinition &d : m_directives) {
        if (d.name == name)
            return &d;
    }
    return nullptr;
}

const FieldDefinition *SchemaRegistry::fieldOf(const NamedType &parent, std::string_view fieldName) const
{
    if (parent.kind != NamedTypeKind::Object)
        return nullptr;
    if (fieldName == "__typename")
        return &m_typenameMeta;
    if (&parent == m_query) {
        if (fieldName == "__schema")
            return &m_schemaMeta;
        if (fieldName == "__type")
            return &m_typeMeta;
    }
    return parent.field(fieldName);
}

} // namespace graft::schema
