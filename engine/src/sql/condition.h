#pragma once

// A rendered where condition (CONTRACT §5.4) before its parameters are numbered.

#include <cstdint>
#include <string>
#include <vector>

namespace graft::sql {

/// Stands for `$n` in a condition's text until the statement numbers its parameters; schema
/// identifiers and keys never contain it (§1.2).
inline constexpr char kPlaceholder = '\x01';

/// TRUE (no text) or a condition text; `(FALSE)` is a text. `steps` are the bind steps whose
/// parameters the text holds, in the order of their placeholders.
struct Condition {
    bool isTrue = true;
    std::string text;
    std::vector<std::uint32_t> steps;

    /// The TRUE condition.
    static Condition makeTrue() { return {}; }
    /// The condition `(FALSE)`.
    static Condition makeFalse() { return {false, "(FALSE)", {}}; }
    /// A condition text holding the parameters of `steps`.
    static Condition makeText(std::string text, std::vector<std::uint32_t> steps)
    {
        return {false, std::move(text), std::move(steps)};
    }
};

/// AND-group: TRUE items dropped; none left → TRUE; one → that item; else `(` a ` AND ` b … `)`.
Condition andGroup(std::vector<Condition> items);

/// OR of a list: `[]` → FALSE; any TRUE → TRUE; one → that item; else `(` a ` OR ` b … `)`.
Condition orGroup(std::vector<Condition> items);

/// NOT: TRUE → FALSE; else `(NOT ` c `)`.
Condition notOf(Condition inner);

} // namespace graft::sql
