"""The `graft` Python module (engine/python) against the C++ API (`graft run`) and the legacy path
(graft_legacy) on the §11 examples (contract DB) and a sample of the parity corpus (demo DB)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import graft
import graft_legacy

SOURCE_DIR = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(SOURCE_DIR / "harness" / "legacy" / "tests"))
from contract_cases import E, X_FIELD, X_REQUEST  # noqa: E402

CONTRACT_SCHEMA = str(SOURCE_DIR / "tests" / "fixtures" / "contract" / "schema.graphql")
DEMO_SCHEMA = str(SOURCE_DIR / "corpus" / "schema" / "demo.graphql")
GRAFT_CLI = os.environ.get("GRAFT_CLI", "graft")


def server_dsn() -> str:
    dsn_file = os.environ.get("GRAFT_TEST_DSN_FILE")
    if not dsn_file or not Path(dsn_file).is_file():
        pytest.fail("GRAFT_TEST_DSN_FILE is missing: the database tests need the ctest fixtures postgres, "
                    "contract_db and demo_db")
    return Path(dsn_file).read_text(encoding="utf-8").strip()


def contract_dsn() -> str:
    return server_dsn() + " dbname=graft_contract"


def rows_canonical(response: str) -> object:
    """The response with every root list as a sorted multiset (for statements without ORDER BY)."""
    value = json.loads(response, parse_float=str, parse_int=str)
    data = value.get("data")
    if isinstance(data, dict):
        for key, rows in data.items():
            if isinstance(rows, list):
                data[key] = sorted(json.dumps(r, sort_keys=True) for r in rows)
    return value


def same_response(native: str, legacy: str, sql: list[str]) -> bool:
    if native == legacy:
        return True
    if all(" ORDER BY " in s for s in sql):
        return False
    return rows_canonical(native) == rows_canonical(legacy) and json.dumps(json.loads(native)) is not None


def cli(query: str, dsn: str | None, schema: str = CONTRACT_SCHEMA, variables: str | None = None,
        operation: str | None = None, context: str | None = None) -> str:
    args = [GRAFT_CLI, "run", "--schema", schema]
    if dsn:
        args += ["--dsn", dsn]
    if variables is not None:
        args += ["--variables", variables]
    if operation is not None:
        args += ["--operation", operation]
    if context is not None:
        args += ["--context", context]
    done = subprocess.run(args + ["-"], input=query.encode(), capture_output=True, check=True)
    return done.stdout.decode()


# -- no database -------------------------------------------------------------------------------

def test_misuse_raises_clean_python_exceptions():
    with pytest.raises(ValueError, match="Cannot read"):
        graft.Engine(schema="/nonexistent.graphql")
    with pytest.raises(TypeError, match="unknown configuration key"):
        graft.Engine(schema=CONTRACT_SCHEMA, maxLimits=3)
    with pytest.raises(ValueError, match="must not be negative"):
        graft.Engine(schema=CONTRACT_SCHEMA, max_depth=-1)
    with pytest.raises(TypeError, match='"max_depth" takes a whole number'):
        graft.Engine(schema=CONTRACT_SCHEMA, max_depth=True)
    with pytest.raises(TypeError, match='"planCache" takes true or false'):
        graft.Engine(schema=CONTRACT_SCHEMA, planCache="off")
    with pytest.raises(TypeError, match="takes a bool, int or str"):
        graft.Engine(schema=CONTRACT_SCHEMA, max_depth=1.5)
    engine = graft.Engine(schema=CONTRACT_SCHEMA, maxLimit=7, plan_cache=False)
    with pytest.raises(TypeError):
        engine.execute("{ __typename }", variables=3)
    assert b"must not exceed 7." in engine.execute("{ users(limit: 8) { id } }")


def test_document_cache_keywords_and_metrics():
    off = graft.Engine(schema=CONTRACT_SCHEMA, document_cache_entries=0)
    on = graft.Engine(schema=CONTRACT_SCHEMA, documentCacheEntries=10, document_cache_bytes=1 << 20)
    for _ in range(3):  # stored on the second miss, a hit on the third
        assert on.execute("{ __typename }") == off.execute("{ __typename }") == b'{"data":{"__typename":"Query"}}'
    assert 'graft_document_cache_requests_total{outcome="miss"} 0\n' in off.metrics_text()
    text = on.metrics_text()
    assert 'graft_document_cache_requests_total{outcome="hit"} 1\n' in text
    assert "\ngraft_document_cache_entries 1\n" in text
    on.reload_schema()
    assert "\ngraft_document_cache_entries 0\n" in on.metrics_text()
    with pytest.raises(ValueError, match="must not be negative"):
        graft.Engine(schema=CONTRACT_SCHEMA, document_cache_entries=-1)


@pytest.mark.parametrize("name,query,variables,response", X_REQUEST, ids=[x[0] for x in X_REQUEST])
def test_request_errors_match_cli_and_legacy(name, query, variables, response):
    engine = graft.Engine(schema=CONTRACT_SCHEMA)
    legacy = graft_legacy.create(CONTRACT_SCHEMA, None, {})
    native = engine.execute(query, variables).decode()
    assert native == response
    assert native == legacy.execute(query, variables, None, None)["response"]
    assert native == cli(query, None, variables=variables)
    report = engine.execute_report(query, variables)
    assert report["errors"] == json.loads(response)["errors"]
    assert report["cache"] == "bypass" and report["sql"] == []


def test_introspection_matches_legacy():
    from graphql import get_introspection_query

    engine = graft.Engine(schema=DEMO_SCHEMA)
    legacy = graft_legacy.create(DEMO_SCHEMA, None, {})
    for query in (get_introspection_query(), get_introspection_query(True, True, True, True, True),
                  '{ __type(name: "UserWhereInput") { name inputFields { name type { name kind ofType { name } } } } }'):
        assert engine.execute(query).decode() == legacy.execute(query, None, None, None)["response"]


def test_gil_released_while_executing():
    import threading

    engine = graft.Engine(schema=CONTRACT_SCHEMA)
    results = []

    def work():
        for _ in range(200):
            results.append(engine.execute('{ __type(name: "User") { fields { name } } }'))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 800 and len(set(results)) == 1


# -- contract database -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def contract():
    engine = graft.Engine(schema=CONTRACT_SCHEMA, dsn=contract_dsn(), pool_size=2)
    legacy = graft_legacy.create(CONTRACT_SCHEMA, contract_dsn(), {})
    yield engine, legacy
    legacy.close()


@pytest.mark.parametrize("case", E, ids=[c.name for c in E])
def test_worked_examples(contract, case):
    engine, legacy = contract
    report = engine.execute_report(case.query, case.variables, case.operation_name, case.context)
    theirs = legacy.execute(case.query, case.variables, case.operation_name, case.context)
    assert report["sql"] == case.sql == theirs["sql"]
    assert report["params"] == theirs["params"]
    assert [[(p["type"], p["text"]) for p in s] for s in report["params"]] == case.params
    body = engine.execute(case.query, case.variables, case.operation_name, case.context).decode()
    via_cli = cli(case.query, contract_dsn(), variables=case.variables, operation=case.operation_name,
                  context=case.context)
    for native in (report["response"], body, via_cli):
        assert same_response(native, case.response, case.sql)
        assert same_response(native, theirs["response"], case.sql)
    assert report["errors"] == theirs["errors"] == []


@pytest.mark.parametrize("name,query,context,sql,params,response", X_FIELD, ids=[x[0] for x in X_FIELD])
def test_field_errors(contract, name, query, context, sql, params, response):
    engine, legacy = contract
    report = engine.execute_report(query, None, None, context)
    theirs = legacy.execute(query, None, None, context)
    assert report["response"] == response == theirs["response"]
    assert report["sql"] == sql == theirs["sql"]
    assert report["params"] == theirs["params"]
    assert report["errors"] == theirs["errors"] == json.loads(response)["errors"]
    assert cli(query, contract_dsn(), context=context) == response


# -- demo database: a sample of the parity corpus ----------------------------------------------

def corpus_sample(limit_generated: int = 400) -> list[dict]:
    cases = []
    for name, limit in (("hand_written.jsonl", 10**6), ("generated.jsonl", limit_generated)):
        with open(SOURCE_DIR / "corpus" / "cases" / name, encoding="utf-8") as lines:
            for index, line in enumerate(lines):
                if index >= limit:
                    break
                cases.append(json.loads(line))
    return cases


def test_demo_corpus_parity():
    """Native (the module) and legacy agree on sql, params and response for a corpus sample."""
    from graft_legacy.jsontext import RawNumber  # noqa: F401 - the legacy path's number model

    dsn = server_dsn()
    engine = graft.Engine(schema=DEMO_SCHEMA, dsn=dsn, pool_size=2)
    legacy = graft_legacy.create(DEMO_SCHEMA, dsn, {})
    differences = []
    try:
        for record in corpus_sample():
            # The corpus' variables as compact JSON with number tokens verbatim (§10.1).
            variables = record.get("variables")
            text = None if variables is None else json.dumps(variables, ensure_ascii=False, separators=(",", ":"))
            context = json.dumps(record.get("context") or {})
            args = (record["query"], text, record.get("operationName"), context)
            ours, theirs = engine.execute_report(*args), legacy.execute(*args)
            for layer in ("sql", "params", "errors"):
                if ours[layer] != theirs[layer]:
                    differences.append((record["id"], layer, ours[layer], theirs[layer]))
                    break
            else:
                if not same_response(ours["response"], theirs["response"], ours["sql"]):
                    differences.append((record["id"], "response", ours["response"][:300], theirs["response"][:300]))
    finally:
        legacy.close()
    assert not differences, f"{len(differences)} differences, first: {differences[:3]}"
