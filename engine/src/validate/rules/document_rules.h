#pragma once

// Rules 1-3 of CONTRACT §3.2: ExecutableDefinitions, UniqueOperationNames, LoneAnonymousOperation.
// (Rule 4, SingleFieldSubscriptions, applies only to a schema with a subscription type; Graft's
// schema has none, so it never reports and is not run.)

#include "validate/rule.h"

#include <map>
#include <string_view>

namespace graft::validate {

/// Rule 1: every type-system definition or extension is reported, at the document's entry.
class ExecutableDefinitionsRule : public Rule {
public:
    using Rule::Rule;
    HookSet hooks() const override { return hookBit(Hook::EnterDocument); }
    Action enterDocument(const syntax::Document &document) override;
};

/// Rule 2: a later operation reusing an earlier operation's name.
class UniqueOperationNamesRule : public Rule {
public:
    using Rule::Rule;
    HookSet hooks() const override { return hookBit(Hook::EnterOperation); }
    Action enterOperation(const syntax::OperationDefinition &operation) override;

private:
    std::map<std::string_view, std::uint32_t> m_known; // name → offset of its first use
};

/// Rule 3: an anonymous operation in a document with two or more operations.
class LoneAnonymousOperationRule : public Rule {
public:
    using Rule::Rule;
    HookSet hooks() const override { return hookBit(Hook::EnterDocument) | hookBit(Hook::EnterOperation); }
    Action enterDocument(const syntax::Document &document) override;
    Action enterOperation(const syntax::OperationDefinition &operation) override;

private:
    std::size_t m_operationCount = 0;
};

} // namespace graft::validate
