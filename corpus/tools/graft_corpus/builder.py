"""Building blocks for cases: where/order values for leaves, selections, argument binding
(literal, variable, default) and the final document text."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any, Optional

from graphql import GraphQLInputObjectType, GraphQLInputType, GraphQLList, GraphQLNonNull, get_named_type

from . import gql
from .gql import Enum, Field, Var
from .schema_info import Leaf, SchemaInfo, View, type_text

LAYOUT_WEIGHTS = (("compact", 62), ("pretty", 18), ("dense", 10), ("commas", 10))


def nest(path: tuple[str, ...], value: Any) -> dict[str, Any]:
    """{"a": {"b": value}} for path ("a", "b")."""
    for name in reversed(path):
        value = {name: value}
    return value  # type: ignore[return-value]


def merge(target: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """Deep-merge `extra` into a copy of `target` (later keys of a filter object appended)."""
    result = dict(target)
    for key, value in extra.items():
        if key in result and isinstance(result[key], dict) and isinstance(value, dict):
            result[key] = merge(result[key], value)
        else:
            result[key] = value
    return result


def selection_for(leaf: Leaf, alias: Optional[str] = None) -> Field:
    """The field chain selecting `leaf`, e.g. `homeAddress { geo { lat } }`."""
    node = Field(leaf.path[-1])
    for name in reversed(leaf.path[:-1]):
        node = Field(name, children=[node])
    node.alias = alias
    return node


def merge_selections(fields: list[Field]) -> list[Field]:
    """Merge field chains that share a parent (no aliases involved)."""
    result: list[Field] = []
    by_name: dict[str, Field] = {}
    for f in fields:
        key = f.alias or f.name
        existing = by_name.get(key)
        if existing is None or existing.children is None or f.children is None or f.alias:
            if existing is not None and existing.children is None and f.children is None:
                continue
            copy = Field(f.name, f.alias, list(f.args), list(f.children) if f.children else f.children,
                         list(f.directives))
            by_name[key] = copy
            result.append(copy)
        else:
            existing.children = merge_selections(list(existing.children) + list(f.children))  # type: ignore[arg-type]
    return result


@dataclass
class Bound:
    """Arguments and variables after binding."""

    args: list[tuple[str, str]] = field(default_factory=list)
    definitions: list[str] = field(default_factory=list)
    variables: dict[str, Any] = field(default_factory=dict)
    tags: set[str] = field(default_factory=set)


class Binder:
    """Turns argument values into literal text or variables. Modes: `literal` (everything written
    in the document), `args` (each argument a variable), `operands` (leaf values inside input
    objects become variables), `mixed` (a coin per leaf value). Values that cannot be literals (JSON
    with non-name keys) always become variables."""

    def __init__(self, info: SchemaInfo, rng: random.Random, prefix: str = "v") -> None:
        self.info = info
        self.rng = rng
        self.prefix = prefix
        self.bound = Bound()
        self._count = 0

    def _name(self, hint: str) -> str:
        self._count += 1
        if self.rng.random() < 0.5:
            return f"{self.prefix}{self._count}"
        return f"{hint}{self._count}" if hint else f"{self.prefix}{self._count}"

    def variable(self, value: Any, t: GraphQLInputType, hint: str = "", allow_default: bool = True) -> Var:
        name = self._name(hint)
        declared = type_text(t)
        roll = self.rng.random()
        if not isinstance(t, GraphQLNonNull) and roll < 0.12 and value is not None:
            declared += "!"
            self.bound.tags.add("var:non-null")
        if allow_default and roll > 0.9 and gql.literal_ok(value):
            self.bound.definitions.append(f"${name}: {declared} = {gql.literal(value, t)}")
            self.bound.tags.add("var:default")
        else:
            self.bound.definitions.append(f"${name}: {declared}")
            self.bound.variables[name] = gql.variable_json(value)
        self.bound.tags.add("value:variable")
        return Var(name)

    def argument(self, name: str, value: Any, t: GraphQLInputType, mode: str) -> None:
        if mode == "args" or (mode == "mixed" and self.rng.random() < 0.3):
            text = gql.literal(self.variable(value, t, name))
        else:
            text = gql.literal(self.walk(value, t, mode), t)
            if mode == "literal" or "value:variable" not in self.bound.tags:
                self.bound.tags.add("value:literal")
        self.bound.args.append((name, text))

    def walk(self, value: Any, t: GraphQLInputType, mode: str) -> Any:
        """Replace leaf values by variables according to `mode`."""
        inner = t.of_type if isinstance(t, GraphQLNonNull) else t
        if isinstance(inner, GraphQLInputObjectType) and isinstance(value, dict):
            return {k: self.walk(v, inner.fields[k].type, mode) if k in inner.fields else v for k, v in value.items()}
        if isinstance(inner, GraphQLList) and isinstance(get_named_type(inner), GraphQLInputObjectType):
            if isinstance(value, list):
                return [self.walk(v, inner.of_type, mode) for v in value]
            return self.walk(value, inner.of_type, mode)
        if value is None:
            return value
        literal_possible = gql.literal_ok(value)
        if (mode == "operands" or not literal_possible
                or (mode == "mixed" and self.rng.random() < 0.5)):
            return self.variable(value, t)
        return value


def render(definitions: list[gql.Definition], rng: random.Random, layout: Optional[str] = None) -> tuple[str, str]:
    if layout is None:
        layout = rng.choices([w[0] for w in LAYOUT_WEIGHTS], [w[1] for w in LAYOUT_WEIGHTS])[0]
    return gql.print_document(definitions, layout), layout


def order_value(leaf: Leaf, direction: str) -> dict[str, Any]:
    return nest(leaf.path, Enum(direction))


def ensure_total(view: View, unique: list[Leaf], keys: list[Leaf]) -> list[Leaf]:
    """Append a unique key when the view has no `id` column tiebreaker (§5.6) and the last key is
    not unique, so LIMIT/OFFSET results are deterministic."""
    if view.tiebreaker or not unique:
        return keys
    if keys and keys[-1] in unique:
        return keys
    return keys + [unique[0]]
