#pragma once

// The model of the exposed schema (CONTRACT §1.5-§1.7): named types, fields, arguments, input
// fields, enum values and directives, plus the Graft metadata the later stages read (document
// keys, columns, views, the operator behind each filter input field). Plain immutable data owned
// by a SchemaRegistry; pointers between its parts stay valid as long as the registry lives.

#include "graft/error.h"
#include "schema/scalars.h"
#include "schema/type_ref.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace graft::sql {
struct Operator;
}

namespace graft::schema {

/// The kind of a named type (graphql-core's __TypeKind without INTERFACE/UNION, which Graft never has).
enum class NamedTypeKind : std::uint8_t { Scalar, Object, Enum, InputObject };

/// The __TypeKind name of a kind: "SCALAR", "OBJECT", "ENUM", "INPUT_OBJECT".
std::string_view typeKindName(NamedTypeKind kind);

/// What a named type stands for in Graft.
enum class TypeRole : std::uint8_t {
    Scalar,              ///< one of the fourteen scalars of §1.3 (`scalar` says which)
    Query,               ///< the root type
    View,                ///< an SDL object type with @view (`view` is set)
    Embedded,            ///< an SDL object type without @view, not Query
    IntrospectionObject, ///< __Schema __Type __Field __InputValue __EnumValue __Directive
    IntrospectionEnum,   ///< __TypeKind __DirectiveLocation
    WhereInput,          ///< XWhereInput (`sourceType` = X)
    OrderByInput,        ///< XOrderByInput (`sourceType` = X)
    ScalarFilter,        ///< SFilter (`scalar` = S)
    ListFilter,          ///< SListFilter (`scalar` = S)
    OrderDirection,      ///< the enum OrderDirection
};

/// The directive locations of graphql-core 3.2.6, in __DirectiveLocation order.
enum class DirectiveLocation : std::uint8_t {
    Query,
    Mutation,
    Subscription,
    Field,
    FragmentDefinition,
    FragmentSpread,
    InlineFragment,
    VariableDefinition,
    Schema,
    Scalar,
    Object,
    FieldDefinition,
    ArgumentDefinition,
    Interface,
    Union,
    Enum,
    EnumValue,
    InputObject,
    InputFieldDefinition,
};

/// Number of directive locations (19).
inline constexpr int kDirectiveLocationCount = 19;

/// The __DirectiveLocation enum value name, e.g. "FRAGMENT_SPREAD".
std::string_view directiveLocationName(DirectiveLocation location);

/// The lower-case words graphql-core's KnownDirectives prints, e.g. "fragment spread" (§3.2 rule 18).
std::string_view directiveLocationWords(DirectiveLocation location);

/// Which entry of a WhereInput an input field is (ordinary fields vs. the logical combinators).
enum class WhereEntry : std::uint8_t { None, Field, And, Or, Not };

/// An argument, an input field, or a directive argument (graphql-core GraphQLArgument / GraphQLInputField).
struct InputValue {
    std::string name;
    TypeRef type;
    /// The default value printed as a GraphQL literal (introspection `defaultValue`), if any.
    std::optional<std::string> defaultValue;
    /// Filter types: the operator this input field applies; otherwise nullptr.
    const sql::Operator *op = nullptr;
    /// WhereInput / OrderByInput: which entry this is; `Field` → `sourceField` indexes the source type's fields.
    WhereEntry entry = WhereEntry::None;
    int sourceField = -1;
    /// Query field arguments declared in the SDL: where they were written (else {0, 0}).
    SourceLocation location;
};

/// What a field of an object type is.
enum class FieldRole : std::uint8_t {
    Data,          ///< a field of a view or embedded type: scalar, embedded, or a list of either
    ListQuery,     ///< `f: [T!]!` on Query (§1.5)
    Lookup,        ///< `f(id: S!): T` on Query (§1.5)
    Introspection, ///< a field of an introspection type
    MetaSchema,    ///< the implicit `__schema: __Schema!`
    MetaType,      ///< the implicit `__type(name: String!): __Type`
    MetaTypename,  ///< the implicit `__typename: String!`
};

/// A field of an object type (graphql-core GraphQLField) with Graft's metadata.
struct FieldDefinition {
    std::string name;
    TypeRef type;
    std::vector<InputValue> arguments; ///< in exposed order
    FieldRole role = FieldRole::Data;

    // Data fields.
    std::string documentKey;           ///< the §1.4 key, or @json(key:)
    std::optional<std::string> column; ///< @column name (default: the document key)
    bool list = false;                 ///< a list of scalars or of embedded objects
    std::optional<ScalarId> scalar;    ///< the (item) scalar; unset for embedded fields
    const NamedType *embedded = nullptr; ///< the (item) embedded type; nullptr for scalars

    // Query fields (ListQuery, Lookup): the view type they read.
    const NamedType *view = nullptr;

    /// Where the field is defined in the SDL ({0, 0} for generated and built-in fields).
    SourceLocation location;

    /// The argument named `name`, or nullptr.
    const InputValue *argument(std::string_view argName) const;
};

/// An enum value (graphql-core GraphQLEnumValue); Graft's enum values are their own names.
struct EnumValue {
    std::string name;
};

/// The relation behind a view type (@view, §1.2).
struct ViewInfo {
    std::string schemaName;                  ///< `schema` of `name: "schema.v"`, else config defaultSchema
    std::string viewName;                    ///< `v`
    std::string jsonbColumn = "data";        ///< `jsonb:`
    std::optional<std::string> tenantColumn; ///< `tenant:`
};

/// A named type of the exposed schema. Only the members that apply to `kind` / `role` are filled.
struct NamedType {
    NamedTypeKind kind = NamedTypeKind::Scalar;
    TypeRole role = TypeRole::Scalar;
    std::string name;

    /// Scalar: the scalar; ScalarFilter / ListFilter: the filtered scalar.
    std::optional<ScalarId> scalar;
    /// Object types: fields in definition order (meta-fields not included).
    std::vector<FieldDefinition> fields;
    /// Input object types: input fields in definition order.
    std::vector<InputValue> inputFields;
    /// Enum types: values in definition order.
    std::vector<EnumValue> enumValues;
    /// Input object types: inputFields by name, an open-addressing table of index + 1 (0: empty slot)
    /// that indexInputFields() fills for the first `indexedInputFields`; while that is not all of
    /// them, inputField() scans.
    std::vector<std::uint16_t> inputFieldSlots;
    std::size_t indexedInputFields = 0;

    /// View types: the relation.
    std::optional<ViewInfo> view;
    /// WhereInput / OrderByInput: the view or embedded type X they were generated for.
    const NamedType *sourceType = nullptr;
    /// View / embedded types: their generated XWhereInput and XOrderByInput, nullptr when not generated.
    const NamedType *whereInput = nullptr;
    const NamedType *orderByInput = nullptr;

    /// SDL object types: the location of the type's name in the SDL file.
    SourceLocation location;

    /// The field named `fieldName` (meta-fields excluded), or nullptr.
    const FieldDefinition *field(std::string_view fieldName) const;
    /// Index of the field named `fieldName` in `fields`, or -1.
    int fieldIndex(std::string_view fieldName) const;
    /// The input field named `fieldName` (the first of that name), or nullptr.
    const InputValue *inputField(std::string_view fieldName) const;
    /// Fills inputFieldSlots for the current inputFields (the registry does, once the type is complete).
    void indexInputFields();
    /// The enum value named `valueName`, or nullptr.
    const EnumValue *enumValue(std::string_view valueName) const;

    /// Scalars, enums and input objects (graphql-core is_input_type).
    bool isInputType() const { return kind != NamedTypeKind::Object; }
    /// Scalars, enums and objects (graphql-core is_output_type).
    bool isOutputType() const { return kind != NamedTypeKind::InputObject; }
    /// Scalars and enums (graphql-core is_leaf_type).
    bool isLeafType() const { return kind == NamedTypeKind::Scalar || kind == NamedTypeKind::Enum; }
    /// Objects (graphql-core is_composite_type, as Graft has no interfaces or unions).
    bool isCompositeType() const { return kind == NamedTypeKind::Object; }
};

/// A directive of the exposed schema (graphql-core GraphQLDirective).
struct DirectiveDefinition {
    std::string name;
    std::vector<DirectiveLocation> locations;
    std::vector<InputValue> arguments;
    bool repeatable = false;

    /// The argument named `argName`, or nullptr.
    const InputValue *argument(std::string_view argName) const;
    /// True when the directive may be used at `location`.
    bool allows(DirectiveLocation location) const;
};

} // namespace graft::schema
