"""The coverage report: what a corpus exercises, measured on the cases themselves.

Cells come from the schema (every filter operator of every generated filter type, every field that
can be filtered, ordered or selected, every order direction). A case counts for a cell when it plans
without error in the legacy path (or is tagged `error:database`, which only fails in PostgreSQL) and
its document — literals and variable values alike, read against the schema's input types — uses the
cell. Feature tags are counted as written; SQL shapes are the distinct statement texts planned by
graft_legacy's `plan()` (no database). The command exits non-zero when some cell is not covered.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Optional

from graphql import (
    GraphQLEnumType,
    GraphQLError,
    GraphQLInputObjectType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    TypeInfo,
    TypeInfoVisitor,
    Visitor,
    get_named_type,
    parse,
    visit,
)
from graphql.language import EnumValueNode, FieldNode, ObjectFieldNode, VariableNode

from .planning import Planned, plan_records
from .records import Record, read_records
from .schema_info import LOGICAL, SchemaInfo, is_where_type

ORDER_SUFFIX = "OrderByInput"
WHERE_SUFFIX = "WhereInput"


@dataclass
class Coverage:
    cases: int = 0
    counted: int = 0
    error_cases: int = 0
    operators: Counter = field(default_factory=Counter)
    filtered: Counter = field(default_factory=Counter)
    ordered: Counter = field(default_factory=Counter)
    selected: Counter = field(default_factory=Counter)
    directions: Counter = field(default_factory=Counter)
    tags: Counter = field(default_factory=Counter)
    sql: set[str] = field(default_factory=set)
    statements: int = 0

    def uncovered(self, info: SchemaInfo) -> dict[str, list[str]]:
        direction = info.direction_enum()
        wanted = {
            "operator": (info.operator_cells(), self.operators),
            "filtered field": (info.filter_cells(), self.filtered),
            "ordered field": (info.order_cells(), self.ordered),
            "selected field": (info.selection_cells(), self.selected),
            "order direction": ([f"{direction}.{v}" for v in info.enum_values(direction)] if direction else [],
                                self.directions),
        }
        return {name: [c for c in cells if not counts[c]] for name, (cells, counts) in wanted.items()}


class _Usage(Visitor):
    """Collects the cells one document uses (literals directly, variables through their values)."""

    def __init__(self, info: SchemaInfo, type_info: TypeInfo, variables: dict[str, Any], found: "_Found") -> None:
        super().__init__()
        self.info = info
        self.type_info = type_info
        self.variables = variables
        self.found = found

    def enter_field(self, node: FieldNode, *_: Any) -> None:
        parent = self.type_info.get_parent_type()
        if isinstance(parent, GraphQLObjectType) and node.name.value in parent.fields:
            if parent.name in self.info.model.objects or parent is self.info.query_type:
                self.found.selected.add(f"{parent.name}.{node.name.value}")

    def enter_object_field(self, node: ObjectFieldNode, *_: Any) -> None:
        parent = get_named_type(self.type_info.get_parent_input_type())
        if isinstance(parent, GraphQLInputObjectType) and node.name.value in parent.fields:
            self.found.input_field(self.info, parent, node.name.value, not _is_null(node.value))

    def enter_enum_value(self, node: EnumValueNode, *_: Any) -> None:
        named = get_named_type(self.type_info.get_input_type())
        if isinstance(named, GraphQLEnumType):
            self.found.directions.add(f"{named.name}.{node.value}")

    def enter_variable(self, node: VariableNode, *_: Any) -> None:
        t = self.type_info.get_input_type()
        name = node.name.value
        if t is not None and name in self.variables:
            self.found.value(self.info, self.variables[name], t)


def _is_null(node: Any) -> bool:
    return type(node).__name__ == "NullValueNode"


@dataclass
class _Found:
    operators: set[str] = field(default_factory=set)
    filtered: set[str] = field(default_factory=set)
    ordered: set[str] = field(default_factory=set)
    selected: set[str] = field(default_factory=set)
    directions: set[str] = field(default_factory=set)

    def input_field(self, info: SchemaInfo, parent: GraphQLInputObjectType, name: str, present: bool) -> None:
        if not present:
            return
        if is_where_type(parent):
            if name not in LOGICAL:
                self.filtered.add(f"{parent.name[: -len(WHERE_SUFFIX)]}.{name}")
        elif parent.name.endswith(ORDER_SUFFIX):
            self.ordered.add(f"{parent.name[: -len(ORDER_SUFFIX)]}.{name}")
        else:
            self.operators.add(f"{parent.name}.{name}")

    def value(self, info: SchemaInfo, value: Any, t: Any) -> None:
        """Walk a variable's JSON value against its input type."""
        if isinstance(t, GraphQLNonNull):
            t = t.of_type
        if value is None:
            return
        if isinstance(t, GraphQLList):
            for item in value if isinstance(value, list) else [value]:
                self.value(info, item, t.of_type)
            return
        if isinstance(t, GraphQLInputObjectType) and isinstance(value, dict):
            for name, item in value.items():
                if name in t.fields:
                    self.input_field(info, t, name, item is not None)
                    self.value(info, item, t.fields[name].type)
        elif isinstance(t, GraphQLEnumType) and isinstance(value, str):
            self.directions.add(f"{t.name}.{value}")


def analyse(records: list[Record], planned: list[Planned], info: SchemaInfo) -> Coverage:
    coverage = Coverage()
    for record, plan in zip(records, planned):
        coverage.cases += 1
        coverage.tags.update(record.tags)
        if record.is_error_case():
            coverage.error_cases += 1
        coverage.sql.update(plan.sql)
        coverage.statements += len(plan.sql)
        if plan.failed and "error:database" not in record.tags:
            continue
        found = _found_in(record, info)
        if found is None:
            continue
        coverage.counted += 1
        coverage.operators.update(found.operators)
        coverage.filtered.update(found.filtered)
        coverage.ordered.update(found.ordered)
        coverage.selected.update(found.selected)
        coverage.directions.update(found.directions)
    return coverage


def _found_in(record: Record, info: SchemaInfo) -> Optional[_Found]:
    try:
        document = parse(record.query, no_location=True)
    except (GraphQLError, IndexError, RecursionError):
        return None
    variables = record.data.get("variables")
    found = _Found()
    type_info = TypeInfo(info.schema)
    visit(document, TypeInfoVisitor(type_info, _Usage(info, type_info, variables if isinstance(variables, dict) else {},
                                                      found)))
    return found


def render_report(coverage: Coverage, info: SchemaInfo, files: list[str]) -> str:
    missing = coverage.uncovered(info)
    total_missing = sum(len(v) for v in missing.values())
    lines = [
        "# Corpus coverage",
        "",
        "Generated by `python3 -m graft_corpus coverage " + " ".join(files) + " --out corpus/cases/COVERAGE.md`",
        "(see corpus/README.md). Do not edit by hand.",
        "",
        "## Summary",
        "",
        "| measure | value |",
        "|---|---|",
        f"| cases | {coverage.cases} |",
        f"| error cases (tagged `error:*`) | {coverage.error_cases} ({_percent(coverage.error_cases, coverage.cases)}) |",
        f"| cases counted for cells (plan without error, or `error:database`) | {coverage.counted} |",
        f"| statements planned | {coverage.statements} |",
        f"| distinct SQL shapes (statement texts) | {len(coverage.sql)} |",
    ]
    for name, (cells, counts) in _cell_groups(coverage, info).items():
        lines.append(f"| {name} cells covered | {len(cells) - len(missing[name])} / {len(cells)} |")
    lines += ["", "## Uncovered cells", ""]
    if total_missing:
        for name, cells in missing.items():
            for cell in cells:
                lines.append(f"- **{name}** `{cell}`")
    else:
        lines.append("None: every cell of the schema is covered.")
    lines += ["", "## Operators per filter type (cases per operator)", "",
              "| filter type | operators |", "|---|---|"]
    for filter_type in info.filter_types():
        cells = [f"{op} {coverage.operators[f'{filter_type}.{op}']}" for op in info.operators(filter_type)]
        lines.append(f"| `{filter_type}` | {' · '.join(cells)} |")
    lines += ["", "## Fields (cases selecting / filtering / ordering)", "",
              "| field | selected | filtered | ordered |", "|---|---|---|---|"]
    filterable, orderable = set(info.filter_cells()), set(info.order_cells())
    for cell in info.selection_cells():
        filtered = str(coverage.filtered[cell]) if cell in filterable else "—"
        ordered = str(coverage.ordered[cell]) if cell in orderable else "—"
        lines.append(f"| `{cell}` | {coverage.selected[cell]} | {filtered} | {ordered} |")
    direction = info.direction_enum()
    if direction:
        lines += ["", "## Order directions", "", "| value | cases |", "|---|---|"]
        for value in info.enum_values(direction):
            lines.append(f"| `{value}` | {coverage.directions[f'{direction}.{value}']} |")
    lines += ["", "## Feature tags", "", "| tag | cases |", "|---|---|"]
    for tag, count in sorted(coverage.tags.items()):
        lines.append(f"| `{tag}` | {count} |")
    return "\n".join(lines) + "\n"


def _cell_groups(coverage: Coverage, info: SchemaInfo) -> dict[str, tuple[list[str], Counter]]:
    direction = info.direction_enum()
    return {
        "operator": (info.operator_cells(), coverage.operators),
        "filtered field": (info.filter_cells(), coverage.filtered),
        "ordered field": (info.order_cells(), coverage.ordered),
        "selected field": (info.selection_cells(), coverage.selected),
        "order direction": ([f"{direction}.{v}" for v in info.enum_values(direction)] if direction else [],
                            coverage.directions),
    }


def _percent(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:.1f} %" if whole else "0 %"


def run_coverage(files: list[str], schema_path: str, out: Optional[str], jobs: int) -> int:
    info = SchemaInfo.load(schema_path)
    records = read_records(files)
    planned = plan_records(records, schema_path, jobs)
    coverage = analyse(records, planned, info)
    report = render_report(coverage, info, files)
    sys.stdout.write(report)
    if out:
        with open(out, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(report)
    missing = sum(len(v) for v in coverage.uncovered(info).values())
    if missing:
        print(f"\n{missing} uncovered cell(s)", file=sys.stderr)
        return 1
    return 0
