"""Reading the SDL file into Graft's model (CONTRACT §1.1, §1.2, §1.4, §1.5)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from graphql import GraphQLError, parse
from graphql.language import (
    DirectiveNode,
    DocumentNode,
    FieldDefinitionNode,
    ListTypeNode,
    NamedTypeNode,
    NonNullTypeNode,
    ObjectTypeDefinitionNode,
    SchemaDefinitionNode,
    StringValueNode,
    TypeNode,
)

from .scalars import SCALARS

IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,62}")
DOCUMENT_KEY = re.compile(r"[A-Za-z0-9_-]{1,128}")


class SchemaError(ValueError):
    """The SDL file breaks §1.1/§1.2: the legacy path does not start."""


@dataclass(frozen=True)
class TypeRef:
    """A field's declared type: a named type, optionally one list level, with its null markers."""

    name: str
    is_list: bool
    non_null: bool
    item_non_null: bool = False


@dataclass
class FieldSpec:
    name: str
    type: TypeRef
    key: str
    column: Optional[str] = None

    @property
    def is_scalar(self) -> bool:
        return self.type.name in SCALARS


@dataclass
class ViewSpec:
    schema: str
    relation: str
    jsonb: str
    tenant: Optional[str]


@dataclass
class ObjectSpec:
    name: str
    fields: dict[str, FieldSpec] = field(default_factory=dict)
    view: Optional[ViewSpec] = None

    def id_column_field(self) -> Optional[FieldSpec]:
        """The field whose `@column` name is `id` (the ORDER BY tiebreaker of §5.6)."""
        return next((f for f in self.fields.values() if f.column == "id"), None)


@dataclass
class QueryFieldSpec:
    name: str
    kind: str  # "list" or "lookup"
    target: str
    id_type: Optional[str] = None


@dataclass
class Model:
    objects: dict[str, ObjectSpec]
    queries: dict[str, QueryFieldSpec]


def derive_key(name: str) -> str:
    """§1.4: field name -> document key."""
    rest = name.lstrip("_")
    prefix = name[: len(name) - len(rest)]
    out: list[str] = []
    for i, char in enumerate(rest):
        if i > 0 and "A" <= char <= "Z":
            before = rest[i - 1]
            after = rest[i + 1] if i + 1 < len(rest) else ""
            if ("a" <= before <= "z" or "0" <= before <= "9") or ("A" <= before <= "Z" and "a" <= after <= "z"):
                out.append("_")
        out.append(char)
    return prefix + "".join(out).lower()


def _type_ref(node: TypeNode) -> TypeRef:
    non_null = isinstance(node, NonNullTypeNode)
    inner = node.type if isinstance(node, NonNullTypeNode) else node
    if isinstance(inner, ListTypeNode):
        item = inner.type
        item_non_null = isinstance(item, NonNullTypeNode)
        named = item.type if isinstance(item, NonNullTypeNode) else item
        if not isinstance(named, NamedTypeNode):
            raise SchemaError("nested list types are not supported")
        return TypeRef(named.name.value, True, non_null, item_non_null)
    assert isinstance(inner, NamedTypeNode)
    return TypeRef(inner.name.value, False, non_null)


def _string_args(directive: DirectiveNode, allowed: dict[str, bool]) -> dict[str, str]:
    """A directive's arguments, which must all be String literals; `allowed` maps name -> required."""
    values: dict[str, str] = {}
    for argument in directive.arguments:
        name = argument.name.value
        if name not in allowed or name in values:
            raise SchemaError(f"@{directive.name.value}: unexpected argument {name!r}")
        if not isinstance(argument.value, StringValueNode):
            raise SchemaError(f"@{directive.name.value}({name}:) must be a String")
        values[name] = argument.value.value
    for name, required in allowed.items():
        if required and name not in values:
            raise SchemaError(f"@{directive.name.value}: argument {name!r} is required")
    return values


def _identifier(text: str, what: str) -> str:
    if not IDENTIFIER.fullmatch(text):
        raise SchemaError(f"{what} {text!r} is not a valid identifier")
    return text


def load_model(sdl: str, default_schema: str = "public") -> Model:
    """Parse and check the SDL file; raise SchemaError on anything §1.1 forbids."""
    try:
        document: DocumentNode = parse(sdl)
    except GraphQLError as error:
        raise SchemaError(f"SDL syntax: {error.message}") from None
    definitions: list[ObjectTypeDefinitionNode] = []
    for definition in document.definitions:
        if isinstance(definition, SchemaDefinitionNode):
            ops = {(op.operation.value, op.type.name.value) for op in definition.operation_types}
            if ops != {("query", "Query")} or definition.directives or definition.description:
                raise SchemaError("the schema definition may only be `schema { query: Query }`")
        elif isinstance(definition, ObjectTypeDefinitionNode):
            if definition.description or definition.interfaces:
                raise SchemaError(f"type {definition.name.value}: descriptions and interfaces are not allowed")
            definitions.append(definition)
        else:
            raise SchemaError(f"unsupported definition: {definition.kind}")

    objects: dict[str, ObjectSpec] = {}
    query_node: Optional[ObjectTypeDefinitionNode] = None
    for node in definitions:
        name = node.name.value
        if name in objects or name in SCALARS or (name == "Query" and query_node):
            raise SchemaError(f"type {name} is defined twice or shadows a scalar")
        if name == "Query":
            query_node = node
            if node.directives:
                raise SchemaError("Query takes no directives")
            continue
        objects[name] = _object(node, default_schema)
    if query_node is None:
        raise SchemaError("the SDL defines no Query type")

    for obj in objects.values():
        for spec in obj.fields.values():
            target = spec.type.name
            if target in SCALARS:
                continue
            if target not in objects:
                raise SchemaError(f"{obj.name}.{spec.name}: unknown type {target}")
            if objects[target].view is not None:
                raise SchemaError(f"{obj.name}.{spec.name}: a view type may only be used in Query")
    return Model(objects, _queries(query_node, objects))


def _object(node: ObjectTypeDefinitionNode, default_schema: str) -> ObjectSpec:
    obj = ObjectSpec(node.name.value)
    for directive in node.directives:
        if directive.name.value != "view" or obj.view is not None:
            raise SchemaError(f"type {obj.name}: unexpected directive @{directive.name.value}")
        args = _string_args(directive, {"name": True, "jsonb": False, "tenant": False})
        schema, dot, relation = args["name"].rpartition(".")
        if not dot:
            schema = default_schema
        obj.view = ViewSpec(
            _identifier(schema, "schema"),
            _identifier(relation, "view"),
            _identifier(args.get("jsonb", "data"), "jsonb column"),
            _identifier(args["tenant"], "tenant column") if "tenant" in args else None,
        )
    for field_node in node.fields:
        spec = _field(obj, field_node)
        if spec.name in obj.fields:
            raise SchemaError(f"{obj.name}.{spec.name} is defined twice")
        obj.fields[spec.name] = spec
    return obj


def _field(obj: ObjectSpec, node: FieldDefinitionNode) -> FieldSpec:
    name = node.name.value
    where = f"{obj.name}.{name}"
    if name in ("AND", "OR", "NOT"):
        raise SchemaError(f"{where}: a field may not be named {name}")
    if node.arguments:
        raise SchemaError(f"{where}: field arguments are only allowed in Query")
    if node.description:
        raise SchemaError(f"{where}: descriptions are not allowed")
    spec = FieldSpec(name, _type_ref(node.type), derive_key(name))
    seen: set[str] = set()
    for directive in node.directives:
        dname = directive.name.value
        if dname in seen:
            raise SchemaError(f"{where}: @{dname} repeated")
        seen.add(dname)
        if dname == "json":
            spec.key = _string_args(directive, {"key": True})["key"]
        elif dname == "column":
            if obj.view is None or spec.type.is_list or spec.type.name not in SCALARS:
                raise SchemaError(f"{where}: @column needs a non-list scalar field of a view type")
            spec.column = _string_args(directive, {"name": False}).get("name")
        else:
            raise SchemaError(f"{where}: unexpected directive @{dname}")
    if not DOCUMENT_KEY.fullmatch(spec.key):
        raise SchemaError(f"{where}: document key {spec.key!r} is not valid")
    if "column" in seen:
        spec.column = _identifier(spec.column or spec.key, "column")
    return spec


def _queries(node: ObjectTypeDefinitionNode, objects: dict[str, ObjectSpec]) -> dict[str, QueryFieldSpec]:
    queries: dict[str, QueryFieldSpec] = {}
    for field_node in node.fields:
        name = field_node.name.value
        ref = _type_ref(field_node.type)
        target = objects.get(ref.name)
        if field_node.directives or field_node.description or name in queries:
            raise SchemaError(f"Query.{name}: directives, descriptions and repeated fields are not allowed")
        if target is None or target.view is None:
            raise SchemaError(f"Query.{name}: must return a view type")
        if not field_node.arguments and ref.is_list and ref.non_null and ref.item_non_null:
            queries[name] = QueryFieldSpec(name, "list", ref.name)
            continue
        args = field_node.arguments
        id_field = target.fields.get("id")
        if (
            len(args) == 1
            and args[0].name.value == "id"
            and args[0].default_value is None
            and not args[0].directives
            and not args[0].description
            and not ref.is_list
            and not ref.non_null
            and id_field is not None
            and not id_field.type.is_list
            and id_field.type.name in ("UUID", "ID")
            and _type_ref(args[0].type) == TypeRef(id_field.type.name, False, True)
        ):
            queries[name] = QueryFieldSpec(name, "lookup", ref.name, id_field.type.name)
            continue
        raise SchemaError(f"Query.{name}: neither a list query `[T!]!` nor a lookup `(id: S!): T`")
    return queries
