"""What the generator and the coverage report know about a schema — all read from the SDL.

The SDL is loaded with graft_legacy's builder (CONTRACT §1), which yields both Graft's model
(views, document keys, columns, tenancy) and the exposed graphql-core schema with the generated
filter, where and order input types. Everything below is derived from those two: a new field,
view, scalar or filter operator shows up here without code changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    GraphQLSchema,
    get_named_type,
)

from graft_legacy.schema import GraftSchema, load_schema
from graft_legacy.sdl import FieldSpec, Model

LOGICAL = ("AND", "OR", "NOT")


@dataclass(frozen=True)
class Leaf:
    """A scalar (or list-of-scalar) field reached from a view type through embedded fields."""

    path: tuple[str, ...]  # field names from the view type, e.g. ("homeAddress", "geo", "lat")
    keys: tuple[str, ...]  # the document keys along the path
    owners: tuple[str, ...]  # the object type declaring each field of the path
    scalar: str
    is_list: bool
    column: Optional[str]

    @property
    def owner(self) -> str:
        return self.owners[-1]

    @property
    def coordinate(self) -> str:
        """The schema coordinate of the last field, `Type.field`."""
        return f"{self.owners[-1]}.{self.path[-1]}"

    @property
    def dotted(self) -> str:
        return ".".join(self.path)


@dataclass(frozen=True)
class FilterLeaf:
    leaf: Leaf
    filter_type: str  # e.g. "StringFilter", "IntListFilter"


@dataclass
class View:
    """One view type with the query fields that read it."""

    type_name: str
    relation: str  # "schema.view"
    jsonb: str
    tenant_column: Optional[str]
    list_fields: list[str] = field(default_factory=list)
    lookup_fields: list[str] = field(default_factory=list)
    where_type: Optional[str] = None
    order_type: Optional[str] = None
    filter_leaves: list[FilterLeaf] = field(default_factory=list)
    order_leaves: list[Leaf] = field(default_factory=list)
    select_leaves: list[Leaf] = field(default_factory=list)
    tiebreaker: Optional[str] = None  # the field ordering by the `id` column, if any
    id_field: Optional[str] = None  # the lookup's `id` field

    @property
    def tenant_scoped(self) -> bool:
        return self.tenant_column is not None


class SchemaInfo:
    """The views, fields and generated input types of one SDL file."""

    def __init__(self, graft: GraftSchema) -> None:
        self.graft = graft
        self.model: Model = graft.model
        self.schema: GraphQLSchema = graft.graphql
        self.query_type: GraphQLObjectType = self.schema.query_type  # type: ignore[assignment]
        self.views: dict[str, View] = {}
        self._build()

    @classmethod
    def load(cls, path: str) -> "SchemaInfo":
        return cls(load_schema(path))

    # -- construction ---------------------------------------------------------------------

    def _build(self) -> None:
        for spec in self.model.queries.values():
            obj = self.model.objects[spec.target]
            assert obj.view is not None
            view = self.views.get(obj.name)
            if view is None:
                view = View(obj.name, f"{obj.view.schema}.{obj.view.relation}", obj.view.jsonb, obj.view.tenant)
                self.views[obj.name] = view
                tiebreak = obj.id_column_field()
                view.tiebreaker = tiebreak.name if tiebreak else None
                view.id_field = "id" if "id" in obj.fields else None
                view.select_leaves = self._leaves(obj.name, (), (), ())
            if spec.kind == "list":
                view.list_fields.append(spec.name)
                args = self.query_type.fields[spec.name].args
                where = get_named_type(args["where"].type)
                view.where_type = where.name
                view.filter_leaves = self._filter_leaves(where, obj.name, (), (), ())
                if "orderBy" in args:
                    order = get_named_type(args["orderBy"].type)
                    view.order_type = order.name
                    view.order_leaves = self._order_leaves(order, obj.name, (), (), ())
            else:
                view.lookup_fields.append(spec.name)

    def field_spec(self, owner: str, name: str) -> FieldSpec:
        return self.model.objects[owner].fields[name]

    def _leaf(self, owner: str, name: str, path: tuple[str, ...], keys: tuple[str, ...],
              owners: tuple[str, ...]) -> Leaf:
        spec = self.field_spec(owner, name)
        return Leaf(path + (name,), keys + (spec.key,), owners + (owner,), spec.type.name, spec.type.is_list,
                    spec.column)

    def _leaves(self, owner: str, path: tuple[str, ...], keys: tuple[str, ...],
                owners: tuple[str, ...]) -> list[Leaf]:
        """Every scalar leaf reachable through non-list embedded fields (for selections)."""
        result: list[Leaf] = []
        for spec in self.model.objects[owner].fields.values():
            if spec.is_scalar:
                result.append(self._leaf(owner, spec.name, path, keys, owners))
            elif not spec.type.is_list:
                result += self._leaves(spec.type.name, path + (spec.name,), keys + (spec.key,), owners + (owner,))
        return result

    def _filter_leaves(self, where: GraphQLInputObjectType, owner: str, path: tuple[str, ...],
                       keys: tuple[str, ...], owners: tuple[str, ...]) -> list[FilterLeaf]:
        result: list[FilterLeaf] = []
        for name, input_field in where.fields.items():
            if name in LOGICAL:
                continue
            target = get_named_type(input_field.type)
            assert isinstance(target, GraphQLInputObjectType)
            if is_where_type(target):
                spec = self.field_spec(owner, name)
                result += self._filter_leaves(target, spec.type.name, path + (name,), keys + (spec.key,),
                                              owners + (owner,))
            else:
                result.append(FilterLeaf(self._leaf(owner, name, path, keys, owners), target.name))
        return result

    def _order_leaves(self, order: GraphQLInputObjectType, owner: str, path: tuple[str, ...],
                      keys: tuple[str, ...], owners: tuple[str, ...]) -> list[Leaf]:
        result: list[Leaf] = []
        for name, input_field in order.fields.items():
            target = get_named_type(input_field.type)
            if isinstance(target, GraphQLInputObjectType):
                spec = self.field_spec(owner, name)
                result += self._order_leaves(target, spec.type.name, path + (name,), keys + (spec.key,),
                                             owners + (owner,))
            else:
                result.append(self._leaf(owner, name, path, keys, owners))
        return result

    # -- queries about the schema -----------------------------------------------------------

    def list_views(self) -> list[tuple[str, View]]:
        """(list query field, view) pairs in Query's field order."""
        return [(name, view) for view in self.views.values() for name in view.list_fields]

    def lookup_views(self) -> list[tuple[str, View]]:
        return [(name, view) for view in self.views.values() for name in view.lookup_fields]

    def filter_types(self) -> dict[str, GraphQLInputObjectType]:
        """The generated filter input types reachable from Query, in schema (name) order."""
        names = {leaf.filter_type for view in self.views.values() for leaf in view.filter_leaves}
        return {name: self.schema.type_map[name] for name in sorted(names)}  # type: ignore[misc]

    def operators(self, filter_type: str) -> list[str]:
        return list(self.input_type(filter_type).fields)

    def operand_type(self, filter_type: str, operator: str) -> GraphQLInputType:
        return self.input_type(filter_type).fields[operator].type

    def filter_scalar(self, filter_type: str) -> str:
        """The scalar a filter type is generated for: the type of its first operator's operand, or
        of a list operator's items (every filter family starts with the family's scalar)."""
        for input_field in self.input_type(filter_type).fields.values():
            named = get_named_type(input_field.type)
            return named.name
        raise ValueError(f"{filter_type} has no fields")

    def input_type(self, name: str) -> GraphQLInputObjectType:
        found = self.schema.type_map[name]
        assert isinstance(found, GraphQLInputObjectType)
        return found

    def object_type(self, name: str) -> GraphQLObjectType:
        found = self.schema.type_map[name]
        assert isinstance(found, GraphQLObjectType)
        return found

    def enum_values(self, name: str) -> list[str]:
        found = self.schema.type_map[name]
        assert isinstance(found, GraphQLEnumType)
        return list(found.values)

    def scalar(self, name: str) -> GraphQLScalarType:
        found = self.schema.type_map[name]
        assert isinstance(found, GraphQLScalarType)
        return found

    def scalar_names(self) -> list[str]:
        return [name for name, t in self.schema.type_map.items()
                if isinstance(t, GraphQLScalarType) and not name.startswith("__")]

    def object_names(self) -> list[str]:
        return [name for name, t in self.schema.type_map.items()
                if isinstance(t, GraphQLObjectType) and not name.startswith("__")]

    def type_names(self) -> list[str]:
        return list(self.schema.type_map)

    def direction_enum(self) -> Optional[str]:
        """The enum type used by the order inputs (OrderDirection)."""
        for view in self.views.values():
            if view.order_type:
                for input_field in self.input_type(view.order_type).fields.values():
                    named = get_named_type(input_field.type)
                    if isinstance(named, GraphQLEnumType):
                        return named.name
        return None

    def selection_cells(self) -> list[str]:
        """`Type.field` for every field of every SDL object type (Query included)."""
        cells = []
        for name in self.object_names():
            cells += [f"{name}.{f}" for f in self.object_type(name).fields]
        return cells

    def filter_cells(self) -> list[str]:
        """`Type.field` for every field that some generated where input exposes."""
        cells: list[str] = []
        for name, t in self.schema.type_map.items():
            if isinstance(t, GraphQLInputObjectType) and is_where_type(t):
                owner = name[: -len("WhereInput")]
                cells += [f"{owner}.{f}" for f in t.fields if f not in LOGICAL]
        return sorted(set(cells))

    def order_cells(self) -> list[str]:
        cells: list[str] = []
        for view in self.views.values():
            if view.order_type:
                cells += self._order_cells(self.input_type(view.order_type))
        return sorted(set(cells))

    def _order_cells(self, order: GraphQLInputObjectType) -> list[str]:
        owner = order.name[: -len("OrderByInput")]
        cells = []
        for name, input_field in order.fields.items():
            cells.append(f"{owner}.{name}")
            target = get_named_type(input_field.type)
            if isinstance(target, GraphQLInputObjectType):
                cells += self._order_cells(target)
        return cells

    def operator_cells(self) -> list[str]:
        return [f"{name}.{op}" for name in self.filter_types() for op in self.operators(name)]


def is_where_type(t: GraphQLInputObjectType) -> bool:
    """Where inputs are the input types with the logical combinators (an SDL field cannot be named
    AND, OR or NOT, so filter types never have them)."""
    return all(name in t.fields for name in LOGICAL)


def type_text(t: GraphQLInputType) -> str:
    """SDL form of an input type (`[String!]`, `Int`)."""
    if isinstance(t, GraphQLNonNull):
        return type_text(t.of_type) + "!"
    if isinstance(t, GraphQLList):
        return "[" + type_text(t.of_type) + "]"
    return t.name  # type: ignore[union-attr]
