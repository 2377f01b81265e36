"""Scalar kinds, columns and response shaping beyond the §11 schema (no database: a fake runner)."""

from __future__ import annotations

from pathlib import Path

import pytest
from contract_cases import params_of

import graft_legacy
from graft_legacy.config import Config
from graft_legacy.executor import Outcome
from graft_legacy.schema import load_schema

SCHEMA = Path(__file__).parent / "schemas" / "kinds.graphql"
S = 'SELECT "body"::text FROM "catalog"."v_item"'


class FakeDatabase:
    """Replays canned rows per statement and records what was run."""

    def __init__(self, *rows_per_statement):
        self.rows = list(rows_per_statement)
        self.ran = []

    def run(self, statements):
        self.ran.extend(s.text for s in statements)
        return [Outcome(rows=self.rows.pop(0)) for _ in statements]

    def close(self):
        pass


def adapter_with(database=None):
    return graft_legacy.LegacyAdapter(load_schema(str(SCHEMA)), Config(), database)


@pytest.fixture(scope="module")
def kinds():
    return graft_legacy.create(str(SCHEMA), None, {})


@pytest.mark.parametrize("query,variables,sql,params", [
    ("{ item(id: 5) { id } }", None, S + """ WHERE ("body"->>'id' = $1::text)""", [("text", "5")]),
    ("{ item(id: -0) { id } }", None, S + """ WHERE ("body"->>'id' = $1::text)""", [("text", "-0")]),
    ("query Q($i: ID!) { item(id: $i) { id } }", '{"i":1e2}', S + """ WHERE ("body"->>'id' = $1::text)""",
     [("text", "100")]),
    ('{ items(where: {price: {eq: "1.50", gt: 2, lt: 1.5e3, in: ["1", 2, 3.0]}}) { id } }', None,
     S + """ WHERE ((("body"->>'price')::numeric = $1::numeric) AND (("body"->>'price')::numeric > $2::numeric) AND (("body"->>'price')::numeric < $3::numeric) AND (("body"->>'price')::numeric = ANY($4::numeric[])))""",
     [("numeric", "1.50"), ("numeric", "2"), ("numeric", "1.5e3"), ("numeric[]", '{"1","2","3.0"}')]),
    ("query Q($p: Decimal, $q: Decimal, $r: Decimal) { items(where: {price: {eq: $p, gt: $q, lt: $r}}) { id } }",
     '{"p":1.5,"q":2,"r":1e20}',
     S + """ WHERE ((("body"->>'price')::numeric = $1::numeric) AND (("body"->>'price')::numeric > $2::numeric) AND (("body"->>'price')::numeric < $3::numeric))""",
     [("numeric", "1.5"), ("numeric", "2"), ("numeric", "1e+20")]),
    ('{ items(where: {ratio: {eq: 1}, qty: {in: [1, 2]}, sold: {eq: false}, when: {gte: "2024-01-01", isnull: false}}) { id } }',
     None,
     S + """ WHERE (("ratio_col" = $1::double precision) AND ("qty" = ANY($2::integer[])) AND ("sold" = $3::boolean) AND (("when" >= $4::date) AND ("when" IS NOT NULL)))""",
     [("double precision", "1.0"), ("integer[]", '{"1","2"}'), ("boolean", "false"), ("date", "2024-01-01")]),
    ('{ items(where: {flags: {anyEq: true}, prices: {contains: ["1.50", 2]}, stamps: {containedBy: ["2024-01-01T01:00:00+01:00"]}, blobs: {anyEq: {a: [1, "x"]}}, ratios: {overlaps: [1, 2.5]}}) { id } }',
     None,
     S + """ WHERE (("body"->'flags' @> $1::jsonb) AND ("body"->'prices' @> $2::jsonb) AND ("body"->'stamps' <@ $3::jsonb) AND ("body"->'blobs' @> $4::jsonb) AND ("body"->'ratios' @> ANY($5::jsonb[])))""",
     [("jsonb", "[true]"), ("jsonb", "[1.50,2]"), ("jsonb", '["2024-01-01T00:00:00Z"]'), ("jsonb", '[{"a":[1,"x"]}]'),
      ("jsonb[]", '{"[1.0]","[2.5]"}')]),
    ('{ items(where: {ipv4: {eq: "::1"}, part: {weight: {lte: 1}, sku: {iendswith: "%"}}}) { id } }', None,
     S + """ WHERE ((("body"->>'ip-v4')::inet = $1::inet) AND ((("body"->'part'->>'weight')::numeric <= $2::numeric) AND ("body"->'part'->>'sku' ILIKE $3::text)))""",
     [("inet", "::1"), ("numeric", "1"), ("text", "%\\%")]),
    ("{ items(orderBy: [{price: ASC}, {qty: DESC}, {part: {weight: DESC_NULLS_LAST}}]) { id } }", None,
     S + """ ORDER BY ("body"->>'price')::numeric ASC NULLS LAST, "qty" DESC NULLS FIRST, ("body"->'part'->>'weight')::numeric DESC NULLS LAST""",
     []),
])
def test_kinds_sql(kinds, query, variables, sql, params):
    report = kinds.plan(query, variables, None, None)
    assert report["errors"] == []
    assert report["sql"] == [sql]
    assert params_of(report) == [params]


def test_id_value_check(kinds):
    report = kinds.plan("query Q($i: ID!) { item(id: $i) { id } }", '{"i":"a\\u0000"}', None, None)
    assert report["errors"][0]["message"] == (
        'Argument "id" has an invalid value at "id": text must not contain U+0000.')
    assert report["sql"] == []


def test_list_of_embedded_has_no_filter(kinds):
    report = kinds.plan('{ items(where: {parts: {sku: {eq: "x"}}}) { id } }', None, None, None)
    assert report["errors"][0]["message"].startswith("Field 'parts' is not defined by type 'ItemWhereInput'.")


def test_projection_and_skipped_rows():
    database = FakeDatabase([
        '{"id":"a","parts":[{"sku":"s1","weight":1.0},7,null],"part":"not an object","price":1E+2}',
        "[1,2]", None, '"str"',
        '{"id":"b","parts":{"sku":"x"},"part":{"sku":"p","extra":true},"esc":"\\u0001\\u2028/"}',
    ])
    legacy = adapter_with(database)
    report = legacy.execute("{ items { id price parts { sku w: weight } part { sku } __typename } }")
    assert report["response"] == (
        '{"data":{"items":[{"id":"a","price":1E+2,"parts":[{"sku":"s1","w":1.0},null,null],"part":null,'
        '"__typename":"Item"},{"id":"b","price":null,"parts":null,"part":{"sku":"p"},"__typename":"Item"}]}}')
    assert database.ran == [S]


def test_lookup_row_counts():
    legacy = adapter_with(FakeDatabase(['{"id":"1"}', '{"id":"2"}'], ["[]", '{"id":"3"}'], []))
    query = '{ a: item(id: "1") { id } b: item(id: "3") { id } c: item(id: "4") { id } }'
    report = legacy.execute(query)
    assert report["response"] == (
        '{"errors":[{"message":"Lookup \\"item\\" matched more than one row.","locations":[{"line":1,"column":3}],'
        '"path":["a"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"a":null,"b":{"id":"3"},"c":null}}')
