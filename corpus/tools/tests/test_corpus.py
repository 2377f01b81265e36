"""The corpus tools and the checked-in corpus (no database needed)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

from conftest import GENERATED, HAND_WRITTEN, SCHEMA, TOOLS

from graft_corpus import schema_check
from graft_corpus.coverage import analyse, render_report
from graft_corpus.importer import import_logs, normalised_query
from graft_corpus.operands import Operands
from graft_corpus.planning import Planned
from graft_corpus.records import Case, DuplicateKeys, RawNumber, Record, parse_record, read_records
from graft_corpus.schema_info import SchemaInfo

# The error code each error class must produce (CONTRACT §8.2); `database` fails only in PostgreSQL.
CODES = {
    "syntax": {"GRAPHQL_PARSE_FAILED", "QUERY_TOO_COMPLEX"},
    "validation": {"GRAPHQL_VALIDATION_FAILED"},
    "operation": {"GRAPHQL_VALIDATION_FAILED"},
    "complexity": {"QUERY_TOO_COMPLEX"},
    "variables": {"BAD_USER_INPUT"},
    "field": {"BAD_USER_INPUT"},
    "forbidden": {"FORBIDDEN"},
}


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(TOOLS)] + [p for p in sys.path if p])
    env["PYTHONHASHSEED"] = "random"
    return env


def _error_class(record: Record) -> str | None:
    classes = {t.split(":", 1)[1].split(".")[0] for t in record.tags if t.startswith("error:")}
    assert len(classes) <= 1, f"{record.id}: several error classes {classes}"
    return classes.pop() if classes else None


def test_generation_is_deterministic_and_checked_in_file_is_fresh(tmp_path: Path) -> None:
    outputs = [tmp_path / "a.jsonl", tmp_path / "b.jsonl"]
    processes = [
        subprocess.Popen([sys.executable, "-m", "graft_corpus", "generate", "--schema", str(SCHEMA), "--seed", "1",
                          "--out", str(out)], env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for out in outputs
    ]
    for process in processes:
        stdout, stderr = process.communicate(timeout=600)
        assert process.returncode == 0, stderr.decode()
    first, second = (out.read_bytes() for out in outputs)
    assert first == second, "the same seed gave different bytes in two processes"
    assert first == GENERATED.read_bytes(), (
        "corpus/cases/generated.jsonl is stale: regenerate it (see corpus/README.md)")


def test_size_distinctness_and_error_share(records: list[Record]) -> None:
    generated = [r for r in records if r.data.get("origin") != "hand-written"]
    assert len(generated) >= 10000
    identities = {json.dumps([r.query, r.variables_text, r.operation_name, r.data.get("context", {})])
                  for r in records}
    assert len(identities) == len(records), "two cases are the same request"
    errors = sum(1 for r in generated if r.is_error_case())
    assert errors >= 0.10 * len(generated)


def test_ids_are_unique(records: list[Record]) -> None:
    counts = Counter(r.id for r in records)
    assert [i for i, n in counts.items() if n > 1] == []


def test_records_conform_to_the_case_schema(records: list[Record]) -> None:
    schema = schema_check.load_case_schema()
    problems = [f"{r.id}: {e}" for r in records for e in schema_check.errors(r.data, schema)]
    assert problems == []


def test_schema_checker_rejects_bad_records() -> None:
    schema = schema_check.load_case_schema()
    good = {"id": "a.b.0001", "query": "{ x }", "tags": ["x:y"], "origin": "hand-written"}
    assert schema_check.errors(good, schema) == []
    assert schema_check.errors({**good, "extra": 1}, schema)
    assert schema_check.errors({**good, "tags": ["nofamily"]}, schema)
    assert schema_check.errors({**good, "origin": {"generator": "g"}}, schema)
    assert schema_check.errors({**good, "compare": {"multiset": ["data"]}}, schema)
    assert schema_check.errors({k: v for k, v in good.items() if k != "query"}, schema)


def test_cases_without_error_tags_plan_cleanly(records: list[Record], planned: list[Planned]) -> None:
    failures = [f"{r.id}: {p.codes[0]} {p.messages[0][:160]}" for r, p in zip(records, planned)
                if _error_class(r) in (None, "database") and p.failed]
    assert failures == []


def test_error_cases_fail_in_the_legacy_path_with_their_class(records: list[Record], planned: list[Planned]) -> None:
    failures = []
    for record, plan in zip(records, planned):
        error_class = _error_class(record)
        if error_class in (None, "database"):
            continue
        if not plan.failed:
            failures.append(f"{record.id}: planned without error")
        elif not set(plan.codes) <= CODES[error_class]:
            failures.append(f"{record.id}: {error_class} gave {plan.codes}")
    assert failures == []


def test_every_schema_cell_is_covered(records: list[Record], planned: list[Planned], info: SchemaInfo) -> None:
    coverage = analyse(records, planned, info)
    missing = {name: cells for name, cells in coverage.uncovered(info).items() if cells}
    assert missing == {}
    report = render_report(coverage, info, ["generated.jsonl"])
    assert "None: every cell of the schema is covered." in report
    assert len(coverage.sql) > 1000


def test_records_round_trip_exactly(tmp_path: Path) -> None:
    case = Case("t.x.0001", 'query { a(b: "\u2028") }', {"n": RawNumber("1.50"), "d": DuplicateKeys([("a", 1), ("a", 2)])},
                None, {"tenant": "t"}, ["b:c", "a:b", "a:b"], "hand-written")
    text = case.to_json()
    assert "\n" not in text and "\u2028" not in text
    record = parse_record(text)
    assert record.variables_text == '{"n":1.50,"d":{"a":1,"a":2}}'
    assert record.tags == ["a:b", "b:c"]
    assert record.query == case.query


def test_import_deduplicates_by_structure(tmp_path: Path) -> None:
    log = tmp_path / "requests.log"
    lines = [
        {"query": "{ users { id } }"},
        {"query": "{users{id}}", "variables": None},
        {"query": "# comment\n{ users,\n { id } }"},
        {"query": "{ users { id } }", "variables": {"a": 1}},
        {"query": "{ users { id } }", "variables": "{\"a\": 1}"},
        {"query": "query Q($n: Int) { users(limit: $n) { id } }", "variables": {"n": 1}, "operationName": "Q"},
        {"query": "query Q($n: Int) { users(limit: $n) { id } }", "variables": {"n": 2}, "operationName": "Q"},
        {"query": "{ users { id }", "tenant": "x"},
        {"query": "{ users { id }", "tenant": "x"},
        {"not": "a request"},
    ]
    text = "\n".join(json.dumps(line) for line in lines) + "\nnot json\n"
    text += json.dumps([{"query": "{ users { id } }"}, {"query": "{ tenants { id } }"}]) + "\n"
    log.write_text(text, encoding="utf-8")
    out = tmp_path / "imported.jsonl"
    stats = import_logs([str(log)], str(out))
    cases = read_records([out])
    assert [c.query for c in cases] == ["{ users { id } }", "{ users { id } }",
                                        "query Q($n: Int) { users(limit: $n) { id } }",
                                        "query Q($n: Int) { users(limit: $n) { id } }", "{ users { id }",
                                        "{ tenants { id } }"]
    assert stats.duplicates == 5 and stats.invalid == 2 and stats.written == 6
    assert cases[4].context == {"tenant": "x"} and "error:syntax" in cases[4].tags
    assert cases[0].data["origin"] == {"imported": "requests.log", "line": 1}
    schema = schema_check.load_case_schema()
    assert all(schema_check.errors(c.data, schema) == [] for c in cases)
    again = tmp_path / "again.jsonl"
    stats = import_logs([str(log)], str(again), existing=[str(out)])
    assert stats.written == 0
    assert normalised_query("{a,b}") == normalised_query("# x\n{ a b }")


def test_new_fields_and_operators_are_picked_up_from_the_sdl(tmp_path: Path) -> None:
    sdl = SCHEMA.read_text(encoding="utf-8").replace(
        "  nickname: String\n", "  nickname: String\n  middleName: String\n  badges: [Int!]\n  site: IpAddress\n", 1)
    path = tmp_path / "changed.graphql"
    path.write_text(sdl, encoding="utf-8")
    info = SchemaInfo.load(str(path))
    users = next(v for name, v in info.list_views() if name == "users")
    leaves = {fl.leaf.dotted: fl.filter_type for fl in users.filter_leaves}
    assert leaves["middleName"] == "StringFilter" and leaves["badges"] == "IntListFilter"
    assert "User.middleName" in info.filter_cells() and "User.site" in info.order_cells()
    import random

    operands = Operands(info, random.Random("t"))
    from graft_corpus.data import Pool

    for fl in users.filter_leaves:
        if fl.leaf.dotted in ("middleName", "badges", "site"):
            for operator in info.operators(fl.filter_type):
                value = operands.operand(fl, operator, Pool(), match=True)
                assert value is not None or operator == "isnull"


def test_hand_written_cases_cover_the_awkward_corners(records: list[Record]) -> None:
    hand = [r for r in records if r.data.get("origin") == "hand-written"]
    tags = Counter(t for r in hand for t in r.tags)
    for tag in ("text:unicode", "text:like-meta", "text:block-string", "text:comments", "value:huge-list",
                "value:empty", "limit:input-depth-at-max", "number:int-max", "number:int-min", "text:bom",
                "text:crlf", "contract:e1", "contract:e21", "contract:x17"):
        assert tags[tag], tag
    assert sum(1 for line in HAND_WRITTEN.read_bytes().split(b"\n") if line.strip()) == len(hand)
