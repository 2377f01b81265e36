#pragma once

#include <cstdint>
#include <cstddef>
#include <string>

namespace graft::schema {

struct NamedType;

/// A type reference of the exposed schema: a named type under list / non-null wrappers
/// (graphql-core's GraphQLList / GraphQLNonNull). A value; the NamedType is owned by the registry.
class TypeRef {
public:
    enum class Wrapper : std::uint8_t { List, NonNull };

    /// The wrappers of a reference, outermost first. Held in a short string, so the usual depths
    /// (up to 15) are stored inline: copying a TypeRef, or taking ofType(), never allocates.
    class Wrappers {
    public:
        std::size_t size() const { return m_codes.size(); }
        bool empty() const { return m_codes.empty(); }
        Wrapper operator[](std::size_t i) const { return static_cast<Wrapper>(m_codes[i]); }
        Wrapper front() const { return (*this)[0]; }
        void pushFront(Wrapper wrapper) { m_codes.insert(m_codes.begin(), static_cast<char>(wrapper)); }
        void popFront() { m_codes.erase(0, 1); }
        friend bool operator==(const Wrappers &, const Wrappers &) = default;

    private:
        std::string m_codes; // one Wrapper value per byte
    };

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
    const Wrappers &wrappers() const { return m_wrappers; }
    /// SDL form: `Int`, `[String!]`, `[User!]!`.
    std::string toString() const;

    friend bool operator==(const TypeRef &, const TypeRef &) = default;

private:
    const NamedType *m_named = nullptr;
    Wrappers m_wrappers;
};

/// A position inside a TypeRef: its wrappers from `depth` on. Walking a type wrapper by wrapper
/// moves the depth rather than copying the reference (TypeRef::ofType() copies).
struct TypePosition {
    const TypeRef &type;
    std::size_t depth = 0;

    bool isNonNull() const { return has(TypeRef::Wrapper::NonNull); }
    bool isList() const { return has(TypeRef::Wrapper::List); }
    /// The position inside the outermost wrapper here (a named position stays where it is).
    TypePosition ofType() const { return {type, depth < type.wrappers().size() ? depth + 1 : depth}; }
    /// This position without its outermost non-null.
    TypePosition nullable() const { return isNonNull() ? ofType() : *this; }
    /// The named type under all wrappers.
    const NamedType *namedType() const { return type.namedType(); }

private:
    bool has(TypeRef::Wrapper wrapper) const
    {
        return depth < type.wrappers().size() && type.wrappers()[depth] == wrapper;
    }
};

} // namespace graft::schema
