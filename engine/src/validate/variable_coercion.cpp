#include "validate/variable_coercion.h"

#include "syntax/printer.h"
#include "validate/literal_values.h"
#include "values/inspect.h"
#include "values/scalar_value.h"
#include "values/suggestions.h"
#include "values/unicode_tables.h"
#include "values/utf8.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <variant>
#include <vector>

namespace graft::validate {

namespace {

using values::JsonValue;

// Raised through the coercion when the error limit is reached (graphql-core raises a GraphQLError
// from its on_error callback); caught in coerceVariables only.
struct ErrorLimitReached {};

// Raised where graphql-core's suggestion_list fails with an IndexError (see suggestionListFails).
struct SuggestionFailure {};

// graphql-core's LexicalDistance sizes its rows by the input's length but measures its lower-cased
// form: when lower-casing lengthens the input (`İ` → `i̇`), the first option within the length
// threshold whose shorter side is longer than the input makes suggestion_list raise IndexError
// (`list assignment index out of range`).
bool suggestionListFails(std::string_view input, const std::vector<std::string_view> &options)
{
    const std::u32string decoded = values::utf8::decode(input);
    const std::u32string lower = values::unicode::pythonLower(decoded);
    if (lower.size() <= decoded.size())
        return false;
    const std::size_t threshold = decoded.size() * 2 / 5 + 1;
    for (const std::string_view option : options) {
        if (option == input)
            continue;
        const std::u32string optionLower = values::unicode::pythonLower(values::utf8::decode(option));
        if (optionLower == lower)
            continue;
        const std::size_t longer = std::max(optionLower.size(), lower.size());
        const std::size_t shorter = std::min(optionLower.size(), lower.size());
        if (longer - shorter > threshold)
            continue;
        if (shorter > decoded.size())
            return true;
    }
    return false;
}

// graphql-core did_you_mean(suggestion_list(input, options), sub); SuggestionFailure where
// graphql-core fails.
std::string suggestions(std::string_view input, const std::vector<std::string_view> &options,
                        std::string_view subMessage = {})
{
    if (suggestionListFails(input, options))
        throw SuggestionFailure{};
    return values::didYouMean(values::suggestionList(input, options), subMessage);
}

// One step of a value path: an input-object field or a list index.
using PathStep = std::variant<std::string_view, std::size_t>;

// graphql-core's built-in scalars' parse_value (coerce_int, coerce_float, …): the reason a value is
// rejected, or empty when it is accepted. The nine predefined scalars answer `⟨S⟩ cannot represent
// value: ⟨value⟩` (§1.3).
std::string scalarRejection(schema::ScalarId scalar, const JsonValue &value)
{
    using schema::ScalarId;
    switch (scalar) {
    case ScalarId::Int: {
        if (!value.isIntegral())
            return "Int cannot represent non-integer value: " + values::inspect(value);
        const bool inRange = value.isInteger()
                                 ? value.fitsInt64() && value.int64Value() >= -2147483648LL &&
                                       value.int64Value() <= 2147483647LL
                                 : value.numberValue() >= -2147483648.0 && value.numberValue() <= 2147483647.0;
        if (!inRange)
            return "Int cannot represent non 32-bit signed integer value: " + values::inspect(value);
        return {};
    }
    case ScalarId::Float:
        if (value.isInteger() || (value.isFloat() && std::isfinite(value.numberValue())))
            return {};
        return "Float cannot represent non numeric value: " + values::inspect(value);
    case ScalarId::String:
        return value.isString() ? std::string() : "String cannot represent a non string value: " + values::inspect(value);
    case ScalarId::Boolean:
        return value.isBoolean() ? std::string()
                                 : "Boolean cannot represent a non boolean value: " + values::inspect(value);
    case ScalarId::ID:
        if (value.isString() || value.isIntegral())
            return {};
        return "ID cannot represent value: " + values::inspect(value);
    default:
        if (values::acceptsValue(scalar, value))
            return {};
        return std::string(schema::scalarInfo(scalar).name) + " cannot represent value: " + values::inspect(value);
    }
}

std::vector<std::string_view> enumValueNames(const schema::NamedType &type)
{
    std::vector<std::string_view> names;
    names.reserve(type.enumValues.size());
    for (const schema::EnumValue &value : type.enumValues)
        names.push_back(value.name);
    return names;
}

// graphql-core GraphQLEnumType.parse_value. Its suggestion_list can fail with an IndexError
// (SuggestionFailure), which coerce_input_value reports as `Expected type '⟨E⟩'. ⟨exception⟩`.
std::string enumRejection(const schema::NamedType &type, const JsonValue &value)
try {
    if (value.isString()) {
        if (type.enumValue(value.stringValue()))
            return {};
        return "Value '" + value.stringValue() + "' does not exist in '" + type.name + "' enum." +
               suggestions(value.stringValue(), enumValueNames(type), "the enum value");
    }
    const std::string printed = values::inspect(value);
    return "Enum '" + type.name + "' cannot represent non-string value: " + printed + "." +
           suggestions(printed, enumValueNames(type), "the enum value");
} catch (const SuggestionFailure &) {
    return "Expected type '" + type.name + "'. list assignment index out of range";
}

// graphql-core coerce_variable_values + coerce_input_value with get_variable_values' on_error.
class VariableCoercer {
public:
    VariableCoercer(const schema::SchemaRegistry &registry, const syntax::Document &document)
        : m_registry(registry), m_document(document)
    {
    }

    Result<CoercedVariables> run(const syntax::OperationDefinition &operation, const JsonValue *inputs,
                                 std::span<const schema::TypeRef> types)
    {
        m_coerced.reserve(operation.variableDefinitions.size());
        try {
            std::size_t index = 0;
            for (const syntax::VariableDefinition &definition : operation.variableDefinitions) {
                coerceDefinition(definition, index < types.size() ? types[index] : typeFromAst(*definition.type, m_registry),
                                 inputs);
                ++index;
            }
        } catch (const ErrorLimitReached &) {
            m_errors.push_back(Error{ErrorCode::BadUserInput,
                                     "Too many errors processing variables, error limit reached. Execution aborted.",
                                     {}, {}, {}});
        } catch (const SuggestionFailure &) {
            // graphql-core's suggestion_list fails with an IndexError for an unknown member name whose
            // lower-case form is longer (`İ`): the legacy path answers with an internal error.
            return Error{ErrorCode::InternalServerError, "Internal server error.", {}, {}, {}};
        }
        if (!m_errors.empty())
            return std::move(m_errors);
        return std::move(m_coerced);
    }

private:
    void report(std::string message, std::uint32_t offset)
    {
        if (m_errors.size() >= kMaxVariableErrors)
            throw ErrorLimitReached{};
        m_errors.push_back(Error{ErrorCode::BadUserInput, std::move(message), {m_document.location(offset)}, {}, {}});
    }

    void coerceDefinition(const syntax::VariableDefinition &definition, const schema::TypeRef &type,
                          const JsonValue *inputs)
    {
        const std::string_view name = definition.variable->name.value;
        if (!type.valid() || !type.namedType()->isInputType()) {
            // Validation rejects such a definition; graphql-core checks again.
            report("Variable '$" + std::string(name) + "' expected value of type '" +
                       syntax::printType(*definition.type) + "' which cannot be used as an input type.",
                   definition.type->offset);
            return;
        }
        const JsonValue *value = inputs && inputs->isObject() ? inputs->find(name) : nullptr;
        if (!value) {
            if (definition.defaultValue) {
                // The default is a constant literal validated against the type (§3.2 rule 22).
                if (std::optional<JsonValue> converted =
                        valueFromLiteral(*definition.defaultValue, type, CoercedVariables()))
                    m_coerced.set(std::string(name), std::move(*converted));
            } else if (type.isNonNull()) {
                report("Variable '$" + std::string(name) + "' of required type '" + type.toString() +
                           "' was not provided.",
                       definition.offset);
            }
            return;
        }
        if (value->isNull() && type.isNonNull()) {
            report("Variable '$" + std::string(name) + "' of non-null type '" + type.toString() + "' must not be null.",
                   definition.offset);
            return;
        }
        m_variable = name;
        m_definitionOffset = definition.offset;
        m_path.clear();
        coerceValue(*value, type);
        m_coerced.set(std::string(name), *value);
    }

    void fail(const JsonValue &value, std::string reason)
    {
        std::string message = "Variable '$" + std::string(m_variable) + "' got invalid value " + values::inspect(value);
        if (!m_path.empty()) {
            message += " at '";
            message += m_variable;
            for (const PathStep &step : m_path) {
                if (const auto *field = std::get_if<std::string_view>(&step)) {
                    message += '.';
                    message += *field;
                } else {
                    message += '[' + std::to_string(std::get<std::size_t>(step)) + ']';
                }
            }
            message += '\'';
        }
        message += "; ";
        message += reason;
        report(std::move(message), m_definitionOffset);
    }

    void coerceValue(const JsonValue &value, const schema::TypeRef &type)
    {
        if (type.isNonNull()) {
            if (value.isNull()) {
                fail(value, "Expected non-nullable type '" + type.toString() + "' not to be None.");
                return;
            }
            coerceValue(value, type.ofType());
            return;
        }
        if (value.isNull())
            return;
        if (type.isList()) {
            const schema::TypeRef itemType = type.ofType();
            if (!value.isArray()) {
                coerceValue(value, itemType); // a non-list value counts as a one-item list, no index
                return;
            }
            for (std::size_t i = 0; i < value.size(); ++i) {
                m_path.emplace_back(i);
                coerceValue(value.at(i), itemType);
                m_path.pop_back();
            }
            return;
        }
        const schema::NamedType &named = *type.namedType();
        switch (named.kind) {
        case schema::NamedTypeKind::InputObject:
            coerceInputObject(value, named);
            return;
        case schema::NamedTypeKind::Enum:
            if (std::string reason = enumRejection(named, value); !reason.empty())
                fail(value, std::move(reason));
            return;
        case schema::NamedTypeKind::Scalar:
            if (std::string reason = scalarRejection(*named.scalar, value); !reason.empty())
                fail(value, std::move(reason));
            return;
        case schema::NamedTypeKind::Object:
            return; // not an input type: rejected before coercion starts
        }
    }

    void coerceInputObject(const JsonValue &value, const schema::NamedType &type)
    {
        if (!value.isObject()) {
            fail(value, "Expected type '" + type.name + "' to be a mapping.");
            return;
        }
        // The type's fields present in the value, in the type's definition order (Graft's input
        // fields are nullable without defaults, so absent ones need nothing) …
        for (const schema::InputValue &field : type.inputFields) {
            const JsonValue *member = value.find(field.name);
            if (!member)
                continue;
            m_path.emplace_back(std::string_view(field.name));
            coerceValue(*member, field.type);
            m_path.pop_back();
        }
        // … then the members the type does not define, in member order.
        for (std::size_t i = 0; i < value.size(); ++i) {
            const std::string &key = value.keyAt(i);
            if (type.inputField(key))
                continue;
            std::vector<std::string_view> names;
            names.reserve(type.inputFields.size());
            for (const schema::InputValue &field : type.inputFields)
                names.push_back(field.name);
            fail(value, "Field '" + key + "' is not defined by type '" + type.name + "'." +
                            suggestions(key, names));
        }
    }

    const schema::SchemaRegistry &m_registry;
    const syntax::Document &m_document;
    CoercedVariables m_coerced;
    Errors m_errors;
    std::string_view m_variable;
    std::uint32_t m_definitionOffset = 0;
    std::vector<PathStep> m_path;
};

} // namespace

Result<CoercedVariables> coerceVariables(const schema::SchemaRegistry &registry, const syntax::Document &document,
                                         const syntax::OperationDefinition &operation, const JsonValue *variables,
                                         std::span<const schema::TypeRef> types)
{
    return VariableCoercer(registry, document).run(operation, variables, types);
}

std::vector<schema::TypeRef> variableTypes(const syntax::OperationDefinition &operation,
                                           const schema::SchemaRegistry &registry)
{
    std::vector<schema::TypeRef> types;
    types.reserve(operation.variableDefinitions.size());
    for (const syntax::VariableDefinition &definition : operation.variableDefinitions)
        types.push_back(typeFromAst(*definition.type, registry));
    return types;
}

} // namespace graft::validate
