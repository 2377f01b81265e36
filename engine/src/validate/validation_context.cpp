#include "validate/validation_context.h"

#include "validate/variable_usages.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>

namespace graft::validate {

ValidationContext::ValidationContext(const syntax::Document &document, const schema::SchemaRegistry &registry)
    : m_document(document), m_registry(registry), m_typeInfo(registry)
{
}

void ValidationContext::report(std::string message, std::initializer_list<std::uint32_t> offsets)
{
    report(std::move(message), std::vector<std::uint32_t>(offsets));
}

void ValidationContext::report(std::string message, const std::vector<std::uint32_t> &offsets)
{
    if (m_errors.size() >= kMaxErrors) {
        Error limit;
        limit.code = ErrorCode::GraphqlValidationFailed;
        limit.message = "Too many validation errors, error limit reached. Validation aborted.";
        m_errors.push_back(std::move(limit));
        throw ValidationAborted{};
    }
    Error error;
    error.code = ErrorCode::GraphqlValidationFailed;
    error.message = std::move(message);
    error.locations.reserve(offsets.size());
    for (const std::uint32_t offset : offsets)
        error.locations.push_back(m_document.location(offset));
    m_errors.push_back(std::move(error));
}

const syntax::DirectiveDefinition *ValidationContext::documentDirective(std::string_view name) const
{
    const syntax::DirectiveDefinition *found = nullptr;
    for (const syntax::Definition *definition : m_document.definitions()) {
        if (const auto *directive = definition->as<syntax::DirectiveDefinition>()) {
            if (directive->name.value == name)
                found = directive;
        }
    }
    return found;
}

bool ValidationContext::hasFragments()
{
    fragment({});
    return !m_fragments.empty();
}

const syntax::FragmentDefinition *ValidationContext::fragment(std::string_view name)
{
    if (!m_fragmentsIndexed) {
        m_fragmentsIndexed = true;
        for (const syntax::Definition *definition : m_document.definitions()) {
            if (const auto *fragmentDef = definition->as<syntax::FragmentDefinition>())
                m_fragments.emplace_back(fragmentDef->name.value, fragmentDef);
        }
        // graphql-core builds a dict: the last definition of a name wins.
        std::stable_sort(m_fragments.begin(), m_fragments.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
    }
    auto it = std::upper_bound(m_fragments.begin(), m_fragments.end(), name,
                               [](std::string_view key, const auto &entry) { return key < entry.first; });
    if (it == m_fragments.begin())
        return nullptr;
    --it;
    return it->first == name ? it->second : nullptr;
}

const std::vector<const syntax::FragmentSpread *> &ValidationContext::fragmentSpreads(const syntax::SelectionSet &set)
{
    auto [it, inserted] = m_spreads.try_emplace(&set);
    if (!inserted)
        return it->second;
    std::vector<const syntax::FragmentSpread *> &spreads = it->second;
    std::vector<const syntax::SelectionSet *> toVisit{&set};
    while (!toVisit.empty()) {
        const syntax::SelectionSet *visited = toVisit.back();
        toVisit.pop_back();
        for (const syntax::Selection *selection : visited->selections) {
            if (const auto *spread = selection->as<syntax::FragmentSpread>()) {
                spreads.push_back(spread);
            } else if (const auto *field = selection->as<syntax::Field>()) {
                if (field->selectionSet != nullptr)
                    toVisit.push_back(field->selectionSet);
            } else if (const auto *inlineFragment = selection->as<syntax::InlineFragment>()) {
                toVisit.push_back(inlineFragment->selectionSet);
            }
        }
    }
    return spreads;
}

const std::vector<const syntax::FragmentDefinition *> &ValidationContext::recursivelyReferencedFragments(
    const syntax::OperationDefinition &operation)
{
    if (!hasFragments())
        return m_noFragments; // no spread can name an existing fragment
    auto [it, inserted] = m_referencedFragments.try_emplace(&operation);
    if (!inserted)
        return it->second;
    std::vector<const syntax::FragmentDefinition *> &fragments = it->second;
    std::unordered_set<std::string_view> collected;
    std::vector<const syntax::SelectionSet *> toVisit{operation.selectionSet};
    while (!toVisit.empty()) {
        const syntax::SelectionSet *visited = toVisit.back();
        toVisit.pop_back();
        for (const syntax::FragmentSpread *spread : fragmentSpreads(*visited)) {
            if (!collected.insert(spread->name.value).second)
                continue;
            if (const syntax::FragmentDefinition *found = fragment(spread->name.value)) {
                fragments.push_back(found);
                toVisit.push_back(found->selectionSet);
            }
        }
    }
    return fragments;
}

const std::vector<VariableUsage> &ValidationContext::recursiveVariableUsages(const syntax::OperationDefinition &operation)
{
    auto [it, inserted] = m_recursiveUsages.try_emplace(&operation);
    if (!inserted)
        return it->second;
    std::vector<VariableUsage> &usages = it->second;
    collectVariableUsages(operation, m_typeInfo, usages);
    for (const syntax::FragmentDefinition *fragmentDef : recursivelyReferencedFragments(operation)) {
        auto [cached, fresh] = m_usages.try_emplace(fragmentDef);
        if (fresh)
            collectVariableUsages(*fragmentDef, m_typeInfo, cached->second);
        usages.insert(usages.end(), cached->second.begin(), cached->second.end());
    }
    return usages;
}

} // namespace graft::validate
