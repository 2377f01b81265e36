#pragma once

// The variable rules of CONTRACT §3.2: VariablesAreInputTypes (7), UniqueVariableNames (15),
// NoUndefinedVariables (16), NoUnusedVariables (17), VariablesInAllowedPosition (24).

#include "validate/rule.h"

#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace graft::validate {

/// Rule 7: a variable declared with an object type.
class VariablesAreInputTypesRule : public Rule {
public:
    using Rule::Rule;
    HookSet hooks() const override { return hookBit(Hook::EnterVariableDefinition); }
    Action enterVariableDefinition(const syntax::VariableDefinition &definition) override;
};

/// Rule 15: a variable declared twice in one operation.
class UniqueVariableNamesRule : public Rule {
public:
    using Rule::Rule;
    HookSet hooks() const override { return hookBit(Hook::EnterOperation); }
    Action enterOperation(const syntax::OperationDefinition &operation) override;
};

/// Rule 16: a variable used by an operation (or the fragments it reaches) that it does not declare.
class NoUndefinedVariablesRule : public Rule {
public:
    using Rule::Rule;
    HookSet hooks() const override
    {
        return hookBit(Hook::EnterOperation) | hookBit(Hook::LeaveOperation) | hookBit(Hook::EnterVariableDefinition);
    }
    Action enterOperation(const syntax::OperationDefinition &operation) override;
    void leaveOperation(const syntax::OperationDefinition &operation) override;
    Action enterVariableDefinition(const syntax::VariableDefinition &definition) override;

private:
    std::unordered_set<std::string_view> m_defined;
};

/// Rule 17: a declared variable the operation and its fragments never use.
class NoUnusedVariablesRule : public Rule {
public:
    using Rule::Rule;
    HookSet hooks() const override
    {
        return hookBit(Hook::EnterOperation) | hookBit(Hook::LeaveOperation) | hookBit(Hook::EnterVariableDefinition);
    }
    Action enterOperation(const syntax::OperationDefinition &operation) override;
    void leaveOperation(const syntax::OperationDefinition &operation) override;
    Action enterVariableDefinition(const syntax::VariableDefinition &definition) override;

private:
    std::vector<const syntax::VariableDefinition *> m_definitions;
};

/// Rule 24: a variable whose declared type does not fit the type expected where it is used.
class VariablesInAllowedPositionRule : public Rule {
public:
    using Rule::Rule;
    HookSet hooks() const override
    {
        return hookBit(Hook::EnterOperation) | hookBit(Hook::LeaveOperation) | hookBit(Hook::EnterVariableDefinition);
    }
    Action enterOperation(const syntax::OperationDefinition &operation) override;
    void leaveOperation(const syntax::OperationDefinition &operation) override;
    Action enterVariableDefinition(const syntax::VariableDefinition &definition) override;

private:
    std::vector<const syntax::VariableDefinition *> m_definitions; // the last of a name wins
};

} // namespace graft::validate
