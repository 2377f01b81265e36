"""Planning cases with the legacy path (graft_legacy `plan()`, no database): SQL texts and errors.

Used by the coverage report (distinct SQL shapes) and by the tests (error cases really fail,
other cases plan cleanly). Work is spread over a few processes; results come back in input order.
"""

from __future__ import annotations

import multiprocessing
from dataclasses import dataclass
from typing import Any, Optional

from .records import Record

_ADAPTER: Any = None


@dataclass(frozen=True)
class Planned:
    """What planning one case gave: the statements and the error codes/messages (if any)."""

    sql: tuple[str, ...]
    codes: tuple[str, ...]
    messages: tuple[str, ...]

    @property
    def failed(self) -> bool:
        return bool(self.codes)


def _init(schema_path: str) -> None:
    global _ADAPTER
    import graft_legacy

    _ADAPTER = graft_legacy.create(schema_path)


def _plan_one(job: tuple[str, Optional[str], Optional[str], Any]) -> Planned:
    query, variables, operation_name, context = job
    report = _ADAPTER.plan(query, variables, operation_name, context)
    errors = report.get("errors") or []
    return Planned(tuple(report.get("sql") or ()),
                   tuple(str(e.get("extensions", {}).get("code")) for e in errors),
                   tuple(str(e.get("message")) for e in errors))


def job_of(record: Record) -> tuple[str, Optional[str], Optional[str], Any]:
    context = record.data.get("context", {})
    return record.query, record.variables_text, record.operation_name, context


def plan_records(records: list[Record], schema_path: str, jobs: int = 2) -> list[Planned]:
    work = [job_of(r) for r in records]
    if jobs <= 1 or len(work) < 200:
        _init(schema_path)
        return [_plan_one(job) for job in work]
    context = multiprocessing.get_context("fork")
    with context.Pool(jobs, initializer=_init, initargs=(schema_path,)) as pool:
        return pool.map(_plan_one, work, chunksize=64)
