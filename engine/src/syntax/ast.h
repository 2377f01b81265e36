#pragma once

// The GraphQL syntax tree: graphql-core 3.2.6's `Document` grammar (executable definitions AND
// type-system definitions/extensions), as plain data.
//
// Ownership and lifetime
//   Every node lives in the Arena of one `Document` (document.h), which also owns the source text.
//   Nodes are trivially destructible, never move, and are immutable once parsing returns, so raw
//   `const X *` pointers and `std::string_view`s into a Document stay valid as long as the Document
//   (held as `std::shared_ptr<const Document>`) lives. Share the Document, not the nodes.
//
// Shape
//   - Tagged, no virtual functions. Polymorphic families (Definition, Selection) have a `kind`
//     enumerator in a common base; `as<T>()` is a checked downcast (returns nullptr on mismatch).
//     Values and type references are single tagged structs (`Value`, `TypeRef`) - switch on `kind`.
//   - Child lists are `NodeList<T>` (arena.h): contiguous, indexable, range-for-able. Lists of
//     polymorphic nodes hold pointers (`NodeList<const Selection *>`), the rest hold values.
//   - `Name` is a value: `value` is a view into the source text, empty when absent (anonymous
//     operation, field without alias). A present name is never empty.
//   - `offset` is the byte offset in the source text of the node's first token (graphql-core's
//     `node.loc.start`). `Document::location(offset)` turns it into the 1-based line:column that
//     graphql-core reports (CONTRACT §3.1 "Locations"). Nodes have no end offset (yet).
//   - String values hold the *decoded* text (escapes resolved, block strings dedented) - a view
//     into the source when nothing needed decoding, else into the arena. Int/Float keep the token
//     text verbatim (`-0`, `1.5e3`).
//
// Correspondence with graphql-core node classes (for porting validation rules):
//   DocumentNode                   Document (document.h)
//   OperationDefinitionNode        OperationDefinition         DefinitionKind::Operation
//   FragmentDefinitionNode         FragmentDefinition          DefinitionKind::Fragment
//   SchemaDefinitionNode / SchemaExtensionNode
//                                  SchemaDefinition            DefinitionKind::Schema / SchemaExtension
//   Scalar|Object|Interface|Union|Enum|InputObject TypeDefinitionNode / ...TypeExtensionNode
//                                  TypeDefinition              DefinitionKind::ScalarType ... InputObjectTypeExtension
//   DirectiveDefinitionNode        DirectiveDefinition         DefinitionKind::Directive
//   FieldNode / FragmentSpreadNode / InlineFragmentNode
//                                  Field / FragmentSpread / InlineFragment (Selection)
//   *ValueNode                     Value (ValueKind)           ObjectFieldNode -> ObjectField
//   NamedTypeNode / ListTypeNode / NonNullTypeNode -> TypeRef (TypeKind)
//   ArgumentNode, DirectiveNode, VariableDefinitionNode, SelectionSetNode, FieldDefinitionNode,
//   InputValueDefinitionNode, EnumValueDefinitionNode, OperationTypeDefinitionNode -> same names.

#include "syntax/arena.h"

#include <cstdint>
#include <string_view>

namespace graft::syntax {

/// A name token: `value` views the source text; empty `value` means "absent".
struct Name {
    std::string_view value;
    std::uint32_t offset = 0;

    bool present() const { return !value.empty(); }
};

/// The operation keyword of an operation definition or a schema operation type definition.
enum class OperationType : std::uint8_t { Query, Mutation, Subscription };

enum class ValueKind : std::uint8_t { Variable, Int, Float, String, Boolean, Null, Enum, List, Object };

struct Value;

/// `name: value` inside an object literal (graphql-core ObjectFieldNode).
struct ObjectField {
    Name name;
    const Value *value = nullptr;
    std::uint32_t offset = 0;
};

/// A value literal of any kind (graphql-core *ValueNode); fields not used by `kind` are empty.
struct Value {
    ValueKind kind = ValueKind::Null;
    bool block = false;           ///< String: written as a block string `"""…"""`.
    bool boolean = false;         ///< Boolean: the value.
    std::uint32_t offset = 0;     ///< First token (the `$` of a variable, the `[`/`{` of a list/object).
    std::string_view text;        ///< Int/Float: token text verbatim; String: decoded value.
    Name name;                    ///< Enum: the value's name; Variable: the name after `$`.
    NodeList<const Value *> items; ///< List items.
    NodeList<ObjectField> fields; ///< Object fields, in source order (duplicates kept).
};

enum class TypeKind : std::uint8_t { Named, List, NonNull };

/// A type reference: `Int`, `[Int]`, `Int!` (graphql-core NamedTypeNode/ListTypeNode/NonNullTypeNode).
struct TypeRef {
    TypeKind kind = TypeKind::Named;
    std::uint32_t offset = 0;
    Name name;                     ///< Named: the type name.
    const TypeRef *ofType = nullptr; ///< List/NonNull: the wrapped type.
};

/// `name: value` in a field's or directive's argument list.
struct Argument {
    Name name;
    const Value *value = nullptr;
    std::uint32_t offset = 0;
};

/// `@name(arguments)`.
struct Directive {
    Name name;
    NodeList<Argument> arguments;
    std::uint32_t offset = 0;
};

/// `$name: Type = default @directives` of an operation.
struct VariableDefinition {
    const Value *variable = nullptr; ///< kind == ValueKind::Variable
    const TypeRef *type = nullptr;
    const Value *defaultValue = nullptr; ///< nullptr when absent
    NodeList<Directive> directives;
    std::uint32_t offset = 0;
};

enum class SelectionKind : std::uint8_t { Field, FragmentSpread, InlineFragment };

struct SelectionSet;

/// Base of Field, FragmentSpread and InlineFragment.
struct Selection {
    SelectionKind kind = SelectionKind::Field;
    std::uint32_t offset = 0;

    /// This selection as T (Field, FragmentSpread, InlineFragment), or nullptr when it is another kind.
    template <typename T>
    const T *as() const
    {
        return kind == T::kKind ? static_cast<const T *>(this) : nullptr;
    }
};

/// `{ selections }`, never empty after a successful parse.
struct SelectionSet {
    NodeList<const Selection *> selections;
    std::uint32_t offset = 0;
};

/// `alias: name(arguments) @directives { selectionSet }`; offset is the alias (or name) token.
struct Field : Selection {
    static constexpr SelectionKind kKind = SelectionKind::Field;
    Name alias; ///< absent when not aliased
    Name name;
    NodeList<Argument> arguments;
    NodeList<Directive> directives;
    const SelectionSet *selectionSet = nullptr; ///< nullptr for a leaf field

    /// The response key: the alias when present, else the name.
    std::string_view responseKey() const { return alias.present() ? alias.value : name.value; }
};

/// `...Name @directives`; offset is the `...`.
struct FragmentSpread : Selection {
    static constexpr SelectionKind kKind = SelectionKind::FragmentSpread;
    Name name;
    NodeList<Directive> directives;
};

/// `... on Type @directives { … }` or `... @directives { … }`; offset is the `...`.
struct InlineFragment : Selection {
    static constexpr SelectionKind kKind = SelectionKind::InlineFragment;
    const TypeRef *typeCondition = nullptr; ///< Named, or nullptr when absent
    NodeList<Directive> directives;
    const SelectionSet *selectionSet = nullptr;
};

enum class DefinitionKind : std::uint8_t {
    Operation,
    Fragment,
    Schema,
    ScalarType,
    ObjectType,
    InterfaceType,
    UnionType,
    EnumType,
    InputObjectType,
    Directive,
    SchemaExtension,
    ScalarTypeExtension,
    ObjectTypeExtension,
    InterfaceTypeExtension,
    UnionTypeExtension,
    EnumTypeExtension,
    InputObjectTypeExtension,
};

/// True for operations and fragments (graphql-core ExecutableDefinitionNode).
constexpr bool isExecutableDefinition(DefinitionKind kind)
{
    return kind == DefinitionKind::Operation || kind == DefinitionKind::Fragment;
}

/// True for the six `extend <type>` kinds (graphql-core TypeExtensionNode).
constexpr bool isTypeExtension(DefinitionKind kind)
{
    return kind >= DefinitionKind::ScalarTypeExtension;
}

/// True for the six type definitions (graphql-core TypeDefinitionNode).
constexpr bool isTypeDefinition(DefinitionKind kind)
{
    return kind >= DefinitionKind::ScalarType && kind <= DefinitionKind::InputObjectType;
}

/// Base of every top-level definition.
struct Definition {
    DefinitionKind kind = DefinitionKind::Operation;
    std::uint32_t offset = 0; ///< first token: the description when there is one

    /// This definition as T, or nullptr when `kind` does not belong to T.
    template <typename T>
    const T *as() const
    {
        return T::holds(kind) ? static_cast<const T *>(this) : nullptr;
    }
};

/// `query Name($v: T) @d { … }` or the shorthand `{ … }` (operation Query, no name).
struct OperationDefinition : Definition {
    static constexpr bool holds(DefinitionKind k) { return k == DefinitionKind::Operation; }
    OperationType operation = OperationType::Query;
    Name name; ///< absent for anonymous operations
    NodeList<VariableDefinition> variableDefinitions;
    NodeList<Directive> directives;
    const SelectionSet *selectionSet = nullptr;
};

/// `fragment Name on Type @d { … }`.
struct FragmentDefinition : Definition {
    static constexpr bool holds(DefinitionKind k) { return k == DefinitionKind::Fragment; }
    Name name;
    const TypeRef *typeCondition = nullptr; ///< Named
    NodeList<Directive> directives;
    const SelectionSet *selectionSet = nullptr;
};

/// `"description" name(arguments): Type = default @d` — an argument or input field definition.
struct InputValueDefinition {
    const Value *description = nullptr; ///< String value or nullptr
    Name name;
    const TypeRef *type = nullptr;
    const Value *defaultValue = nullptr;
    NodeList<Directive> directives;
    std::uint32_t offset = 0;
};

/// `"description" name(arguments): Type @d` inside an object or interface type.
struct FieldDefinition {
    const Value *description = nullptr;
    Name name;
    NodeList<InputValueDefinition> arguments;
    const TypeRef *type = nullptr;
    NodeList<Directive> directives;
    std::uint32_t offset = 0;
};

/// `"description" NAME @d` inside an enum type.
struct EnumValueDefinition {
    const Value *description = nullptr;
    Name name;
    NodeList<Directive> directives;
    std::uint32_t offset = 0;
};

/// `query: Type` inside a schema definition or extension.
struct OperationTypeDefinition {
    OperationType operation = OperationType::Query;
    const TypeRef *type = nullptr; ///< Named
    std::uint32_t offset = 0;
};

/// `schema @d { query: Q }` or `extend schema @d { … }`.
struct SchemaDefinition : Definition {
    static constexpr bool holds(DefinitionKind k)
    {
        return k == DefinitionKind::Schema || k == DefinitionKind::SchemaExtension;
    }
    const Value *description = nullptr; ///< always nullptr for an extension
    NodeList<Directive> directives;
    NodeList<OperationTypeDefinition> operationTypes;
};

/// Any of the six type definitions or their `extend` forms; the lists that do not apply to
/// `kind` stay empty (e.g. `values` is used only by enums).
struct TypeDefinition : Definition {
    static constexpr bool holds(DefinitionKind k) { return isTypeDefinition(k) || isTypeExtension(k); }
    const Value *description = nullptr; ///< always nullptr for an extension
    Name name;
    NodeList<const TypeRef *> interfaces;       ///< object, interface: `implements A & B`
    NodeList<Directive> directives;
    NodeList<FieldDefinition> fields;            ///< object, interface
    NodeList<const TypeRef *> types;             ///< union members
    NodeList<EnumValueDefinition> values;        ///< enum
    NodeList<InputValueDefinition> inputFields;  ///< input object
};

/// `"description" directive @name(arguments) repeatable on A | B`.
struct DirectiveDefinition : Definition {
    static constexpr bool holds(DefinitionKind k) { return k == DefinitionKind::Directive; }
    const Value *description = nullptr;
    Name name;
    NodeList<InputValueDefinition> arguments;
    bool repeatable = false;
    NodeList<Name> locations; ///< e.g. FIELD, QUERY (checked against graphql-core's DirectiveLocation)
};

} // namespace graft::syntax
