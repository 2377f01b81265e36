#pragma once

// Parameter texts of CONTRACT §5.3 (param text column) and §4.5, with the value checks of §5.3.

#include "schema/scalars.h"
#include "sql/operators.h"
#include "values/json_value.h"

#include <cstdint>
#include <string>

namespace graft::sql {

/// Why a value cannot become (part of) a parameter.
enum class ValueProblem : std::uint8_t {
    None,
    ContainsNul, ///< `text must not contain U+0000.`
    NonFinite,   ///< `Float value must be finite.`
    NotCidr,     ///< `expected a network in CIDR notation.`
    Invalid,     ///< the scalar does not accept the value (coercion lets none through)
};

/// The outcome of making a text; `item` is the failing list item's index, -1 for the value itself.
struct TextOutcome {
    ValueProblem problem = ValueProblem::None;
    int item = -1;
};

/// The reason text of a problem, e.g. `text must not contain U+0000.`.
std::string_view problemReason(ValueProblem problem);

/// Appends the §1.3 parameter text of `value` for `scalar`. JSON: its JSON text (§4.5), U+0000 in
/// any string or member name a problem; number tokens of literals are written as they are.
ValueProblem appendValueText(std::string &out, schema::ScalarId scalar, const values::JsonValue &value);

/// Appends an operator parameter's text per `transform` for a value of (item) scalar `scalar`.
/// A single value given for a list counts as a one-item list (its problems carry no index).
TextOutcome appendOperatorText(std::string &out, ParamText transform, schema::ScalarId scalar,
                               const values::JsonValue &value);

} // namespace graft::sql
