"""SQL for one root field (CONTRACT §5), composed with `psycopg.sql`.

Every piece of SQL is a `psycopg.sql.Composable` carrying the parameters it placed, in textual
order. Values are always parameters (`Placeholder` followed by `::type`); identifiers are
`Identifier`s and document keys `Literal`s, both taken only from the schema.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Optional

from graphql import GraphQLError
from graphql.language import BooleanValueNode, EnumValueNode
from psycopg import sql

from .config import Config
from .errors import FORBIDDEN, FieldFailed
from .operators import BY_FAMILY, LIST, Operator
from .params import (
    COLUMN_TYPE,
    PATH_CAST,
    PRIVATE_NETWORKS,
    Param,
    ValuePath,
    array_literal,
    element_json,
    json_text,
    leaf_int,
    leaf_text,
    like_escape,
    scalar_text,
)
from .scalars import UUID, is_cidr
from .sdl import FieldSpec, Model, ObjectSpec, QueryFieldSpec
from .values import ABSENT, SingleItemList, Variables, first

@dataclass(frozen=True)
class Piece:
    """A fragment of SQL and the parameters its placeholders stand for, in order."""

    sql: sql.Composable
    params: tuple[Param, ...] = ()


FALSE = Piece(sql.SQL("(FALSE)"))
_AND = sql.SQL(" AND ")
_OR = sql.SQL(" OR ")


def _param(type_: str, text: str) -> Piece:
    return Piece(sql.Composed([sql.Placeholder(), sql.SQL("::" + type_)]), (Param(type_, text),))


def _join(pieces: list[Piece], joiner: sql.SQL) -> Piece:
    return Piece(joiner.join([p.sql for p in pieces]), tuple(p for piece in pieces for p in piece.params))


def and_group(items: Iterable[Optional[Piece]]) -> Optional[Piece]:
    """§5.4 AND-group: TRUE (None) items dropped; none -> TRUE; one -> itself; else parenthesised."""
    kept = [item for item in items if item is not None]
    if not kept:
        return None
    if len(kept) == 1:
        return kept[0]
    joined = _join(kept, _AND)
    return Piece(sql.Composed([sql.SQL("("), joined.sql, sql.SQL(")")]), joined.params)


def or_group(items: list[Optional[Piece]]) -> Optional[Piece]:
    """§5.4 OR: [] -> FALSE; any TRUE -> TRUE; one -> itself; else parenthesised."""
    if not items:
        return FALSE
    if any(item is None for item in items):
        return None
    if len(items) == 1:
        return items[0]
    joined = _join(items, _OR)  # type: ignore[arg-type]
    return Piece(sql.Composed([sql.SQL("("), joined.sql, sql.SQL(")")]), joined.params)


@dataclass
class Paths:
    """The expressions of §5.2 for one field: typed P, JSON J, null test X, parameter type t."""

    P: sql.Composable
    J: sql.Composable
    X: sql.Composable
    type: str

    @classmethod
    def of(cls, spec: FieldSpec, jsonb: str, prefix: tuple[str, ...]) -> "Paths":
        scalar = spec.type.name
        if spec.column:
            column = sql.Identifier(spec.column)
            return cls(column, column, column, COLUMN_TYPE[scalar])
        base: list[sql.Composable] = [sql.Identifier(jsonb)]
        for key in prefix:
            base += [sql.SQL("->"), sql.Literal(key)]
        text = sql.Composed(base + [sql.SQL("->>"), sql.Literal(spec.key)])
        json = sql.Composed(base + [sql.SQL("->"), sql.Literal(spec.key)])
        if spec.type.is_list or scalar == "JSON":
            return cls(json, json, text, "jsonb")
        cast = PATH_CAST[scalar]
        if cast is None:
            return cls(text, json, text, "text")
        return cls(sql.Composed([sql.SQL("("), text, sql.SQL(")::" + cast)]), json, text, cast)


@dataclass
class Statement:
    """One SELECT: the composed SQL (psycopg placeholders) and its parameters."""

    composed: sql.Composed
    params: list[Param]
    text: str = field(init=False)

    def __post_init__(self) -> None:
        self.text = render(self.composed)


def render(composable: sql.Composable) -> str:
    """The canonical text of §5.1: the SQL psycopg sends, placeholders numbered `$1`, `$2`, ...

    psycopg itself renders `Identifier` only with a live connection; planning needs no database,
    so identifiers are quoted here the way PQescapeIdentifier quotes them. A database test checks
    that this equals psycopg's own rendering on a connection.
    """
    out: list[str] = []
    counter = 0

    def walk(node: sql.Composable) -> None:
        nonlocal counter
        if isinstance(node, sql.Composed):
            for child in node:
                walk(child)
        elif isinstance(node, sql.Placeholder):
            counter += 1
            out.append(f"${counter}")
        elif isinstance(node, sql.Identifier):
            out.append(".".join('"' + part.replace('"', '""') + '"' for part in node._obj))
        else:
            out.append(node.as_string(None))

    walk(composable)
    return "".join(out)


class FieldPlanner:
    """Plans the statement of one list query or lookup (checks in the order of §5.7)."""

    def __init__(self, model: Model, config: Config, variables: Variables) -> None:
        self.model = model
        self.config = config
        self.variables = variables

    def plan(self, spec: QueryFieldSpec, args: dict[str, Any], tenant: Any) -> Statement:
        obj = self.model.objects[spec.target]
        view = obj.view
        assert view is not None
        items: list[Piece] = []
        if view.tenant:
            if not (isinstance(tenant, str) and _is_uuid(tenant)):
                raise FieldFailed(f'Tenant context is required for type "{obj.name}".', FORBIDDEN)
            atom = _param("uuid", tenant.lower())
            items.append(Piece(sql.Composed([sql.SQL("("), sql.Identifier(view.tenant), sql.SQL(" = "), atom.sql,
                                             sql.SQL(")")]), atom.params))
        tail: list[Piece] = []
        order: list[Piece] = []
        condition: Optional[Piece] = None
        if spec.kind == "list":
            limit, offset = args.get("limit"), args.get("offset")
            if limit is not None and limit is not ABSENT:
                value = leaf_int(limit)
                if value < 0:
                    raise FieldFailed('Argument "limit" must not be negative.')
                if value > self.config.max_limit:
                    raise FieldFailed(f'Argument "limit" must not exceed {self.config.max_limit}.')
                tail.append(_prefixed(" LIMIT ", _param("bigint", str(value))))
            if offset is not None and offset is not ABSENT:
                value = leaf_int(offset)
                if value < 0:
                    raise FieldFailed('Argument "offset" must not be negative.')
                tail.append(_prefixed(" OFFSET ", _param("bigint", str(value))))
            order = self._order_by(obj, view.jsonb, args.get("orderBy"))
            where = args.get("where")
            if isinstance(where, dict):
                condition = self._where(obj, view.jsonb, where, (), ValuePath("where"))
        else:
            id_spec = obj.fields["id"]
            assert spec.id_type is not None
            text = scalar_text(spec.id_type, args["id"], ValuePath("id"), self.variables)
            paths = Paths.of(id_spec, view.jsonb, ())
            atom = _param(paths.type, text)
            items.append(Piece(sql.Composed([sql.SQL("("), paths.P, sql.SQL(" = "), atom.sql, sql.SQL(")")]),
                               atom.params))
        if condition is not None:
            items.append(condition)

        parts: list[Piece] = [Piece(sql.Composed([
            sql.SQL("SELECT "), sql.Identifier(view.jsonb), sql.SQL("::text FROM "),
            sql.Identifier(view.schema, view.relation),
        ]))]
        if items:
            parts.append(Piece(sql.SQL(" WHERE ")))
            parts.append(_join(items, _AND))
        if order:
            parts.append(Piece(sql.SQL(" ORDER BY ")))
            parts.append(_join(order, sql.SQL(", ")))
        parts.extend(tail)
        joined = _join(parts, sql.SQL(""))
        return Statement(joined.sql if isinstance(joined.sql, sql.Composed) else sql.Composed([joined.sql]),
                         list(joined.params))

    # ORDER BY (§5.6)

    def _order_by(self, obj: ObjectSpec, jsonb: str, value: Any) -> list[Piece]:
        if value is None or value is ABSENT:
            return []
        keys: list[Piece] = []
        last: Optional[FieldSpec] = None
        for index, element in enumerate(value):
            piece, last = self._order_key(obj, jsonb, element, (), index)
            keys.append(piece)
        id_spec = obj.id_column_field()
        if keys and id_spec is not None and last is not id_spec:
            keys.append(Piece(sql.Composed([sql.Identifier("id"), sql.SQL(" ASC NULLS LAST")])))
        return keys

    def _order_key(self, obj: ObjectSpec, jsonb: str, element: dict[str, Any], prefix: tuple[str, ...],
                   index: int) -> tuple[Piece, FieldSpec]:
        entry = first(element)
        if entry is None:
            found = sum(1 for v in element.values() if v is not None)
            raise FieldFailed(f"Invalid orderBy element at index {index}: exactly one field must be set, "
                              f"found {found}.")
        name, value = entry
        spec = obj.fields[name]
        if spec.type.name not in PATH_CAST:
            piece, _ = self._order_key(self.model.objects[spec.type.name], jsonb, value, prefix + (spec.key,), index)
            return piece, spec
        direction = value.value if isinstance(value, EnumValueNode) else value
        paths = Paths.of(spec, jsonb, prefix)
        return Piece(sql.Composed([paths.P, sql.SQL(" " + _DIRECTIONS[direction])])), spec

    # WHERE (§5.3, §5.4)

    def _where(self, obj: ObjectSpec, jsonb: str, where: dict[str, Any], prefix: tuple[str, ...],
               path: ValuePath) -> Optional[Piece]:
        items: list[Optional[Piece]] = []
        for name, value in where.items():
            if value is None:
                continue
            here = path.field(name)
            if name == "AND":
                items.append(and_group([self._where(obj, jsonb, w, prefix, _item(here, value, i))
                                        for i, w in enumerate(value)]))
            elif name == "OR":
                items.append(or_group([self._where(obj, jsonb, w, prefix, _item(here, value, i))
                                       for i, w in enumerate(value)]))
            elif name == "NOT":
                inner = self._where(obj, jsonb, value, prefix, here)
                items.append(FALSE if inner is None else Piece(
                    sql.Composed([sql.SQL("(NOT "), inner.sql, sql.SQL(")")]), inner.params))
            else:
                spec = obj.fields[name]
                if spec.type.name in PATH_CAST:
                    items.append(self._filter(spec, Paths.of(spec, jsonb, prefix), value, here))
                else:
                    nested = self.model.objects[spec.type.name]
                    items.append(self._where(nested, jsonb, value, prefix + (spec.key,), here))
        return and_group(items)

    def _filter(self, spec: FieldSpec, paths: Paths, operators: dict[str, Any], path: ValuePath) -> Optional[Piece]:
        family = LIST if spec.type.is_list else spec.type.name
        atoms: list[Optional[Piece]] = []
        for name, value in operators.items():
            if value is None:
                continue
            op = BY_FAMILY[(family, name)]
            atoms.append(self._atom(op, spec.type.name, paths, value, path.field(name)))
        return and_group(atoms)

    def _atom(self, op: Operator, scalar: str, paths: Paths, value: Any, path: ValuePath) -> Piece:
        template = op.sql
        if isinstance(template, tuple):
            flag = value.value if isinstance(value, BooleanValueNode) else value
            template = template[0] if flag else template[1]
        slots: dict[str, sql.Composable] = {"P": paths.P, "J": paths.J, "X": paths.X}
        if "{G}" in template:
            slots["G"] = sql.Composed([sql.SQL("CASE jsonb_typeof("), paths.J, sql.SQL(") WHEN 'array' THEN "),
                                       paths.J, sql.SQL(" END")])
        params: tuple[Param, ...] = ()
        if op.param is not None:
            param = self._encode(op.param, scalar, paths, value, path)
            slots["v"] = param.sql
            params = param.params
        return Piece(sql.SQL(template).format(**slots), params)

    def _encode(self, encoding: str, scalar: str, paths: Paths, value: Any, path: ValuePath) -> Piece:
        v = self.variables
        if encoding == "value":
            return _param(paths.type, scalar_text(scalar, value, path, v))
        if encoding == "array":
            texts = [scalar_text(scalar, item, _item(path, value, i), v) for i, item in enumerate(value)]
            return _param(paths.type + "[]", array_literal(texts))
        if encoding in ("elements", "each_element"):
            elements = [element_json(scalar, item, _item(path, value, i), v) for i, item in enumerate(value)]
            if encoding == "elements":
                return _param("jsonb", "[" + ",".join(elements) + "]")
            return _param("jsonb[]", array_literal(["[" + e + "]" for e in elements]))
        if encoding == "element":
            return _param("jsonb", "[" + element_json(scalar, value, path, v) + "]")
        if encoding == "integer":
            return _param("integer", str(leaf_int(value)))
        if encoding == "like_contains":
            return _param("text", "%" + like_escape(leaf_text(value, path)) + "%")
        if encoding == "like_prefix":
            return _param("text", like_escape(leaf_text(value, path)) + "%")
        if encoding == "like_suffix":
            return _param("text", "%" + like_escape(leaf_text(value, path)))
        if encoding == "text":
            return _param("text", leaf_text(value, path))
        if encoding == "cidr":
            text = _raw_str(value)
            if not is_cidr(text):
                raise path.fail("expected a network in CIDR notation.")
            return _param("inet", text)
        if encoding == "private":
            return _param("inet[]", array_literal(PRIVATE_NETWORKS))
        if encoding in ("ltree", "date", "daterange"):
            return _param(encoding, scalar_text({"ltree": "LTree", "date": "Date"}.get(encoding, "DateRange"),
                                                value, path, v))
        if encoding == "lquery":
            return _param("lquery", leaf_text(value, path))
        if encoding == "json":
            return _param("jsonb", json_text(value, path, v))
        if encoding == "text_array":
            texts = [leaf_text(item, _item(path, value, i)) for i, item in enumerate(value)]
            return _param("text[]", array_literal(texts))
        raise AssertionError(f"unknown parameter encoding {encoding}")


_DIRECTIONS = {
    "ASC": "ASC NULLS LAST",
    "DESC": "DESC NULLS FIRST",
    "ASC_NULLS_FIRST": "ASC NULLS FIRST",
    "ASC_NULLS_LAST": "ASC NULLS LAST",
    "DESC_NULLS_FIRST": "DESC NULLS FIRST",
    "DESC_NULLS_LAST": "DESC NULLS LAST",
}


def _item(path: ValuePath, values: list[Any], index: int) -> ValuePath:
    """The path of a list item: indexed, unless a single value stood for the list."""
    return path if isinstance(values, SingleItemList) else path.index(index)


def _prefixed(keyword: str, piece: Piece) -> Piece:
    return Piece(sql.Composed([sql.SQL(keyword), piece.sql]), piece.params)


def _raw_str(value: Any) -> str:
    return getattr(value, "value", value)


def _is_uuid(text: str) -> bool:
    try:
        UUID.parse_value(text)
        return True
    except GraphQLError:
        return False

