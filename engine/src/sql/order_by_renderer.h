#pragma once

// ORDER BY of CONTRACT §5.6: one key per orderBy element (a single object is a one-element list),
// the one-entry rule with its message, the direction table and the `id` tiebreaker.

#include "schema/type_system.h"
#include "values/json_value.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace graft::sql {

/// The ORDER BY keys of a list query, or the orderBy rule's failure message.
struct OrderBy {
    std::vector<std::string> keys;      ///< `⟨expr⟩ ⟨dir⟩`, the tiebreaker included; empty: no ORDER BY
    std::optional<std::string> failure; ///< `Invalid orderBy element at index ⟨i⟩: …`
};

/// The ORDER BY of `orderBy` (a non-null value of type `[XOrderByInput!]`) on `viewType`.
OrderBy renderOrderBy(const schema::NamedType &viewType, std::string_view jsonb, const values::JsonValue &orderBy);

/// The SQL of an OrderDirection value (`ASC` → `ASC NULLS LAST`, …); empty for an unknown name.
std::string_view orderDirectionSql(std::string_view direction);

} // namespace graft::sql
