"""Parameter texts (CONTRACT §1.3 "parameter text", §4.4, §4.5) and the value checks of §5.3."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Sequence

from graphql.language import (
    BooleanValueNode,
    EnumValueNode,
    FloatValueNode,
    IntValueNode,
    ListValueNode,
    NullValueNode,
    ObjectValueNode,
    StringValueNode,
    ValueNode,
    VariableNode,
)

from .errors import FieldFailed
from .jsontext import NonFiniteFloat, RawNumber, dumps, float_text, quote
from .scalars import normalise_datetime

PRIVATE_NETWORKS = ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8", "169.254.0.0/16",
                    "fc00::/7", "fe80::/10", "::1/128")

#: §5.2: the cast of a document path, per scalar (None: compared as text).
PATH_CAST: dict[str, str | None] = {
    "ID": None, "String": None, "Int": "numeric", "Float": "numeric", "Decimal": "numeric",
    "Boolean": "boolean", "UUID": "uuid", "Date": "date", "DateTime": "timestamptz", "IpAddress": "inet",
    "MacAddress": "macaddr", "LTree": "ltree", "DateRange": "daterange", "JSON": None,
}

#: §1.3: the parameter type of a `@column` field, per scalar.
COLUMN_TYPE: dict[str, str] = {
    "ID": "text", "String": "text", "Int": "integer", "Float": "double precision", "Decimal": "numeric",
    "Boolean": "boolean", "UUID": "uuid", "Date": "date", "DateTime": "timestamptz", "IpAddress": "inet",
    "MacAddress": "macaddr", "LTree": "ltree", "DateRange": "daterange", "JSON": "jsonb",
}

_TEXT_ELEMENTS = {"ID", "String", "UUID", "Date", "DateTime", "IpAddress", "MacAddress", "LTree", "DateRange"}


@dataclass(frozen=True)
class Param:
    """One bound parameter: the cast written after its placeholder and the text sent."""

    type: str
    text: str

    def to_dict(self) -> dict[str, str]:
        return {"type": self.type, "text": self.text}


class ValuePath:
    """Where a value sits in an argument, for messages: `where.AND[1].firstName.eq`."""

    __slots__ = ("argument", "parts")

    def __init__(self, argument: str, parts: tuple[str, ...] = ()) -> None:
        self.argument = argument
        self.parts = parts

    def field(self, name: str) -> "ValuePath":
        return ValuePath(self.argument, self.parts + ("." + name,))

    def index(self, i: int) -> "ValuePath":
        return ValuePath(self.argument, self.parts + (f"[{i}]",))

    def fail(self, reason: str) -> FieldFailed:
        where = self.argument + "".join(self.parts)
        return FieldFailed(f'Argument "{self.argument}" has an invalid value at "{where}": {reason}')


def _no_nul(text: str, path: ValuePath) -> str:
    if "\0" in text:
        raise path.fail("text must not contain U+0000.")
    return text


def leaf_text(leaf: Any, path: ValuePath) -> str:
    """A String (or String-typed operand) value as text, checked for U+0000."""
    text = leaf.value if isinstance(leaf, StringValueNode) else leaf
    return _no_nul(text, path)


def leaf_int(leaf: Any) -> int:
    return int(leaf.value) if isinstance(leaf, IntValueNode) else int(leaf)


def leaf_float(leaf: Any, path: ValuePath) -> float:
    value = float(leaf.value) if isinstance(leaf, (IntValueNode, FloatValueNode)) else float(leaf)
    if not math.isfinite(value):
        raise path.fail("Float value must be finite.")
    return value


def scalar_text(scalar: str, leaf: Any, path: ValuePath, variables: Any) -> str:
    """§1.3 "parameter text" of one value of `scalar`."""
    if scalar == "ID":
        if isinstance(leaf, (StringValueNode, IntValueNode)):
            return _no_nul(leaf.value, path)
        if isinstance(leaf, str):
            return _no_nul(leaf, path)
        return str(int(leaf))
    if scalar == "String":
        return leaf_text(leaf, path)
    if scalar == "Int":
        return str(leaf_int(leaf))
    if scalar == "Float":
        return float_text(leaf_float(leaf, path))
    if scalar == "Decimal":
        if isinstance(leaf, (IntValueNode, FloatValueNode, StringValueNode)):
            return leaf.value
        if isinstance(leaf, float):
            return float_text(leaf)
        return str(leaf)
    if scalar == "Boolean":
        value = leaf.value if isinstance(leaf, BooleanValueNode) else leaf
        return "true" if value else "false"
    if scalar == "JSON":
        return json_text(leaf, path, variables)
    text = leaf.value if isinstance(leaf, StringValueNode) else leaf
    if scalar == "UUID":
        return text.lower()
    if scalar == "DateTime":
        normalised = normalise_datetime(text)
        assert normalised is not None  # the scalar accepted it
        return normalised
    return text


def json_text(leaf: Any, path: ValuePath, variables: Any) -> str:
    """§4.5 JSON text of a `JSON` value: literal tokens verbatim, variables' coerced values inside."""
    value = _literal_json(leaf, variables) if isinstance(leaf, ValueNode) else leaf
    if _contains_nul(value):
        raise path.fail("text must not contain U+0000.")
    try:
        return dumps(value)
    except NonFiniteFloat:
        raise path.fail("Float value must be finite.") from None


def _literal_json(node: ValueNode, variables: Any) -> Any:
    if isinstance(node, (IntValueNode, FloatValueNode)):
        return RawNumber(node.value)
    if isinstance(node, (StringValueNode, EnumValueNode, BooleanValueNode)):
        return node.value
    if isinstance(node, NullValueNode):
        return None
    if isinstance(node, ListValueNode):
        return [_literal_json(item, variables) for item in node.values]
    if isinstance(node, ObjectValueNode):
        return {field.name.value: _literal_json(field.value, variables) for field in node.fields}
    assert isinstance(node, VariableNode)
    return variables.coerced.get(node.name.value)


def _contains_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\0" in value
    if isinstance(value, dict):
        return any("\0" in key or _contains_nul(item) for key, item in value.items())
    if isinstance(value, list):
        return any(_contains_nul(item) for item in value)
    return False


def element_json(scalar: str, leaf: Any, path: ValuePath, variables: Any) -> str:
    """§4.5 e(v): one list element as JSON."""
    if scalar in _TEXT_ELEMENTS:
        return quote(scalar_text(scalar, leaf, path, variables))
    if scalar == "JSON":
        return json_text(leaf, path, variables)
    return scalar_text(scalar, leaf, path, variables)  # Int, Float, Decimal, Boolean: bare tokens


def array_literal(texts: Sequence[str]) -> str:
    """§4.5 A(t1..tn): every element quoted."""
    return "{" + ",".join('"' + t.replace("\\", "\\\\").replace('"', '\\"') + '"' for t in texts) + "}"


def like_escape(text: str) -> str:
    """§4.5 esc(s) for LIKE patterns."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
