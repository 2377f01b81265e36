"""The filter operators of CONTRACT §1.6 and §5.3 — each declared exactly once.

A row names the GraphQL operator, the filter families that expose it (a scalar name, or LIST for
`SListFilter`), the type of its input field, the SQL atom and how its value becomes a parameter.
The generated filter input types list, for each family, the rows that include it in table order;
the SQL builder looks rows up by (family, operator name).

SQL templates use the slots of §5.2/§5.3: {P} typed expression, {J} JSON expression, {X} null test,
{G} `CASE jsonb_typeof(J) WHEN 'array' THEN J END`, {v} the parameter. A pair of templates is
(value true, value false) for the boolean switches.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Union

LIST = "List"

_ALL = frozenset(
    {"ID", "String", "Int", "Float", "Decimal", "Boolean", "UUID", "Date", "DateTime", "IpAddress",
     "MacAddress", "LTree", "DateRange", "JSON"}
)
_ORDERED = frozenset({"String", "Int", "Float", "Decimal", "Date", "DateTime"})
_LISTABLE = _ALL - {"Boolean", "JSON"}

# Input field types: "S" the family's scalar, "[S!]" a list of it, anything else a fixed type.
SCALAR = "S"
SCALAR_LIST = "[S!]"


@dataclass(frozen=True)
class Operator:
    name: str
    families: frozenset[str]
    input: str
    sql: Union[str, tuple[str, str]]
    param: Optional[str]  # an encoding of params.py, or None for no parameter


OPERATORS: tuple[Operator, ...] = (
    Operator("eq", _ALL, SCALAR, "({P} = {v})", "value"),
    Operator("neq", _ALL, SCALAR, "({P} <> {v})", "value"),
    Operator("gt", _ORDERED, SCALAR, "({P} > {v})", "value"),
    Operator("gte", _ORDERED, SCALAR, "({P} >= {v})", "value"),
    Operator("lt", _ORDERED, SCALAR, "({P} < {v})", "value"),
    Operator("lte", _ORDERED, SCALAR, "({P} <= {v})", "value"),
    Operator("in", _LISTABLE, SCALAR_LIST, "({P} = ANY({v}))", "array"),
    Operator("nin", _LISTABLE, SCALAR_LIST, "({P} <> ALL({v}))", "array"),
    Operator("contains", frozenset({LIST}), SCALAR_LIST, "({J} @> {v})", "elements"),
    Operator("containedBy", frozenset({LIST}), SCALAR_LIST, "({J} <@ {v})", "elements"),
    Operator("overlaps", frozenset({LIST}), SCALAR_LIST, "({J} @> ANY({v}))", "each_element"),
    Operator("anyEq", frozenset({LIST}), SCALAR, "({J} @> {v})", "element"),
    Operator("lenEq", frozenset({LIST}), "Int", "(jsonb_array_length({G}) = {v})", "integer"),
    Operator("lenGt", frozenset({LIST}), "Int", "(jsonb_array_length({G}) > {v})", "integer"),
    Operator("lenLt", frozenset({LIST}), "Int", "(jsonb_array_length({G}) < {v})", "integer"),
    Operator("isnull", _ALL | {LIST}, "Boolean", ("({X} IS NULL)", "({X} IS NOT NULL)"), None),
    Operator("contains", frozenset({"String"}), "String", "({P} LIKE {v})", "like_contains"),
    Operator("icontains", frozenset({"String"}), "String", "({P} ILIKE {v})", "like_contains"),
    Operator("startswith", frozenset({"String"}), "String", "({P} LIKE {v})", "like_prefix"),
    Operator("istartswith", frozenset({"String"}), "String", "({P} ILIKE {v})", "like_prefix"),
    Operator("endswith", frozenset({"String"}), "String", "({P} LIKE {v})", "like_suffix"),
    Operator("iendswith", frozenset({"String"}), "String", "({P} ILIKE {v})", "like_suffix"),
    Operator("like", frozenset({"String"}), "String", "({P} LIKE {v})", "text"),
    Operator("ilike", frozenset({"String"}), "String", "({P} ILIKE {v})", "text"),
    Operator("matches", frozenset({"String"}), "String", "({P} ~ {v})", "text"),
    Operator("imatches", frozenset({"String"}), "String", "({P} ~* {v})", "text"),
    Operator("notMatches", frozenset({"String"}), "String", "({P} !~ {v})", "text"),
    Operator("inSubnet", frozenset({"IpAddress"}), "String", "({P} <<= {v})", "cidr"),
    Operator("isPrivate", frozenset({"IpAddress"}), "Boolean",
             ("({P} <<= ANY({v}))", "(NOT ({P} <<= ANY({v})))"), "private"),
    Operator("isPublic", frozenset({"IpAddress"}), "Boolean",
             ("(NOT ({P} <<= ANY({v})))", "({P} <<= ANY({v}))"), "private"),
    Operator("isIPv4", frozenset({"IpAddress"}), "Boolean", ("(family({P}) = 4)", "(family({P}) <> 4)"), None),
    Operator("isIPv6", frozenset({"IpAddress"}), "Boolean", ("(family({P}) = 6)", "(family({P}) <> 6)"), None),
    Operator("ancestorOf", frozenset({"LTree"}), "LTree", "({P} @> {v})", "ltree"),
    Operator("descendantOf", frozenset({"LTree"}), "LTree", "({P} <@ {v})", "ltree"),
    Operator("matchesLquery", frozenset({"LTree"}), "String", "({P} ~ {v})", "lquery"),
    Operator("depthEq", frozenset({"LTree"}), "Int", "(nlevel({P}) = {v})", "integer"),
    Operator("depthGt", frozenset({"LTree"}), "Int", "(nlevel({P}) > {v})", "integer"),
    Operator("depthLt", frozenset({"LTree"}), "Int", "(nlevel({P}) < {v})", "integer"),
    Operator("containsDate", frozenset({"DateRange"}), "Date", "({P} @> {v})", "date"),
    Operator("overlaps", frozenset({"DateRange"}), "DateRange", "({P} && {v})", "daterange"),
    Operator("adjacent", frozenset({"DateRange"}), "DateRange", "({P} -|- {v})", "daterange"),
    Operator("strictlyLeft", frozenset({"DateRange"}), "DateRange", "({P} << {v})", "daterange"),
    Operator("strictlyRight", frozenset({"DateRange"}), "DateRange", "({P} >> {v})", "daterange"),
    Operator("contains", frozenset({"JSON"}), "JSON", "({J} @> {v})", "json"),
    Operator("containedBy", frozenset({"JSON"}), "JSON", "({J} <@ {v})", "json"),
    Operator("hasKey", frozenset({"JSON"}), "String", "(jsonb_exists({J}, {v}))", "text"),
    Operator("hasAnyKeys", frozenset({"JSON"}), "[String!]", "(jsonb_exists_any({J}, {v}))", "text_array"),
    Operator("hasAllKeys", frozenset({"JSON"}), "[String!]", "(jsonb_exists_all({J}, {v}))", "text_array"),
)


def operators_of(family: str) -> list[Operator]:
    """The operators of one filter family, in the field order of its input type."""
    return [op for op in OPERATORS if family in op.families]


#: (family, operator name) -> row, for the SQL builder.
BY_FAMILY: dict[tuple[str, str], Operator] = {
    (family, op.name): op for op in OPERATORS for family in op.families
}
