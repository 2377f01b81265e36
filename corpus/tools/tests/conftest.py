"""Shared fixtures: the checked-in corpus, read once and planned once with the legacy path."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parents[1]
CORPUS = TOOLS.parent
sys.path.insert(0, str(TOOLS))

from graft_corpus.planning import Planned, plan_records  # noqa: E402
from graft_corpus.records import Record, read_records  # noqa: E402
from graft_corpus.schema_info import SchemaInfo  # noqa: E402

SCHEMA = CORPUS / "schema" / "demo.graphql"
GENERATED = CORPUS / "cases" / "generated.jsonl"
HAND_WRITTEN = CORPUS / "cases" / "hand_written.jsonl"


@pytest.fixture(scope="session")
def info() -> SchemaInfo:
    return SchemaInfo.load(str(SCHEMA))


@pytest.fixture(scope="session")
def records() -> list[Record]:
    return read_records([GENERATED, HAND_WRITTEN])


@pytest.fixture(scope="session")
def planned(records: list[Record]) -> list[Planned]:
    return plan_records(records, str(SCHEMA), jobs=2)
