#include "json/introspection.h"

#include "validate/literal_values.h"
#include "values/json_writer.h"

#include <string_view>
#include <variant>

namespace graft::json {

using schema::NamedType;
using schema::TypeRef;

/// An introspection object: which meta type it is and what it describes.
struct IntrospectionWriter::Source {
    enum class Kind : std::uint8_t { Schema, Type, Field, InputValue, EnumValue, Directive } kind = Kind::Schema;
    const NamedType *named = nullptr;                       // Type
    const TypeRef::Wrappers *wrappers = nullptr; // Type: its wrappers (outermost first)
    std::size_t depth = 0;                                  // Type: wrappers already unwrapped
    const schema::FieldDefinition *field = nullptr;
    const schema::InputValue *input = nullptr;
    const schema::EnumValue *enumValue = nullptr;
    const schema::DirectiveDefinition *directive = nullptr;

    std::string_view typeName() const
    {
        static constexpr std::string_view kNames[] = {"__Schema", "__Type", "__Field", "__InputValue", "__EnumValue",
                                                      "__Directive"};
        return kNames[static_cast<std::size_t>(kind)];
    }
    bool wrapped() const { return wrappers && depth < wrappers->size(); }

    static Source ofType(const NamedType *named, const TypeRef::Wrappers *wrappers = nullptr,
                         std::size_t depth = 0)
    {
        Source s;
        s.kind = Kind::Type;
        s.named = named;
        s.wrappers = wrappers;
        s.depth = depth;
        return s;
    }
    static Source ofTypeRef(const TypeRef &ref) { return ofType(ref.namedType(), &ref.wrappers(), 0); }
};

/// A resolver's answer before completion.
struct IntrospectionWriter::Resolved {
    struct Null {};
    struct Text { std::string_view text; };
    struct List { std::vector<Source> items; };
    std::variant<Null, bool, Text, Source, List, std::vector<std::string_view>> value;
};

namespace {

std::string_view wrapperKind(TypeRef::Wrapper wrapper)
{
    return wrapper == TypeRef::Wrapper::List ? "LIST" : "NON_NULL";
}

} // namespace

void IntrospectionWriter::fail(std::string message)
{
    if (!m_error)
        m_error = std::move(message);
}

IntrospectionResult IntrospectionWriter::rootField(const std::vector<const syntax::Field *> &nodes)
{
    const schema::SchemaRegistry &registry = m_collector.registry();
    const syntax::Field &first = *nodes.front();
    IntrospectionResult result;
    m_error.reset();
    if (first.name.value == "__schema") {
        const schema::FieldDefinition &definition = registry.schemaMetaField();
        Resolved value{Source{}};
        if (!complete(definition.type, value, nodes, result.json)) {
            result.json = "null";
            result.fatal = true;
        }
    } else {
        const schema::FieldDefinition &definition = registry.typeMetaField();
        auto arguments = validate::argumentValues(definition.arguments, first.arguments, first.offset,
                                                  m_collector.variables(), m_collector.document());
        if (!arguments) {
            result.json = "null";
            result.error = arguments.errors().front();
            result.error->locations.clear();
            return result;
        }
        const NamedType *named = nullptr;
        for (const auto &[name, value] : *arguments) {
            if (name == "name" && value.isString())
                named = registry.type(value.stringValue());
        }
        Resolved value{named ? Resolved{Source::ofType(named)} : Resolved{Resolved::Null{}}};
        if (!complete(definition.type, value, nodes, result.json))
            result.json = "null";
    }
    if (m_error)
        result.error = Error{ErrorCode::BadUserInput, *m_error, {}, {}, {}};
    return result;
}

bool IntrospectionWriter::complete(const TypeRef &type, const Resolved &value,
                                   const std::vector<const syntax::Field *> &nodes, std::string &out)
{
    const TypeRef nullable = type.nullable();
    if (std::holds_alternative<Resolved::Null>(value.value)) {
        out += "null";
        return true;
    }
    if (const auto *flag = std::get_if<bool>(&value.value)) {
        out += *flag ? "true" : "false";
        return true;
    }
    if (const auto *text = std::get_if<Resolved::Text>(&value.value)) {
        values::appendJsonString(out, text->text);
        return true;
    }
    if (const auto *names = std::get_if<std::vector<std::string_view>>(&value.value)) {
        out += '[';
        for (std::size_t i = 0; i < names->size(); ++i) {
            if (i)
                out += ',';
            values::appendJsonString(out, (*names)[i]);
        }
        out += ']';
        return true;
    }
    if (const auto *source = std::get_if<Source>(&value.value))
        return completeObject(*source, nodes, out);
    const auto &list = std::get<Resolved::List>(value.value);
    const TypeRef item = nullable.ofType();
    out += '[';
    for (std::size_t i = 0; i < list.items.size(); ++i) {
        if (i)
            out += ',';
        const std::size_t mark = out.size();
        if (!completeObject(list.items[i], nodes, out)) {
            if (item.isNonNull())
                return false;
            out.resize(mark);
            out += "null";
        }
    }
    out += ']';
    return true;
}

bool IntrospectionWriter::completeObject(const Source &source, const std::vector<const syntax::Field *> &nodes,
                                         std::string &out)
{
    const schema::SchemaRegistry &registry = m_collector.registry();
    const NamedType *metaType = registry.type(source.typeName());
    auto collected = m_collector.subFields(source.typeName(), nodes);
    if (!collected) {
        fail(collected.errors().front().message);
        return false;
    }
    out += '{';
    bool firstField = true;
    for (const CollectedField &entry : *collected) {
        if (!firstField)
            out += ',';
        firstField = false;
        values::appendJsonString(out, entry.responseKey);
        out += ':';
        const std::string_view name = entry.nodes.front()->name.value;
        if (name == "__typename") {
            values::appendJsonString(out, source.typeName());
            continue;
        }
        const schema::FieldDefinition *definition = metaType ? metaType->field(name) : nullptr;
        if (!definition) {
            out += "null";
            continue;
        }
        const std::size_t mark = out.size();
        if (!complete(definition->type, resolve(source, name), entry.nodes, out)) {
            if (definition->type.isNonNull())
                return false;
            out.resize(mark);
            out += "null";
        }
    }
    out += '}';
    return true;
}

IntrospectionWriter::Resolved IntrospectionWriter::resolve(const Source &source, std::string_view name) const
{
    const schema::SchemaRegistry &registry = m_collector.registry();
    const Resolved null{Resolved::Null{}};
    if (name == "description" || name == "deprecationReason" || name == "specifiedByURL" || name == "possibleTypes"
        || name == "mutationType" || name == "subscriptionType")
        return null;
    if (name == "isDeprecated")
        return Resolved{false};
    switch (source.kind) {
    case Source::Kind::Schema:
        if (name == "types") {
            Resolved::List list;
            for (const NamedType *type : registry.typesByName())
                list.items.push_back(Source::ofType(type));
            return Resolved{std::move(list)};
        }
        if (name == "queryType")
            return Resolved{Source::ofType(&registry.queryType())};
        if (name == "directives") {
            Resolved::List list;
            for (const schema::DirectiveDefinition &directive : registry.directives()) {
                Source s;
                s.kind = Source::Kind::Directive;
                s.directive = &directive;
                list.items.push_back(s);
            }
            return Resolved{std::move(list)};
        }
        return null;
    case Source::Kind::Type: {
        if (source.wrapped()) {
            if (name == "kind")
                return Resolved{Resolved::Text{wrapperKind((*source.wrappers)[source.depth])}};
            if (name == "ofType")
                return Resolved{Source::ofType(source.named, source.wrappers, source.depth + 1)};
            return null; // name, fields, interfaces, enumValues, inputFields of a wrapper
        }
        const NamedType &type = *source.named;
        if (name == "kind")
            return Resolved{Resolved::Text{schema::typeKindName(type.kind)}};
        if (name == "name")
            return Resolved{Resolved::Text{type.name}};
        if (name == "fields" && type.kind == schema::NamedTypeKind::Object) {
            Resolved::List list;
            for (const schema::FieldDefinition &field : type.fields) {
                Source s;
                s.kind = Source::Kind::Field;
                s.field = &field;
                list.items.push_back(s);
            }
            return Resolved{std::move(list)};
        }
        if (name == "interfaces" && type.kind == schema::NamedTypeKind::Object)
            return Resolved{Resolved::List{}};
        if (name == "enumValues" && type.kind == schema::NamedTypeKind::Enum) {
            Resolved::List list;
            for (const schema::EnumValue &value : type.enumValues) {
                Source s;
                s.kind = Source::Kind::EnumValue;
                s.enumValue = &value;
                list.items.push_back(s);
            }
            return Resolved{std::move(list)};
        }
        if (name == "inputFields" && type.kind == schema::NamedTypeKind::InputObject) {
            Resolved::List list;
            for (const schema::InputValue &input : type.inputFields) {
                Source s;
                s.kind = Source::Kind::InputValue;
                s.input = &input;
                list.items.push_back(s);
            }
            return Resolved{std::move(list)};
        }
        return null; // ofType of a named type, and lists that do not apply to its kind
    }
    case Source::Kind::Field:
    case Source::Kind::Directive: {
        const std::vector<schema::InputValue> &arguments =
            source.field ? source.field->arguments : source.directive->arguments;
        if (name == "name")
            return Resolved{Resolved::Text{source.field ? source.field->name : source.directive->name}};
        if (name == "args") {
            Resolved::List list;
            for (const schema::InputValue &input : arguments) {
                Source s;
                s.kind = Source::Kind::InputValue;
                s.input = &input;
                list.items.push_back(s);
            }
            return Resolved{std::move(list)};
        }
        if (name == "type" && source.field)
            return Resolved{Source::ofTypeRef(source.field->type)};
        if (name == "isRepeatable" && source.directive)
            return Resolved{source.directive->repeatable};
        if (name == "locations" && source.directive) {
            std::vector<std::string_view> locations;
            for (schema::DirectiveLocation location : source.directive->locations)
                locations.push_back(schema::directiveLocationName(location));
            return Resolved{std::move(locations)};
        }
        return null;
    }
    case Source::Kind::InputValue:
        if (name == "name")
            return Resolved{Resolved::Text{source.input->name}};
        if (name == "type")
            return Resolved{Source::ofTypeRef(source.input->type)};
        if (name == "defaultValue" && source.input->defaultValue)
            return Resolved{Resolved::Text{*source.input->defaultValue}};
        return null;
    case Source::Kind::EnumValue:
        if (name == "name")
            return Resolved{Resolved::Text{source.enumValue->name}};
        return null;
    }
    return null;
}

} // namespace graft::json
