#include "validate/literal_values.h"

#include "syntax/printer.h"
#include "values/scalar_value.h"

#include <string>

namespace graft::validate {

namespace {

using syntax::ValueKind;
using values::JsonValue;

bool isMissingVariable(const syntax::Value &literal, const CoercedVariables &variables)
{
    return literal.kind == ValueKind::Variable && variables.find(literal.name.value) == nullptr;
}

// graphql-core value_from_ast_untyped, as the JSON scalar's parse_literal uses it: the literal as
// written, variables replaced by their values (a missing one by null).
JsonValue untypedValue(const syntax::Value &literal, const CoercedVariables &variables)
{
    switch (literal.kind) {
    case ValueKind::Variable: {
        const JsonValue *value = variables.find(literal.name.value);
        return value ? *value : JsonValue();
    }
    case ValueKind::Int:
        return JsonValue::intLiteral(literal.text);
    case ValueKind::Float:
        return JsonValue::floatLiteral(literal.text);
    case ValueKind::String:
        return JsonValue::string(std::string(literal.text));
    case ValueKind::Boolean:
        return JsonValue::boolean(literal.boolean);
    case ValueKind::Null:
        return JsonValue();
    case ValueKind::Enum:
        return JsonValue::string(std::string(literal.name.value));
    case ValueKind::List: {
        std::vector<JsonValue> items;
        items.reserve(literal.items.size());
        for (const syntax::Value *item : literal.items)
            items.push_back(untypedValue(*item, variables));
        return JsonValue::array(std::move(items));
    }
    case ValueKind::Object: {
        std::vector<std::string> keys;
        std::vector<JsonValue> members;
        keys.reserve(literal.fields.size());
        members.reserve(literal.fields.size());
        for (const syntax::ObjectField &field : literal.fields) {
            keys.emplace_back(field.name.value);
            members.push_back(untypedValue(*field.value, variables));
        }
        return JsonValue::object(std::move(keys), std::move(members));
    }
    }
    return JsonValue();
}

// True when a String literal anywhere in `literal` (outside variables) contains U+0000.
bool literalHasNul(const syntax::Value &literal)
{
    switch (literal.kind) {
    case ValueKind::String:
        return literal.text.find('\0') != std::string_view::npos;
    case ValueKind::List:
        for (const syntax::Value *item : literal.items) {
            if (literalHasNul(*item))
                return true;
        }
        return false;
    case ValueKind::Object:
        for (const syntax::ObjectField &field : literal.fields) {
            if (literalHasNul(*field.value))
                return true;
        }
        return false;
    default:
        return false;
    }
}

// A scalar's parse_literal: only Int, Float, String and Boolean literals can be accepted (JSON
// takes any literal and is handled before).
std::optional<JsonValue> scalarFromLiteral(schema::ScalarId scalar, const syntax::Value &literal)
{
    JsonValue value;
    switch (literal.kind) {
    case ValueKind::Int:
        value = JsonValue::intLiteral(literal.text);
        break;
    case ValueKind::Float:
        value = JsonValue::floatLiteral(literal.text);
        break;
    case ValueKind::String:
        value = JsonValue::string(std::string(literal.text));
        break;
    case ValueKind::Boolean:
        value = JsonValue::boolean(literal.boolean);
        break;
    default:
        return std::nullopt;
    }
    if (!values::acceptsValue(scalar, value))
        return std::nullopt;
    return value;
}

Error argumentError(std::string message, const syntax::Document &document, std::uint32_t offset)
{
    return Error{ErrorCode::BadUserInput, std::move(message), {document.location(offset)}, {}, {}};
}

} // namespace

schema::TypeRef typeFromAst(const syntax::TypeRef &type, const schema::SchemaRegistry &registry)
{
    switch (type.kind) {
    case syntax::TypeKind::Named: {
        const schema::NamedType *named = registry.type(type.name.value);
        return named ? schema::TypeRef(named) : schema::TypeRef();
    }
    case syntax::TypeKind::List: {
        schema::TypeRef inner = typeFromAst(*type.ofType, registry);
        return inner.valid() ? schema::TypeRef::listOf(std::move(inner)) : inner;
    }
    case syntax::TypeKind::NonNull: {
        schema::TypeRef inner = typeFromAst(*type.ofType, registry);
        return inner.valid() ? schema::TypeRef::nonNullOf(std::move(inner)) : inner;
    }
    }
    return {};
}

std::optional<JsonValue> valueFromLiteral(const syntax::Value &literal, const schema::TypeRef &type,
                                          const CoercedVariables &variables)
{
    if (literal.kind == ValueKind::Variable) {
        const JsonValue *value = variables.find(literal.name.value);
        if (!value || (value->isNull() && type.isNonNull()))
            return std::nullopt;
        return *value;
    }
    if (type.isNonNull()) {
        if (literal.kind == ValueKind::Null)
            return std::nullopt;
        return valueFromLiteral(literal, type.ofType(), variables);
    }
    if (literal.kind == ValueKind::Null)
        return JsonValue();
    if (type.isList()) {
        const schema::TypeRef itemType = type.ofType();
        if (literal.kind != ValueKind::List)
            return valueFromLiteral(literal, itemType, variables); // a single value for a list stays single
        std::vector<JsonValue> items;
        items.reserve(literal.items.size());
        for (const syntax::Value *item : literal.items) {
            if (isMissingVariable(*item, variables)) {
                if (itemType.isNonNull())
                    return std::nullopt;
                items.emplace_back();
                continue;
            }
            std::optional<JsonValue> value = valueFromLiteral(*item, itemType, variables);
            if (!value)
                return std::nullopt;
            items.push_back(std::move(*value));
        }
        return JsonValue::array(std::move(items));
    }
    const schema::NamedType *named = type.namedType();
    if (!named)
        return std::nullopt;
    switch (named->kind) {
    case schema::NamedTypeKind::InputObject: {
        if (literal.kind != ValueKind::Object)
            return std::nullopt;
        std::vector<std::string> keys;
        std::vector<JsonValue> members;
        keys.reserve(literal.fields.size());
        members.reserve(literal.fields.size());
        for (const syntax::ObjectField &field : literal.fields) {
            const schema::InputValue *definition = named->inputField(field.name.value);
            if (!definition || isMissingVariable(*field.value, variables))
                continue; // graphql-core ignores undefined fields (validation rejects them)
            std::optional<JsonValue> value = valueFromLiteral(*field.value, definition->type, variables);
            if (!value)
                return std::nullopt;
            keys.emplace_back(field.name.value);
            members.push_back(std::move(*value));
        }
        return JsonValue::object(std::move(keys), std::move(members));
    }
    case schema::NamedTypeKind::Enum:
        if (literal.kind != ValueKind::Enum || !named->enumValue(literal.name.value))
            return std::nullopt;
        return JsonValue::string(std::string(literal.name.value));
    case schema::NamedTypeKind::Scalar:
        if (named->scalar == schema::ScalarId::JSON) {
            // As the legacy JSON scalar's parse_literal: only the literal's own strings are checked;
            // variables' values inside it are checked when they become a parameter (§5.3).
            if (literalHasNul(literal))
                return std::nullopt;
            return untypedValue(literal, variables);
        }
        return named->scalar ? scalarFromLiteral(*named->scalar, literal) : std::nullopt;
    case schema::NamedTypeKind::Object:
        break;
    }
    return std::nullopt;
}

Result<ArgumentValues> argumentValues(const std::vector<schema::InputValue> &definitions,
                                      const syntax::NodeList<syntax::Argument> &arguments, std::uint32_t nodeOffset,
                                      const CoercedVariables &variables, const syntax::Document &document)
{
    ArgumentValues result;
    result.reserve(definitions.size());
    for (const schema::InputValue &definition : definitions) {
        const syntax::Argument *written = nullptr;
        for (const syntax::Argument &argument : arguments) {
            if (argument.name.value == definition.name)
                written = &argument; // graphql-core keeps the last one of a name
        }
        const auto typeText = [&definition] { return definition.type.toString(); }; // for the messages only
        if (!written) {
            if (definition.type.isNonNull() && !definition.defaultValue)
                return argumentError("Argument '" + definition.name + "' of required type '" + typeText() +
                                         "' was not provided.",
                                     document, nodeOffset);
            continue;
        }
        const syntax::Value &literal = *written->value;
        bool isNull = literal.kind == ValueKind::Null;
        if (literal.kind == ValueKind::Variable) {
            const JsonValue *value = variables.find(literal.name.value);
            if (!value) {
                if (definition.type.isNonNull() && !definition.defaultValue)
                    return argumentError("Argument '" + definition.name + "' of required type '" + typeText() +
                                             "' was provided the variable '$" + std::string(literal.name.value) +
                                             "' which was not provided a runtime value.",
                                         document, literal.offset);
                continue;
            }
            isNull = value->isNull();
        }
        if (isNull && definition.type.isNonNull())
            return argumentError("Argument '" + definition.name + "' of non-null type '" + typeText() +
                                     "' must not be null.",
                                 document, literal.offset);
        std::optional<JsonValue> value = valueFromLiteral(literal, definition.type, variables);
        if (!value)
            return argumentError("Argument '" + definition.name + "' has invalid value " +
                                     syntax::printValue(literal) + ".",
                                 document, literal.offset);
        result.emplace_back(definition.name, std::move(*value));
    }
    return result;
}

Result<bool> shouldIncludeNode(const syntax::NodeList<syntax::Directive> &directives,
                               const schema::SchemaRegistry &registry, const CoercedVariables &variables,
                               const syntax::Document &document)
{
    // `@skip(if: true)` wins over `@include`; each is read from its first occurrence.
    for (const std::string_view name : {std::string_view("skip"), std::string_view("include")}) {
        const schema::DirectiveDefinition *definition = registry.directive(name);
        const syntax::Directive *written = nullptr;
        for (const syntax::Directive &directive : directives) {
            if (directive.name.value == name) {
                written = &directive;
                break;
            }
        }
        if (!definition || !written)
            continue;
        Result<ArgumentValues> arguments =
            argumentValues(definition->arguments, written->arguments, written->offset, variables, document);
        if (!arguments)
            return std::move(arguments).takeErrors();
        const JsonValue *condition = nullptr;
        for (const auto &[argumentName, value] : *arguments) {
            if (argumentName == "if")
                condition = &value;
        }
        if (!condition || !condition->isBoolean()) // graphql-core fails with a KeyError here
            return Error{ErrorCode::InternalServerError, "Internal server error.", {}, {}, {}};
        if (condition->booleanValue() == (name == "skip"))
            return false;
    }
    return true;
}

} // namespace graft::validate
