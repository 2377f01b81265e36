#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace graft::schema {

/// The fourteen scalars of CONTRACT §1.3 (declared once in scalars.def).
enum class ScalarId : std::uint8_t {
#define GRAFT_SCALAR(id, name, kind, cast, column, builtIn) id,
#include "schema/scalars.def"
#undef GRAFT_SCALAR
};

/// Number of scalars (14).
inline constexpr std::size_t kScalarCount = 0
#define GRAFT_SCALAR(id, name, kind, cast, column, builtIn) +1
#include "schema/scalars.def"
#undef GRAFT_SCALAR
    ;

/// A scalar's kind (§1.3 "kind" column); decides the path expression of §5.2.
enum class ScalarKind : std::uint8_t { Text, Numeric, Boolean, Uuid, Date, Timestamptz, Inet, Macaddr, Ltree, Daterange, Jsonb };

/// One row of §1.3: name, kind, JSONB path cast (empty = none), column parameter type.
struct ScalarInfo {
    ScalarId id;
    std::string_view name;
    ScalarKind kind;
    std::string_view pathCast;
    std::string_view columnType;
    bool builtIn; ///< one of graphql-core's five specified scalars
};

/// The §1.3 row of `id`.
const ScalarInfo &scalarInfo(ScalarId id);

/// All fourteen rows, built-in scalars first.
const std::array<ScalarInfo, kScalarCount> &allScalars();

/// The scalar named `name`, if it is one of the fourteen.
std::optional<ScalarId> scalarByName(std::string_view name);

/// The SQL type `t` of §5.2 for a field of this scalar: the column parameter type for a
/// `@column` field, else `text` for kind text, the path cast for the other casts, `jsonb` for JSON.
std::string_view fieldParameterType(ScalarId id, bool column);

} // namespace graft::schema
