#pragma once

#include "values/json_value.h"

#include <cstddef>
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
    /// Records the value of variable `name` (without `$`); a name is recorded once (a later value replaces it).
    void set(std::string name, values::JsonValue value)
    {
        for (Entry &entry : m_entries) {
            if (entry.first == name) {
                entry.second = std::move(value);
                return;
            }
        }
        m_entries.emplace_back(std::move(name), std::move(value));
    }

    /// Room for `count` variables.
    void reserve(std::size_t count) { m_entries.reserve(count); }

    /// The value of variable `name`, or nullptr when it has none (absent and no default).
    const values::JsonValue *find(std::string_view name) const
    {
        // An operation has few variables: a scan beats any index.
        for (const Entry &entry : m_entries) {
            if (entry.first == name)
                return &entry.second;
        }
        return nullptr;
    }

    /// True when no variable has a value (graphql-core's falsy `variable_values`).
    bool empty() const { return m_entries.empty(); }
    /// Number of variables with a value.
    std::size_t size() const { return m_entries.size(); }
    /// The names with a value, in the order they were recorded (variable definition order).
    std::vector<std::string_view> names() const
    {
        std::vector<std::string_view> out;
        out.reserve(m_entries.size());
        for (const Entry &entry : m_entries)
            out.push_back(entry.first);
        return out;
    }

private:
    using Entry = std::pair<std::string, values::JsonValue>;
    std::vector<Entry> m_entries; // in recording order
};

} // namespace graft::validate
