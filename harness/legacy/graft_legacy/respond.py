"""Shaping rows into the response (CONTRACT §7.2) and introspection through graphql-core (§1.7)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from graphql import GraphQLObjectType, GraphQLSchema
from graphql.execution import ExecutionContext
from graphql.execution.collect_fields import collect_sub_fields
from graphql.language import FieldNode, FragmentDefinitionNode
from graphql.pyutils import Path

from .jsontext import load_document
from .sdl import Model, ObjectSpec

TYPENAME, VALUE, OBJECT, OBJECT_LIST = range(4)


@dataclass(frozen=True)
class Entry:
    response_key: str
    kind: int
    key: str  # the document key, or the type name for __typename
    child: Optional["Projection"] = None


@dataclass(frozen=True)
class Projection:
    """The collected fields of one object type, in response order."""

    entries: tuple[Entry, ...]

    def apply(self, document: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for entry in self.entries:
            if entry.kind == VALUE:
                out[entry.response_key] = document.get(entry.key)
            elif entry.kind == TYPENAME:
                out[entry.response_key] = entry.key
            else:
                member = document.get(entry.key)
                child = entry.child
                assert child is not None
                if entry.kind == OBJECT:
                    out[entry.response_key] = child.apply(member) if isinstance(member, dict) else None
                elif isinstance(member, list):
                    out[entry.response_key] = [child.apply(m) if isinstance(m, dict) else None for m in member]
                else:
                    out[entry.response_key] = None
        return out


class ProjectionBuilder:
    """CollectFields (§7.2) with graphql-core's `collect_sub_fields`: fragments, @skip/@include, aliases."""

    def __init__(self, schema: GraphQLSchema, model: Model, fragments: dict[str, FragmentDefinitionNode],
                 variable_values: dict[str, Any]) -> None:
        self.schema = schema
        self.model = model
        self.fragments = fragments
        self.variable_values = variable_values

    def build(self, obj: ObjectSpec, field_nodes: list[FieldNode]) -> Projection:
        gql_type = self.schema.type_map[obj.name]
        assert isinstance(gql_type, GraphQLObjectType)
        collected = collect_sub_fields(self.schema, self.fragments, self.variable_values, gql_type, field_nodes)
        entries: list[Entry] = []
        for response_key, nodes in collected.items():
            name = nodes[0].name.value
            if name == "__typename":
                entries.append(Entry(response_key, TYPENAME, obj.name))
                continue
            spec = obj.fields[name]
            nested = self.model.objects.get(spec.type.name)
            if nested is None:
                entries.append(Entry(response_key, VALUE, spec.key))
            else:
                kind = OBJECT_LIST if spec.type.is_list else OBJECT
                entries.append(Entry(response_key, kind, spec.key, self.build(nested, nodes)))
        return Projection(tuple(entries))


def project_rows(rows: list[Optional[str]], projection: Projection) -> list[dict[str, Any]]:
    """Rows' JSON texts -> projected objects; SQL NULL and non-object documents are skipped (§6)."""
    out = []
    for text in rows:
        if text is None:
            continue
        document = load_document(text)
        if isinstance(document, dict):
            out.append(projection.apply(document))
    return out


class IntrospectionContext(ExecutionContext):
    """graphql-core's executor for `__schema` / `__type`, with every `description` null (§1.7)."""

    def execute_field(self, parent_type: GraphQLObjectType, source: Any, field_nodes: list[FieldNode],
                      path: Path) -> Any:
        if field_nodes[0].name.value == "description" and parent_type.name.startswith("__"):
            return None
        return super().execute_field(parent_type, source, field_nodes, path)

    def meta_field(self, response_key: str, field_nodes: list[FieldNode]) -> Any:
        """Resolve one introspection root field; errors land in `self.errors`."""
        query_type = self.schema.query_type
        assert query_type is not None
        return self.execute_field(query_type, None, field_nodes, Path(None, response_key, query_type.name))
