"""Differential test: the native schema (`graft schema --print|--hash`) against the legacy path's
graphql-core schema (`graft_legacy.schema.load_schema`, printed by graphql-core 3.2.6 `print_schema`).

Both sides must agree on whether an SDL file loads (CONTRACT §1.1-§1.5); when it does, on the exposed
schema as `print_schema` prints it (every type, field, argument, input field and enum value, in
order — the legacy type map is sorted by name, and so is the native one) and on the schema hash
(§1.7). Load-failure messages are each side's own and are not compared.
"""
from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Optional, Tuple

import pytest

from graphql import print_schema
from graft_legacy.schema import load_schema

GRAFT_CLI = os.environ.get("GRAFT_CLI", "")
SOURCE_DIR = Path(__file__).resolve().parents[3]

USER = 'type User @view(name: "v_user") {\n  id: UUID! @column\n'
QUERY = "type Query { users: [User!]! }\n"

ACCEPTED = {
    "unreachable types are dropped": """type Query { things: [Thing!]!  other(id: ID!): Other }
type Thing @view(name: "v_thing") { id: ID! parts: [Part!] }
type Part { label: String }
type Other @view(name: "v_other") { id: ID name: String }
type Unused @view(name: "v_unused") { id: UUID }
""",
    "no orderBy when nothing orders": """type Query { docs: [Doc!]! }
type Doc @view(name: "v_doc") { body: JSON tags: [String] box: Box boxes: [Box!] }
type Box { inner: Inner }
type Inner { payload: JSON }
""",
    "recursive embedded types": """type Query { nodes: [Node!]! }
type Node @view(name: "v_node") { head: Link }
type Link { next: Link label: String }
""",
    "every scalar, as value and list": """schema { query: Query }
# comment
type Query { all: [All!]!  one(id: ID!): All }
type All @view(name: "s.v_all", jsonb: "doc", tenant: "tenant_id") {
  id: ID @column(name: "pk")
  s: String  i: Int  f: Float  b: Boolean  d: Decimal  u: UUID  date: Date  dt: DateTime
  ip: IpAddress  mac: MacAddress  lt: LTree  dr: DateRange  j: JSON
  ls: [String]  li: [Int!]!  lf: [Float]  lb: [Boolean]  ld: [Decimal]  lu: [UUID!]  ldate: [Date]
  ldt: [DateTime]  lip: [IpAddress]  lmac: [MacAddress]  llt: [LTree]  ldr: [DateRange]  lj: [JSON]
  lid: [ID]  nested: [Nested!]!  one: Nested!
}
type Nested { x: Int isIPv4: Boolean @json(key: "is_ipv4") }
""",
    "block-string view name and a lookup only": 'type Query { doc(id: UUID!): Doc  docs: [Doc!]! }\n'
    'type Doc @view(name: """v_doc""") { id: UUID! }\n',
}

REJECTED = {
    "scalar definition": QUERY + USER + "}\nscalar Foo\n",
    "enum definition": QUERY + USER + "}\nenum E { A }\n",
    "input definition": QUERY + USER + "}\ninput I { a: Int }\n",
    "type extension": QUERY + USER + "}\nextend type User { b: Int }\n",
    "directive definition": QUERY + USER + "}\ndirective @d on FIELD\n",
    "type description": QUERY + '"docs"\n' + USER + "}\n",
    "field description": QUERY + USER + '  "doc" name: String\n}\n',
    "schema with another root": "schema { query: Root }\n" + QUERY + USER + "}\n",
    "interfaces": QUERY + 'type User implements Node @view(name: "v") { id: UUID }\n',
    "syntax error": QUERY + USER,
    "redefined scalar": QUERY + USER + "}\ntype UUID { a: Int }\n",
    "duplicate type": QUERY + USER + "}\ntype User { a: Int }\n",
    "no Query": USER + "}\n",
    "unknown type": QUERY + USER + "  friend: Foo\n}\n",
    "view type outside Query": QUERY + USER + '  org: Org\n}\ntype Org @view(name: "v_org") { id: UUID }\n',
    "nested list": QUERY + USER + "  grid: [[Int]]\n}\n",
    "arguments outside Query": QUERY + USER + "  name(upper: Boolean): String\n}\n",
    "field named AND": QUERY + USER + "  AND: String\n}\n",
    "field named OR in an embedded type": QUERY + USER + "  a: A\n}\ntype A { OR: Int }\n",
    "@column on a list": QUERY + USER + "  tags: [String!] @column\n}\n",
    "@column on an embedded field": QUERY + USER + "  a: A @column\n}\ntype A { x: Int }\n",
    "@column outside a view type": QUERY + USER + "  a: A\n}\ntype A { x: Int @column }\n",
    "@column name not an identifier": QUERY + USER + '  email: String @column(name: "e-mail")\n}\n',
    "@json key with a space": QUERY + USER + '  x: String @json(key: "a b")\n}\n',
    "@json empty key": QUERY + USER + '  x: String @json(key: "")\n}\n',
    "@json without key": QUERY + USER + "  x: String @json\n}\n",
    "unknown field directive": QUERY + USER + "  x: String @deprecated\n}\n",
    "@view without name": QUERY + 'type User @view(jsonb: "doc") { id: UUID }\n',
    "@view unknown argument": QUERY + 'type User @view(name: "v", table: "t") { id: UUID }\n',
    "@view name with two dots": QUERY + 'type User @view(name: "a.b.c") { id: UUID }\n',
    "@view name starting with a digit": QUERY + 'type User @view(name: "1v") { id: UUID }\n',
    "@view bad jsonb": QUERY + 'type User @view(name: "v", jsonb: "my doc") { id: UUID }\n',
    "directive on Query": 'type Query @view(name: "q") { users: [User!]! }\n' + USER + "}\n",
    "nullable list query": "type Query { users: [User] }\n" + USER + "}\n",
    "list query with arguments": "type Query { users(first: Int): [User!]! }\n" + USER + "}\n",
    "lookup with the wrong scalar": "type Query { user(id: ID!): User }\n" + USER + "}\n",
    "lookup returning non-null": "type Query { user(id: UUID!): User! }\n" + USER + "}\n",
    "lookup with a default": 'type Query { user(id: UUID! = "x"): User }\n' + USER + "}\n",
    "lookup by another argument": "type Query { user(key: UUID!): User }\n" + USER + "}\n",
    "scalar Query field": "type Query { count: Int }\n" + USER + "}\n",
    "clash with a WhereInput": QUERY + USER + "}\ntype UserWhereInput { a: Int }\n",
    "clash with a filter type": QUERY + USER + "}\ntype UUIDFilter { a: Int }\n",
    "clash with OrderDirection": QUERY + USER + "}\ntype OrderDirection { a: Int }\n",
}


def legacy(path: Path) -> Tuple[bool, Optional[str], Optional[str]]:
    try:
        schema = load_schema(str(path))
    except Exception:  # noqa: BLE001 - any failure to load counts as a rejection
        return False, None, None
    return True, print_schema(schema.graphql), schema.sha256


def native(path: Path) -> Tuple[bool, Optional[str], Optional[str]]:
    assert GRAFT_CLI, "GRAFT_CLI must name the graft executable"
    printed = subprocess.run([GRAFT_CLI, "schema", "--print", str(path)], capture_output=True, timeout=60)
    if printed.returncode != 0:
        assert printed.returncode == 1, printed.stderr
        assert printed.stderr, "a rejected schema must report why"
        return False, None, None
    hashed = subprocess.run([GRAFT_CLI, "schema", "--hash", str(path)], capture_output=True, timeout=60, check=True)
    return True, printed.stdout.decode("utf-8").removesuffix("\n"), hashed.stdout.decode("ascii").strip()


@pytest.mark.parametrize("relative", ["tests/fixtures/contract/schema.graphql", "corpus/schema/demo.graphql"])
def test_project_schemas_print_the_same(relative: str) -> None:
    path = SOURCE_DIR / relative
    assert native(path) == legacy(path)


@pytest.mark.parametrize("name", sorted(ACCEPTED))
def test_accepted_schemas_print_the_same(name: str, tmp_path: Path) -> None:
    path = tmp_path / "schema.graphql"
    path.write_text(ACCEPTED[name], encoding="utf-8")
    expected = legacy(path)
    assert expected[0], "the legacy path must accept this schema"
    assert native(path) == expected


@pytest.mark.parametrize("name", sorted(REJECTED))
def test_invalid_schemas_are_rejected_by_both(name: str, tmp_path: Path) -> None:
    path = tmp_path / "schema.graphql"
    path.write_text(REJECTED[name], encoding="utf-8")
    assert legacy(path)[0] is False, "the legacy path must reject this schema"
    assert native(path)[0] is False, "the native engine must reject this schema"
