"""The golden SQL files (tests/engine/golden/*.golden) against the legacy path's planner.

Every golden case is planned by graft_legacy (its own operator table and composition, psycopg.sql)
and must give exactly the statements, parameters and errors the golden file records for the native
engine — an independent implementation of the same contract (CONTRACT §5, §8, §10.3).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import graft_legacy

ROOT = Path(__file__).resolve().parents[3]
GOLDEN = ROOT / "tests" / "engine" / "golden"


def _cases():
    for path in sorted(GOLDEN.glob("*.golden")):
        schema, case = None, None
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("schema "):
                schema = line[7:]
            elif line.startswith("== "):
                if case:
                    yield case
                case = {"id": f"{path.stem}:{line[3:]}", "schema": schema, "q": None, "v": None, "c": None,
                        "o": None, "expected": []}
            elif case is not None and len(line) > 2 and line[1] == " ":
                if line[0] in "qvco":
                    case[line[0]] = line[2:]
                elif line[0] in "spe":
                    case["expected"].append(line)
        if case:
            yield case


CASES = list(_cases())
_ADAPTERS: dict[str, graft_legacy.LegacyAdapter] = {}


def _adapter(schema: str) -> graft_legacy.LegacyAdapter:
    if schema not in _ADAPTERS:
        _ADAPTERS[schema] = graft_legacy.create(str(ROOT / schema))
    return _ADAPTERS[schema]


def _quote(text: str) -> str:
    return json.dumps(text, ensure_ascii=False).replace("\\u007f", "\x7f")


def _lines(report: dict) -> list[str]:
    lines = []
    for sql, params in zip(report["sql"], report["params"]):
        lines.append("s " + sql)
        lines.append("p " + (", ".join(f'{p["type"]} {_quote(p["text"])}' for p in params) or "(none)"))
    for error in report["errors"]:
        line = f'e {error["extensions"]["code"]} {error["message"]}'
        for location in error.get("locations", []):
            line += f' @{location["line"]}:{location["column"]}'
        if error.get("path"):
            line += f' path={error["path"][0]}'
        lines.append(line)
    return lines


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_golden_case_matches_legacy(case):
    report = _adapter(case["schema"]).plan(case["q"], case["v"], case["o"], case["c"])
    assert _lines(report) == case["expected"]
