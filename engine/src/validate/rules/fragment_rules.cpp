#include "validate/rules/fragment_rules.h"

#include "syntax/printer.h"
#include "validate/type_view.h"
#include "validate/validation_context.h"

#include <string>

namespace graft::validate {

namespace {

/// graphql-core type_from_ast of a fragment's type condition, when it is an object type.
const schema::NamedType *compositeCondition(ValidationContext &context, const syntax::TypeRef *condition)
{
    const schema::NamedType *type = TypeView::fromAst(condition, context.registry()).namedType();
    return type != nullptr && type->isCompositeType() ? type : nullptr;
}

/// True when type_from_ast finds the condition and it is not composite.
bool nonCompositeCondition(ValidationContext &context, const syntax::TypeRef *condition)
{
    const schema::NamedType *type = TypeView::fromAst(condition, context.registry()).namedType();
    return type != nullptr && !type->isCompositeType();
}

} // namespace

Action FragmentsOnCompositeTypesRule::enterInlineFragment(const syntax::InlineFragment &fragment)
{
    if (fragment.typeCondition != nullptr && nonCompositeCondition(context(), fragment.typeCondition)) {
        context().report("Fragment cannot condition on non composite type '" + syntax::printType(*fragment.typeCondition) +
                             "'.",
                         {fragment.typeCondition->offset});
    }
    return Action::Continue;
}

Action FragmentsOnCompositeTypesRule::enterFragmentDefinition(const syntax::FragmentDefinition &fragment)
{
    if (nonCompositeCondition(context(), fragment.typeCondition)) {
        context().report("Fragment '" + std::string(fragment.name.value) + "' cannot condition on non composite type '" +
                             syntax::printType(*fragment.typeCondition) + "'.",
                         {fragment.typeCondition->offset});
    }
    return Action::Continue;
}

Action UniqueFragmentNamesRule::enterFragmentDefinition(const syntax::FragmentDefinition &fragment)
{
    auto [it, inserted] = m_known.try_emplace(fragment.name.value, fragment.name.offset);
    if (!inserted) {
        context().report("There can be only one fragment named '" + std::string(fragment.name.value) + "'.",
                         {it->second, fragment.name.offset});
    }
    return Action::Skip;
}

Action KnownFragmentNamesRule::enterFragmentSpread(const syntax::FragmentSpread &spread)
{
    if (context().fragment(spread.name.value) == nullptr)
        context().report("Unknown fragment '" + std::string(spread.name.value) + "'.", {spread.name.offset});
    return Action::Continue;
}

Action NoUnusedFragmentsRule::enterOperation(const syntax::OperationDefinition &operation)
{
    m_operations.push_back(&operation);
    return Action::Skip;
}

Action NoUnusedFragmentsRule::enterFragmentDefinition(const syntax::FragmentDefinition &fragment)
{
    m_fragments.push_back(&fragment);
    return Action::Skip;
}

void NoUnusedFragmentsRule::leaveDocument(const syntax::Document &)
{
    if (m_fragments.empty())
        return;
    std::unordered_set<std::string_view> used;
    for (const syntax::OperationDefinition *operation : m_operations) {
        for (const syntax::FragmentDefinition *fragment : context().recursivelyReferencedFragments(*operation))
            used.insert(fragment->name.value);
    }
    for (const syntax::FragmentDefinition *fragment : m_fragments) {
        if (used.count(fragment->name.value) == 0)
            context().report("Fragment '" + std::string(fragment->name.value) + "' is never used.", {fragment->offset});
    }
}

Action PossibleFragmentSpreadsRule::enterInlineFragment(const syntax::InlineFragment &fragment)
{
    const schema::NamedType *fragmentType = context().typeInfo().type().namedType();
    const schema::NamedType *parentType = context().typeInfo().parentType();
    if (fragmentType != nullptr && fragmentType->isCompositeType() && parentType != nullptr &&
        fragmentType != parentType) {
        context().report("Fragment cannot be spread here as objects of type '" + parentType->name +
                             "' can never be of type '" + fragmentType->name + "'.",
                         {fragment.offset});
    }
    return Action::Continue;
}

Action PossibleFragmentSpreadsRule::enterFragmentSpread(const syntax::FragmentSpread &spread)
{
    const syntax::FragmentDefinition *fragment = context().fragment(spread.name.value);
    if (fragment == nullptr)
        return Action::Continue;
    const schema::NamedType *fragmentType = compositeCondition(context(), fragment->typeCondition);
    const schema::NamedType *parentType = context().typeInfo().parentType();
    if (fragmentType != nullptr && parentType != nullptr && fragmentType != parentType) {
        context().report("Fragment '" + std::string(spread.name.value) + "' cannot be spread here as objects of type '" +
                             parentType->name + "' can never be of type '" + fragmentType->name + "'.",
                         {spread.offset});
    }
    return Action::Continue;
}

Action NoFragmentCyclesRule::enterFragmentDefinition(const syntax::FragmentDefinition &fragment)
{
    detectCycles(fragment);
    return Action::Skip;
}

void NoFragmentCyclesRule::detectCycles(const syntax::FragmentDefinition &fragment)
{
    const std::string_view name = fragment.name.value;
    if (!m_visited.insert(name).second)
        return;
    const std::vector<const syntax::FragmentSpread *> &spreads = context().fragmentSpreads(*fragment.selectionSet);
    if (spreads.empty())
        return;
    m_pathIndex[name] = m_spreadPath.size();
    for (const syntax::FragmentSpread *spread : spreads) {
        const std::string_view spreadName = spread->name.value;
        auto cycle = m_pathIndex.find(spreadName);
        m_spreadPath.push_back(spread);
        if (cycle == m_pathIndex.end()) {
            if (const syntax::FragmentDefinition *next = context().fragment(spreadName))
                detectCycles(*next);
        } else {
            std::string message = "Cannot spread fragment '" + std::string(spreadName) + "' within itself";
            std::vector<std::uint32_t> offsets;
            for (std::size_t i = cycle->second; i < m_spreadPath.size(); ++i) {
                offsets.push_back(m_spreadPath[i]->offset);
                if (i + 1 < m_spreadPath.size()) {
                    message += i == cycle->second ? " via '" : ", '";
                    message += m_spreadPath[i]->name.value;
                    message += '\'';
                }
            }
            message += '.';
            context().report(std::move(message), offsets);
        }
        m_spreadPath.pop_back();
    }
    m_pathIndex.erase(name);
}

} // namespace graft::validate
