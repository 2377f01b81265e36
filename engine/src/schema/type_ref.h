#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace graft::schema {

struct NamedType;

/// A type reference of the exposed schema: a named type under list / non-null wrappers
/// (graphql-core's GraphQLList / GraphQLNonNull). A value; the NamedType is owned by the registry.
class TypeRef {
public:
    enum class Wrapper : std::uint8_t { List, NonNull };

    TypeRef() = default;
    /// The bare named type `named` (must not be null).
    explicit TypeRef(const NamedType *named) : m_named(named) {}

    /// `[inner]`.
    static TypeRef listOf(TypeRef inner);
    /// `inner!` (inner must not already be non-null).
    static TypeRef nonNullOf(TypeRef inner);

    /// False for a default-constructed reference.
    bool valid() const { return m_named != nullptr; }
    /// True for `T!`.
    bool isNonNull() const { return !m_wrappers.empty() && m_wrappers.front() == Wrapper::NonNull; }
    /// True for `[T]` (the outermost wrapper is a list; `[T]!` is non-null, not a list).
    bool isList() const { return !m_wrappers.empty() && m_wrappers.front() == Wrapper::List; }
    /// True when there is no wrapper.
    bool isNamed() const { return m_wrappers.empty(); }
    /// The type inside the outermost wrapper (`[T!]!` → `[T!]` → `T!` → `T`); a named type returns itself.
    TypeRef ofType() const;
    /// This type without its outermost non-null (`T!` → `T`, otherwise unchanged).
    TypeRef nullable() const { return isNonNull() ? ofType() : *this; }
    /// The named type under all wrappers.
    const NamedType *namedType() const { return m_named; }
    /// The wrappers, outermost first.
    const std::vector<Wrapper> &wrappers() const { return m_wrappers; }
    /// SDL form: `Int`, `[String!]`, `[User!]!`.
    std::string toString() const;

    friend bool operator==(const TypeRef &, const TypeRef &) = default;

private:
    const NamedType *m_named = nullptr;
    std::vector<Wrapper> m_wrappers; // outermost first
};

} // namespace graft::schema
