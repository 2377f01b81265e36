#include "validate/rules/variable_rules.h"

#include "syntax/printer.h"
#include "validate/type_view.h"
#include "validate/validation_context.h"

#include <string>

namespace graft::validate {

namespace {

std::string_view variableName(const syntax::VariableDefinition &definition)
{
    return definition.variable->name.value;
}

} // namespace

Action VariablesAreInputTypesRule::enterVariableDefinition(const syntax::VariableDefinition &definition)
{
    const TypeView type = TypeView::fromAst(definition.type, context().registry());
    if (type && !type.isInputType()) {
        context().report("Variable '$" + std::string(variableName(definition)) + "' cannot be non-input type '" +
                             syntax::printType(*definition.type) + "'.",
                         {definition.type->offset});
    }
    return Action::Continue;
}

Action UniqueVariableNamesRule::enterOperation(const syntax::OperationDefinition &operation)
{
    const auto &definitions = operation.variableDefinitions;
    for (std::size_t i = 0; i < definitions.size(); ++i) {
        const std::string_view name = variableName(definitions[i]);
        bool first = true;
        for (std::size_t j = 0; j < i && first; ++j)
            first = variableName(definitions[j]) != name;
        if (!first)
            continue;
        std::vector<std::uint32_t> offsets;
        for (std::size_t j = i; j < definitions.size(); ++j) {
            if (variableName(definitions[j]) == name)
                offsets.push_back(definitions[j].variable->name.offset);
        }
        if (offsets.size() > 1)
            context().report("There can be only one variable named '$" + std::string(name) + "'.", offsets);
    }
    return Action::Continue;
}

Action NoUndefinedVariablesRule::enterOperation(const syntax::OperationDefinition &)
{
    m_defined.clear();
    return Action::Continue;
}

Action NoUndefinedVariablesRule::enterVariableDefinition(const syntax::VariableDefinition &definition)
{
    m_defined.insert(variableName(definition));
    return Action::Continue;
}

void NoUndefinedVariablesRule::leaveOperation(const syntax::OperationDefinition &operation)
{
    for (const VariableUsage &usage : context().recursiveVariableUsages(operation)) {
        const std::string_view name = usage.node->name.value;
        if (m_defined.count(name) != 0)
            continue;
        std::string message = "Variable '$" + std::string(name) + "' is not defined";
        if (operation.name.present())
            message += " by operation '" + std::string(operation.name.value) + "'";
        message += '.';
        context().report(std::move(message), {usage.node->offset, operation.offset});
    }
}

Action NoUnusedVariablesRule::enterOperation(const syntax::OperationDefinition &)
{
    m_definitions.clear();
    return Action::Continue;
}

Action NoUnusedVariablesRule::enterVariableDefinition(const syntax::VariableDefinition &definition)
{
    m_definitions.push_back(&definition);
    return Action::Continue;
}

void NoUnusedVariablesRule::leaveOperation(const syntax::OperationDefinition &operation)
{
    if (m_definitions.empty())
        return;
    const std::vector<VariableUsage> &usages = context().recursiveVariableUsages(operation);
    for (const syntax::VariableDefinition *definition : m_definitions) {
        const std::string_view name = variableName(*definition);
        bool used = false;
        for (const VariableUsage &usage : usages) {
            if (usage.node->name.value == name) {
                used = true;
                break;
            }
        }
        if (used)
            continue;
        std::string message = "Variable '$" + std::string(name) + "' is never used";
        if (operation.name.present())
            message += " in operation '" + std::string(operation.name.value) + "'";
        message += '.';
        context().report(std::move(message), {definition->offset});
    }
}

Action VariablesInAllowedPositionRule::enterOperation(const syntax::OperationDefinition &)
{
    m_definitions.clear();
    return Action::Continue;
}

Action VariablesInAllowedPositionRule::enterVariableDefinition(const syntax::VariableDefinition &definition)
{
    m_definitions.push_back(&definition);
    return Action::Continue;
}

void VariablesInAllowedPositionRule::leaveOperation(const syntax::OperationDefinition &operation)
{
    for (const VariableUsage &usage : context().recursiveVariableUsages(operation)) {
        if (!usage.type)
            continue;
        const std::string_view name = usage.node->name.value;
        const syntax::VariableDefinition *definition = nullptr;
        for (auto it = m_definitions.rbegin(); it != m_definitions.rend() && definition == nullptr; ++it) {
            if (variableName(**it) == name)
                definition = *it;
        }
        if (definition == nullptr)
            continue;
        const TypeView varType = TypeView::fromAst(definition->type, context().registry());
        if (!varType)
            continue;
        TypeView locationType = usage.type;
        bool allowed = false;
        if (locationType.isNonNull() && !varType.isNonNull()) {
            const bool nonNullDefault =
                definition->defaultValue != nullptr && definition->defaultValue->kind != syntax::ValueKind::Null;
            allowed = (nonNullDefault || usage.hasLocationDefault) && isTypeSubTypeOf(varType, locationType.ofType());
        } else {
            allowed = isTypeSubTypeOf(varType, locationType);
        }
        if (!allowed) {
            context().report("Variable '$" + std::string(name) + "' of type '" + varType.toString() +
                                 "' used in position expecting type '" + locationType.toString() + "'.",
                             {definition->offset, usage.node->offset});
        }
    }
}

} // namespace graft::validate
