#pragma once

// A resolved GraphQL type as graphql-core's TypeInfo sees it (GraphQLType or None): a named type of
// the exposed schema under list / non-null wrappers. The wrappers are read in place - from a
// schema::TypeRef owned by the registry, or from a type reference written in the document - so a
// TypeView is a small value that never allocates; building its SDL text is for error messages only.

#include "schema/schema_registry.h"
#include "schema/type_system.h"
#include "syntax/ast.h"

#include <cstdint>
#include <string>

namespace graft::validate {

/// A type of the exposed schema, or "no type" (graphql-core's None); cheap to copy.
class TypeView {
public:
    TypeView() = default;

    /// The bare named type `named` (nullptr gives no type).
    static TypeView named(const schema::NamedType *named);
    /// `ref` as declared in the schema (an invalid ref gives no type).
    static TypeView of(const schema::TypeRef &ref);
    /// graphql-core `type_from_ast`: the type written as `ref`, resolved in `registry`; no type
    /// when its named type is unknown.
    static TypeView fromAst(const syntax::TypeRef *ref, const schema::SchemaRegistry &registry);

    /// False for "no type".
    bool valid() const { return m_named != nullptr; }
    explicit operator bool() const { return valid(); }

    /// `T!`.
    bool isNonNull() const;
    /// `[T]` (the outermost wrapper is a list).
    bool isList() const;
    /// The type inside the outermost wrapper; a named type returns itself.
    TypeView ofType() const;
    /// Without its outermost non-null (graphql-core get_nullable_type).
    TypeView nullable() const { return isNonNull() ? ofType() : *this; }
    /// The named type under all wrappers (graphql-core get_named_type), nullptr for no type.
    const schema::NamedType *namedType() const { return m_named; }

    /// Scalars, enums and input objects under any wrappers (graphql-core is_input_type).
    bool isInputType() const { return m_named != nullptr && m_named->isInputType(); }
    /// Scalars, enums and objects under any wrappers (graphql-core is_output_type).
    bool isOutputType() const { return m_named != nullptr && m_named->isOutputType(); }

    /// SDL form: `Int`, `[String!]`, `[User!]!`.
    std::string toString() const;
    /// Appends toString() to `out`.
    void appendTo(std::string &out) const;

    /// Same wrappers and the same named type (graphql-core is_equal_type).
    friend bool operator==(const TypeView &a, const TypeView &b);

private:
    enum class Wrapper : std::uint8_t { None, List, NonNull };
    Wrapper outer() const;

    const schema::NamedType *m_named = nullptr;
    const schema::TypeRef *m_schemaRef = nullptr; ///< wrappers from m_schemaRef->wrappers()[m_depth..]
    const syntax::TypeRef *m_astRef = nullptr;    ///< or from this document type reference
    std::uint32_t m_depth = 0;
};

/// graphql-core `is_type_sub_type_of` for Graft's schema (no abstract types): `sub` is `super`
/// with the same or stricter nullability at every level.
bool isTypeSubTypeOf(const TypeView &sub, const TypeView &super);

} // namespace graft::validate
