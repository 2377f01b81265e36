"""A small GraphQL document model, its printer (several layouts) and input-value rendering.

Values handed to `literal` / `variable_json` are plain Python data: dict for input objects and JSON
objects, list, str, int, float, Decimal (a number token written verbatim), bool, None, plus the
markers `Enum`, `Var` and `Block` below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Optional, Union

from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLScalarType,
)
from graphql.language.block_string import print_block_string
from graphql.language.print_string import print_string

NAME = re.compile(r"[_A-Za-z][_0-9A-Za-z]*")


@dataclass(frozen=True)
class Enum:
    name: str


@dataclass(frozen=True)
class Var:
    name: str


@dataclass(frozen=True)
class Block:
    """A string to be written as a block string in a literal."""

    value: str


@dataclass(frozen=True)
class Raw:
    """Literal text written as is (for error cases: `1e400`, `ASC_`, a bad token)."""

    text: str


# -- documents ------------------------------------------------------------------------------


@dataclass
class Field:
    name: str
    alias: Optional[str] = None
    args: list[tuple[str, Any]] = field(default_factory=list)  # (name, value text)
    children: Optional[list["Selection"]] = None
    directives: list[str] = field(default_factory=list)


@dataclass
class Spread:
    name: str
    directives: list[str] = field(default_factory=list)


@dataclass
class Inline:
    type_condition: Optional[str]
    children: list["Selection"]
    directives: list[str] = field(default_factory=list)


Selection = Union[Field, Spread, Inline]


@dataclass
class Operation:
    children: list[Selection]
    kind: str = "query"
    name: Optional[str] = None
    variables: list[str] = field(default_factory=list)  # "$x: Int = 5"
    directives: list[str] = field(default_factory=list)
    shorthand: bool = True  # `{ … }` when anonymous without variables


@dataclass
class Fragment:
    name: str
    type_condition: str
    children: list[Selection]


Definition = Union[Operation, Fragment]

LAYOUTS = ("compact", "pretty", "dense", "commas")


def print_document(definitions: list[Definition], layout: str = "compact") -> str:
    if layout == "pretty":
        return "\n\n".join(_pretty_definition(d) for d in definitions) + "\n"
    sep = " " if layout != "dense" else " "
    return sep.join(_flat_definition(d, layout) for d in definitions)


def _head(d: Definition) -> str:
    if isinstance(d, Fragment):
        return f"fragment {d.name} on {d.type_condition}"
    if d.shorthand and d.kind == "query" and not d.name and not d.variables and not d.directives:
        return ""
    text = d.kind
    if d.name:
        text += " " + d.name
    if d.variables:
        text += "(" + ", ".join(d.variables) + ")"
    for directive in d.directives:
        text += " " + directive
    return text


def _flat_definition(d: Definition, layout: str) -> str:
    head = _head(d)
    body = _flat_set(d.children, layout)
    return f"{head} {body}" if head else body


def _flat_set(children: list[Selection], layout: str) -> str:
    joiner = ", " if layout == "commas" else " "
    inner = joiner.join(_flat_selection(s, layout) for s in children)
    if layout == "dense":
        return "{" + inner + "}"
    return "{ " + inner + " }"


def _flat_selection(s: Selection, layout: str) -> str:
    if isinstance(s, Spread):
        return "..." + s.name + "".join(" " + d for d in s.directives)
    if isinstance(s, Inline):
        text = "..." + (f" on {s.type_condition}" if s.type_condition else "")
        text += "".join(" " + d for d in s.directives)
        return text + " " + _flat_set(s.children, layout)
    text = (f"{s.alias}: " if s.alias else "") + s.name
    if s.args:
        sep = ", " if layout != "dense" else ","
        colon = ": " if layout != "dense" else ":"
        text += "(" + sep.join(f"{name}{colon}{value}" for name, value in s.args) + ")"
    text += "".join(" " + d for d in s.directives)
    if s.children is not None:
        text += (" " if layout != "dense" else "") + _flat_set(s.children, layout)
    return text


def _pretty_definition(d: Definition) -> str:
    head = _head(d)
    body = _pretty_set(d.children, 0)
    return f"{head} {body}" if head else body


def _pretty_set(children: list[Selection], indent: int) -> str:
    pad = "  " * (indent + 1)
    lines = ["{"]
    for s in children:
        lines.append(pad + _pretty_selection(s, indent + 1))
    lines.append("  " * indent + "}")
    return "\n".join(lines)


def _pretty_selection(s: Selection, indent: int) -> str:
    if isinstance(s, Spread):
        return "..." + s.name + "".join(" " + d for d in s.directives)
    if isinstance(s, Inline):
        text = "..." + (f" on {s.type_condition}" if s.type_condition else "")
        text += "".join(" " + d for d in s.directives)
        return text + " " + _pretty_set(s.children, indent)
    text = (f"{s.alias}: " if s.alias else "") + s.name
    if s.args:
        text += "(" + ", ".join(f"{name}: {value}" for name, value in s.args) + ")"
    text += "".join(" " + d for d in s.directives)
    if s.children is not None:
        text += " " + _pretty_set(s.children, indent)
    return text


# -- values ---------------------------------------------------------------------------------


def _unwrap(t: Optional[GraphQLInputType]) -> Optional[GraphQLInputType]:
    return t.of_type if isinstance(t, GraphQLNonNull) else t


def literal(value: Any, t: Optional[GraphQLInputType] = None) -> str:
    """The GraphQL literal text of `value` at a position of input type `t` (None: untyped)."""
    t = _unwrap(t)
    if isinstance(value, Var):
        return "$" + value.name
    if isinstance(value, Raw):
        return value.text
    if isinstance(value, Enum):
        return value.name
    if isinstance(value, Block):
        return print_block_string(value.value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        if isinstance(t, GraphQLEnumType):
            return value
        return print_string(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, list):
        item_type = _unwrap(t.of_type) if isinstance(t, GraphQLList) else t
        return "[" + ", ".join(literal(item, item_type) for item in value) + "]"
    if isinstance(value, dict):
        fields = t.fields if isinstance(t, GraphQLInputObjectType) else {}
        parts = []
        for key, item in value.items():
            if not NAME.fullmatch(key):
                raise ValueError(f"object key {key!r} is not a GraphQL name")
            item_type = fields[key].type if key in fields else None
            parts.append(f"{key}: {literal(item, item_type)}")
        return "{" + ", ".join(parts) + "}"
    raise TypeError(f"cannot write {type(value).__name__} as a literal")


def literal_ok(value: Any) -> bool:
    """Whether `value` can be written as a literal (object keys must be names; floats finite)."""
    if isinstance(value, dict):
        return all(NAME.fullmatch(k) and literal_ok(v) for k, v in value.items())
    if isinstance(value, list):
        return all(literal_ok(v) for v in value)
    if isinstance(value, float):
        return value == value and value not in (float("inf"), float("-inf"))
    return True


def variable_json(value: Any) -> Any:
    """The variables-JSON form of a value (markers resolved; enum values become strings)."""
    if isinstance(value, Enum):
        return value.name
    if isinstance(value, Block):
        return value.value
    if isinstance(value, Var):
        raise ValueError("a variable cannot appear inside a variable's value")
    if isinstance(value, list):
        return [variable_json(v) for v in value]
    if isinstance(value, dict):
        return {k: variable_json(v) for k, v in value.items()}
    return value


def is_leaf_type(t: Optional[GraphQLInputType]) -> bool:
    t = _unwrap(t)
    return isinstance(t, (GraphQLScalarType, GraphQLEnumType))
