#pragma once

// The one operator table (CONTRACT §5.3; DESIGN §10 "Operator tables written twice"): every
// filter operator is declared once in operators.def with its GraphQL name, the filter types it
// belongs to, its input type, its SQL atom and its parameter. Schema generation builds the §1.6
// filter types from it, validation and the SQL builder read the same rows.

#include "schema/scalars.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace graft::sql {

/// Identity of one operator row.
enum class OperatorId : std::uint8_t {
#define GRAFT_OPERATOR(id, name, families, shape, atom, atomWhenFalse, paramType, paramText) id,
#include "sql/operators.def"
#undef GRAFT_OPERATOR
};

/// Number of operator rows.
inline constexpr std::size_t kOperatorCount = 0
#define GRAFT_OPERATOR(id, name, families, shape, atom, atomWhenFalse, paramType, paramText) +1
#include "sql/operators.def"
#undef GRAFT_OPERATOR
    ;

/// A filter type family: one per scalar S (the filter type `SFilter`, same order as ScalarId),
/// plus `ScalarList` for every `SListFilter`.
enum class FilterFamily : std::uint8_t {
    ID, String, Int, Float, Boolean, Decimal, UUID, Date, DateTime, IpAddress, MacAddress, LTree, DateRange, JSON,
    ScalarList,
};

/// A set of FilterFamily values.
using FilterFamilies = std::uint32_t;

/// The bit of one family.
constexpr FilterFamilies familyBit(FilterFamily family)
{
    return FilterFamilies(1) << static_cast<unsigned>(family);
}

/// The family of the filter type `SFilter` for a non-list field of scalar `scalar`.
constexpr FilterFamily scalarFamily(schema::ScalarId scalar)
{
    return static_cast<FilterFamily>(static_cast<std::uint8_t>(scalar));
}

inline constexpr FilterFamilies kListFilter = familyBit(FilterFamily::ScalarList);
inline constexpr FilterFamilies kAllScalarFilters = familyBit(FilterFamily::ScalarList) - 1;
inline constexpr FilterFamilies kEveryFilter = kAllScalarFilters | kListFilter;
inline constexpr FilterFamilies kOrderedFilters = familyBit(FilterFamily::String) | familyBit(FilterFamily::Int)
    | familyBit(FilterFamily::Float) | familyBit(FilterFamily::Decimal) | familyBit(FilterFamily::Date)
    | familyBit(FilterFamily::DateTime);
inline constexpr FilterFamilies kSetFilters
    = kAllScalarFilters & ~(familyBit(FilterFamily::Boolean) | familyBit(FilterFamily::JSON));
inline constexpr FilterFamilies kStringFilter = familyBit(FilterFamily::String);
inline constexpr FilterFamilies kIpAddressFilter = familyBit(FilterFamily::IpAddress);
inline constexpr FilterFamilies kLTreeFilter = familyBit(FilterFamily::LTree);
inline constexpr FilterFamilies kDateRangeFilter = familyBit(FilterFamily::DateRange);
inline constexpr FilterFamilies kJsonFilter = familyBit(FilterFamily::JSON);

/// The GraphQL input type of an operator's value. `Scalar` is the filtered scalar S (for a list
/// filter: the item scalar); `ScalarList` is `[S!]`; the others name a fixed type.
enum class InputShape : std::uint8_t { Scalar, ScalarList, Boolean, Int, String, Date, DateRange, LTree, Json, StringList };

/// The SQL type after the parameter placeholder; `FieldType` is the field's t of §5.2.
enum class ParamType : std::uint8_t {
    None, FieldType, FieldTypeArray, Text, TextArray, Inet, InetArray, Lquery, Integer, Jsonb, JsonbArray, Date, Daterange, Ltree,
};

/// How the parameter text is made from the operator's value (§5.3 "param text", §4.5).
enum class ParamText : std::uint8_t {
    None,            ///< no parameter
    ValueText,       ///< the value's §1.3 parameter text (JSON text for JSON, digits for Int, v for String)
    ArrayLiteral,    ///< A(texts) of the list items' §1.3 texts
    LikeContains,    ///< `%` + esc(v) + `%`
    LikeStartsWith,  ///< esc(v) + `%`
    LikeEndsWith,    ///< `%` + esc(v)
    Network,         ///< v, which must be an IpAddress + `/` + prefix (else BAD_USER_INPUT)
    PrivateNetworks, ///< the constant PRIVATE array literal
    JsonList,        ///< `[` e(v₁) `,` … `]`
    JsonListEach,    ///< A(`[`e(v₁)`]`, `[`e(v₂)`]`, …)
    JsonSingleton,   ///< `[` e(v) `]`
};

/// One row of the operator table.
struct Operator {
    OperatorId id;
    std::string_view name;          ///< the GraphQL input field name
    FilterFamilies families;        ///< the filter types that have this input field
    InputShape input;               ///< the input field's type
    std::string_view atom;          ///< SQL template (see operators.def); for flags: the `true` form
    std::string_view atomWhenFalse; ///< flags: the `false` form; empty when the value is a parameter
    ParamType paramType;
    ParamText paramText;

    /// True when the value is a Boolean flag choosing between two atoms (isnull, isPrivate, …).
    bool isFlag() const { return !atomWhenFalse.empty(); }
    /// True when the filter type of `family` has this operator.
    bool belongsTo(FilterFamily family) const { return (families & familyBit(family)) != 0; }
};

/// Every row, in table order.
const std::array<Operator, kOperatorCount> &allOperators();

/// The row of `id`.
const Operator &operatorInfo(OperatorId id);

/// The rows of a family's filter type, in the filter type's field order (§1.6).
std::vector<const Operator *> operatorsOf(FilterFamily family);

/// The operator `name` of a family's filter type, or nullptr.
const Operator *findOperator(FilterFamily family, std::string_view name);

/// The SQL type name of a parameter type; `fieldType` is the field's t (§5.2) for FieldType(Array).
/// Empty for ParamType::None.
std::string paramTypeName(ParamType type, std::string_view fieldType);

/// The texts that replace the placeholders of an atom template.
struct AtomOperands {
    std::string_view typed;     ///< {P}
    std::string_view json;      ///< {J} (also used to build {G})
    std::string_view nullTest;  ///< {X}
    std::string_view parameter; ///< {p}, e.g. `$3::numeric`
};

/// The atom template with its placeholders replaced.
std::string expandAtom(std::string_view atomTemplate, const AtomOperands &operands);

/// PRIVATE of §4.5: the private, loopback and link-local networks as an array literal.
inline constexpr std::string_view kPrivateNetworks
    = R"({"10.0.0.0/8","172.16.0.0/12","192.168.0.0/16","127.0.0.0/8","169.254.0.0/16","fc00::/7","fe80::/10","::1/128"})";

/// Markdown documentation of the table (one section per filter type), generated from the rows.
std::string operatorsMarkdown();

} // namespace graft::sql
