#pragma once

// The path expressions of CONTRACT §5.2 for one field of a view or embedded type.

#include "schema/type_system.h"

#include <span>
#include <string>
#include <string_view>

namespace graft::sql {

/// The expressions of §5.2: typed P, JSON J, null test X and the parameter type t.
struct PathExpression {
    std::string typed;    ///< P
    std::string json;     ///< J
    std::string nullTest; ///< X
    std::string type;     ///< t
};

/// The §5.2 expressions of `field` (a scalar or list-of-scalar field) reached through embedded
/// fields with document keys `prefix` in the document column `jsonb`: `"c"` for a `@column` field,
/// else paths over `"jsonb"->'e1'->…`.
PathExpression pathExpression(const schema::FieldDefinition &field, std::string_view jsonb,
                              std::span<const std::string_view> prefix);

/// Appends `"name"` (identifiers match `[A-Za-z_][A-Za-z0-9_]*`, §1.2, so nothing needs escaping).
void appendIdentifier(std::string &out, std::string_view name);

} // namespace graft::sql
