"""Differential test: `graft parse` against graphql-core 3.2.6 `parse` (CONTRACT §3.1).

For every document, both sides must agree on acceptance; on rejection on the message and the
line:column; on acceptance on the whole syntax tree (graphql-core's `ast_to_dict` with each node's
start offset). The oracle side applies the contract's guards (size, nesting pre-scan with
graphql-core's Lexer) and maps graphql-core's IndexError to `Unterminated string.` at the end.
"""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from typing import Any, Dict, List, Optional, Tuple

import pytest

import graphql
from graphql.error import GraphQLSyntaxError
from graphql.language import Lexer, Source, TokenKind
from graphql.utilities import ast_to_dict

GRAFT_CLI = os.environ.get("GRAFT_CLI", "")
MAX_BYTES = 65536
MAX_NESTING = 512

Outcome = Tuple[str, Any]  # ("ok", ast-dict) or ("error", (message, line, column) | (message,))


def _strip_end(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: (_strip_end(v) if k != "loc" else {"start": v["start"]}) for k, v in node.items()}
    if isinstance(node, list):
        return [_strip_end(v) for v in node]
    return node


def oracle(text: str, max_nesting: int = MAX_NESTING) -> Outcome:
    size = len(text.encode("utf-8", "surrogateescape"))
    if size > MAX_BYTES:
        return ("error", (f"Document size {size} bytes exceeds the maximum of {MAX_BYTES} bytes.",))
    source = Source(text)
    lexer = Lexer(source)
    depth = 0
    try:
        while True:
            token = lexer.advance()
            if token.kind == TokenKind.EOF:
                break
            if token.kind in (TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L):
                depth += 1
                if depth > max_nesting:
                    return ("error", (f"Document nesting depth exceeds the maximum of {max_nesting}.",))
            elif token.kind in (TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R) and depth > 0:
                depth -= 1
    except (GraphQLSyntaxError, IndexError):
        pass
    old_limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(10000, 8 * max_nesting))
    try:
        document = graphql.parse(source)
    except GraphQLSyntaxError as error:
        location = error.locations[0]
        return ("error", (error.message, location.line, location.column))
    except IndexError:
        location = source.get_location(len(text))
        return ("error", ("Syntax Error: Unterminated string.", location.line, location.column))
    finally:
        sys.setrecursionlimit(old_limit)
    return ("ok", _strip_end(ast_to_dict(document, locations=True)))


def graft(text: str, max_nesting: int = MAX_NESTING) -> Outcome:
    completed = subprocess.run(
        [GRAFT_CLI, "parse", "--max-nesting", str(max_nesting), "-"],
        input=text.encode("utf-8", "surrogateescape"),
        capture_output=True,
        check=False,
    )
    assert completed.returncode in (0, 1), completed.stderr.decode(errors="replace")
    result = json.loads(completed.stdout.decode("utf-8", "surrogateescape"))
    if completed.returncode == 0:
        return ("ok", result)
    (error,) = result["errors"]
    code = error["extensions"]["code"]
    if "locations" in error:
        assert code == "GRAPHQL_PARSE_FAILED"
        (location,) = error["locations"]
        return ("error", (error["message"], location["line"], location["column"]))
    assert code == "QUERY_TOO_COMPLEX"
    return ("error", (error["message"],))


VALID = [
    "{ users { id } }",
    "query { users { id name } }",
    "query Q { a b c }",
    "query Q($a: Int, $b: [String!]! = [\"x\"], $c: F = {a: 1, b: [true, null]} @d(x: 1)) @dir { a(x: $a) }",
    "mutation M { doIt(input: {a: 1}) { ok } }",
    "subscription S @live { tick }",
    "{ alias: field(a: 1, b: -2.5e3, c: \"s\", d: true, e: null, f: ENUMV, g: [1, [2]], h: {x: {y: $v}}) }",
    "{ a @include(if: true) @skip(if: false) { b } }",
    "{ ... on User { id } ... @include(if: $x) { name } ...Frag @d }",
    "fragment Frag on User @d { id ...Other }",
    "query { users(where: {firstName: {eq: \"\U0001F600\"}}) { nickname } }",
    '{ f(s: "esc \\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\u{1F600} \\uD83D\\uDE00 \\u{0} end") }',
    '{ f(s: """\n    block\n      indented\n    text\n  """) }',
    '{ f(s: """  one line  """, t: """""", u: """ \\""" q """) }',
    '{ f(s: """\r\n\r\n   a\r\n   b\r\n\r\n""") }',
    "\ufeff# comment\n{ a, b,, c }\r\n# trailing",
    "{ a }\n\n{ b }",
    "query Q($v: Int = 0, $w: Float = -0.0, $x: Float = 1E+10, $y: Float = 1e-3) { a }",
    "schema @d { query: Q mutation: M subscription: S }",
    '"""desc""" schema { query: Q }',
    '"scalar desc" scalar Date @specifiedBy(url: "x")',
    'type User implements Node & Entity @key(fields: "id") { "d" id: ID! @deprecated name(arg: Int = 1 @x, "ad" b: [Int]): String }',
    "type T implements & A & B { f: Int }",
    "interface Node implements Base { id: ID! }",
    "union U @d = | A | B | C",
    "union U = A",
    'enum Color { "r" RED @d GREEN BLUE }',
    'input I @d { a: Int = 1 "bd" b: [String!] = ["x"] @e }',
    'directive @auth(role: String = "x") repeatable on FIELD_DEFINITION | OBJECT',
    "directive @d on | QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION | SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION",
    "extend schema @d",
    "extend schema { query: Q }",
    "extend scalar Date @d",
    "extend type User implements X",
    "extend type User @d",
    "extend type User { f: Int }",
    "extend interface Node { f: Int }",
    "extend union U = D",
    "extend enum Color { PINK }",
    "extend input I { c: Int }",
    "{ a(x: on, y: fragment, z: query) { on fragment query mutation subscription type } }",
    "{ f(x: 123456789012345678901234567890, y: 1.0e99999) }",
    "query ($a: Int) { a }",
    "{ a(x: [], y: {}) }",
    "{ a(s: \"x\u2028y\u0085z\") # c\u2029omment\n b }",
    "type Q { f(a: Int, b: Int): [[Int!]!] }",
    "query Q @d(x: $v) { a }",
    "fragment on on on { a }".replace("fragment on on on", "fragment F on on"),
]

ERRORS = [
    "",
    "   ",
    "# just a comment",
    "{",
    "{ }",
    "{ a",
    "{ a }}",
    "query",
    "query Q(",
    "query Q($a Int) { a }",
    "query Q($a: Int = $b) { a }",
    "query Q($a: Int = $) { a }",
    'query Q($a: Int = $"\\q") { users { id } }',
    'query Q($a: Int = $ "x") { users { id } }',
    "query Q($a: [Int) { a }",
    "query Q($a: Int!!) { a }",
    "{ a(x: ) }",
    "{ a(x: 1 }",
    "{ a(: 1) }",
    "{ ...on }",
    "{ ... on { a } }",
    "{ ... }",
    "fragment on on User { a }",
    'fragment "on" on User { a }',
    "fragment F($a: Int) on User { a }",
    "fragment F User { a }",
    "fragment F on User",
    "{ a } fragment",
    "mutation",
    "subscription { a",
    "notakeyword { a }",
    "extend",
    "extend foo",
    "extend schema",
    "extend scalar Date",
    "extend type User",
    "extend interface Node",
    "extend union U",
    "extend enum E",
    "extend input I",
    '"desc" { a }',
    '"desc" query { a }',
    '"desc" fragment F on T { a }',
    '"desc" extend type T @d',
    '"desc" 123',
    '"""d""" "e" type T',
    "schema { query Q }",
    "schema { foo: Q }",
    'schema { query: Q "x" }',
    'schema { "\\q" }',
    "scalar",
    "type T { f }",
    "type T { f: }",
    "type T implements { f: Int }",
    "type T { f(a): Int }",
    "union U = ",
    "union U = | ",
    "enum E { true }",
    "enum E { false }",
    "enum E { null }",
    'enum E { "d" "true" }',
    "enum E { A B",
    "input I { a }",
    "directive @d on FOO",
    "directive @d on field",
    "directive @d on QUERY | \"\\q\"",
    "directive @d repeatable FIELD",
    "directive d on FIELD",
    "directive @d(a: Int) on",
    "{ a ~ }",
    "{ a \u00e9 }",
    "{ a \U0001F600 }",
    "{ a \x07 }",
    "{ a . }",
    "{ a .. b }",
    "{ a 'x' }",
    "{ a(x: 00) }",
    "{ a(x: 01) }",
    "{ a(x: -) }",
    "{ a(x: -a) }",
    "{ a(x: 1.) }",
    "{ a(x: 1.a) }",
    "{ a(x: .5) }",
    "{ a(x: 1e) }",
    "{ a(x: 1e+) }",
    "{ a(x: 1.5.5) }",
    "{ a(x: 1a) }",
    "{ a(x: 1_000) }",
    "{ a(x: 0x10) }",
    '{ a(x: "abc',
    '{ a(x: "abc\ndef") }',
    '{ a(x: "abc\rdef") }',
    '{ a(x: """abc',
    '{ a(x: """abc\\""") }',
    '{ a(x: "\\x") }',
    '{ a(x: "\\u12G4") }',
    '{ a(x: "\\uD800") }',
    '{ a(x: "\\uD800\\u0041") }',
    '{ a(x: "\\uDC00") }',
    '{ a(x: "\\u{110000}") }',
    '{ a(x: "\\u{}") }',
    '{ a(x: "\\u{12"',
    '{ a(x: "\\u{000000004") }',
    '{ a(x: "\\u{D800}") }',
    '{ a(x: "\\u{zz}") }',
    '{ a(x: "\\u{\u00e9}") }',
    '{ a(x: "\\u12\u00e9x") }',
    '{ a(x: "\\',
    '{ a(x: "\\u12',
    '{ a(x: "\\uD800\\u12',
    '{ a(x: "\\uD800\\u',
    '{ a(x: "\\u{',
    '{ a(x: "\\u{12',
    "{ a\n ~ }",
    "{ a\r\n ~ }",
    "{ a\r ~ }",
    "{\n  a(x: \"\u2028\") ~ }",
    "# \u2028 comment\n{ a ~ }",
    "{ users {\nfirstName\nnickname } ",
    "{ users {\nfirstName\n",
    "{ a(x: \"\U0001F600\") \U0001F600 }",
    "{ a(x: $) }",
    "{ a(x: $1) }",
    "{ a(x: @) }",
    "{ a @ }",
    "{ a @d( }",
    "query Q($a: Int @d(x: $v)) { a }",
    "type T { f(a: Int = $v): Int }",
    "{ a } ]",
    "{ a } )",
    "}",
    "query Q($a: Int = [1, $b]) { a }",
    "query Q($a: Int = {a: $b}) { a }",
    "{ a(x: {a 1}) }",
    "{ a(x: [1 2) }",
    "{ a(x: {a: 1) }",
    "{ f: }",
    "{ f: g: h }",
    "{ f(x: 1)(y: 2) }",
    "{ a } 1",
    "{ a } \"s\"",
    "{ a } \"\"\"s\nt\"\"\"",
    "{ a } \"\"",
    "{\u2028a\u2029b\x0bc\x0cd }",
    "{ a\x0b b }",
    "{ a\x0c\x0c ~ }",
    "{ a\x1c\x1d\x1e\x85 ~ }",
    # Malformed UTF-8 reaches graft as bytes; graphql-core sees the same bytes decoded with
    # surrogateescape (lone surrogates U+DC80..U+DCFF).
    "{ a \udcff }",
    '{ a(x: "b\udce9") }',
    '{ a(x: """b\udce9""") }',
    "# c\udcff\n{ a }",
    '{ a(x: "\\\udcff") }',
]


def _mutations() -> List[str]:
    rng = random.Random(20240611)
    alphabet = list('{}()[]:$"!@.#\n\r\'\\ ,=|&-0e1aZ_\u00e9\U0001F600\u2028') + ['"""', "...", "\\u", "\\u{"]
    out: List[str] = []
    for base in VALID[:40]:
        for _ in range(10):
            position = rng.randrange(len(base) + 1)
            choice = rng.randrange(3)
            if choice == 0:
                out.append(base[:position])
            elif choice == 1:
                out.append(base[:position] + base[position + 1:])
            else:
                out.append(base[:position] + rng.choice(alphabet) + base[position:])
    return out


MUTATED = _mutations()


def _ids(prefix: str, docs: List[str]) -> List[str]:
    return [f"{prefix}{i}" for i in range(len(docs))]


def _check(text: str, max_nesting: int = MAX_NESTING) -> None:
    expected = oracle(text, max_nesting)
    actual = graft(text, max_nesting)
    assert actual == expected, f"document {text!r}"


@pytest.fixture(autouse=True, scope="session")
def _cli_present() -> None:
    assert GRAFT_CLI and os.access(GRAFT_CLI, os.X_OK), "set GRAFT_CLI to the graft executable"


@pytest.mark.parametrize("text", VALID, ids=_ids("valid", VALID))
def test_valid_documents(text: str) -> None:
    assert oracle(text)[0] == "ok", f"fixture {text!r} should be valid for graphql-core"
    _check(text)


@pytest.mark.parametrize("text", ERRORS, ids=_ids("error", ERRORS))
def test_error_documents(text: str) -> None:
    assert oracle(text)[0] == "error", f"fixture {text!r} should be invalid for graphql-core"
    _check(text)


@pytest.mark.parametrize("text", MUTATED, ids=_ids("mutated", MUTATED))
def test_mutated_documents(text: str) -> None:
    _check(text)


@pytest.mark.parametrize(
    "text,max_nesting",
    [
        ("{ a { b { c } } }", 3),
        ("{ a { b { c { d } } } }", 3),
        ("{ a(x: [[[1]]]) }", 4),
        ("{ a(x: [[[1]]]) }", 3),
        ("}}}}{ a(x: [1]) }", 2),
        ("{ ~ {{{{{{ }", 2),
        ("{ a(x: \"\\q\") {{{{{{ }", 2),
        ("{{{{{{ a(x: \"\\q\") }", 2),
        ("{ a(x: [[[ $ ]]]) }", 2),
    ],
)
def test_nesting_guard(text: str, max_nesting: int) -> None:
    _check(text, max_nesting)


def test_size_guard() -> None:
    text = "{ a }" + " " * MAX_BYTES
    _check(text)
    _check("{" + "a " * (MAX_BYTES // 2 - 1) + "}")
