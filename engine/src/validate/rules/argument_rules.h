#pragma once

// The argument rules of CONTRACT §3.2: KnownArgumentNames (20, with its directive part),
// UniqueArgumentNames (21), ProvidedRequiredArguments (23, with its directive part).

#include "validate/rule.h"

namespace graft::validate {

/// Rule 20: an argument the field or directive does not define.
class KnownArgumentNamesRule : public Rule {
public:
    using Rule::Rule;
    HookSet hooks() const override { return hookBit(Hook::EnterDirective) | hookBit(Hook::EnterArgument); }
    /// Checks the directive's arguments and returns Skip: this rule's argument hook never sees them.
    Action enterDirective(const syntax::Directive &directive, std::optional<schema::DirectiveLocation>) override;
    Action enterArgument(const syntax::Argument &argument, const syntax::Field *field) override;
};

/// Rule 21: two arguments of one field or directive with the same name.
class UniqueArgumentNamesRule : public Rule {
public:
    using Rule::Rule;
    HookSet hooks() const override { return hookBit(Hook::EnterField) | hookBit(Hook::EnterDirective); }
    Action enterField(const syntax::Field &field) override;
    Action enterDirective(const syntax::Directive &directive, std::optional<schema::DirectiveLocation>) override;

private:
    void check(const syntax::NodeList<syntax::Argument> &arguments);
};

/// Rule 23: a required argument (non-null, no default) missing from a field or directive.
class ProvidedRequiredArgumentsRule : public Rule {
public:
    using Rule::Rule;
    HookSet hooks() const override { return hookBit(Hook::LeaveField) | hookBit(Hook::LeaveDirective); }
    void leaveField(const syntax::Field &field) override;
    void leaveDirective(const syntax::Directive &directive) override;
};

} // namespace graft::validate
