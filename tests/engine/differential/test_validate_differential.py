"""Differential test: `graft validate` against graphql-core 3.2.6 `validate` (CONTRACT §3.2).

The oracle is graphql-core's validate over the schema the legacy path builds (graft_legacy), for the
demo schema and the §11 schema. For every document both sides must give the same outcome: the same
syntax error, or the same validation errors in the same order, each with the same message and
locations. Documents: hand-written cases per rule, documents generated from the schema with
injected faults (seeded), and seeded token mutations of those. All documents go to one
`graft validate --lines` process per schema.
"""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

import pytest

import graphql
from graphql import GraphQLSchema
from graphql.error import GraphQLSyntaxError
from graphql.language import Lexer, Source, TokenKind
from graphql.type import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    get_named_type,
)

from graft_legacy.schema import load_schema

GRAFT_CLI = os.environ.get("GRAFT_CLI", "")
ROOT = Path(__file__).resolve().parents[3]
SCHEMAS = {
    "demo": ROOT / "corpus" / "schema" / "demo.graphql",
    "contract": ROOT / "tests" / "fixtures" / "contract" / "schema.graphql",
}
# GRAFT_DIFF_COUNT / GRAFT_DIFF_SEED widen the search when exploring; the defaults run in ctest.
GENERATED_PER_SCHEMA = int(os.environ.get("GRAFT_DIFF_COUNT", "700"))
MUTATED_PER_SCHEMA = GENERATED_PER_SCHEMA
SEED = int(os.environ.get("GRAFT_DIFF_SEED", "20240"))

sys.setrecursionlimit(max(sys.getrecursionlimit(), 10000))
sys.set_int_max_str_digits(0)

Outcome = List[Tuple[str, Tuple[Tuple[int, int], ...], str]]


def oracle(schema: GraphQLSchema, text: str) -> Outcome:
    try:
        document = graphql.parse(Source(text))
    except GraphQLSyntaxError as error:
        return [(error.message, tuple((l.line, l.column) for l in error.locations or ()), "GRAPHQL_PARSE_FAILED")]
    try:
        errors = graphql.validate(schema, document)
    except Exception:  # noqa: BLE001 - the legacy path answers an internal failure so
        return [("Internal server error.", (), "INTERNAL_SERVER_ERROR")]
    return [(e.message, tuple((l.line, l.column) for l in e.locations or ()), "GRAPHQL_VALIDATION_FAILED")
            for e in errors]


def graft_batch(schema_path: Path, texts: List[str]) -> List[Outcome]:
    payload = "".join(json.dumps(text) + "\n" for text in texts)
    completed = subprocess.run([GRAFT_CLI, "validate", "--schema", str(schema_path), "--lines", "-"],
                               input=payload.encode("utf-8"), capture_output=True, check=False, timeout=600)
    assert completed.returncode == 0, completed.stderr.decode(errors="replace")
    lines = completed.stdout.decode("utf-8").splitlines()
    assert len(lines) == len(texts)
    outcomes = []
    for line in lines:
        answer = json.loads(line)
        outcomes.append([(e["message"], tuple((l["line"], l["column"]) for l in e.get("locations", ())),
                          e["extensions"]["code"]) for e in answer.get("errors", [])])
    return outcomes


# ---------------------------------------------------------------------------------------------
# Hand-written documents (both schemas have Query fields `users` / `user(id:)` over User with
# firstName, age, tags, homeAddress { city geo { … } }).

FIXED = [
    "{ users { id } }",
    "{ users { firstName nickname } }",
    "{ users(where: {age: {like: \"4%\"}}) { firstName } }",
    "{ users(first: 10) { firstName } }",
    "query Q { users(limit: $n) { firstName } }",
    "{ users(where: {nope: 1}) { nickname } user { id } }",
    "{ users {\nfirstName\nnickname } }",
    "{ users(where: {firstName: {eq: \"\U0001F600\"}}) { nickname } }",
    "{ users(orderBy: {age: asc}) { firstName } }",
    "{ users(orderBy: {age: \"ASC\"}) { id } }",
    "{ users(orderBy: {age: \"\u0130\"}) { id } }",
    "{ users(orderBy: {age: [ASC]}) { id } }",
    "{ users(orderBy: {age: {a: 1}}) { id } }",
    "{ users(orderBy: {age: Asc_nulls_first}) { id } }",
    "{ users { id } } type Foo { a: Int }",
    "{ users { id } } type Foo { a: Strin }",
    "{ users { id } } type Foo @bogus { a: Strin @skip(if: 1) } extend type Foo @deprecated @deprecated",
    "schema { query: Foo } extend schema @d directive @d(a: Int!) repeatable on SCHEMA | FIELD input I { a: [Intt] = {x: 1, x: 2} }",
    "directive @skip(foo: Int!) repeatable on QUERY query Q @skip @skip { users @skip(if: true) { id } }",
    "enum E { A @deprecated(reason: 1) } union U @include = X | Y interface I implements J { f(a: In): Int }",
    "query Q { users { id } } query Q { users { id } }",
    "{ users { id } } query Q { users { id } }",
    "query Q($d: Datetime) { users(where: {createdAt: {eq: $d}}) { id } }",
    "query Q { users { ... on UUID { id } } }",
    "query Q { users { ... on UserWhereInput { id } } }",
    "query Q($u: [User!]) { users { id } }",
    "{ users { homeAddress } }",
    "{ users { tags { x } } }",
    "{ userz { id } }",
    "{ users { ...F } } fragment F on User { id } fragment F on User { id }",
    "{ users { ...G } }",
    "{ users { id } } fragment F on User { id }",
    "{ users { ...F } } fragment F on Device { id }",
    "{ users { ...F } } fragment F on User { ...G } fragment G on User { ...H } fragment H on User { ...F }",
    "{ users { ...F } } fragment F on User { ...F }",
    "query Q($a: Int, $a: Int) { users(limit: $a) { id } }",
    "{ users(limit: $n) { id } }",
    "query ($n: Int) { users { id } }",
    "{ users @bogus { id } }",
    "query Q @skip(if: true) { users { id } }",
    "{ users { id @skip(if: true) @skip(if: false) } }",
    "{ users { id @skip(iff: true) } }",
    "{ users(limit: 1, limit: 2) { id } }",
    "{ users(limit: \"x\") { id } }",
    "{ user { id } }",
    "{ users { id @skip } }",
    "query Q($id: UUID) { user(id: $id) { id } }",
    "{ users { a: firstName a: age } }",
    "{ users(where: {age: {eq: 1, eq: 2}}) { id } }",
    "{ users(where: {age: {in: [1, null]}}) { id } }",
    "{ users(where: {age: 1}) { id } }",
    "{ users(where: {AND: 1}) { id } }",
    "{ users(where: {AND: [[1]]}) { id } }",
    "{ users(where: {id: {eq: [\"11111111-1111-4111-8111-111111111111\"]}}) { id } }",
    "{ user(id: \"abc\") { id } }",
    "{ user(id: \"\"\"abc\"\"\") { id } }",
    "{ users(limit: 2147483648) { id } }",
    "{ users(limit: -2147483649) { id } }",
    "{ users(limit: -2147483648) { id } }",
    "{ users(limit: 123456789012345678901234567890123456789) { id } }",
    "{ users(limit: 1.5) { id } }",
    "{ users(where: {firstName: {eq: 1}}) { id } }",
    "{ users(where: {isActive: {eq: \"true\"}}) { id } }",
    "{ users(where: {meta: {eq: {k: [\"\\u0000\"]}}}) { id } }",
    "{ users(where: {meta: {eq: {a: $v, b: [1, {c: \"x\"}]}}}) { id } }",
    "query Q($v: Int) { users(where: {meta: {eq: [$v]}}) { id } }",
    "query Q($v: Int) { users(where: {meta: {eq: [[$v]]}}) { id } }",
    "query Q($v: Int) { users(where: {meta: {eq: {a: $v}}}) { id } }",
    "query Q($v: String!) { users(where: {meta: {eq: [{a: $v}]}}) { id } }",
    "mutation M($b: Int) { users(limit: 1, limit: 2) { id } }",
    "mutation { users { firstName } }",
    "subscription S { users { id nope } }",
    "{ a: users { ...F } b: users { ...G } c: users { ...H } } fragment F on User { age(x: $f) } "
    "fragment G on User { id(y: $g) } fragment H on User { id(z: $h) }",
    "query Q { a: users(limit: $f) { id } b: users(limit: $g) { ...F } } fragment F on User { homeAddress { city } }",
    "{ users { x: homeAddress { c: city } x: homeAddress { c: zipCode } } }",
    "{ users { x: homeAddress { c: city } x: homeAddress { c: geo { lat } } } }",
    "{ users { x: homeAddress { c: city d: city } x: homeAddress { c: city d: street } } }",
    "{ users(limit: 1) { id } users(limit: 2) { id } }",
    "{ users(where: {a: 1, b: 2}) { id } users(where: {b: 2, a: 1}) { id } }",
    "{ users(where: {age: {eq: 1}, firstName: {eq: \"x\"}}) { id } users(where: {firstName: {eq: \"x\"}, age: {eq: 1}}) { id } }",
    "{ users { ...A ...B } } fragment A on User { x: id } fragment B on User { x: firstName }",
    "{ users { id: firstName ...F } } fragment F on Device { id }",
    "{ users { ...F } devices { ...F } } fragment F on Device { hostname: id }",
    "{ users { __typename a: __typename a: id } }",
    "{ __schema { types { name } } __type(name: \"User\") { fields(includeDeprecated: true) { name } } }",
    "{ __type { name } }",
    "{ users { __schema { types { name } } } }",
    "query Q($v: Boolean) { __type(name: \"X\") { fields(includeDeprecated: $v) { name } } }",
    "query Q($v: Boolean) { users @skip(if: $v) { id } }",
    "query Q($v: Boolean = true) { users @skip(if: $v) { id } }",
    "query Q($v: Boolean = null) { users @skip(if: $v) { id } }",
    "query Q($v: [Int]) { users(where: {age: {in: $v}}) { id } }",
    "query Q($v: [Int!]!) { users(where: {age: {in: $v}}) { id } }",
    "query Q($v: Int!) { users(where: {age: {in: [$v]}}) { id } }",
    "query Q($v: Int = \"x\", $w: OrderDirection = asc, $x: UserWhereInput = {nope: 1}) { users { id } }",
    "query Q($v: __TypeKind = FOO) { users { id } }",
    "{ users { ... { id } ... on User { firstName } ... on Query { users { id } } } }",
    "{ users { ... @skip(if: true) { id } ... @bogus(limit: \"x\") { id } } }",
    "{ users @bogus(limit: \"x\", where: 1) { id } }",
    "query Q($a: Int @bogus(x: 1) @skip(if: true)) @include(if: false) { users(limit: $a) { id } }",
    "fragment F on User @skip(if: true) { id } { users { ...F @include(if: true) @include(if: true) } }",
    "{ users { id } } fragment F on Nope { id } fragment G on Int { id }",
    "{ users { ...F } } fragment F on Nope { id }",
    "query A { users { id } } query B($x: Int) { users(limit: $x) { id } } mutation A { x }",
    "{ users(offset: 1, limit: 1, offset: 2, limit: 3) { id id(a: 1) } }",
    "{ users(where: {homeAddress: {geo: {lat: {gt: \"x\"}}}}) { id } }",
    "{ users(where: {OR: [{age: {lt: 18}}, {AND: [{age: {gte: 65}}, {NOT: {isActive: {eq: true}}}]}]}) { id } }",
    "{ users(where: {OR: {age: {lt: 18}}}) { id } }",
    "{ users(orderBy: [{age: DESC}, {homeAddress: {city: ASC_NULLS_FIRST}}], limit: 2, offset: 1) { id } }",
    "{ users(where: {createdAt: {eq: \"2024-01-02T03:04:05\"}, birthDate: {eq: \"2024-02-30\"}}) { id } }",
    "{ users(where: {period: {eq: \"[2024-02-01,2024-01-01)\"}}) { id } }",
    "{ devices(where: {ipAddress: {eq: \"::1/128\"}, macAddress: {eq: \"00:11:22:33:44\"}, location: {eq: \"a..b\"}}) { id } }",
    "{ users(where: {tags: {contains: \"x\", lenEq: \"1\"}}) { id } }",
]


def fixed_documents() -> List[str]:
    docs = list(FIXED)
    many = "{ " + " ".join(f"f{i}: nope{i}" for i in range(120)) + " }"
    docs.append(many)
    docs.append("{ users { " + " ".join(f"x: f{i}" for i in range(20)) + " } }")
    return docs


# ---------------------------------------------------------------------------------------------
# Generated documents.

NAME_POOL = ["id", "users", "user", "firstName", "age", "nope", "city", "limit", "where", "eq", "in", "ASC",
             "User", "Int", "String", "UUID", "Address", "Query", "F", "G", "skip", "include", "if", "x"]


def typo(rng: random.Random, name: str) -> str:
    if not name:
        return "x"
    choice = rng.randrange(5)
    i = rng.randrange(len(name))
    if choice == 0:
        return name[:i] + name[i + 1:] or name + "x"
    if choice == 1:
        return name[:i] + rng.choice("aeioxz") + name[i:]
    if choice == 2 and len(name) > 1:
        j = min(i + 1, len(name) - 1)
        chars = list(name)
        chars[i], chars[j] = chars[j], chars[i]
        return "".join(chars)
    if choice == 3:
        return name.lower() if name != name.lower() else name.upper()
    return rng.choice(NAME_POOL)


class Generator:
    def __init__(self, schema: GraphQLSchema, rng: random.Random):
        self.schema = schema
        self.rng = rng
        self.objects = [t for n, t in schema.type_map.items() if isinstance(t, GraphQLObjectType)
                        and not n.startswith("__") and n != "Query"]
        self.scalars = [n for n, t in schema.type_map.items() if isinstance(t, GraphQLScalarType)]
        self.inputs = [n for n, t in schema.type_map.items() if isinstance(t, GraphQLInputObjectType)]
        self.variables: Dict[str, str] = {}
        self.fragments: List[str] = []
        self.pending_fragments: List[Tuple[str, GraphQLObjectType]] = []

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def type_text(self, type_: Any) -> str:
        return str(type_)

    def variable(self, type_: Any) -> str:
        rng = self.rng
        name = rng.choice(["v", "w", "n", "x", "a%d" % rng.randrange(3)])
        declared = str(type_)
        if self.chance(0.15):
            declared = declared[:-1] if declared.endswith("!") else declared + "!"
        if self.chance(0.08):
            declared = rng.choice(["Int", "String", "[Int]", "Boolean!", "User", "Nope", "JSON", "[String!]!"])
        if name not in self.variables or self.chance(0.3):
            self.variables[name] = declared
        return "$" + name

    def scalar_literal(self, name: str) -> str:
        rng = self.rng
        good = {
            "Int": ["0", "42", "-7", "2147483647", "2147483648", "-2147483649"],
            "Float": ["1.5", "2", "-0.0", "1e3"],
            "String": ['"x"', '"O\'Brien"', '"""block"""', '"\\u0000"'],
            "Boolean": ["true", "false"],
            "ID": ['"id1"', "12"],
            "Decimal": ['"1.50"', "3", "2.5", '"1,5"'],
            "UUID": ['"11111111-1111-4111-8111-111111111111"', '"abc"', '"D0000000-0000-4000-8000-000000000001"'],
            "Date": ['"2024-01-15"', '"2024-02-30"', '"0000-01-01"'],
            "DateTime": ['"2024-01-02T03:04:05Z"', '"2024-01-02T05:04:05+02:00"', '"2024-01-02T03:04:05"'],
            "IpAddress": ['"10.0.0.1"', '"::1"', '"::1/128"', '"01.2.3.4"'],
            "MacAddress": ['"00:11:22:33:44:55"', '"00-11-22-33-44-55"', '"00:11:22:33:44"'],
            "LTree": ['"eu.fr"', '"a..b"', '"x"'],
            "DateRange": ['"[2024-01-01,2024-02-01)"', '"empty"', '"[2024-02-01,2024-01-01)"', '"(,)"'],
            "JSON": ['{plan: "pro"}', "[1, 2]", '"x"', "1", "null", '{k: ["\\u0000"]}', "{a: {b: [true]}}"],
        }.get(name, ['"x"'])
        if self.chance(0.8):
            return rng.choice(good)
        return self.any_literal()

    def any_literal(self) -> str:
        return self.rng.choice(["1", "1.5", '"s"', "true", "null", "ASC", "[1]", "{a: 1}", '""""""', "-0",
                                "[]", "{}", "nope", '"ASC"', "[ASC, DESC]"])

    def value(self, type_: Any, depth: int) -> str:
        rng = self.rng
        if self.chance(0.07):
            return self.variable(type_)
        if isinstance(type_, GraphQLNonNull):
            if self.chance(0.05):
                return "null"
            return self.value(type_.of_type, depth)
        if self.chance(0.04):
            return "null"
        if isinstance(type_, GraphQLList):
            if self.chance(0.3):
                return self.value(type_.of_type, depth)
            count = rng.randrange(0, 3)
            return "[" + ", ".join(self.value(type_.of_type, depth + 1) for _ in range(count)) + "]"
        if self.chance(0.05):
            return self.any_literal()
        if isinstance(type_, GraphQLEnumType):
            values = list(type_.values)
            pick = rng.choice(values)
            if self.chance(0.2):
                return rng.choice([typo(rng, pick), '"%s"' % pick, pick.lower()])
            return pick
        if isinstance(type_, GraphQLInputObjectType):
            if depth > 4:
                return "{}"
            fields = list(type_.fields.items())
            parts = []
            for _ in range(rng.randrange(0, 3)):
                name, field = rng.choice(fields)
                if self.chance(0.1):
                    name = typo(rng, name)
                parts.append(f"{name}: {self.value(field.type, depth + 1)}")
            if parts and self.chance(0.05):
                parts.append(parts[0])
            return "{" + ", ".join(parts) + "}"
        if isinstance(type_, GraphQLScalarType):
            return self.scalar_literal(type_.name)
        return "1"

    def arguments(self, field: Any) -> str:
        rng = self.rng
        args = list(field.args.items())
        parts = []
        for name, arg in args:
            if isinstance(arg.type, GraphQLNonNull) and self.chance(0.9):
                parts.append(f"{name}: {self.value(arg.type, 0)}")
            elif self.chance(0.35):
                parts.append(f"{name}: {self.value(arg.type, 0)}")
        if self.chance(0.06):
            parts.append(f"{typo(rng, rng.choice([a for a, _ in args] or ['first']))}: 1")
        if parts and self.chance(0.04):
            parts.append(parts[0])
        if not parts:
            return ""
        return "(" + ", ".join(parts) + ")"

    def directives(self) -> str:
        if not self.chance(0.12):
            return ""
        rng = self.rng
        options = ["@skip(if: true)", "@include(if: false)", "@skip(if: %s)" % self.variable(GraphQLNonNull(
            self.schema.type_map["Boolean"])), "@bogus", "@skip", "@include(iff: true)", "@deprecated",
                   "@skip(if: 1)", "@skip(if: true) @skip(if: false)"]
        return " " + rng.choice(options)

    def selection_set(self, type_: GraphQLObjectType, depth: int) -> str:
        rng = self.rng
        fields = list(type_.fields.items())
        parts = []
        for _ in range(rng.randrange(1, 4)):
            kind = rng.random()
            if kind < 0.08 and depth < 4:
                cond = rng.choice([type_.name, type_.name, rng.choice(self.objects).name, "Int", "Nope", ""])
                on = f" on {cond}" if cond else ""
                target = self.schema.type_map.get(cond) if cond else type_
                inner = self.selection_set(target, depth + 1) if isinstance(target, GraphQLObjectType) \
                    else "{ id }"
                parts.append(f"...{on}{self.directives()} {inner}")
                continue
            if kind < 0.14 and depth < 4:
                frag = "F%d" % rng.randrange(4)
                if frag not in self.fragments:
                    self.fragments.append(frag)
                    on = type_ if self.chance(0.85) else rng.choice(self.objects)
                    self.pending_fragments.append((frag, on))
                parts.append(f"...{frag}{self.directives()}")
                continue
            name, field = rng.choice(fields)
            alias = ""
            if self.chance(0.15):
                alias = rng.choice(["a", "b", "x", name]) + ": "
            if self.chance(0.05):
                name = typo(rng, name)
            if self.chance(0.04):
                name = "__typename"
            field = type_.fields.get(name)
            text = alias + name
            if field is not None:
                text += self.arguments(field)
            text += self.directives()
            named = get_named_type(field.type) if field is not None else None
            if isinstance(named, GraphQLObjectType):
                if depth < 4 and not self.chance(0.05):
                    text += " " + self.selection_set(named, depth + 1)
            elif self.chance(0.03):
                text += " { id }"
            parts.append(text)
        return "{ " + " ".join(parts) + " }"

    def document(self) -> str:
        rng = self.rng
        self.variables = {}
        self.fragments = []
        self.pending_fragments = []
        query = self.schema.query_type
        body = self.selection_set(query, 0)
        head = rng.choice(["query Q", "query", "", "query Other", "mutation M", "subscription S"]) \
            if self.chance(0.9) else "query Q"
        defs = dict(self.variables)
        if self.chance(0.1):
            defs["unused"] = "Int"
        var_text = ""
        if defs and head != "":
            var_text = "(" + ", ".join(
                f"${name}: {type_}" + (" = 1" if self.chance(0.05) else "") for name, type_ in defs.items()) + ")"
        if head == "" and defs:
            head = "query"
        out = f"{head}{var_text}{self.directives() if head else ''} {body}".strip()
        done = set()
        while self.pending_fragments:
            frag, on = self.pending_fragments.pop(0)
            if frag in done:
                continue
            done.add(frag)
            out += f" fragment {frag} on {on.name} {self.selection_set(on, 2)}"
        if self.chance(0.08):
            out += " " + rng.choice(["{ users { id } }", "query Q { users { id } }", "fragment Z on User { id }",
                                     "type T { f: Strin }", "directive @skip on FIELD"])
        return out


def mutate(rng: random.Random, text: str) -> Optional[str]:
    """A token-level mutation of `text`: drop, duplicate, rename or swap tokens; None if it fails to lex."""
    lexer = Lexer(Source(text))
    tokens = []
    try:
        while True:
            token = lexer.advance()
            if token.kind == TokenKind.EOF:
                break
            tokens.append(text[token.start:token.end])
    except GraphQLSyntaxError:
        return None
    if not tokens:
        return None
    for _ in range(rng.randrange(1, 3)):
        i = rng.randrange(len(tokens))
        op = rng.randrange(6)
        if op == 0 and len(tokens) > 1:
            del tokens[i]
        elif op == 1:
            tokens.insert(i, tokens[i])
        elif op == 2 and tokens[i][:1].isalpha():
            tokens[i] = typo(rng, tokens[i])
        elif op == 3:
            j = rng.randrange(len(tokens))
            tokens[i], tokens[j] = tokens[j], tokens[i]
        elif op == 4:
            tokens[i] = rng.choice(["1", '"s"', "null", "true", "[1]", "{a: 1}", "$v", "ASC", "1.5"])
        else:
            names = [k for k, t in enumerate(tokens) if t[:1].isalpha() or t[:1] == "_"]
            if len(names) >= 2:
                a, b = rng.sample(names, 2)
                tokens[a], tokens[b] = tokens[b], tokens[a]
    return " ".join(tokens)


def documents(schema: GraphQLSchema, seed: int) -> List[str]:
    rng = random.Random(seed)
    generator = Generator(schema, rng)
    docs = fixed_documents()
    generated = [generator.document() for _ in range(GENERATED_PER_SCHEMA)]
    docs += generated
    mutated: List[str] = []
    while len(mutated) < MUTATED_PER_SCHEMA:
        candidate = mutate(rng, rng.choice(generated + FIXED))
        if candidate is not None:
            mutated.append(candidate)
    docs += mutated
    return docs


@pytest.mark.skipif(not GRAFT_CLI, reason="GRAFT_CLI is not set")
@pytest.mark.parametrize("schema_name", sorted(SCHEMAS))
def test_validate_matches_graphql_core(schema_name: str) -> None:
    path = SCHEMAS[schema_name]
    schema = load_schema(str(path)).graphql
    docs = documents(schema, seed=SEED + len(schema_name))
    expected = [oracle(schema, doc) for doc in docs]
    actual = graft_batch(path, docs)
    mismatches = [(doc, want, got) for doc, want, got in zip(docs, expected, actual) if want != got]
    validation = sum(1 for want in expected if want and want[0][2] != "GRAPHQL_PARSE_FAILED")
    print(f"\n{schema_name}: {len(docs)} documents ({validation} with validation errors), "
          f"{len(docs) - len(mismatches)} agree, {len(mismatches)} differ")
    for doc, want, got in mismatches[:10]:
        print("DOC ", doc)
        print("  graphql-core", want)
        print("  graft       ", got)
    assert not mismatches
