"""The legacy path on the contract database (CONTRACT §6, §7, §11): needs ctest's `contract_db` fixture."""

from __future__ import annotations

import json
import re

import pytest
from contract_cases import E, X_FIELD, params_of

import graft_legacy
from graft_legacy.executor import Database

from conftest import CONTRACT_SCHEMA


def _canonical(value):
    return json.dumps(value, sort_keys=True)


@pytest.mark.parametrize("case", E, ids=[c.name for c in E])
def test_worked_example_responses(db_adapter, case):
    report = db_adapter.execute(case.query, case.variables, case.operation_name, case.context)
    assert report["sql"] == case.sql
    assert params_of(report) == case.params
    assert report["errors"] == []
    if case.ordered:
        assert report["response"] == case.response
    else:  # no ORDER BY: rows may come in any order (§10.3)
        got, want = json.loads(report["response"]), json.loads(case.response)
        key = next(iter(want["data"]))
        assert sorted(map(_canonical, got["data"][key])) == sorted(map(_canonical, want["data"][key]))
    assert report["timings"]["execute"] > 0 or not case.sql
    assert all(isinstance(v, int) and v >= 0 for v in report["timings"].values())


@pytest.mark.parametrize("name,query,context,sql,params,response", X_FIELD, ids=[x[0] for x in X_FIELD])
def test_field_error_responses(db_adapter, name, query, context, sql, params, response):
    report = db_adapter.execute(query, None, None, context)
    assert report["response"] == response
    assert report["sql"] == sql
    assert params_of(report) == params
    assert report["errors"] == json.loads(response)["errors"]


def test_failed_statement_stops_the_rest(db_adapter):
    report = db_adapter.execute('{ u: user(id: "11111111-1111-4111-8111-111111111111") { firstName } '
                                'a: users(where: {firstName: {matches: "("}}) { firstName } '
                                'b: user(id: "22222222-2222-4222-8222-222222222222") { firstName } }', None, None, None)
    assert len(report["sql"]) == 2  # the third statement is never sent
    assert [(e["path"], e["extensions"]) for e in report["errors"]] == [
        (["a"], {"code": "DATABASE_ERROR", "sqlstate": "2201B"}), (["b"], {"code": "DATABASE_ERROR"})]
    assert report["errors"][1]["message"] == "Not executed because an earlier statement in this request failed."
    assert json.loads(report["response"])["data"] is None


def test_lookup_error_nulls_in_place(db_adapter):
    report = db_adapter.execute('{ user(id: "11111111-1111-4111-8111-111111111111") { firstName } '
                                "device(id: \"d0000000-0000-4000-8000-000000000001\") { hostname } }", None, None, None)
    assert json.loads(report["response"])["data"] == {"user": {"firstName": "Al"}, "device": None}


def test_projection_features(db_adapter):
    report = db_adapter.execute(
        "query Q($no: Boolean!) { user(id: \"11111111-1111-4111-8111-111111111111\") { ... on User { x: meta "
        "createdAt } ...F homeAddress { geo { __typename lat lat } missing: city } nope: age @include(if: $no) } "
        "__typename } fragment F on User { createdAt id }", '{"no":false}', "Q", None)
    assert report["response"] == (
        '{"data":{"user":{"x":{"plan":"pro","seats":5},"createdAt":"2024-01-02T03:04:05Z",'
        '"id":"11111111-1111-4111-8111-111111111111","homeAddress":{"geo":{"__typename":"Geo","lat":48.85},'
        '"missing":"Paris"}},"__typename":"Query"}}')
    report = db_adapter.execute('{ user(id: "33333333-3333-4333-8333-333333333333") { score tags homeAddress { city } '
                                'period } }', None, None, None)
    assert report["response"] == '{"data":{"user":{"score":null,"tags":null,"homeAddress":null,"period":null}}}'


def test_tenancy_isolates_rows(db_adapter):
    report = db_adapter.execute("{ devices { hostname } }", None, None,
                                '{"tenant":"7e57a000-0000-4000-8000-000000000002"}')
    assert report["response"] == '{"data":{"devices":[{"hostname":"other"}]}}'
    report = db_adapter.execute('{ devices(where: {id: {eq: "d0000000-0000-4000-8000-000000000003"}}) { hostname } }',
                                None, None, '{"tenant":"7e57a000-0000-4000-8000-000000000001"}')
    assert report["response"] == '{"data":{"devices":[]}}'


def test_more_operators_against_postgres(db_adapter):
    t1 = '{"tenant":"7e57a000-0000-4000-8000-000000000001"}'
    cases = [
        ('{ users(where: {period: {adjacent: "[2024-02-01,2024-03-01)"}}) { firstName } }', None, ["Al"]),
        ('{ users(where: {tags: {containedBy: ["admin", "ops", "x"], lenEq: 2}}) { firstName } }', None, ["Al"]),
        ('{ users(where: {tags: {lenLt: 1}}) { firstName } }', None, ["Bea"]),
        ('{ users(where: {meta: {hasAllKeys: ["plan", "seats"], containedBy: {plan: "pro", seats: 5, x: 1}}}) '
         "{ firstName } }", None, ["Al"]),
        ('{ users(where: {createdAt: {lt: "2024-01-01T00:30:00+01:00"}}) { firstName } }', None, ["Bea"]),
        ('{ users(where: {score: {in: [9.25, 1.5]}, NOT: {age: {gt: 40}}}) { firstName } }', None, ["Bea"]),
        ('{ users(where: {homeAddress: {zipCode: {startswith: "69"}}}) { firstName } }', None, ["Bea"]),
        ('{ users(where: {homeAddress: {geo: {lat: {isnull: true}}}, isActive: {isnull: false}}) { firstName } }',
         None, ["Bea"]),
        ('{ devices(where: {ipAddress: {isPublic: true}}) { hostname } }', t1, ["web-1"]),
        ('{ devices(where: {location: {ancestorOf: "eu.fr.paris.x", depthLt: 4}}) { hostname } }', t1, ["gw-1"]),
        ('{ devices(where: {ports: {overlaps: [80, 8080], containedBy: [80, 443]}}) { hostname } }', t1, ["web-1"]),
        ('{ devices(where: {ipAddress: {isIPv6: false}, macAddress: {isnull: true}}) { hostname } }', t1, ["web-1"]),
    ]
    for query, context, names in cases:
        report = db_adapter.execute(query, None, None, context)
        assert report["errors"] == [], query
        data = json.loads(report["response"])["data"]
        rows = next(iter(data.values()))
        assert sorted(next(iter(r.values())) for r in rows) == names, query


def test_rendering_matches_psycopg(db_adapter, monkeypatch):
    """The reported SQL is exactly what psycopg sends (its %s placeholders become $1, $2, ...)."""
    seen = []
    original = Database._one

    def spy(conn, statement):
        text = statement.composed.as_string(conn)
        counter = iter(range(1, 1000))
        seen.append((re.sub(r"%s", lambda _: f"${next(counter)}", text), statement.text))
        return original(conn, statement)

    monkeypatch.setattr(Database, "_one", staticmethod(spy))
    for case in E:
        db_adapter.execute(case.query, case.variables, case.operation_name, case.context)
    assert seen and all(psycopg_text == ours for psycopg_text, ours in seen)


def test_session_settings(db_adapter):
    with db_adapter._database.pool.connection() as conn:
        settings = [conn.execute(f"SHOW {name}").fetchone()[0] for name in
                    ("TimeZone", "DateStyle", "default_transaction_read_only", "client_encoding")]
        assert settings == ["UTC", "ISO, MDY", "on", "UTF8"]


def test_connection_failure(tmp_path):
    legacy = graft_legacy.create(str(CONTRACT_SCHEMA), f"host={tmp_path} port=1 dbname=none connect_timeout=1",
                                 {"poolTimeout": 1})
    try:
        report = legacy.execute('{ a: users { id } b: users { id } }', None, None, None)
    finally:
        legacy.close()
    assert report["errors"][0]["message"] == "Database error: connection failure"
    assert report["errors"][0]["extensions"] == {"code": "DATABASE_ERROR", "sqlstate": "08006"}
    assert report["errors"][1]["message"] == "Not executed because an earlier statement in this request failed."
