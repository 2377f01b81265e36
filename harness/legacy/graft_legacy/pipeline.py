"""One request through the stages of CONTRACT §2.2, producing the per-side report of §10.2."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any, Optional, Union

from graphql import GraphQLError, GraphQLSyntaxError, Source, parse, validate
from graphql.execution import get_argument_values
from graphql.execution.collect_fields import collect_fields
from graphql.execution.values import get_variable_values
from graphql.language import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    InlineFragmentNode,
    Lexer,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
    TokenKind,
)
from graphql.language.location import get_location

from . import errors as codes
from .config import Config
from .errors import ApiError, FieldFailed, RequestFailed
from .executor import Database, Outcome
from .jsontext import VariablesError, decode_variables, dumps
from .planner import FieldPlanner, Statement
from .respond import IntrospectionContext, Projection, ProjectionBuilder, project_rows
from .schema import GraftSchema
from .values import Variables, input_depth, normalise

STAGES = ("parse", "validate", "plan", "execute", "respond")
_OPENERS = {TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L}
_CLOSERS = {TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R}
_META = {"__typename", "__schema", "__type"}

Context = Union[str, dict, None]


@dataclass
class RootField:
    """One collected root field and what planning made of it."""

    response_key: str
    nodes: list[FieldNode]
    location: tuple[int, int]
    kind: str  # "typename", "introspection", "list", "lookup"
    projection: Optional[Projection] = None
    statement: Optional[Statement] = None
    error: Optional[ApiError] = None
    outcome: Optional[Outcome] = None


@dataclass
class _Run:
    """The state of one request as it passes through the stages."""

    query: str
    variables_text: Optional[str]
    operation_name: Optional[str]
    context: Context
    timings: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STAGES, 0))
    source: Optional[Source] = None
    document: Any = None
    operation: Optional[OperationDefinitionNode] = None
    fragments: dict[str, FragmentDefinitionNode] = field(default_factory=dict)
    raw_variables: dict[str, Any] = field(default_factory=dict)
    variables: Optional[Variables] = None
    roots: list[RootField] = field(default_factory=list)

    def report(self, response: Optional[str], error_list: list[ApiError], sent: list[RootField]) -> dict[str, Any]:
        return {
            "sql": [root.statement.text for root in sent if root.statement],
            "params": [[p.to_dict() for p in root.statement.params] for root in sent if root.statement],
            "response": response,
            "errors": [e.to_dict() for e in error_list],
            "timings": dict(self.timings),
            "cache": "bypass",
        }


class Pipeline:
    """The legacy path: graphql-core parse/validate, dict normalisation, psycopg.sql, psycopg."""

    def __init__(self, schema: GraftSchema, config: Config, database: Optional[Database]) -> None:
        self.schema = schema
        self.config = config
        self.database = database

    # entry points

    def plan(self, query: str, variables: Optional[str], operation_name: Optional[str],
             context: Context) -> dict[str, Any]:
        """Stages 1-7 only: the SQL and parameters that would be sent, and any errors so far."""
        run = _Run(query, variables, operation_name, context)
        try:
            self._front(run)
        except RequestFailed as failed:
            return run.report(_envelope(failed.errors), failed.errors, [])
        planned = [root for root in run.roots if root.statement]
        return run.report(None, [root.error for root in run.roots if root.error], planned)

    def execute(self, query: str, variables: Optional[str], operation_name: Optional[str],
                context: Context) -> dict[str, Any]:
        """All stages: the response bytes and the report."""
        run = _Run(query, variables, operation_name, context)
        try:
            self._front(run)
        except RequestFailed as failed:
            return run.report(_envelope(failed.errors), failed.errors, [])
        started = time.perf_counter_ns()
        sent = self._execute(run)
        run.timings["execute"] = _micros(started)
        started = time.perf_counter_ns()
        response, error_list = self._respond(run)
        run.timings["respond"] = _micros(started)
        return run.report(response, error_list, sent)

    # stages 1-7

    def _front(self, run: _Run) -> None:
        stage, started = "parse", time.perf_counter_ns()
        try:
            document = self._parse(run)
            run.timings[stage] = _micros(started)
            stage, started = "validate", time.perf_counter_ns()
            self._validate(run, document)
            run.timings[stage] = _micros(started)
            stage, started = "plan", time.perf_counter_ns()
            self._plan(run)
            run.timings[stage] = _micros(started)
        except RequestFailed:
            run.timings[stage] = _micros(started)
            raise

    def _parse(self, run: _Run) -> Any:
        size = len(run.query.encode("utf-8", "surrogatepass"))
        if size > self.config.max_document_bytes:
            raise RequestFailed.one(f"Document size {size} bytes exceeds the maximum of "
                                    f"{self.config.max_document_bytes} bytes.", codes.QUERY_TOO_COMPLEX)
        run.source = source = Source(run.query)
        self._nesting_guard(source)
        try:
            run.document = parse(source)
            return run.document
        except GraphQLSyntaxError as error:
            raise RequestFailed([ApiError.from_graphql(error, codes.PARSE_FAILED)]) from None
        except IndexError:
            # graphql-core 3.2.6 reads past the end of a document ending inside an escape (§3.1).
            end = get_location(source, len(run.query))
            raise RequestFailed.one("Syntax Error: Unterminated string.", codes.PARSE_FAILED,
                                    [(end.line, end.column)]) from None

    def _nesting_guard(self, source: Source) -> None:
        """§3.1: count brackets token by token with graphql-core's Lexer; stop at the first bad token."""
        lexer = Lexer(source)
        depth = 0
        try:
            token = lexer.advance()
            while token.kind != TokenKind.EOF:
                if token.kind in _OPENERS:
                    depth += 1
                    if depth > self.config.max_nesting:
                        raise RequestFailed.one(f"Document nesting depth exceeds the maximum of "
                                                f"{self.config.max_nesting}.", codes.QUERY_TOO_COMPLEX)
                elif token.kind in _CLOSERS and depth:
                    depth -= 1
                token = lexer.advance()
        except (GraphQLSyntaxError, IndexError):
            pass

    def _validate(self, run: _Run, document: Any) -> None:
        schema = self.schema.graphql
        found = validate(schema, document)
        if found:
            raise RequestFailed([ApiError.from_graphql(e, codes.VALIDATION_FAILED) for e in found])
        operation = self._select(run, document)
        run.operation = operation
        self._limits(run, operation)
        if run.variables_text is not None:
            try:
                run.raw_variables = decode_variables(run.variables_text, self.config.max_nesting)
            except VariablesError as error:
                raise RequestFailed.one(str(error), codes.BAD_USER_INPUT) from None
        coerced = get_variable_values(schema, operation.variable_definitions or (), run.raw_variables,
                                      max_errors=50)
        if isinstance(coerced, list):
            raise RequestFailed([ApiError.from_graphql(e, codes.BAD_USER_INPUT) for e in coerced])
        run.variables = Variables.of(operation, run.raw_variables, coerced)
        self._input_depth(run, operation)

    def _select(self, run: _Run, document: Any) -> OperationDefinitionNode:
        """§3.3, with the messages of graphql-core's ExecutionContext.build."""
        operation: Optional[OperationDefinitionNode] = None
        for definition in document.definitions:
            if isinstance(definition, OperationDefinitionNode):
                if run.operation_name is None:
                    if operation is not None:
                        raise RequestFailed.one("Must provide operation name if query contains multiple "
                                                "operations.", codes.VALIDATION_FAILED)
                    operation = definition
                elif definition.name and definition.name.value == run.operation_name:
                    operation = definition
            elif isinstance(definition, FragmentDefinitionNode):
                run.fragments[definition.name.value] = definition
        if operation is None:
            raise RequestFailed.one(f"Unknown operation named '{run.operation_name}'.", codes.VALIDATION_FAILED)
        if operation.operation != OperationType.QUERY:
            assert run.source is not None and operation.loc is not None
            where = get_location(run.source, operation.loc.start)
            raise RequestFailed.one(f"Schema is not configured to execute {operation.operation.value} operation.",
                                    codes.VALIDATION_FAILED, [(where.line, where.column)])
        return operation

    def _limits(self, run: _Run, operation: OperationDefinitionNode) -> None:
        """§3.4 static limits on the operation with fragments expanded, directives ignored."""
        measure = _Measure(run.fragments)
        depth = measure.depth(operation.selection_set)
        if depth > self.config.max_depth:
            raise RequestFailed.one(f"Query depth {depth} exceeds the maximum depth of {self.config.max_depth}.",
                                    codes.QUERY_TOO_COMPLEX)
        roots = measure.root_fields(operation.selection_set)
        if roots > self.config.max_root_fields:
            raise RequestFailed.one(f"Operation has {roots} root fields; the maximum is "
                                    f"{self.config.max_root_fields}.", codes.QUERY_TOO_COMPLEX)
        aliases = measure.aliases(operation.selection_set)
        if aliases > self.config.max_aliases:
            raise RequestFailed.one(f"Operation uses {aliases} aliases; the maximum is {self.config.max_aliases}.",
                                    codes.QUERY_TOO_COMPLEX)

    def _input_depth(self, run: _Run, operation: OperationDefinitionNode) -> None:
        assert run.variables is not None
        for argument in _Measure(run.fragments).arguments(operation):
            depth = input_depth(argument.value, run.variables)
            if depth > self.config.max_input_depth:
                raise RequestFailed.one(f"Input value nesting depth {depth} exceeds the maximum of "
                                        f"{self.config.max_input_depth}.", codes.QUERY_TOO_COMPLEX)

    def _plan(self, run: _Run) -> None:
        assert run.operation is not None and run.variables is not None and run.source is not None
        schema, model = self.schema.graphql, self.schema.model
        query_type = schema.query_type
        assert query_type is not None
        coerced = run.variables.coerced
        try:
            collected = collect_fields(schema, run.fragments, coerced, query_type, run.operation.selection_set)
            projections = ProjectionBuilder(schema, model, run.fragments, coerced)
            for response_key, nodes in collected.items():
                name = nodes[0].name.value
                assert nodes[0].loc is not None
                where = get_location(run.source, nodes[0].loc.start)
                root = RootField(response_key, nodes, (where.line, where.column), "introspection")
                if name == "__typename":
                    root.kind = "typename"
                elif name not in _META:
                    spec = model.queries[name]
                    root.kind = spec.kind
                    root.projection = projections.build(model.objects[spec.target], nodes)
                run.roots.append(root)
        except GraphQLError as error:  # @skip/@include given a null (§4.2)
            raise RequestFailed([ApiError.from_graphql(error, codes.BAD_USER_INPUT)]) from None

        planner = FieldPlanner(model, self.config, run.variables)
        tenant = _tenant(run.context)
        for root in run.roots:
            if root.kind not in ("list", "lookup"):
                continue
            node = root.nodes[0]
            field_def = query_type.fields[node.name.value]
            try:
                get_argument_values(field_def, node, coerced)
                args = {}
                for argument in node.arguments:
                    arg_def = field_def.args[argument.name.value]
                    args[argument.name.value] = normalise(argument.value, arg_def.type, run.variables)
                root.statement = planner.plan(model.queries[node.name.value], args, tenant)
            except GraphQLError as error:
                root.error = self._field_error(root, error.message, codes.BAD_USER_INPUT)
            except FieldFailed as failed:
                root.error = self._field_error(root, failed.message, failed.code)

    @staticmethod
    def _field_error(root: RootField, message: str, code: str, sqlstate: Optional[str] = None) -> ApiError:
        return ApiError(message, code, (root.location,), (root.response_key,), sqlstate)

    # stages 8-9

    def _execute(self, run: _Run) -> list[RootField]:
        pending = [root for root in run.roots if root.statement is not None]
        if not pending:
            return []
        if self.database is None:
            outcomes = [Outcome(message="Database error: connection failure", sqlstate="08006")]
            outcomes += [Outcome(message="Not executed because an earlier statement in this request failed.",
                                 sent=False) for _ in pending[1:]]
        else:
            outcomes = self.database.run([root.statement for root in pending])  # type: ignore[misc]
        sent = []
        for root, outcome in zip(pending, outcomes):
            root.outcome = outcome
            if outcome.sent:
                sent.append(root)
            if outcome.rows is None:
                root.error = self._field_error(root, outcome.message or "", codes.DATABASE_ERROR, outcome.sqlstate)
        return sent

    def _respond(self, run: _Run) -> tuple[str, list[ApiError]]:
        data: Optional[dict[str, Any]] = {}
        introspection: Optional[IntrospectionContext] = None
        for root in run.roots:
            value: Any = None
            if root.kind == "typename":
                value = "Query"
            elif root.kind == "introspection":
                if introspection is None:
                    introspection = self._introspection(run)
                before = len(introspection.errors)
                value = introspection.meta_field(root.response_key, root.nodes)
                if len(introspection.errors) > before:
                    root.error = self._field_error(root, introspection.errors[before].message,
                                                   codes.BAD_USER_INPUT)
            elif root.error is None:
                assert root.outcome is not None and root.outcome.rows is not None and root.projection
                rows = project_rows(root.outcome.rows, root.projection)
                if root.kind == "list":
                    value = rows
                elif len(rows) == 1:
                    value = rows[0]
                elif rows:
                    root.error = self._field_error(root, f'Lookup "{root.nodes[0].name.value}" matched more '
                                                         "than one row.", codes.INTERNAL_SERVER_ERROR)
            if root.error is not None and root.kind == "list":
                data = None
            if data is not None:
                data[root.response_key] = value
        error_list = [root.error for root in run.roots if root.error is not None]
        body: dict[str, Any] = {}
        if error_list:
            body["errors"] = [e.to_dict() for e in error_list]
        body["data"] = data
        return dumps(body), error_list

    def _introspection(self, run: _Run) -> IntrospectionContext:
        context = IntrospectionContext.build(self.schema.graphql, run.document,
                                             raw_variable_values=run.raw_variables,
                                             operation_name=run.operation_name)
        assert isinstance(context, IntrospectionContext)
        return context


class _Measure:
    """§3.4 measures over the selected operation with fragments expanded (memoised per fragment)."""

    def __init__(self, fragments: dict[str, FragmentDefinitionNode]) -> None:
        self.fragments = fragments
        self._depth: dict[str, int] = {}
        self._aliases: dict[str, int] = {}
        self._roots: dict[str, int] = {}

    def depth(self, selection_set: Optional[SelectionSetNode]) -> int:
        if selection_set is None:
            return 0
        deepest = 0
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                deepest = max(deepest, 1 + self.depth(selection.selection_set))
            elif isinstance(selection, InlineFragmentNode):
                deepest = max(deepest, self.depth(selection.selection_set))
            elif isinstance(selection, FragmentSpreadNode):
                deepest = max(deepest, self._fragment(selection, self._depth, self.depth))
        return deepest

    def root_fields(self, selection_set: SelectionSetNode) -> int:
        count = 0
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                count += 1
            elif isinstance(selection, InlineFragmentNode):
                count += self.root_fields(selection.selection_set)
            elif isinstance(selection, FragmentSpreadNode):
                count += self._fragment(selection, self._roots, self.root_fields)
        return count

    def aliases(self, selection_set: Optional[SelectionSetNode]) -> int:
        if selection_set is None:
            return 0
        count = 0
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                count += (1 if selection.alias else 0) + self.aliases(selection.selection_set)
            elif isinstance(selection, InlineFragmentNode):
                count += self.aliases(selection.selection_set)
            elif isinstance(selection, FragmentSpreadNode):
                count += self._fragment(selection, self._aliases, self.aliases)
        return count

    def _fragment(self, spread: FragmentSpreadNode, memo: dict[str, int], measure: Any) -> int:
        name = spread.name.value
        if name not in memo:
            fragment = self.fragments.get(name)
            memo[name] = measure(fragment.selection_set) if fragment else 0
        return memo[name]

    def arguments(self, operation: OperationDefinitionNode) -> list[Any]:
        """Field arguments of the operation and the fragments it reaches, in document order."""
        found: list[Any] = []
        seen: set[str] = set()

        def walk(selection_set: Optional[SelectionSetNode]) -> None:
            if selection_set is None:
                return
            for selection in selection_set.selections:
                if isinstance(selection, FieldNode):
                    found.extend(selection.arguments)
                    walk(selection.selection_set)
                elif isinstance(selection, InlineFragmentNode):
                    walk(selection.selection_set)
                elif isinstance(selection, FragmentSpreadNode) and selection.name.value not in seen:
                    seen.add(selection.name.value)
                    fragment = self.fragments.get(selection.name.value)
                    if fragment:
                        walk(fragment.selection_set)

        walk(operation.selection_set)
        return sorted(found, key=lambda argument: argument.loc.start)


def _envelope(error_list: list[ApiError]) -> str:
    return dumps({"errors": [e.to_dict() for e in error_list]})


def _micros(started: int) -> int:
    return (time.perf_counter_ns() - started) // 1000


def _tenant(context: Context) -> Any:
    if isinstance(context, str):
        try:
            context = json.loads(context)
        except ValueError:
            return None
    return context.get("tenant") if isinstance(context, dict) else None
