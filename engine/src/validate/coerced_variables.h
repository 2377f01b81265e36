#pragma once

#include "values/json_value.h"

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace graft::validate {

/// The selected operation's variables after coercion (CONTRACT §4.2): for each defined variable
/// that has a value, the value as the variables JSON gives it (member order kept, explicit `null`
/// kept) or, when the JSON lacks it, its default literal converted (literal_values.h). Coercion only
/// decides acceptance: values are not rewritten (an ID given as a number stays a number, a single
/// value for a list stays single); the SQL builder reads them with their position types.
class CoercedVariables {
public:
    /// Records the value of variable `name` (without `$`); a name is recorded once.
    void set(std::string name, values::JsonValue value)
    {
        const bool inserted = m_values.insert_or_assign(name, std::move(value)).second;
        if (inserted)
            m_names.push_back(std::move(name));
    }

    /// The value of variable `name`, or nullptr when it has none (absent and no default).
    const values::JsonValue *find(std::string_view name) const
    {
        const auto it = m_values.find(name);
        return it == m_values.end() ? nullptr : &it->second;
    }

    /// True when no variable has a value (graphql-core's falsy `variable_values`).
    bool empty() const { return m_values.empty(); }
    /// Number of variables with a value.
    std::size_t size() const { return m_values.size(); }
    /// The names with a value, in the order they were recorded (variable definition order).
    const std::vector<std::string> &names() const { return m_names; }

private:
    std::map<std::string, values::JsonValue, std::less<>> m_values;
    std::vector<std::string> m_names;
};

} // namespace graft::validate
