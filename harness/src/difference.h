#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace graft::harness {

/// The kinds of CONTRACT §10.3, plus `cache` for the plan-cache invariant of §9.
enum class DiffKind { Missing, Extra, Type, Value, Length, Multiset, KeyOrder, Serialization, Sql, Params, Cache };

/// One difference between the two sides (or between two runs of one side).
struct Difference {
    DiffKind kind = DiffKind::Value;
    std::string pointer;  ///< RFC 6901 pointer into the §10.2 report: /sql/0, /params/0/1/text, /data/users/3/firstName
    std::string legacy;   ///< the legacy side's value as compact JSON (or text), empty when absent
    std::string native;   ///< the native side's value, likewise
    std::string detail;   ///< a short qualifier: "whitespace-only", "3 unmatched elements", …
    bool noise = false;   ///< the pointer also differed between two runs of one side
};

/// The kind's name as in the contract: missing, extra, type, …, key-order.
const char* diffKindName(DiffKind kind);

/// The kind named `name`, if any.
std::optional<DiffKind> diffKindFromName(std::string_view name);

} // namespace graft::harness
