#pragma once

#include "schema/type_system.h"

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace graft::schema {

/// The exposed schema of CONTRACT §1.7, immutable once built: every named type reachable from
/// Query plus the fourteen scalars, the generated input types, OrderDirection, the introspection
/// types, the four specified directives and the implicit meta-fields. Shared as
/// `std::shared_ptr<const SchemaRegistry>`; every pointer it hands out lives as long as it does.
class SchemaRegistry {
public:
    /// Takes ownership of `types` (any order) and `directives`;
    /// `hash` is the schema hash of §1.7 (lower-case hex SHA-256 of the SDL bytes).
    SchemaRegistry(std::vector<std::unique_ptr<NamedType>> types, std::vector<DirectiveDefinition> directives,
                   std::string hash);
    SchemaRegistry(const SchemaRegistry &) = delete;
    SchemaRegistry &operator=(const SchemaRegistry &) = delete;

    /// The named type called `name`, or nullptr.
    const NamedType *type(std::string_view name) const;
    /// Every named type in the legacy schema's `type_map` order, which is by name (suggestion candidates, §3.5).
    const std::vector<const NamedType *> &types() const { return m_typeMapOrder; }
    /// Every named type sorted by name in byte order (`__schema.types`, §1.7).
    const std::vector<const NamedType *> &typesByName() const { return m_byName; }
    /// The root type `Query`.
    const NamedType &queryType() const { return *m_query; }
    /// The named type of scalar `id` (all fourteen always exist).
    const NamedType &scalarType(ScalarId id) const { return *m_scalars[static_cast<std::size_t>(id)]; }

    /// include, skip, deprecated, specifiedBy, in that order.
    const std::vector<DirectiveDefinition> &directives() const { return m_directives; }
    /// The directive called `name` (without `@`), or nullptr.
    const DirectiveDefinition *directive(std::string_view name) const;

    /// `__schema: __Schema!` (implicit on Query).
    const FieldDefinition &schemaMetaField() const { return m_schemaMeta; }
    /// `__type(name: String!): __Type` (implicit on Query).
    const FieldDefinition &typeMetaField() const { return m_typeMeta; }
    /// `__typename: String!` (implicit on every object type).
    const FieldDefinition &typenameMetaField() const { return m_typenameMeta; }

    /// The field `fieldName` of object type `parent` as graphql-core's TypeInfo finds it:
    /// declared fields, `__typename` everywhere, `__schema` / `__type` on Query only; else nullptr.
    const FieldDefinition *fieldOf(const NamedType &parent, std::string_view fieldName) const;

    /// The schema hash of §1.7.
    const std::string &hash() const { return m_hash; }

private:
    std::vector<std::unique_ptr<NamedType>> m_storage;
    std::vector<const NamedType *> m_typeMapOrder;
    std::vector<const NamedType *> m_byName;
    std::map<std::string, const NamedType *, std::less<>> m_index;
    std::vector<const NamedType *> m_scalars;
    const NamedType *m_query = nullptr;
    std::vector<DirectiveDefinition> m_directives;
    FieldDefinition m_schemaMeta;
    FieldDefinition m_typeMeta;
    FieldDefinition m_typenameMeta;
    std::string m_hash;
};

} // namespace graft::schema
