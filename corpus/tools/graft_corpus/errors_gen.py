"""Error cases: syntax, validation, operation selection, complexity limits, variables, field
checks, tenancy and database errors — generated from the schema and, for syntax errors, by
mutating valid generated queries.

Tags: `error:<class>` plus `error:<class>.<kind>`. Classes: `syntax`, `validation`, `operation`,
`complexity`, `variables`, `field` (planning-time BAD_USER_INPUT), `forbidden`, and `database` (the
statement fails in PostgreSQL: planning succeeds, so only execution shows it). Syntax and validation
mutations are checked with graphql-core itself and kept only when they really fail.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any, Optional

from graphql import GraphQLError, GraphQLSyntaxError, parse, validate
from graphql import GraphQLList, GraphQLNonNull, get_named_type

from . import gql
from .builder import nest, render
from .gql import Enum, Field, Operation, Raw
from .records import DuplicateKeys, RawNumber
from .schema_info import FilterLeaf, View, type_text

if TYPE_CHECKING:
    from .generator import Generator

# Invalid inputs for the contract's predefined scalars (§1.3) and the built-in ones, as
# (literal text, variable value) pairs; None where a form does not apply.
BAD_SCALARS: dict[str, list[tuple[Optional[str], Any]]] = {
    "UUID": [('"abc"', "abc"), ('"11111111-1111-4111-8111-11111111111"', "11111111111141118111111111111111"),
             ("5", 5), ('"""abc"""', None), ('["11111111-1111-4111-8111-111111111111"]', None)],
    "Date": [('"2024-02-30"', "2024-02-30"), ('"2024-1-02"', "2023-02-29"), ('"0000-01-01"', 20240101)],
    "DateTime": [('"2024-01-02T03:04:05"', 5), ('"2024-01-02 03:04:05Z"', "2024-13-02T03:04:05Z"),
                 ('"2024-01-02T24:00:00Z"', "2024-01-02T03:04:05+24:00")],
    "Decimal": [('"1,5"', "1,5"), ("true", True), ('"1e"', "0x10"), ('"+1"', [1])],
    "IpAddress": [('"::1/128"', "::1/128"), ('"256.1.1.1"', "01.2.3.4"), ('"fe80::1%eth0"', "1:2:3:4:5:6:7:8:9")],
    "MacAddress": [('"00:11:22:33:44"', ["00:11:22:33:44:55"]), ('"00:11-22:33:44:55"', "0011.2233.4455")],
    "LTree": [('"a..b"', "a..b"), ('""', "a-b"), ('"a.b."', ".a")],
    "DateRange": [('"[2024-02-01,2024-01-01)"', "[2024-02-01,2024-01-01)"), ('"[2024-01-01]"', "2024-01-01"),
                  ('"{2024-01-01,2024-02-01}"', "[2024-01-01,2024-02-30)")],
    "JSON": [('{k: ["\\u0000"]}', {"k": ["\u0000"]}), ('"a\\u0000"', "\u0000")],
    "Int": [('"x"', "x"), ("1.5", 1.5), ("2147483648", 2147483648), ("-2147483649", -2147483649), ("true", True)],
    "Float": [('"y"', "y"), ("true", True), ("[1.5]", None)],
    "String": [("5", 5), ("true", True), ("ENUMV", ["a", ["b"]])],
    "Boolean": [('"true"', "true"), ("1", 1), ("TRUE", None)],
    "ID": [("1.5", True), ("true", 1.5), ("{a: 1}", {"a": 1})],
}

SYNTAX_INSERTS = ["~", "\u00e9", "'", ".", "..", "&", "\u0007", "!", "=", "|", "$", "@", "1a", "0x1F", "01",
                  "1.", "1e", "-", "1.5.", '"\\q"', '"\\u12G4"', '"\\uD800"', '"\\u{110000}"', '"\\u{}"',
                  '"unterminated\n"', '"""block', ")", "]", "}", "(", "[", "{", "...", "?", "%", "\\", "\u2028"]

SYNTAX_FIXED = [
    ("", "empty"), ("   \n\t ", "whitespace-only"), ("# only a comment", "comment-only"), ("\ufeff", "bom-only"),
    ("{ }", "empty-selection"), ("{", "eof"), ("query", "eof"), ("query Q(", "eof"), ("query Q($a) { x }", "missing-colon"),
    ('"description" { __typename }', "description"), ('"""doc""" query Q { __typename }', "description"),
    ("query Q($a: Int = $b) { __typename }", "variable-in-const"),
    ("fragment F($a: Int) on Query { __typename } { ...F }", "fragment-variables"),
    ("fragment on on Query { __typename }", "fragment-name-on"), ("{ ... }", "bad-spread"),
    ('{ __typename(a: "\\', "eof-in-escape"), ('{ __typename(a: "\\u12', "eof-in-escape"),
    ('{ __typename(a: "\\uD800\\u12', "eof-in-escape"), ('{ __typename(a: "abc', "unterminated-string"),
    ('{ __typename(a: """abc', "unterminated-block-string"), ("{ __typename(a: 1.e5) }", "bad-number"),
    ("{ __typename(a: 00) }", "bad-number"), ("{ __typename(a: -) }", "bad-number"),
    ("{ __typename(a: 1e+) }", "bad-number"), ("{ __typename(a: 5x) }", "bad-number"),
    ("{ __typename(a: .5) }", "bad-character"), ("{ __typename } }", "extra-brace"),
    ("query Q { __typename } query", "eof"), ("subscription", "eof"), ("{ a: }", "alias-without-field"),
    ("{ __typename @ }", "directive-name"), ("{ __typename(: 1) }", "argument-name"),
    ("query Q($a: [Int) { __typename }", "list-type"), ("query Q($a: Int!!) { __typename }", "non-null"),
    ("query Q { __typename } } ", "extra-brace"), ("{ __typename(a: {b: 1) }", "object-value"),
    ("{ __typename(a: [1, 2) }", "list-value"), ("{ __typename(a: $) }", "variable-name"),
    ("\u00e9{ __typename }", "bad-character"), ("{ __typename }\u0000", "bad-character"),
    ("query Q @ { __typename }", "directive-name"), ("{ __typename(a: \"\\u{12\") }", "bad-unicode-escape"),
    ("{ __typename(a: \"\\u{000000004\") }", "bad-unicode-escape"), ("type", "eof"), ("extend", "eof"),
    ("enum E { true }", "reserved-enum-value"), ("schema { query }", "schema-definition"),
    ("directive @d on FOO", "directive-location"), ("{ __typename(a: 'x') }", "single-quote"),
]


class ErrorCases:
    def __init__(self, gen: "Generator") -> None:
        self.g = gen
        self.info = gen.info
        self.rng: random.Random = gen.rng

    def run(self) -> None:
        for name in ("syntax", "validation", "scalars", "variables", "variables_json", "operation", "complexity",
                     "field_checks", "forbidden", "database"):
            self.g.use("error:" + name)
            getattr(self, name)()

    # -- helpers -----------------------------------------------------------------------------

    def add(self, prefix: str, query: str, kind: str, variables: Any = None, operation_name: Optional[str] = None,
            context: Optional[dict[str, Any]] = None, tags: Optional[set[str]] = None,
            keep_variables: bool = False) -> bool:
        error_class = kind.split(".")[0]
        all_tags = set(tags or ()) | {f"error:{error_class}", f"error:{kind}"}
        return self.g.add(f"error.{prefix}", query, variables, operation_name, context or {}, all_tags,
                          keep_variables=keep_variables)

    def parse_fails(self, query: str) -> bool:
        try:
            parse(query)
        except GraphQLSyntaxError:
            return True
        except IndexError:
            return True
        return False

    def validation_fails(self, query: str) -> bool:
        try:
            document = parse(query)
        except (GraphQLSyntaxError, IndexError):
            return False
        return bool(validate(self.info.schema, document))

    def some_view(self) -> tuple[str, View]:
        return self.rng.choice(self.info.list_views())

    def tenant_for(self, view: View) -> dict[str, Any]:
        return self.g.context(self.g.tenant(view))

    def simple_list(self, list_field: str, view: View, args: str = "", inner: str = "") -> str:
        selection = inner or view.id_field or "__typename"
        arguments = f"({args})" if args else ""
        return f"{{ {list_field}{arguments} {{ {selection} }} }}"

    # -- syntax ------------------------------------------------------------------------------

    def syntax(self) -> None:
        for query, kind in SYNTAX_FIXED:
            if self.parse_fails(query):
                self.add("syntax", query, f"syntax.{kind}")
        sources = [c for c in self.g.cases if c.query and not any(t.startswith("error:") for t in c.tags)]
        sources = self.rng.sample(sources, min(len(sources), 900))
        made = 0
        for case in sources:
            if made >= 520:
                break
            query = case.query
            roll = self.rng.random()
            if roll < 0.35:
                cut = self.rng.randint(1, max(1, len(query) - 1))
                mutated, kind = query[:cut], "truncated"
            elif roll < 0.55:
                closers = [i for i, ch in enumerate(query) if ch in "})]"]
                if not closers:
                    continue
                at = self.rng.choice(closers)
                mutated, kind = query[:at] + query[at + 1:], "unbalanced"
            else:
                insert = self.rng.choice(SYNTAX_INSERTS)
                spaces = [i for i, ch in enumerate(query) if ch in " \n"] or [len(query)]
                at = self.rng.choice(spaces)
                mutated, kind = query[:at] + " " + insert + query[at:], "inserted"
            if self.parse_fails(mutated):
                if self.add("syntax", mutated, f"syntax.{kind}", case.variables, case.operation_name, case.context):
                    made += 1

    # -- validation --------------------------------------------------------------------------

    def validation(self) -> None:
        info = self.info
        # unknown fields on every object type, near misses and far ones
        for type_name in info.object_names():
            fields = list(info.object_type(type_name).fields)
            for wrong in (_misspell(self.rng, self.rng.choice(fields)), "xyzzyq", self.rng.choice(fields).upper()):
                if wrong in fields:
                    continue
                query = self._select_in(type_name, wrong)
                if query and self.validation_fails(query[0]):
                    self.add("validation", query[0], "validation.unknown-field", context=query[1])
        # unknown arguments on every query field
        for name, field_def in info.query_type.fields.items():
            view = info.views[info.model.queries[name].target]
            inner = view.id_field or "__typename"
            for wrong in ("first", _misspell(self.rng, self.rng.choice(list(field_def.args))), "filter"):
                if wrong in field_def.args:
                    continue
                required = "".join(f'{a}: "x", ' for a, d in field_def.args.items() if isinstance(d.type, GraphQLNonNull))
                query = f"{{ {name}({required}{wrong}: 1) {{ {inner} }} }}"
                if self.validation_fails(query):
                    self.add("validation", query, "validation.unknown-argument")
            if any(isinstance(d.type, GraphQLNonNull) for d in field_def.args.values()):
                query = f"{{ {name} {{ {inner} }} }}"
                self.add("validation", query, "validation.missing-argument")
                query = f"{{ {name}(id: null) {{ {inner} }} }}"
                self.add("validation", query, "validation.null-non-null")
        # unknown operators on every filter type; unknown where fields
        all_ops = sorted({op for ft in info.filter_types() for op in info.operators(ft)})
        for list_field, view in info.list_views():
            for fl in view.filter_leaves:
                ops = info.operators(fl.filter_type)
                foreign = [op for op in all_ops if op not in ops]
                for wrong in ([self.rng.choice(foreign)] if foreign else []) + [_misspell(self.rng, self.rng.choice(ops))]:
                    if wrong in ops:
                        continue
                    where = gql.literal(nest(fl.leaf.path, {wrong: Raw("1")}))
                    query = self.g_query(list_field, view, f"where: {where}")
                    if self.validation_fails(query):
                        self.add("validation", query, "validation.unknown-operator", context=self.tenant_for(view),
                                 tags={f"op:{fl.filter_type}.?"})
            names = [fl.leaf.path[0] for fl in view.filter_leaves]
            for wrong in (_misspell(self.rng, self.rng.choice(names)), "nope"):
                query = self.g_query(list_field, view, f"where: {{{wrong}: {{eq: 1}}}}")
                if self.validation_fails(query):
                    self.add("validation", query, "validation.unknown-where-field", context=self.tenant_for(view))
            # wrong value kinds for every filter type's operators (literal)
            for fl in self.rng.sample(view.filter_leaves, min(6, len(view.filter_leaves))):
                op = self.rng.choice(info.operators(fl.filter_type))
                operand = info.operand_type(fl.filter_type, op)
                scalar = get_named_type(operand).name
                for literal_text, _ in self.rng.sample(BAD_SCALARS.get(scalar, []), min(2, len(BAD_SCALARS.get(scalar, [])))):
                    if literal_text is None:
                        continue
                    where = gql.literal(nest(fl.leaf.path, {op: Raw(literal_text)}))
                    query = self.g_query(list_field, view, f"where: {where}")
                    if self.validation_fails(query):
                        self.add("validation", query, f"validation.bad-literal", context=self.tenant_for(view),
                                 tags={f"scalar:{scalar}", f"op:{fl.filter_type}.{op}"})
            if view.order_type:
                leaf = self.rng.choice(view.order_leaves)
                for bad in ("asc", '"ASC"', "1", "ASCENDING", "null", "{}"):
                    query = self.g_query(list_field, view, f"orderBy: {gql.literal(nest(leaf.path, Raw(bad)))}")
                    if self.validation_fails(query):
                        self.add("validation", query, "validation.bad-enum", context=self.tenant_for(view))
                query = self.g_query(list_field, view, f'orderBy: {{{"zz" + leaf.path[0]}: ASC}}')
                if self.validation_fails(query):
                    self.add("validation", query, "validation.unknown-order-field", context=self.tenant_for(view))
            for bad in ('"x"', "1.5", "2147483648", "-2147483649", "[1]", "{a: 1}", "true", "LIMIT"):
                arg = self.rng.choice(["limit", "offset"])
                query = self.g_query(list_field, view, f"{arg}: {bad}")
                if self.validation_fails(query):
                    self.add("validation", query, "validation.bad-int", context=self.tenant_for(view))
            for bad_where in ("1", '"x"', "[1]", "{AND: 1}", "{AND: [[1]]}", "{NOT: []}", "{OR: [null]}"):
                query = self.g_query(list_field, view, f"where: {bad_where}")
                if self.validation_fails(query):
                    self.add("validation", query, "validation.bad-where-shape", context=self.tenant_for(view))
        self._document_rules()

    def g_query(self, list_field: str, view: View, args: str) -> str:
        return self.simple_list(list_field, view, args)

    def _select_in(self, type_name: str, wrong: str) -> Optional[tuple[str, dict[str, Any]]]:
        """A query selecting `wrong` inside `type_name` (reached from Query by the shortest path)."""
        if type_name == "Query":
            return f"{{ {wrong} }}", {}
        for list_field, view in self.info.list_views():
            path = self._path_to(view.type_name, type_name, 0)
            if path is not None:
                text = wrong
                for name in reversed(path):
                    text = f"{name} {{ {text} }}"
                return f"{{ {list_field}(limit: 1) {{ {text} }} }}", self.tenant_for(view)
        return None

    def _path_to(self, current: str, target: str, depth: int) -> Optional[list[str]]:
        if current == target:
            return []
        if depth > 3:
            return None
        obj = self.info.object_type(current)
        for name, field_def in obj.fields.items():
            named = get_named_type(field_def.type)
            if named.name in self.info.model.objects and named.name != current:
                sub = self._path_to(named.name, target, depth + 1)
                if sub is not None:
                    return [name] + sub
        return None

    def _document_rules(self) -> None:
        list_field, view = self.info.list_views()[1 % len(self.info.list_views())]
        t = view.type_name
        idf = view.id_field or "__typename"
        other = next((v.type_name for v in self.info.views.values() if v.type_name != t), t)
        embedded = next((leaf.path[0] for leaf in view.select_leaves if len(leaf.path) > 1), None)
        scalar_field = next((leaf.path[0] for leaf in view.select_leaves if len(leaf.path) == 1), idf)
        lf = list_field
        queries = [
            (f"query Q {{ {lf}(limit: $n) {{ {idf} }} }}", "undefined-variable"),
            (f"{{ {lf}(limit: $n) {{ {idf} }} }}", "undefined-variable"),
            (f"query Q($n: Int) {{ {lf} {{ {idf} }} }}", "unused-variable"),
            (f"query ($n: Int, $m: Int) {{ {lf}(limit: 1) {{ {idf} }} }}", "unused-variable"),
            (f"query Q($a: Int, $a: Int) {{ {lf}(limit: $a) {{ {idf} }} }}", "duplicate-variable"),
            (f"query Q($u: [{t}!]) {{ {lf} {{ {idf} }} }}", "non-input-variable"),
            (f"query Q($d: Datetime) {{ {lf}(limit: 1) {{ {idf} }} }}", "unknown-type"),
            (f"query Q($n: String) {{ {lf}(limit: $n) {{ {idf} }} }}", "variable-position"),
            (f"query Q($n: [Int]) {{ {lf}(limit: $n) {{ {idf} }} }}", "variable-position"),
            (f"{{ {lf} {{ ...G }} }}", "unknown-fragment"),
            (f"{{ {lf}(limit: 1) {{ {idf} }} }} fragment F on {t} {{ {idf} }}", "unused-fragment"),
            (f"{{ {lf} {{ ...F }} }} fragment F on {other} {{ __typename }}", "impossible-spread"),
            (f"{{ {lf} {{ ... on {other} {{ __typename }} }} }}", "impossible-spread"),
            (f"{{ {lf} {{ ... on UUID {{ __typename }} }} }}", "non-composite-fragment"),
            (f"{{ {lf} {{ ...F }} }} fragment F on {t} {{ ...G }} fragment G on {t} {{ ...F }}", "fragment-cycle"),
            (f"{{ {lf} {{ ...F }} }} fragment F on {t} {{ ...F }}", "fragment-cycle"),
            (f"{{ {lf} {{ ...F }} }} fragment F on {t} {{ {idf} }} fragment F on {t} {{ {idf} }}", "duplicate-fragment"),
            (f"query Q {{ {lf} {{ {idf} }} }} query Q {{ {lf} {{ {idf} }} }}", "duplicate-operation"),
            (f"{{ {lf} {{ {idf} }} }} query Q {{ {lf} {{ {idf} }} }}", "lone-anonymous"),
            (f"{{ {lf} @bogus {{ {idf} }} }}", "unknown-directive"),
            (f"query Q @skip(if: true) {{ {lf} {{ {idf} }} }}", "misplaced-directive"),
            (f"{{ {lf} {{ {idf} @skip(if: true) @skip(if: false) }} }}", "duplicate-directive"),
            (f"{{ {lf} {{ {idf} @skip }} }}", "missing-directive-argument"),
            (f"{{ {lf} {{ {idf} @skip(iff: true) }} }}", "unknown-directive-argument"),
            (f'{{ {lf} {{ {idf} @include(if: "yes") }} }}', "bad-literal"),
            (f"{{ {lf} {{ {idf} @include(if: null) }} }}", "null-non-null"),
            (f"{{ {lf} {{ {scalar_field} {{ x }} }} }}", "leaf-selection"),
            (f"{{ {lf} }}", "missing-selection"),
            (f"{{ {lf} {{ a: {idf} a: __typename }} }}", "field-conflict"),
            (f"{{ {lf}(limit: 1) {{ {idf} }} {lf}(limit: 2) {{ {idf} }} }}", "argument-conflict"),
            (f"{{ {lf}(limit: 1, limit: 2) {{ {idf} }} }}", "duplicate-argument"),
            (f"{{ {lf}(where: {{{idf}: {{isnull: true, isnull: false}}}}) {{ {idf} }} }}", "duplicate-input-field"),
            (f"{{ {lf} {{ {idf} }} }} type Foo {{ a: Strin }}", "type-definition"),
            (f"{{ {lf} {{ {idf} }} }} scalar Bar", "type-definition"),
            (f"{{ {lf} {{ {idf} }} }} schema {{ query: Query }}", "type-definition"),
            ("{ __type { name } }", "missing-argument"),
            ("{ __type(name: 1) { name } }", "bad-literal"),
            ("{ __schema }", "missing-selection"),
            ("{ __typename { x } }", "leaf-selection"),
            (f"mutation M($b: Int) {{ {lf}(limit: 1, limit: 2) {{ {idf} }} }}", "duplicate-argument"),
            (f"{{ {lf}(where: {{{idf}: {{in: [null]}}}}) {{ {idf} }} }}", "null-non-null"),
        ]
        if embedded:
            queries.append((f"{{ {lf} {{ {embedded} }} }}", "missing-selection"))
            queries.append((f"{{ {lf} {{ x: {embedded} {{ __typename }} x: {scalar_field} }} }}", "field-conflict"))
        many = " ".join(f"f{i}: nope{i}" for i in range(105))
        queries.append((f"{{ {lf}(limit: 1) {{ {many} }} }}", "too-many-errors"))
        for query, kind in queries:
            if self.validation_fails(query):
                self.add("validation", query, f"validation.{kind}", context=self.tenant_for(view))

    # -- scalar formats ----------------------------------------------------------------------

    def scalars(self) -> None:
        """Bad formats of every scalar used by a filter, a lookup or a filter operand, as literals
        (validation) and as variables (coercion)."""
        seen: set[tuple[str, str]] = set()
        for list_field, view in self.info.list_views():
            for fl in view.filter_leaves:
                for op in self.info.operators(fl.filter_type):
                    operand_type = self.info.operand_type(fl.filter_type, op)
                    scalar = get_named_type(operand_type).name
                    key = (fl.filter_type, op)
                    if key in seen or scalar not in BAD_SCALARS:
                        continue
                    seen.add(key)
                    bad = self.rng.choice(BAD_SCALARS[scalar])
                    literal_text, value = bad
                    context = self.tenant_for(view)
                    tags = {f"scalar:{scalar}", f"op:{fl.filter_type}.{op}"}
                    if literal_text is not None:
                        where = gql.literal(nest(fl.leaf.path, {op: Raw(literal_text)}))
                        query = self.g_query(list_field, view, f"where: {where}")
                        if self.validation_fails(query):
                            self.add("scalar", query, "validation.bad-scalar-literal", context=context, tags=tags)
                    if value is not None or bad[1] is None:
                        declared = type_text(operand_type)
                        where = gql.literal(nest(fl.leaf.path, {op: Raw("$x")}))
                        query = (f"query Q($x: {declared}) {{ {list_field}(where: {where}) "
                                 f"{{ {view.id_field or '__typename'} }} }}")
                        if isinstance(_strip_non_null(operand_type), GraphQLList):
                            value = [value]
                        if value is not None:
                            self.add("scalar", query, "variables.bad-scalar-value", {"x": value}, context=context,
                                     tags=tags | {"value:variable"})
        for lookup, view in self.info.lookup_views():
            arg = self.info.query_type.fields[lookup].args["id"].type
            scalar = get_named_type(arg).name
            for literal_text, value in BAD_SCALARS.get(scalar, []):
                if literal_text is not None:
                    query = f"{{ {lookup}(id: {literal_text}) {{ __typename }} }}"
                    if self.validation_fails(query):
                        self.add("scalar", query, "validation.bad-scalar-literal", context=self.tenant_for(view))
                if value is not None:
                    query = f"query L($id: {type_text(arg)}) {{ {lookup}(id: $id) {{ __typename }} }}"
                    self.add("scalar", query, "variables.bad-scalar-value", {"id": value}, context=self.tenant_for(view))

    # -- variables ---------------------------------------------------------------------------

    def variables(self) -> None:
        for list_field, view in self.info.list_views():
            where_type = view.where_type
            idf = view.id_field or "__typename"
            context = self.tenant_for(view)
            q = f"query Q($w: {where_type}) {{ {list_field}(where: $w) {{ {idf} }} }}"
            fl = self.rng.choice(view.filter_leaves)
            op = self.info.operators(fl.filter_type)[0]
            names = [f.leaf.path[0] for f in view.filter_leaves]
            cases: list[tuple[Any, str]] = [
                ("str", "not-a-mapping"), (5, "not-a-mapping"), ([{"AND": "x"}], "not-a-mapping"),
                ({"zzz": 1}, "unknown-field"), ({_misspell(self.rng, names[0]): {}}, "unknown-field"),
                (nest(fl.leaf.path, {"zz_op": 1}), "unknown-operator"),
                (nest(fl.leaf.path, {op: {"nested": "object"}}), "wrong-type"),
                ({"AND": [{}, {}, {"OR": [nest(fl.leaf.path, {"zz": 1})]}]}, "nested-path"),
                ({"NOT": []}, "not-a-mapping"),
                ({"OR": [None]}, "null-in-list"),
            ]
            int_leaf = next((f for f in view.filter_leaves if f.leaf.scalar == "Int" and not f.leaf.is_list), None)
            if int_leaf:
                cases.append((nest(int_leaf.leaf.path, {"in": [1, None, "x"]}), "null-in-list"))
                cases.append((nest(int_leaf.leaf.path, {"eq": 2147483648}), "int-range"))
                cases.append((nest(int_leaf.leaf.path, {"eq": 1.5}), "int-non-integer"))
            for value, kind in cases:
                self.add("variables", q, f"variables.{kind}", {"w": value}, context=context)
            many = {f"zz{i}": i for i in range(55)}
            self.add("variables", q, "variables.too-many-errors", {"w": many}, context=context)
            ql = f"query Q($n: Int!, $o: Int) {{ {list_field}(limit: $n, offset: $o) {{ {idf} }} }}"
            for value, kind in (({}, "missing-required"), ({"n": None}, "null-non-null"),
                                ({"n": "5"}, "int-non-integer"), ({"n": 2147483648}, "int-range"),
                                ({"n": 1, "o": True}, "int-non-integer"), ({"n": [1]}, "int-non-integer"),
                                ({"n": "x", "o": "y"}, "several")):
                self.add("variables", ql, f"variables.{kind}", value, context=context, keep_variables=True)
            if view.order_type:
                qo = f"query Q($o: [{view.order_type}!]) {{ {list_field}(orderBy: $o, limit: 1) {{ {idf} }} }}"
                leaf = self.rng.choice(view.order_leaves)
                for value, kind in ((nest(leaf.path, "asc"), "bad-enum"), (nest(leaf.path, 1), "bad-enum"),
                                    ([None], "null-in-list"), ([{"zz": "ASC"}], "unknown-field")):
                    self.add("variables", qo, f"variables.{kind}", {"o": value}, context=context)
            qd = f"query Q($s: Boolean!) {{ {list_field}(limit: 1) {{ {idf} @skip(if: $s) }} }}"
            for value, kind in (({"s": "yes"}, "bad-boolean"), ({}, "missing-required"), ({"s": None}, "null-non-null")):
                self.add("variables", qd, f"variables.{kind}", value, context=context, keep_variables=True)

    def variables_json(self) -> None:
        list_field, view = self.info.list_views()[0]
        idf = view.id_field or "__typename"
        context = self.tenant_for(view)
        q = f"query Q($n: Int) {{ {list_field}(limit: $n) {{ {idf} }} }}"
        for value, kind in (([], "array"), ([1, 2], "array"), ("text", "string"), (5, "number"), (True, "boolean")):
            self.add("variables-json", q, f"variables.json-{kind}", value, context=context, keep_variables=True)
        self.add("variables-json", q, "variables.json-number-out-of-range", {"n": RawNumber("1e400")}, context=context)
        self.add("variables-json", q, "variables.json-number-out-of-range", {"x": [RawNumber("-1E999")]}, context=context)
        self.add("variables-json", q, "variables.json-duplicate-key", DuplicateKeys([("n", 1), ("n", 2)]), context=context)
        self.add("variables-json", q, "variables.json-duplicate-key",
                 {"n": 1, "m": DuplicateKeys([("a", 1), ("a", 1)])}, context=context)
        deep: Any = 1
        for _ in range(520):
            deep = [deep]
        self.add("variables-json", q, "variables.json-nesting", {"n": 1, "deep": deep}, context=context)

    # -- operation selection -----------------------------------------------------------------

    def operation(self) -> None:
        for list_field, view in self.info.list_views():
            idf = view.id_field or "__typename"
            context = self.tenant_for(view)
            two = f"query A {{ {list_field}(limit: 1) {{ {idf} }} }} query B {{ __typename }}"
            self.add("operation", two, "operation.missing-name", context=context)
            self.add("operation", two, "operation.unknown-name", operation_name="C", context=context)
            self.add("operation", two, "operation.unknown-name", operation_name="a", context=context)
            self.add("operation", f"{{ {list_field}(limit: 1) {{ {idf} }} }}", "operation.unknown-name",
                     operation_name="", context=context)
            self.add("operation", f"mutation {{ {list_field} {{ {idf} }} }}", "operation.mutation", context=context)
            self.add("operation", f"subscription S {{ {list_field} {{ {idf} }} }}", "operation.subscription",
                     context=context)
            self.add("operation", f"query A {{ __typename }} mutation M {{ {list_field} {{ {idf} }} }}",
                     "operation.mutation", operation_name="M", context=context)

    # -- complexity --------------------------------------------------------------------------

    def complexity(self) -> None:
        chain = "name"
        for depth in range(1, 20):
            chain = f"ofType {{ {chain} }}"
            query = f"{{ __schema {{ types {{ fields {{ type {{ {chain} }} }} }} }} }}"
            if depth + 5 > 15:
                self.add("complexity", query, "complexity.depth")
        for count in (21, 25, 40):
            roots = " ".join(f"r{i}: __typename" for i in range(count))
            self.add("complexity", f"{{ {roots} }}", "complexity.root-fields")
        for list_field, view in self.info.list_views():
            idf = view.id_field or "__typename"
            context = self.tenant_for(view)
            aliases = " ".join(f"a{i}: {idf}" for i in range(101))
            self.add("complexity", f"{{ {list_field}(limit: 1) {{ {aliases} }} }}", "complexity.aliases",
                     context=context)
            inner: Any = {}
            for _ in range(33):
                inner = {"NOT": inner}
            self.add("complexity", self.simple_list(list_field, view, f"where: {gql.literal(inner)}"),
                     "complexity.input-depth", context=context)
            q = f"query Q($w: {view.where_type}) {{ {list_field}(where: $w) {{ {idf} }} }}"
            self.add("complexity", q, "complexity.input-depth-variable", {"w": inner}, context=context)
            nested = "{ " * 513 + "}" * 513
            self.add("complexity", f"{{ {list_field}(where: {nested}) {{ {idf} }} }}", "complexity.nesting",
                     context=context)
            padding = "#" + "x" * 66000 + "\n"
            self.add("complexity", padding + f"{{ {list_field}(limit: 1) {{ {idf} }} }}", "complexity.document-size",
                     context=context)
            break
        self.add("complexity", "[" * 600, "complexity.nesting")
        self.add("complexity", "{ __typename(a: " + "[" * 513 + "~", "complexity.nesting")

    # -- planning-time field errors ----------------------------------------------------------

    def field_checks(self) -> None:
        for list_field, view in self.info.list_views():
            idf = view.id_field or "__typename"
            context = self.tenant_for(view)
            leaf = view.order_leaves[0] if view.order_leaves else None
            checks = [("limit: -1", "field.negative-limit"), ("offset: -5", "field.negative-offset"),
                      ("limit: 10001", "field.limit-over-max"), ("limit: 2147483647", "field.limit-over-max"),
                      ("limit: -1, offset: -1", "field.negative-limit"), ("limit: 50000, offset: -1", "field.limit-over-max")]
            if leaf is not None and len(view.order_leaves) > 1:
                second = view.order_leaves[1]
                both = gql.literal(nest(leaf.path, Enum("ASC")) | nest(second.path, Enum("DESC"))) \
                    if leaf.path[0] != second.path[0] else "{}"
                checks += [(f"orderBy: [{both}]", "field.order-element"), ("orderBy: [{}]", "field.order-element"),
                           (f"orderBy: [{gql.literal(nest(leaf.path, Enum('ASC')))}, {{}}]", "field.order-element")]
                nested_leaf = next((lf for lf in view.order_leaves if len(lf.path) > 1), None)
                if nested_leaf:
                    checks.append((f"orderBy: {{{nested_leaf.path[0]}: {{}}}}", "field.order-element"))
            for args, kind in checks:
                self.add("field", self.simple_list(list_field, view, args), kind, context=context)
            q = f"query Q($n: Int, $o: Int) {{ {list_field}(limit: $n, offset: $o) {{ {idf} }} }}"
            self.add("field", q, "field.negative-limit", {"n": -3}, context=context)
            self.add("field", q, "field.negative-offset", {"n": 1, "o": -1}, context=context)
            self.add("field", q, "field.limit-over-max", {"n": 10001}, context=context)
            for fl in view.filter_leaves:
                ops = self.info.operators(fl.filter_type)
                if "inSubnet" in ops:
                    for bad in ("10.0.0.0", "10.0.0.0/33", "abc/8", "10.0.0.0/08", "::1/129", "10.0.0.0/-1"):
                        where = gql.literal(nest(fl.leaf.path, {"inSubnet": bad}))
                        self.add("field", self.simple_list(list_field, view, f"where: {where}"), "field.cidr",
                                 context=context, tags={f"op:{fl.filter_type}.inSubnet"})
                scalar = fl.leaf.scalar
                if scalar in ("String", "ID") and "eq" in ops and not fl.leaf.is_list:
                    where = gql.literal(nest(fl.leaf.path, {"eq": "a\u0000b"}))
                    self.add("field", self.simple_list(list_field, view, f"where: {where}"), "field.nul-text",
                             context=context)
                    if "in" in ops:
                        where = gql.literal({"OR": [{}, nest(fl.leaf.path, {"in": ["ok", "\u0000"]})]})
                        self.add("field", self.simple_list(list_field, view, f"where: {where}"), "field.nul-text",
                                 context=context)
                if scalar == "Float" and not fl.leaf.is_list:
                    where = gql.literal(nest(fl.leaf.path, {"gt": Raw("1e400")}))
                    self.add("field", self.simple_list(list_field, view, f"where: {where}"), "field.float-infinite",
                             context=context)
            break_after = view.type_name
            del break_after
        for lookup, view in self.info.lookup_views():
            arg = get_named_type(self.info.query_type.fields[lookup].args["id"].type).name
            if arg == "ID":
                self.add("field", f'{{ {lookup}(id: "x\\u0000") {{ __typename }} }}', "field.nul-text",
                         context=self.tenant_for(view))

    # -- tenancy -----------------------------------------------------------------------------

    def forbidden(self) -> None:
        for list_field, view in self.info.list_views():
            if not view.tenant_scoped:
                continue
            idf = view.id_field or "__typename"
            query = f"{{ {list_field}(limit: 1) {{ {idf} }} }}"
            for context in ({}, {"tenant": "abc"}, {"tenant": 5}, {"tenant": None}, {"tenant": ""},
                            {"tenant": "7e57a000-0000-4000-8000-00000000000"}, {"other": self.g.data.tenant_ids[0]},
                            {"tenant": [self.g.data.tenant_ids[0]]}):
                self.add("forbidden", query, "forbidden.tenant", context=context)
        for lookup, view in self.info.lookup_views():
            if view.tenant_scoped:
                ids = self.g.view_data(view).ids.get("", [])
                value = ids[0] if ids else "00000000-0000-4000-8000-000000000000"
                self.add("forbidden", f'{{ {lookup}(id: "{value}") {{ __typename }} }}', "forbidden.tenant-lookup")
        scoped = [(f, v) for f, v in self.info.list_views() if v.tenant_scoped]
        unscoped = [(f, v) for f, v in self.info.list_views() if not v.tenant_scoped]
        for (f1, v1) in unscoped:
            for (f2, v2) in scoped:
                keys = self.g.total_order(v1, [(v1.order_leaves[0], "ASC")]) if v1.order_leaves else []
                order = gql.literal(self.g.order_arg(keys)) if keys else "[]"
                query = (f"{{ {f1}(orderBy: {order}, limit: 1) {{ {v1.id_field or '__typename'} }} "
                         f"{f2}(limit: 1) {{ {v2.id_field or '__typename'} }} }}")
                self.add("forbidden", query, "forbidden.partial-data")

    # -- database errors (execution) ---------------------------------------------------------

    def database(self) -> None:
        for list_field, view in self.info.list_views():
            context = self.tenant_for(view)
            for fl in view.filter_leaves:
                ops = self.info.operators(fl.filter_type)
                bad: list[tuple[str, str, str]] = []
                if "matches" in ops:
                    bad += [("matches", "(", "regex"), ("imatches", "[a", "regex"), ("notMatches", "a{2,1}", "regex")]
                if "like" in ops:
                    bad.append(("like", "abc\\", "like-escape"))
                if "matchesLquery" in ops:
                    bad.append(("matchesLquery", "a..b", "lquery"))
                for op, value, kind in bad:
                    if op not in ops:
                        continue
                    where = gql.literal(nest(fl.leaf.path, {op: value}))
                    self.add("database", self.simple_list(list_field, view, f"where: {where}, limit: 1"),
                             f"database.{kind}", context=context, tags={f"op:{fl.filter_type}.{op}"})
                    break


def _misspell(rng: random.Random, name: str) -> str:
    if len(name) < 3:
        return name + "z"
    i = rng.randint(0, len(name) - 2)
    roll = rng.random()
    if roll < 0.33:
        return name[:i] + name[i + 1] + name[i] + name[i + 2:]
    if roll < 0.66:
        return name[:i] + name[i + 1:]
    return name[:i] + "q" + name[i:]


def _strip_non_null(t: Any) -> Any:
    return t.of_type if isinstance(t, GraphQLNonNull) else t
