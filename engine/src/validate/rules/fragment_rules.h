#pragma once

// The fragment rules of CONTRACT §3.2: FragmentsOnCompositeTypes (6), UniqueFragmentNames (10),
// KnownFragmentNames (11), NoUnusedFragments (12), PossibleFragmentSpreads (13), NoFragmentCycles (14).

#include "validate/rule.h"

#include <map>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace graft::validate {

/// Rule 6: a fragment whose type condition names a scalar, enum or input type.
class FragmentsOnCompositeTypesRule : public Rule {
public:
    using Rule::Rule;
    HookSet hooks() const override { return hookBit(Hook::EnterInlineFragment) | hookBit(Hook::EnterFragmentDefinition); }
    Action enterInlineFragment(const syntax::InlineFragment &fragment) override;
    Action enterFragmentDefinition(const syntax::FragmentDefinition &fragment) override;
};

/// Rule 10: a later fragment definition reusing an earlier one's name.
class UniqueFragmentNamesRule : public Rule {
public:
    using Rule::Rule;
    HookSet hooks() const override { return hookBit(Hook::EnterOperation) | hookBit(Hook::EnterFragmentDefinition); }
    Action enterOperation(const syntax::OperationDefinition &) override { return Action::Skip; }
    Action enterFragmentDefinition(const syntax::FragmentDefinition &fragment) override;

private:
    std::map<std::string_view, std::uint32_t> m_known; // name → offset of its first definition's name
};

/// Rule 11: a spread of a fragment the document does not define.
class KnownFragmentNamesRule : public Rule {
public:
    using Rule::Rule;
    HookSet hooks() const override { return hookBit(Hook::EnterFragmentSpread); }
    Action enterFragmentSpread(const syntax::FragmentSpread &spread) override;
};

/// Rule 12: fragment definitions no operation reaches, reported when the document is left.
class NoUnusedFragmentsRule : public Rule {
public:
    using Rule::Rule;
    HookSet hooks() const override
    {
        return hookBit(Hook::EnterOperation) | hookBit(Hook::EnterFragmentDefinition) | hookBit(Hook::LeaveDocument);
    }
    Action enterOperation(const syntax::OperationDefinition &operation) override;
    Action enterFragmentDefinition(const syntax::FragmentDefinition &fragment) override;
    void leaveDocument(const syntax::Document &document) override;

private:
    std::vector<const syntax::OperationDefinition *> m_operations;
    std::vector<const syntax::FragmentDefinition *> m_fragments;
};

/// Rule 13: a spread or inline fragment whose object type differs from the enclosing object type.
class PossibleFragmentSpreadsRule : public Rule {
public:
    using Rule::Rule;
    HookSet hooks() const override { return hookBit(Hook::EnterInlineFragment) | hookBit(Hook::EnterFragmentSpread); }
    Action enterInlineFragment(const syntax::InlineFragment &fragment) override;
    Action enterFragmentSpread(const syntax::FragmentSpread &spread) override;
};

/// Rule 14: spreads that lead a fragment back to itself, found by a depth-first walk per fragment.
class NoFragmentCyclesRule : public Rule {
public:
    using Rule::Rule;
    HookSet hooks() const override { return hookBit(Hook::EnterOperation) | hookBit(Hook::EnterFragmentDefinition); }
    Action enterOperation(const syntax::OperationDefinition &) override { return Action::Skip; }
    Action enterFragmentDefinition(const syntax::FragmentDefinition &fragment) override;

private:
    void detectCycles(const syntax::FragmentDefinition &fragment);

    std::unordered_set<std::string_view> m_visited;
    std::vector<const syntax::FragmentSpread *> m_spreadPath;
    std::unordered_map<std::string_view, std::size_t> m_pathIndex;
};

} // namespace graft::validate
