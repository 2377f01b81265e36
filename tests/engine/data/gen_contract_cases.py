#!/usr/bin/python3
"""Regenerates contract_cases.json from the legacy path's data of CONTRACT §11
(harness/legacy/tests/contract_cases.py: E1-E21, X1-X17), so the C++ tests read the same cases.
Run explicitly: /usr/bin/python3 tests/engine/data/gen_contract_cases.py"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2] / "harness" / "legacy" / "tests"))

import contract_cases as cc  # noqa: E402


def main() -> None:
    cases = []
    for c in cc.E:
        cases.append({"name": c.name, "query": c.query, "variables": c.variables, "operationName": c.operation_name,
                      "context": c.context, "sql": c.sql, "params": c.params, "response": c.response,
                      "ordered": c.ordered})
    for name, query, variables, response in cc.X_REQUEST:
        cases.append({"name": name, "query": query, "variables": variables, "operationName": None, "context": None,
                      "sql": [], "params": [], "response": response, "ordered": True})
    for name, query, context, sql, params, response in cc.X_FIELD:
        cases.append({"name": name, "query": query, "variables": None, "operationName": None, "context": context,
                      "sql": sql, "params": params, "response": response, "ordered": True})
    (HERE / "contract_cases.json").write_text(json.dumps(cases, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
