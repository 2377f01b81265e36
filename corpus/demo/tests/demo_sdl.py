"""Reads corpus/schema/demo.graphql the way CONTRACT §1 describes it (views, keys, columns)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import graphql
from graphql.language import (ListTypeNode, NamedTypeNode, NonNullTypeNode, ObjectTypeDefinitionNode,
                              TypeNode)

SDL_PATH = Path(__file__).resolve().parents[2] / "schema" / "demo.graphql"

# The contract's directives (§1.2) and predefined scalars (§1.3) are implicit in the SDL file;
# graphql-core's build_schema needs them declared.
PRELUDE = """
directive @view(name: String!, jsonb: String = "data", tenant: String) on OBJECT
directive @column(name: String) on FIELD_DEFINITION
directive @json(key: String!) on FIELD_DEFINITION
scalar UUID
scalar Date
scalar DateTime
scalar Decimal
scalar IpAddress
scalar MacAddress
scalar LTree
scalar DateRange
scalar JSON
"""

CUSTOM_SCALARS = ("UUID", "Date", "DateTime", "Decimal", "IpAddress", "MacAddress", "LTree",
                  "DateRange", "JSON")
BUILT_IN_SCALARS = ("ID", "String", "Int", "Float", "Boolean")

# CONTRACT §1.3 "column parameter type", spelled as PostgreSQL's format_type() prints it.
COLUMN_TYPES = {
    "ID": "text", "String": "text", "Int": "integer", "Float": "double precision",
    "Decimal": "numeric", "Boolean": "boolean", "UUID": "uuid", "Date": "date",
    "DateTime": "timestamp with time zone", "IpAddress": "inet", "MacAddress": "macaddr",
    "LTree": "ltree", "DateRange": "daterange", "JSON": "jsonb",
}
# CONTRACT §1.3 "JSONB path cast" (None: the text itself is compared).
PATH_CASTS = {
    "ID": None, "String": None, "Int": "numeric", "Float": "numeric", "Decimal": "numeric",
    "Boolean": "boolean", "UUID": "uuid", "Date": "date", "DateTime": "timestamptz",
    "IpAddress": "inet", "MacAddress": "macaddr", "LTree": "ltree", "DateRange": "daterange",
    "JSON": None,
}


def document_key(field_name: str) -> str:
    """CONTRACT §1.4: the document key derived from a field name."""
    rest = field_name.lstrip("_")
    prefix = field_name[: len(field_name) - len(rest)]
    out: list[str] = []
    for i, char in enumerate(rest):
        if i > 0 and "A" <= char <= "Z":
            before = rest[i - 1]
            after = rest[i + 1] if i + 1 < len(rest) else ""
            if ("a" <= before <= "z" or before.isdigit()
                    or ("A" <= before <= "Z" and "a" <= after <= "z")):
                out.append("_")
        out.append(char)
    return prefix + "".join(out).lower()


@dataclass(frozen=True)
class Field:
    name: str
    key: str
    type_name: str
    is_list: bool
    column: str | None  # the real column for @column fields


@dataclass(frozen=True)
class ObjectType:
    name: str
    fields: tuple[Field, ...]
    schema: str | None = None  # view types only
    view: str | None = None
    jsonb: str = "data"
    tenant: str | None = None

    @property
    def is_view(self) -> bool:
        return self.view is not None

    @property
    def relation(self) -> str:
        return f"{self.schema}.{self.view}"

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)


def _unwrap(node: TypeNode) -> tuple[str, bool]:
    is_list = False
    while isinstance(node, (ListTypeNode, NonNullTypeNode)):
        is_list = is_list or isinstance(node, ListTypeNode)
        node = node.type
    assert isinstance(node, NamedTypeNode)
    return node.name.value, is_list


def _arguments(directives, name: str) -> dict[str, str] | None:
    for directive in directives or ():
        if directive.name.value == name:
            return {arg.name.value: arg.value.value for arg in directive.arguments}
    return None


def sdl_text() -> str:
    return SDL_PATH.read_text(encoding="utf-8")


def object_types() -> dict[str, ObjectType]:
    """Every object type of the SDL except Query, by name."""
    types: dict[str, ObjectType] = {}
    for definition in graphql.parse(sdl_text()).definitions:
        if not isinstance(definition, ObjectTypeDefinitionNode) or definition.name.value == "Query":
            continue
        fields = []
        for node in definition.fields:
            type_name, is_list = _unwrap(node.type)
            json_args = _arguments(node.directives, "json")
            key = json_args["key"] if json_args else document_key(node.name.value)
            column_args = _arguments(node.directives, "column")
            column = None if column_args is None else column_args.get("name", key)
            fields.append(Field(node.name.value, key, type_name, is_list, column))
        view_args = _arguments(definition.directives, "view")
        if view_args is None:
            types[definition.name.value] = ObjectType(definition.name.value, tuple(fields))
            continue
        schema, _, view = view_args["name"].rpartition(".")
        types[definition.name.value] = ObjectType(
            definition.name.value, tuple(fields), schema or "public", view,
            view_args.get("jsonb", "data"), view_args.get("tenant"))
    return types


def view_types() -> list[ObjectType]:
    return [t for t in object_types().values() if t.is_view]
