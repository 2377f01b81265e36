#include "validate/rules/values_of_correct_type.h"

#include "syntax/printer.h"
#include "validate/rules/scalar_literals.h"
#include "values/suggestions.h"
#include "values/utf8.h"

#include <algorithm>
#include "validate/validation_context.h"

#include <string>
#include <vector>

namespace graft::validate {

namespace {

/// True where graphql-core's LexicalDistance raises IndexError ("list assignment index out of
/// range"): it sizes its rows by the input's length, but indexes them up to the shorter lower-cased
/// string's length, which exceeds it when the input holds U+0130 (lower-cased to two code points)
/// and an option is long enough to be measured. Options are enum value names (ASCII).
bool lexicalDistanceFails(std::string_view input, const std::vector<std::string_view> &options)
{
    std::size_t length = 0;
    std::size_t lowerLength = 0;
    for (std::size_t pos = 0; pos < input.size();) {
        const char32_t cp = values::utf8::next(input, pos);
        ++length;
        lowerLength += cp == 0x130 ? 2 : 1;
    }
    if (lowerLength == length)
        return false;
    const std::size_t threshold = length * 2 / 5 + 1;
    for (const std::string_view option : options) {
        // `option == input` and equal lower-case forms are impossible: the input is not ASCII.
        const std::size_t longer = std::max(option.size(), lowerLength);
        const std::size_t shorter = std::min(option.size(), lowerLength);
        if (longer - shorter <= threshold && shorter > length)
            return true;
    }
    return false;
}

} // namespace

Action ValuesOfCorrectTypeRule::enterListValue(const syntax::Value &node)
{
    // TypeInfo has already moved to the item type: the list's own position is one level up.
    if (!context().typeInfo().parentInputType().nullable().isList()) {
        checkLiteral(node);
        return Action::Skip;
    }
    return Action::Continue;
}

Action ValuesOfCorrectTypeRule::enterObjectValue(const syntax::Value &node)
{
    const schema::NamedType *type = context().typeInfo().inputType().namedType();
    if (type == nullptr || type->kind != schema::NamedTypeKind::InputObject) {
        checkLiteral(node);
        return Action::Skip;
    }
    for (const schema::InputValue &field : type->inputFields) {
        if (!field.type.isNonNull() || field.defaultValue.has_value())
            continue;
        bool written = false;
        for (const syntax::ObjectField &given : node.fields)
            written = written || given.name.value == field.name;
        if (!written) {
            context().report("Field '" + type->name + "." + field.name + "' of required type '" + field.type.toString() +
                                 "' was not provided.",
                             {node.offset});
        }
    }
    return Action::Continue;
}

Action ValuesOfCorrectTypeRule::enterObjectField(const syntax::ObjectField &field)
{
    const TypeInfo &typeInfo = context().typeInfo();
    const schema::NamedType *parent = typeInfo.parentInputType().namedType();
    if (typeInfo.inputType() || parent == nullptr || parent->kind != schema::NamedTypeKind::InputObject)
        return Action::Continue;
    std::vector<std::string_view> candidates;
    candidates.reserve(parent->inputFields.size());
    for (const schema::InputValue &candidate : parent->inputFields)
        candidates.push_back(candidate.name);
    context().report("Field '" + std::string(field.name.value) + "' is not defined by type '" + parent->name + "'." +
                         values::didYouMean(values::suggestionList(field.name.value, candidates)),
                     {field.offset});
    return Action::Continue;
}

Action ValuesOfCorrectTypeRule::enterNullValue(const syntax::Value &node)
{
    const TypeView type = context().typeInfo().inputType();
    if (type.isNonNull())
        context().report("Expected value of type '" + type.toString() + "', found null.", {node.offset});
    return Action::Continue;
}

Action ValuesOfCorrectTypeRule::enterLeafValue(const syntax::Value &node)
{
    checkLiteral(node);
    return Action::Continue;
}

void ValuesOfCorrectTypeRule::checkLiteral(const syntax::Value &node)
{
    const TypeView locationType = context().typeInfo().inputType();
    if (!locationType)
        return;
    const schema::NamedType &type = *locationType.namedType();
    if (!type.isLeafType()) {
        std::string message = "Expected value of type '" + locationType.toString() + "', found ";
        syntax::printValue(node, message);
        message += '.';
        context().report(std::move(message), {node.offset});
        return;
    }
    if (type.kind == schema::NamedTypeKind::Enum) {
        checkEnumLiteral(type, node);
        return;
    }
    if (type.scalar) {
        if (auto message = scalarLiteralError(*type.scalar, node))
            context().report(std::move(*message), {node.offset});
    }
}

void ValuesOfCorrectTypeRule::checkEnumLiteral(const schema::NamedType &enumType, const syntax::Value &node)
{
    if (node.kind == syntax::ValueKind::Enum && enumType.enumValue(node.name.value) != nullptr)
        return;
    const std::string printed = syntax::printValue(node);
    std::vector<std::string_view> candidates;
    candidates.reserve(enumType.enumValues.size());
    for (const schema::EnumValue &value : enumType.enumValues)
        candidates.push_back(value.name);
    if (lexicalDistanceFails(printed, candidates)) {
        // parse_literal raised a non-GraphQLError: ValuesOfCorrectType's generic message.
        context().report("Expected value of type '" + context().typeInfo().inputType().toString() + "', found " +
                             printed + "; list assignment index out of range",
                         {node.offset});
        return;
    }
    const std::string suggestion = values::didYouMean(values::suggestionList(printed, candidates), "the enum value");
    if (node.kind == syntax::ValueKind::Enum) {
        context().report("Value '" + printed + "' does not exist in '" + enumType.name + "' enum." + suggestion,
                         {node.offset});
    } else {
        context().report("Enum '" + enumType.name + "' cannot represent non-enum value: " + printed + "." + suggestion,
                         {node.offset});
    }
}

UniqueInputFieldNamesRule::UniqueInputFieldNamesRule(ValidationContext &context) : Rule(context)
{
    m_known.reserve(32);
    m_starts.reserve(8);
}

Action UniqueInputFieldNamesRule::enterObjectValue(const syntax::Value &)
{
    m_starts.push_back(m_known.size());
    return Action::Continue;
}

void UniqueInputFieldNamesRule::leaveObjectValue(const syntax::Value &)
{
    m_known.resize(m_starts.back());
    m_starts.pop_back();
}

Action UniqueInputFieldNamesRule::enterObjectField(const syntax::ObjectField &field)
{
    const std::string_view name = field.name.value;
    for (std::size_t i = m_starts.back(); i < m_known.size(); ++i) {
        if (m_known[i].name == name) {
            context().report("There can be only one input field named '" + std::string(name) + "'.",
                             {m_known[i].offset, field.name.offset});
            return Action::Continue;
        }
    }
    m_known.push_back({name, field.name.offset});
    return Action::Continue;
}

} // namespace graft::validate
