"""The nine predefined scalars of CONTRACT §1.3 as graphql-core scalar types.

Each scalar's `parse_literal` / `parse_value` accept exactly the contract's inputs and otherwise
raise `GraphQLError("<S> cannot represent value: <p>")`. Accepted values are returned unchanged
(a literal as its value or token text); the parameter texts of §1.3 are made by `params.py`.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import re
from typing import Any, Callable, Optional

from graphql import (
    GraphQLBoolean,
    GraphQLError,
    GraphQLFloat,
    GraphQLID,
    GraphQLInt,
    GraphQLScalarType,
    GraphQLString,
)
from graphql.language import (
    FloatValueNode,
    IntValueNode,
    ListValueNode,
    ObjectValueNode,
    StringValueNode,
    ValueNode,
    print_ast,
)
from graphql.pyutils import inspect
from graphql.utilities import value_from_ast_untyped

NUM = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
_UUID = re.compile(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")
_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_DATETIME = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})"
    r"(?:\.([0-9]{1,6}))?(?:([Zz])|([+-])([0-9]{2}):([0-9]{2}))"
)
_MAC = re.compile(r"[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{2}(?:-[0-9A-Fa-f]{2}){5}")
_LTREE = re.compile(r"[A-Za-z0-9_]{1,256}(?:\.[A-Za-z0-9_]{1,256})*")
_DATERANGE = re.compile(r"([\[(])([0-9]{4}-[0-9]{2}-[0-9]{2})?,([0-9]{4}-[0-9]{2}-[0-9]{2})?([\])])")
_UTC = dt.timezone.utc


def parse_date(text: str) -> Optional[dt.date]:
    """A real calendar date `YYYY-MM-DD`, years 0001-9999, or None."""
    match = _DATE.fullmatch(text)
    if not match:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def normalise_datetime(text: str) -> Optional[str]:
    """§4.3: the UTC form `YYYY-MM-DDThh:mm:ss[.F]Z` of an accepted DateTime, or None."""
    match = _DATETIME.fullmatch(text)
    if not match:
        return None
    year, month, day, hour, minute, second, fraction, zulu, sign, off_h, off_m = match.groups()
    if int(hour) > 23 or int(minute) > 59 or int(second) > 59:
        return None
    offset = dt.timedelta()
    if not zulu:
        if int(off_h) > 23 or int(off_m) > 59:
            return None
        offset = dt.timedelta(hours=int(off_h), minutes=int(off_m)) * (-1 if sign == "-" else 1)
    micro = int((fraction or "").ljust(6, "0"))
    try:
        local = dt.datetime(int(year), int(month), int(day), int(hour), int(minute), int(second), micro,
                            tzinfo=dt.timezone(offset))
        utc = local.astimezone(_UTC)
    except (ValueError, OverflowError):
        return None
    out = f"{utc.year:04d}-{utc.month:02d}-{utc.day:02d}T{utc.hour:02d}:{utc.minute:02d}:{utc.second:02d}"
    if utc.microsecond:
        out += "." + f"{utc.microsecond:06d}".rstrip("0")
    return out + "Z"


def is_ip_address(text: str) -> bool:
    """An IPv4 (no leading zeros) or IPv6 (RFC 4291 §2.2) address without prefix or zone."""
    if "%" in text or "/" in text:
        return False
    for kind in (ipaddress.IPv4Address, ipaddress.IPv6Address):
        try:
            kind(text)
            return True
        except ValueError:
            pass
    return False


def is_cidr(text: str) -> bool:
    """An IpAddress + `/` + a prefix length in range, decimal without leading zeros."""
    address, slash, prefix = text.partition("/")
    if not slash or not re.fullmatch(r"0|[1-9][0-9]{0,2}", prefix) or not is_ip_address(address):
        return False
    return int(prefix) <= (32 if ":" not in address else 128)


def _is_daterange(text: str) -> bool:
    if text == "empty":
        return True
    match = _DATERANGE.fullmatch(text)
    if not match:
        return False
    lower = parse_date(match.group(2)) if match.group(2) else None
    upper = parse_date(match.group(3)) if match.group(3) else None
    if (match.group(2) and not lower) or (match.group(3) and not upper):
        return False
    return lower is None or upper is None or lower <= upper


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\0" in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_nul(v) for v in value)
    return False


def _string_scalar(name: str, accepts: Callable[[str], bool]) -> GraphQLScalarType:
    """A scalar whose input is a string (literal or value) that `accepts` approves."""

    def parse_value(value: Any) -> Any:
        if isinstance(value, str) and "\0" not in value and accepts(value):
            return value
        raise GraphQLError(f"{name} cannot represent value: {inspect(value)}")

    def parse_literal(node: ValueNode, _variables: Any = None) -> Any:
        if isinstance(node, StringValueNode) and "\0" not in node.value and accepts(node.value):
            return node.value
        raise GraphQLError(f"{name} cannot represent value: {print_ast(node)}", node)

    return GraphQLScalarType(name, parse_value=parse_value, parse_literal=parse_literal)


def _decimal_value(value: Any) -> Any:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and NUM.fullmatch(value):
        return value
    raise GraphQLError(f"Decimal cannot represent value: {inspect(value)}")


def _decimal_literal(node: ValueNode, _variables: Any = None) -> Any:
    if isinstance(node, (IntValueNode, FloatValueNode)):
        return node.value
    if isinstance(node, StringValueNode) and NUM.fullmatch(node.value):
        return node.value
    raise GraphQLError(f"Decimal cannot represent value: {print_ast(node)}", node)


def _json_value(value: Any) -> Any:
    if _has_nul(value):
        raise GraphQLError(f"JSON cannot represent value: {inspect(value)}")
    return value


def _literal_has_nul(node: ValueNode) -> bool:
    """U+0000 in the literal's own strings; values of variables inside it are checked later (§5.3)."""
    if isinstance(node, StringValueNode):
        return "\0" in node.value
    if isinstance(node, ListValueNode):
        return any(_literal_has_nul(item) for item in node.values)
    if isinstance(node, ObjectValueNode):
        return any(_literal_has_nul(field.value) for field in node.fields)
    return False


def _json_literal(node: ValueNode, variables: Any = None) -> Any:
    if _literal_has_nul(node):
        raise GraphQLError(f"JSON cannot represent value: {print_ast(node)}", node)
    return value_from_ast_untyped(node, variables)


UUID = _string_scalar("UUID", lambda s: _UUID.fullmatch(s) is not None)
Date = _string_scalar("Date", lambda s: parse_date(s) is not None)
DateTime = _string_scalar("DateTime", lambda s: normalise_datetime(s) is not None)
IpAddress = _string_scalar("IpAddress", is_ip_address)
MacAddress = _string_scalar("MacAddress", lambda s: _MAC.fullmatch(s) is not None)
LTree = _string_scalar("LTree", lambda s: _LTREE.fullmatch(s) is not None)
DateRange = _string_scalar("DateRange", _is_daterange)
Decimal = GraphQLScalarType("Decimal", parse_value=_decimal_value, parse_literal=_decimal_literal)
JSON = GraphQLScalarType("JSON", parse_value=_json_value, parse_literal=_json_literal)

#: All fourteen scalars of §1.3 by name, in the contract's table order.
SCALARS: dict[str, GraphQLScalarType] = {
    scalar.name: scalar
    for scalar in (GraphQLID, GraphQLString, GraphQLInt, GraphQLFloat, Decimal, GraphQLBoolean, UUID, Date,
                   DateTime, IpAddress, MacAddress, LTree, DateRange, JSON)
}
