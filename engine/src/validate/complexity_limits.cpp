#include "validate/complexity_limits.h"

#include "validate/fragment_index.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace graft::validate {

namespace {

constexpr std::uint64_t kLimbBase = 1000000000;

using syntax::Field;
using syntax::FragmentSpread;
using syntax::InlineFragment;
using syntax::SelectionSet;

// The three static measures of §3.4, each memoised per fragment name (as the legacy path does);
// a fragment met again while it is being measured (a cycle) contributes nothing.
class StaticMeasure {
public:
    explicit StaticMeasure(const FragmentIndex &fragments) : m_fragments(fragments) {}

    std::size_t depth(const SelectionSet *set)
    {
        if (!set)
            return 0;
        std::size_t deepest = 0;
        for (const syntax::Selection *selection : set->selections) {
            if (const auto *field = selection->as<Field>())
                deepest = std::max(deepest, 1 + depth(field->selectionSet));
            else if (const auto *inlineFragment = selection->as<InlineFragment>())
                deepest = std::max(deepest, depth(inlineFragment->selectionSet));
            else if (const auto *spread = selection->as<FragmentSpread>())
                deepest = std::max(deepest, fragment(spread->name.value, m_depth, &StaticMeasure::depth));
        }
        return deepest;
    }

    OccurrenceCount rootFields(const SelectionSet *set)
    {
        OccurrenceCount count;
        if (!set)
            return count;
        for (const syntax::Selection *selection : set->selections) {
            if (selection->as<Field>())
                count += OccurrenceCount(1);
            else if (const auto *inlineFragment = selection->as<InlineFragment>())
                count += rootFields(inlineFragment->selectionSet);
            else if (const auto *spread = selection->as<FragmentSpread>())
                count += fragment(spread->name.value, m_rootFields, &StaticMeasure::rootFields);
        }
        return count;
    }

    OccurrenceCount aliases(const SelectionSet *set)
    {
        OccurrenceCount count;
        if (!set)
            return count;
        for (const syntax::Selection *selection : set->selections) {
            if (const auto *field = selection->as<Field>()) {
                if (field->alias.present())
                    count += OccurrenceCount(1);
                count += aliases(field->selectionSet);
            } else if (const auto *inlineFragment = selection->as<InlineFragment>()) {
                count += aliases(inlineFragment->selectionSet);
            } else if (const auto *spread = selection->as<FragmentSpread>()) {
                count += fragment(spread->name.value, m_aliases, &StaticMeasure::aliases);
            }
        }
        return count;
    }

private:
    template <typename T>
    T fragment(std::string_view name, std::map<std::string_view, std::optional<T>> &memo,
               T (StaticMeasure::*measure)(const SelectionSet *))
    {
        const auto found = memo.find(name);
        if (found != memo.end())
            return found->second.value_or(T{}); // empty optional: being measured (a cycle)
        memo.emplace(name, std::nullopt);
        const syntax::FragmentDefinition *definition = m_fragments.find(name);
        T value = definition ? (this->*measure)(definition->selectionSet) : T{};
        memo[name] = value;
        return value;
    }

    const FragmentIndex &m_fragments;
    std::map<std::string_view, std::optional<std::size_t>> m_depth;
    std::map<std::string_view, std::optional<OccurrenceCount>> m_rootFields;
    std::map<std::string_view, std::optional<OccurrenceCount>> m_aliases;
};

Error tooComplex(std::string message)
{
    return Error{ErrorCode::QueryTooComplex, std::move(message), {}, {}, {}};
}

// Field arguments of the operation and of every fragment it reaches (each fragment once).
class ArgumentCollector {
public:
    explicit ArgumentCollector(const FragmentIndex &fragments) : m_fragments(fragments) {}

    std::vector<const syntax::Argument *> collect(const SelectionSet *root)
    {
        // An explicit stack: the walk order does not matter, the result is sorted by offset.
        std::vector<const SelectionSet *> pending{root};
        while (!pending.empty()) {
            const SelectionSet *set = pending.back();
            pending.pop_back();
            if (!set)
                continue;
            for (const syntax::Selection *selection : set->selections) {
                if (const auto *field = selection->as<Field>()) {
                    for (const syntax::Argument &argument : field->arguments)
                        m_found.push_back(&argument);
                    pending.push_back(field->selectionSet);
                } else if (const auto *inlineFragment = selection->as<InlineFragment>()) {
                    pending.push_back(inlineFragment->selectionSet);
                } else if (const auto *spread = selection->as<FragmentSpread>()) {
                    if (!m_seen.insert(spread->name.value).second)
                        continue;
                    if (const syntax::FragmentDefinition *definition = m_fragments.find(spread->name.value))
                        pending.push_back(definition->selectionSet);
                }
            }
        }
        std::stable_sort(m_found.begin(), m_found.end(),
                         [](const syntax::Argument *a, const syntax::Argument *b) { return a->offset < b->offset; });
        return std::move(m_found);
    }

private:
    const FragmentIndex &m_fragments;
    std::set<std::string_view> m_seen;
    std::vector<const syntax::Argument *> m_found;
};

std::size_t jsonDepth(const values::JsonValue &value)
{
    if (!value.isArray() && !value.isObject())
        return 0;
    std::size_t deepest = 0;
    for (const values::JsonValue &child : value.items())
        deepest = std::max(deepest, jsonDepth(child));
    return 1 + deepest;
}

std::size_t literalDepth(const syntax::Value &value, const CoercedVariables &variables)
{
    switch (value.kind) {
    case syntax::ValueKind::Variable: {
        const values::JsonValue *substituted = variables.find(value.name.value);
        return substituted ? jsonDepth(*substituted) : 0;
    }
    case syntax::ValueKind::List: {
        std::size_t deepest = 0;
        for (const syntax::Value *item : value.items)
            deepest = std::max(deepest, literalDepth(*item, variables));
        return 1 + deepest;
    }
    case syntax::ValueKind::Object: {
        std::size_t deepest = 0;
        for (const syntax::ObjectField &field : value.fields)
            deepest = std::max(deepest, literalDepth(*field.value, variables));
        return 1 + deepest;
    }
    default:
        return 0;
    }
}

} // namespace

OccurrenceCount &OccurrenceCount::operator+=(const OccurrenceCount &other)
{
    std::uint64_t carry = 0;
    if (m_limbs.size() < other.m_limbs.size())
        m_limbs.resize(other.m_limbs.size(), 0);
    for (std::size_t i = 0; i < m_limbs.size(); ++i) {
        const std::uint64_t sum = carry + m_limbs[i] + (i < other.m_limbs.size() ? other.m_limbs[i] : 0);
        m_limbs[i] = static_cast<std::uint32_t>(sum % kLimbBase);
        carry = sum / kLimbBase;
    }
    if (carry)
        m_limbs.push_back(static_cast<std::uint32_t>(carry));
    return *this;
}

bool OccurrenceCount::exceeds(std::size_t limit) const
{
    std::size_t value = 0;
    for (std::size_t i = m_limbs.size(); i-- > 0;) {
        if (value > (SIZE_MAX - m_limbs[i]) / kLimbBase)
            return true;
        value = value * kLimbBase + m_limbs[i];
    }
    return value > limit;
}

std::string OccurrenceCount::text() const
{
    if (m_limbs.empty())
        return "0";
    std::string out = std::to_string(m_limbs.back());
    for (std::size_t i = m_limbs.size() - 1; i-- > 0;) {
        const std::string limb = std::to_string(m_limbs[i]);
        out.append(9 - limb.size(), '0');
        out += limb;
    }
    return out;
}

StaticMeasures measureStatic(const syntax::Document &document, const syntax::OperationDefinition &operation)
{
    const FragmentIndex fragments(document);
    StaticMeasure measure(fragments);
    StaticMeasures measures;
    measures.depth = measure.depth(operation.selectionSet);
    measures.rootFields = measure.rootFields(operation.selectionSet);
    measures.aliases = measure.aliases(operation.selectionSet);
    return measures;
}

std::optional<Error> checkStaticLimits(const StaticMeasures &measures, const ComplexityLimits &limits)
{
    if (measures.depth > limits.maxDepth)
        return tooComplex("Query depth " + std::to_string(measures.depth) + " exceeds the maximum depth of " +
                          std::to_string(limits.maxDepth) + ".");
    if (measures.rootFields.exceeds(limits.maxRootFields))
        return tooComplex("Operation has " + measures.rootFields.text() + " root fields; the maximum is " +
                          std::to_string(limits.maxRootFields) + ".");
    if (measures.aliases.exceeds(limits.maxAliases))
        return tooComplex("Operation uses " + measures.aliases.text() + " aliases; the maximum is " +
                          std::to_string(limits.maxAliases) + ".");
    return std::nullopt;
}

std::optional<Error> checkStaticLimits(const syntax::Document &document, const syntax::OperationDefinition &operation,
                                       const ComplexityLimits &limits)
{
    return checkStaticLimits(measureStatic(document, operation), limits);
}

std::vector<const syntax::Argument *> inputArguments(const syntax::Document &document,
                                                     const syntax::OperationDefinition &operation)
{
    const FragmentIndex fragments(document);
    return ArgumentCollector(fragments).collect(operation.selectionSet);
}

std::optional<Error> checkInputDepth(std::span<const syntax::Argument *const> arguments,
                                     const CoercedVariables &variables, const ComplexityLimits &limits)
{
    for (const syntax::Argument *argument : arguments) {
        const std::size_t depth = literalDepth(*argument->value, variables);
        if (depth > limits.maxInputDepth)
            return tooComplex("Input value nesting depth " + std::to_string(depth) + " exceeds the maximum of " +
                              std::to_string(limits.maxInputDepth) + ".");
    }
    return std::nullopt;
}

std::optional<Error> checkInputDepth(const syntax::Document &document, const syntax::OperationDefinition &operation,
                                     const CoercedVariables &variables, const ComplexityLimits &limits)
{
    return checkInputDepth(inputArguments(document, operation), variables, limits);
}

} // namespace graft::validate
