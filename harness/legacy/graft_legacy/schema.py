"""The exposed GraphQL schema (CONTRACT §1.5-§1.7) built with graphql-core from the SDL model."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Optional

from graphql import (
    GraphQLArgument,
    GraphQLEnumType,
    GraphQLField,
    GraphQLInputField,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLInt,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLSchema,
    specified_directives,
)

from .operators import LIST, SCALAR, SCALAR_LIST, operators_of
from .scalars import SCALARS
from .sdl import Model, ObjectSpec, SchemaError, TypeRef, load_model

ORDER_DIRECTIONS = ("ASC", "DESC", "ASC_NULLS_FIRST", "ASC_NULLS_LAST", "DESC_NULLS_FIRST", "DESC_NULLS_LAST")


@dataclass
class GraftSchema:
    """The SDL model, the graphql-core schema built from it, and the SDL's hash."""

    model: Model
    graphql: GraphQLSchema
    sha256: str


def load_schema(path: str, default_schema: str = "public") -> GraftSchema:
    """Read the SDL file at `path`; raise SchemaError (§1.1) when it cannot be served."""
    with open(path, "rb") as handle:
        raw = handle.read()
    try:
        sdl = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise SchemaError("the SDL file is not UTF-8") from None
    model = load_model(sdl, default_schema)
    return GraftSchema(model, _Builder(model).build(), hashlib.sha256(raw).hexdigest())


def _wrap(ref: TypeRef, named):  # type: ignore[no-untyped-def]
    inner = GraphQLNonNull(named) if ref.item_non_null else named
    if ref.is_list:
        inner = GraphQLList(inner)
    elif ref.item_non_null:  # pragma: no cover - item markers only exist on lists
        raise AssertionError
    return GraphQLNonNull(inner) if ref.non_null else inner


class _Builder:
    def __init__(self, model: Model) -> None:
        self.model = model
        self.outputs: dict[str, GraphQLObjectType] = {}
        self.wheres: dict[str, GraphQLInputObjectType] = {}
        self.orders: dict[str, Optional[GraphQLInputObjectType]] = {}
        self.filters: dict[str, GraphQLInputObjectType] = {}
        self.direction = GraphQLEnumType("OrderDirection", {name: name for name in ORDER_DIRECTIONS})
        self.has_order = self._orderable()

    def build(self) -> GraphQLSchema:
        query_fields: dict[str, GraphQLField] = {}
        for spec in self.model.queries.values():
            target = self.model.objects[spec.target]
            if spec.kind == "list":
                args = {"where": GraphQLArgument(self._where(target))}
                order = self._order(target)
                if order is not None:
                    args["orderBy"] = GraphQLArgument(GraphQLList(GraphQLNonNull(order)))
                args["limit"] = GraphQLArgument(GraphQLInt)
                args["offset"] = GraphQLArgument(GraphQLInt)
                out: GraphQLOutputType = GraphQLNonNull(GraphQLList(GraphQLNonNull(self._output(target))))
            else:
                assert spec.id_type is not None
                args = {"id": GraphQLArgument(GraphQLNonNull(SCALARS[spec.id_type]))}
                out = self._output(target)
            query_fields[spec.name] = GraphQLField(out, args)
        self._check_names()
        schema = GraphQLSchema(
            query=GraphQLObjectType("Query", query_fields),
            types=list(SCALARS.values()),
            directives=specified_directives,
        )
        # __schema.types is sorted by name (§1.7); graphql-core lists the type map as collected.
        schema.type_map = dict(sorted(schema.type_map.items()))
        return schema

    def _check_names(self) -> None:
        generated = set(self.filters) | {"OrderDirection"}
        for name in self.model.objects:
            generated |= {name + "WhereInput", name + "OrderByInput"}
        clash = generated & (set(self.model.objects) | {"Query"})
        if clash:
            raise SchemaError(f"generated type name(s) clash with SDL types: {', '.join(sorted(clash))}")

    def _output(self, obj: ObjectSpec) -> GraphQLObjectType:
        if obj.name not in self.outputs:
            def fields() -> dict[str, GraphQLField]:
                return {
                    spec.name: GraphQLField(_wrap(spec.type, self._named_output(spec.type.name)))
                    for spec in obj.fields.values()
                }
            self.outputs[obj.name] = GraphQLObjectType(obj.name, fields)
        return self.outputs[obj.name]

    def _named_output(self, name: str):  # type: ignore[no-untyped-def]
        return SCALARS.get(name) or self._output(self.model.objects[name])

    def _where(self, obj: ObjectSpec) -> GraphQLInputObjectType:
        if obj.name not in self.wheres:
            def fields() -> dict[str, GraphQLInputField]:
                result: dict[str, GraphQLInputField] = {}
                for spec in obj.fields.values():
                    name, is_list = spec.type.name, spec.type.is_list
                    if name in SCALARS:
                        result[spec.name] = GraphQLInputField(self._filter(LIST if is_list else name, name))
                    elif not is_list:
                        result[spec.name] = GraphQLInputField(self._where(self.model.objects[name]))
                me = self.wheres[obj.name]
                result["AND"] = GraphQLInputField(GraphQLList(GraphQLNonNull(me)))
                result["OR"] = GraphQLInputField(GraphQLList(GraphQLNonNull(me)))
                result["NOT"] = GraphQLInputField(me)
                return result
            self.wheres[obj.name] = GraphQLInputObjectType(obj.name + "WhereInput", fields)
            # Generate eagerly so that name clashes of filter types are known before the schema.
            self.wheres[obj.name].fields  # noqa: B018
        return self.wheres[obj.name]

    def _filter(self, family: str, scalar: str) -> GraphQLInputObjectType:
        name = scalar + ("ListFilter" if family == LIST else "Filter")
        if name not in self.filters:
            fields: dict[str, GraphQLInputField] = {}
            for op in operators_of(family):
                fields[op.name] = GraphQLInputField(self._operand(op.input, scalar))
            self.filters[name] = GraphQLInputObjectType(name, fields)
        return self.filters[name]

    @staticmethod
    def _operand(spec: str, scalar: str) -> GraphQLInputType:
        if spec == SCALAR:
            return SCALARS[scalar]
        if spec == SCALAR_LIST:
            return GraphQLList(GraphQLNonNull(SCALARS[scalar]))
        if spec.startswith("["):
            return GraphQLList(GraphQLNonNull(SCALARS[spec.strip("[]!")]))
        return SCALARS[spec]

    def _orderable(self) -> set[str]:
        """Names of the types whose `XOrderByInput` exists (a least fixpoint over embedded types)."""
        result: set[str] = set()
        changed = True
        while changed:
            changed = False
            for obj in self.model.objects.values():
                if obj.name in result:
                    continue
                for spec in obj.fields.values():
                    t = spec.type
                    if not t.is_list and ((t.name in SCALARS and t.name != "JSON") or t.name in result):
                        result.add(obj.name)
                        changed = True
                        break
        return result

    def _order(self, obj: ObjectSpec) -> Optional[GraphQLInputObjectType]:
        if obj.name not in self.has_order:
            return None
        if obj.name not in self.orders:
            def fields() -> dict[str, GraphQLInputField]:
                result: dict[str, GraphQLInputField] = {}
                for spec in obj.fields.values():
                    t = spec.type
                    if t.is_list:
                        continue
                    if t.name in SCALARS:
                        if t.name != "JSON":
                            result[spec.name] = GraphQLInputField(self.direction)
                    else:
                        nested = self._order(self.model.objects[t.name])
                        if nested is not None:
                            result[spec.name] = GraphQLInputField(nested)
                return result
            self.orders[obj.name] = GraphQLInputObjectType(obj.name + "OrderByInput", fields)
        return self.orders[obj.name]


