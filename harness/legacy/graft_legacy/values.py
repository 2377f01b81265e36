"""Argument values as plain Python data, in the order the caller wrote them (CONTRACT §4.2, §5.4).

graphql-core's own coercion decides acceptance and messages, but lists input-object fields in
definition order; rendering needs the written order (literal order, or the variables JSON member
order), so arguments are normalised here: input objects become dicts, list positions become lists
(a single value given for a list becomes a `SingleItemList`), and scalar leaves stay what they were
written as — a literal node, or the decoded JSON value of a variable.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from graphql import (
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLList,
    GraphQLNonNull,
)
from graphql.language import (
    ListValueNode,
    NullValueNode,
    ObjectValueNode,
    OperationDefinitionNode,
    ValueNode,
    VariableNode,
)


class _Absent:
    """An argument or input field given a variable that has neither a value nor a default."""

    def __repr__(self) -> str:
        return "ABSENT"


ABSENT = _Absent()


class SingleItemList(list):  # type: ignore[type-arg]
    """A list position given one value instead of a list (no index in value paths)."""


@dataclass
class Variables:
    """The request's variables: decoded JSON, the operation's defaults, graphql-core's coercion."""

    raw: dict[str, Any]
    defaults: dict[str, ValueNode]
    coerced: dict[str, Any]

    @classmethod
    def of(cls, operation: OperationDefinitionNode, raw: dict[str, Any], coerced: dict[str, Any]) -> "Variables":
        defaults = {
            d.variable.name.value: d.default_value
            for d in operation.variable_definitions or ()
            if d.default_value is not None
        }
        return cls(raw, defaults, coerced)

    def lookup(self, node: VariableNode) -> Any:
        """The variable's raw value, its default literal, or ABSENT."""
        name = node.name.value
        if name in self.raw:
            return self.raw[name]
        return self.defaults.get(name, ABSENT)


def normalise(value: Any, type_: GraphQLInputType, variables: Variables) -> Any:
    """Plain data for `value` (a literal node or a decoded JSON value) at a position of `type_`."""
    if isinstance(value, VariableNode):
        value = variables.lookup(value)
        if value is ABSENT:
            return ABSENT
    if value is None or isinstance(value, NullValueNode):
        return None
    if isinstance(type_, GraphQLNonNull):
        type_ = type_.of_type
    if isinstance(type_, GraphQLList):
        item_type = type_.of_type
        if isinstance(value, ListValueNode):
            items = (normalise(item, item_type, variables) for item in value.values)
            return [None if item is ABSENT else item for item in items]
        if isinstance(value, list):
            return [normalise(item, item_type, variables) for item in value]
        return SingleItemList([normalise(value, item_type, variables)])
    if isinstance(type_, GraphQLInputObjectType):
        fields = type_.fields
        result: dict[str, Any] = {}
        if isinstance(value, ObjectValueNode):
            for field in value.fields:
                name = field.name.value
                item = normalise(field.value, fields[name].type, variables)
                if item is not ABSENT:
                    result[name] = item
        else:
            for name, item in value.items():
                result[name] = normalise(item, fields[name].type, variables)
        return result
    return value


def input_depth(value: Any, variables: Variables) -> int:
    """§3.4 `maxInputDepth`: scalar or null 0, list/object 1 + deepest child (empty: 1)."""
    if isinstance(value, VariableNode):
        value = variables.lookup(value)
        if value is ABSENT:
            return 0
    if isinstance(value, ListValueNode):
        children: Any = value.values
    elif isinstance(value, ObjectValueNode):
        children = [field.value for field in value.fields]
    elif isinstance(value, list):
        children = value
    elif isinstance(value, dict):
        children = list(value.values())
    else:
        return 0
    return 1 + max((input_depth(child, variables) for child in children), default=0)


def first(mapping: dict[str, Any]) -> Optional[tuple[str, Any]]:
    """The only non-null entry of a mapping, or None."""
    entries = [(k, v) for k, v in mapping.items() if v is not None]
    return entries[0] if len(entries) == 1 else None
