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

using syntax::Field;
using syntax::FragmentSpread;
using syntax::InlineFragment;
using syntax::SelectionSet;

// A non-negative count of any size: fragments spread repeatedly multiply field occurrences, so
// root-field and alias counts can outgrow 64 bits; the messages print them exactly, as Python does.
class Count {
public:
    Count() = default;
    explicit Count(std::uint32_t value)
    {
        if (value)
            m_limbs.push_back(value);
    }

    Count &operator+=(const Count &other)
    {
        std::uint64_t carry = 0;
        if (m_limbs.size() < other.m_limbs.size())
            m_limbs.resize(other.m_limbs.size(), 0);
        for (std::size_t i = 0; i < m_limbs.size(); ++i) {
            const std::uint64_t sum = carry + m_limbs[i] + (i < other.m_limbs.size() ? other.m_limbs[i] : 0);
            m_limbs[i] = static_cast<std::uint32_t>(sum % kBase);
            carry = sum / kBase;
        }
        if (carry)
            m_limbs.push_back(static_cast<std::uint32_t>(carry));
        return *this;
    }

    bool exceeds(std::size_t limit) const
    {
        std::size_t value = 0;
        for (std::size_t i = m_limbs.size(); i-- > 0;) {
            if (value > (SIZE_MAX - m_limbs[i]) / kBase)
                return true;
            value = value * kBase + m_limbs[i];
        }
        return value > limit;
    }

    std::string text() const
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

private:
    static constexpr std::uint64_t kBase = 1000000000; // decimal limbs, least significant first
    std::vector<std::uint32_t> m_limbs;
};

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

    Count rootFields(const SelectionSet *set)
    {
        Count count;
        if (!set)
            return count;
        for (const syntax::Selection *selection : set->selections) {
            if (selection->as<Field>())
                count += Count(1);
            else if (const auto *inlineFragment = selection->as<InlineFragment>())
                count += rootFields(inlineFragment->selectionSet);
            else if (const auto *spread = selection->as<FragmentSpread>())
                count += fragment(spread->name.value, m_rootFields, &StaticMeasure::rootFields);
        }
        return count;
    }

    Count aliases(const SelectionSet *set)
    {
        Count count;
        if (!set)
            return count;
        for (const syntax::Selection *selection : set->selections) {
            if (const auto *field = selection->as<Field>()) {
                if (field->alias.present())
                    count += Count(1);
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
    std::map<std::string_view, std::optional<Count>> m_rootFields;
    std::map<std::string_view, std::optional<Count>> m_aliases;
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

std::optional<Error> checkStaticLimits(const syntax::Document &document, const syntax::OperationDefinition &operation,
                                       const ComplexityLimits &limits)
{
    const FragmentIndex fragments(document);
    StaticMeasure measure(fragments);
    const std::size_t depth = measure.depth(operation.selectionSet);
    if (depth > limits.maxDepth)
        return tooComplex("Query depth " + std::to_string(depth) + " exceeds the maximum depth of " +
                          std::to_string(limits.maxDepth) + ".");
    const Count rootFields = measure.rootFields(operation.selectionSet);
    if (rootFields.exceeds(limits.maxRootFields))
        return tooComplex("Operation has " + rootFields.text() + " root fields; the maximum is " +
                          std::to_string(limits.maxRootFields) + ".");
    const Count aliases = measure.aliases(operation.selectionSet);
    if (aliases.exceeds(limits.maxAliases))
        return tooComplex("Operation uses " + aliases.text() + " aliases; the maximum is " +
                          std::to_string(limits.maxAliases) + ".");
    return std::nullopt;
}

std::optional<Error> checkInputDepth(const syntax::Document &document, const syntax::OperationDefinition &operation,
                                     const CoercedVariables &variables, const ComplexityLimits &limits)
{
    const FragmentIndex fragments(document);
    for (const syntax::Argument *argument : ArgumentCollector(fragments).collect(operation.selectionSet)) {
        const std::size_t depth = literalDepth(*argument->value, variables);
        if (depth > limits.maxInputDepth)
            return tooComplex("Input value nesting depth " + std::to_string(depth) + " exceeds the maximum of " +
                              std::to_string(limits.maxInputDepth) + ".");
    }
    return std::nullopt;
}

} // namespace graft::validate
