#include "schema/builtin_types.h"

namespace graft::schema {

namespace {

// Compact type notation for the fixed introspection schema: "T", "T!", "[T!]", "[T!]!".
TypeRef parseRef(const TypeTable &table, std::string_view text)
{
    const bool nonNull = !text.empty() && text.back() == '!';
    if (nonNull)
        text.remove_suffix(1);
    TypeRef ref;
    if (!text.empty() && text.front() == '[')
        ref = TypeRef::listOf(parseRef(table, text.substr(1, text.size() - 2)));
    else
        ref = table.ref(text);
    return nonNull ? TypeRef::nonNullOf(ref) : ref;
}

InputValue inputValue(const TypeTable &table, std::string name, std::string_view type,
                      std::optional<std::string> defaultValue = std::nullopt)
{
    InputValue value;
    value.name = std::move(name);
    value.type = parseRef(table, type);
    value.defaultValue = std::move(defaultValue);
    return value;
}

struct FieldSpec {
    std::string_view name;
    std::string_view type;
    bool includeDeprecatedArg = false;
};

void addFields(const TypeTable &table, NamedType &type, std::initializer_list<FieldSpec> specs)
{
    for (const FieldSpec &spec : specs) {
        FieldDefinition field;
        field.name = std::string(spec.name);
        field.type = parseRef(table, spec.type);
        field.role = FieldRole::Introspection;
        if (spec.includeDeprecatedArg)
            field.arguments.push_back(inputValue(table, "includeDeprecated", "Boolean", "false"));
        type.fields.push_back(std::move(field));
    }
}

} // namespace

void addScalarTypes(TypeTable &table)
{
    for (const ScalarInfo &info : allScalars()) {
        NamedType &type = table.add(NamedTypeKind::Scalar, TypeRole::Scalar, std::string(info.name));
        type.scalar = info.id;
    }
}

void addIntrospectionTypes(TypeTable &table)
{
    NamedType &schema = table.add(NamedTypeKind::Object, TypeRole::IntrospectionObject, "__Schema");
    NamedType &type = table.add(NamedTypeKind::Object, TypeRole::IntrospectionObject, "__Type");
    NamedType &typeKind = table.add(NamedTypeKind::Enum, TypeRole::IntrospectionEnum, "__TypeKind");
    NamedType &field = table.add(NamedTypeKind::Object, TypeRole::IntrospectionObject, "__Field");
    NamedType &inputValueType = table.add(NamedTypeKind::Object, TypeRole::IntrospectionObject, "__InputValue");
    NamedType &enumValue = table.add(NamedTypeKind::Object, TypeRole::IntrospectionObject, "__EnumValue");
    NamedType &directive = table.add(NamedTypeKind::Object, TypeRole::IntrospectionObject, "__Directive");
    NamedType &location = table.add(NamedTypeKind::Enum, TypeRole::IntrospectionEnum, "__DirectiveLocation");

    addFields(table, schema,
              {{"description", "String"},
               {"types", "[__Type!]!"},
               {"queryType", "__Type!"},
               {"mutationType", "__Type"},
               {"subscriptionType", "__Type"},
               {"directives", "[__Directive!]!"}});
    addFields(table, type,
              {{"kind", "__TypeKind!"},
               {"name", "String"},
               {"description", "String"},
               {"specifiedByURL", "String"},
               {"fields", "[__Field!]", true},
               {"interfaces", "[__Type!]"},
               {"possibleTypes", "[__Type!]"},
               {"enumValues", "[__EnumValue!]", true},
               {"inputFields", "[__InputValue!]", true},
               {"ofType", "__Type"}});
    for (std::string_view kind : {"SCALAR", "OBJECT", "INTERFACE", "UNION", "ENUM", "INPUT_OBJECT", "LIST", "NON_NULL"})
        typeKind.enumValues.push_back({std::string(kind)});
    addFields(table, field,
              {{"name", "String!"},
               {"description", "String"},
               {"args", "[__InputValue!]!", true},
               {"type", "__Type!"},
               {"isDeprecated", "Boolean!"},
               {"deprecationReason", "String"}});
    addFields(table, inputValueType,
              {{"name", "String!"},
               {"description", "String"},
               {"type", "__Type!"},
               {"defaultValue", "String"},
               {"isDeprecated", "Boolean!"},
               {"deprecationReason", "String"}});
    addFields(table, enumValue,
              {{"name", "String!"},
               {"description", "String"},
               {"isDeprecated", "Boolean!"},
               {"deprecationReason", "String"}});
    addFields(table, directive,
              {{"name", "String!"},
               {"description", "String"},
               {"isRepeatable", "Boolean!"},
               {"locations", "[__DirectiveLocation!]!"},
               {"args", "[__InputValue!]!", true}});
    for (int i = 0; i < kDirectiveLocationCount; ++i)
        location.enumValues.push_back({std::string(directiveLocationName(static_cast<DirectiveLocation>(i)))});
}

std::vector<DirectiveDefinition> specifiedDirectives(const TypeTable &table)
{
    using L = DirectiveLocation;
    std::vector<DirectiveDefinition> directives(4);
    directives[0].name = "include";
    directives[0].locations = {L::Field, L::FragmentSpread, L::InlineFragment};
    directives[0].arguments.push_back(inputValue(table, "if", "Boolean!"));
    directives[1].name = "skip";
    directives[1].locations = {L::Field, L::FragmentSpread, L::InlineFragment};
    directives[1].arguments.push_back(inputValue(table, "if", "Boolean!"));
    directives[2].name = "deprecated";
    directives[2].locations = {L::FieldDefinition, L::ArgumentDefinition, L::InputFieldDefinition, L::EnumValue};
    directives[2].arguments.push_back(inputValue(table, "reason", "String", "\"No longer supported\""));
    directives[3].name = "specifiedBy";
    directives[3].locations = {L::Scalar};
    directives[3].arguments.push_back(inputValue(table, "url", "String!"));
    return directives;
}

} // namespace graft::schema
