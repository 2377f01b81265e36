#pragma once

// The directive rules of CONTRACT §3.2: KnownDirectives (18) and UniqueDirectivesPerLocation (19).
// Both know the schema's directives and those the document defines (which win on a name clash).

#include "validate/rule.h"

#include <map>
#include <string_view>
#include <utility>
#include <vector>

namespace graft::validate {

/// Rule 18: an unknown directive, or a directive used where its locations do not allow it.
class KnownDirectivesRule : public Rule {
public:
    using Rule::Rule;
    HookSet hooks() const override { return hookBit(Hook::EnterDirective); }
    Action enterDirective(const syntax::Directive &directive, std::optional<schema::DirectiveLocation> location) override;
};

/// Rule 19: a non-repeatable directive applied twice to one node (or to one type across its
/// definition and extensions, or to the schema across its definition and extensions).
class UniqueDirectivesPerLocationRule : public Rule {
public:
    using Rule::Rule;
    HookSet hooks() const override
    {
        return hookBit(Hook::EnterOperation) | hookBit(Hook::EnterVariableDefinition) | hookBit(Hook::EnterField) |
               hookBit(Hook::EnterFragmentSpread) | hookBit(Hook::EnterInlineFragment) |
               hookBit(Hook::EnterFragmentDefinition) | hookBit(Hook::EnterTypeSystemNode);
    }
    Action enterOperation(const syntax::OperationDefinition &node) override { return check(node.directives); }
    Action enterVariableDefinition(const syntax::VariableDefinition &node) override { return check(node.directives); }
    Action enterField(const syntax::Field &node) override { return check(node.directives); }
    Action enterFragmentSpread(const syntax::FragmentSpread &node) override { return check(node.directives); }
    Action enterInlineFragment(const syntax::InlineFragment &node) override { return check(node.directives); }
    Action enterFragmentDefinition(const syntax::FragmentDefinition &node) override { return check(node.directives); }
    Action enterTypeSystemNode(const SdlNode &node) override;

private:
    using Seen = std::vector<std::pair<std::string_view, std::uint32_t>>; // name → first directive's offset

    Action check(const syntax::NodeList<syntax::Directive> &directives);
    void check(const syntax::NodeList<syntax::Directive> &directives, Seen &seen);
    bool unique(std::string_view name) const;

    Seen m_schemaDirectives;
    std::map<std::string_view, Seen> m_typeDirectives;
};

} // namespace graft::validate
