#pragma once

#include "difference.h"
#include "side_report.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace graft::harness {

/// The SQL and params layers of CONTRACT §10.3, plus the reading of statements the other layers need.
class SqlCompare {
public:
    /// `sql` differences: statement count, then each statement byte for byte (detail
    /// "whitespace-only" when the texts agree once whitespace runs are collapsed).
    static std::vector<Difference> compareStatements(const std::vector<std::string>& legacy,
                                                     const std::vector<std::string>& native);

    /// `params` differences: per statement the list length, then each type and text.
    static std::vector<Difference> compareParams(const std::vector<std::vector<Param>>& legacy,
                                                 const std::vector<std::vector<Param>>& native);

    /// Whitespace runs collapsed to one space, leading and trailing whitespace dropped (outside quotes too).
    static std::string normaliseWhitespace(std::string_view sql);

    /// True when the statement has an ORDER BY clause (outside quoted identifiers and literals).
    static bool hasOrderBy(std::string_view sql);

    /// True when the statement reads like a §5.8 lookup: a WHERE, no ORDER BY, LIMIT or OFFSET.
    static bool looksLikeLookup(std::string_view sql);

    /// The operator governing byte `offset`: the SQL operator of the innermost condition holding it
    /// ("LIKE", "= ANY", "@>", "jsonb_exists", "IS NULL"), else the clause ("ORDER BY", "LIMIT", "FROM").
    static std::string operatorAt(std::string_view sql, std::size_t offset);

    /// The operator applied to parameter `$number` (1-based), as operatorAt; empty when absent.
    static std::string operatorOfParam(std::string_view sql, std::size_t number);

    /// The relation read by the statement, as written after FROM ("public"."v_user" → public.v_user).
    static std::string relationOf(std::string_view sql);

    /// Length of the common prefix of two texts.
    static std::size_t commonPrefix(std::string_view a, std::string_view b);
};

} // namespace graft::harness
