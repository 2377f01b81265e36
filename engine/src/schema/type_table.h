#pragma once

#include "schema/type_system.h"

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace graft::schema {

/// The named types of a schema under construction: stable addresses, lookup by name. Handed to
/// SchemaRegistry once complete.
class TypeTable {
public:
    /// A new, empty named type; `name` must not be taken.
    NamedType &add(NamedTypeKind kind, TypeRole role, std::string name)
    {
        auto type = std::make_unique<NamedType>();
        type->kind = kind;
        type->role = role;
        type->name = std::move(name);
        NamedType &ref = *type;
        m_index.emplace(ref.name, &ref);
        m_types.push_back(std::move(type));
        return ref;
    }

    /// The type called `name`, or nullptr.
    NamedType *find(std::string_view name) const
    {
        auto it = m_index.find(name);
        return it == m_index.end() ? nullptr : it->second;
    }

    /// `TypeRef` to the type called `name`, which must exist.
    TypeRef ref(std::string_view name) const { return TypeRef(find(name)); }

    /// The types, in insertion order.
    std::vector<const NamedType *> list() const
    {
        std::vector<const NamedType *> out;
        for (const auto &type : m_types)
            out.push_back(type.get());
        return out;
    }

    /// Moves the types out, in insertion order.
    std::vector<std::unique_ptr<NamedType>> take()
    {
        m_index.clear();
        return std::move(m_types);
    }

private:
    std::vector<std::unique_ptr<NamedType>> m_types;
    std::map<std::string, NamedType *, std::less<>> m_index;
};

} // namespace graft::schema
