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

// A scalar's parse_literal into `out`: only Int, Float, String and Boolean literals can be accepted
// (JSON takes any literal and is handled before).
bool scalarFromLiteral(schema::ScalarId scalar, const syntax::Value &literal, JsonValue &out)
{
    switch (literal.kind) {
    case ValueKind::Int:
        out = JsonValue::intLiteral(literal.text);
        break;
    case ValueKind::Float:
        out = JsonValue::floatLiteral(literal.text);
        break;
    case ValueKind::String:
        out = JsonValue::string(std::string(literal.text));
        break;
    case ValueKind::Boolean:
        out = JsonValue::boolean(literal.boolean);
        break;
    default:
        return false;
    }
    return values::acceptsValue(scalar, out);
}

using Position = schema::TypePosition;

// valueFromLiteral() at `position`, writing the value into `out` (left unspecified when false,
// graphql-core's Undefined). Values are built where they end up: no intermediate copies.
bool literalValue(const syntax::Value &literal, Position position, const CoercedVariables &variables, JsonValue &out)
{
    if (literal.kind == ValueKind::Variable) {
        const JsonValue *value = variables.find(literal.name.value);
        if (!value || (value->isNull() && position.isNonNull()))
            return false;
        out = *value;
        return true;
    }
    if (position.isNonNull()) {
        if (literal.kind == ValueKind::Null)
            return false;
        return literalValue(literal, position.ofType(), variables, out);
    }
    if (literal.kind == ValueKind::Null) {
        out = JsonValue();
        return true;
    }
    if (position.isList()) {
        const Position itemPosition = position.ofType();
        if (literal.kind != ValueKind::List)
            return literalValue(literal, itemPosition, variables, out); // a single value for a list stays single
        std::vector<JsonValue> items;
        items.reserve(literal.items.size());
        for (const syntax::Value *item : literal.items) {
            if (isMissingVariable(*item, variables)) {
                if (itemPosition.isNonNull())
                    return false;
                items.emplace_back();
                continue;
            }
            if (!literalValue(*item, itemPosition, variables, items.emplace_back()))
                return false;
        }
        out = JsonValue::array(std::move(items));
        return true;
    }
    const schema::NamedType *named = position.type.namedType();
    if (!named)
        return false;
    switch (named->kind) {
    case schema::NamedTypeKind::InputObject: {
        if (literal.kind != ValueKind::Object)
            return false;
        std::vector<std::string> keys;
        std::vector<JsonValue> members;
        keys.reserve(literal.fields.size());
        members.reserve(literal.fields.size());
        for (const syntax::ObjectField &field : literal.fields) {
            const schema::InputValue *definition = named->inputField(field.name.value);
            if (!definition || isMissingVariable(*field.value, variables))
                continue; // graphql-core ignores undefined fields (validation rejects them)
            if (!literalValue(*field.value, Position{definition->type}, variables, members.emplace_back()))
                return false;
            keys.emplace_back(field.name.value);
        }
        out = JsonValue::object(std::move(keys), std::move(members));
        return true;
    }
    case schema::NamedTypeKind::Enum:
        if (literal.kind != ValueKind::Enum || !named->enumValue(literal.name.value))
            return false;
        out = JsonValue::string(std::string(literal.name.value));
        return true;
    case schema::NamedTypeKind::Scalar:
        if (named->scalar == schema::ScalarId::JSON) {
            // As the legacy JSON scalar's parse_literal: only the literal's own strings are checked;
            // variables' values inside it are checked when they become a parameter (§5.3).
            if (literalHasNul(literal))
                return false;
            out = untypedValue(literal, variables);
            return true;
        }
        return named->scalar && scalarFromLiteral(*named->scalar, literal, out);
    case schema::NamedTypeKind::Object:
        break;
    }
    return false;
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
    JsonValue value;
    if (!literalValue(literal, Position{type}, variables, value))
        return std::nullopt;
    return value;
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
        if (!literalValue(literal, Position{definition.type}, variables, result.emplace_back(definition.name, JsonValue()).second))
            return argumentError("Argument '" + definition.name + "' has invalid value " +
                                     syntax::printValue(literal) + ".",
                                 document, literal.offset);
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
