#pragma once

// Rule 22 of CONTRACT §3.2: ValuesOfCorrectType ("Literal values").

#include "validate/rule.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace graft::validate {

/// Rule 22: literals that do not fit the input type expected where they are written.
class ValuesOfCorrectTypeRule : public Rule {
public:
    using Rule::Rule;
    HookSet hooks() const override
    {
        return hookBit(Hook::EnterListValue) | hookBit(Hook::EnterObjectValue) | hookBit(Hook::EnterObjectField) |
               hookBit(Hook::EnterNullValue) | hookBit(Hook::EnterLeafValue);
    }
    /// A list where no list is expected is checked whole, and not looked into.
    Action enterListValue(const syntax::Value &node) override;
    /// An object where no input object is expected is checked whole, and not looked into.
    Action enterObjectValue(const syntax::Value &node) override;
    Action enterObjectField(const syntax::ObjectField &field) override;
    Action enterNullValue(const syntax::Value &node) override;
    Action enterLeafValue(const syntax::Value &node) override;

private:
    /// graphql-core is_valid_value_node: the literal against the expected named type.
    void checkLiteral(const syntax::Value &node);
    void checkEnumLiteral(const schema::NamedType &enumType, const syntax::Value &node);
};

/// Rule 26: two fields with the same name in one object literal.
class UniqueInputFieldNamesRule : public Rule {
public:
    explicit UniqueInputFieldNamesRule(ValidationContext &context);
    HookSet hooks() const override
    {
        return hookBit(Hook::EnterObjectValue) | hookBit(Hook::LeaveObjectValue) | hookBit(Hook::EnterObjectField);
    }
    Action enterObjectValue(const syntax::Value &node) override;
    void leaveObjectValue(const syntax::Value &node) override;
    Action enterObjectField(const syntax::ObjectField &field) override;

private:
    struct Known {
        std::string_view name;
        std::uint32_t offset;
    };
    std::vector<Known> m_known;          // the names of all open object literals, innermost last
    std::vector<std::size_t> m_starts;   // where each open object literal's names begin
};

} // namespace graft::validate
