"""Shared fixtures: the contract schema (§11) with and without the contract database."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator

import pytest

import graft_legacy

HERE = Path(__file__).resolve().parent
SOURCE_DIR = HERE.parents[2]
CONTRACT_SCHEMA = SOURCE_DIR / "tests" / "fixtures" / "contract" / "schema.graphql"


@pytest.fixture(scope="session")
def adapter() -> Iterator[graft_legacy.LegacyAdapter]:
    """The legacy path without a database (plan only)."""
    legacy = graft_legacy.create(str(CONTRACT_SCHEMA), None, {})
    yield legacy
    legacy.close()


def contract_dsn() -> str:
    """The DSN of database `graft_contract` in the ctest server; fails (never skips) without it."""
    from psycopg.conninfo import make_conninfo

    dsn_file = os.environ.get("GRAFT_TEST_DSN_FILE")
    if not dsn_file or not Path(dsn_file).is_file():
        pytest.fail(f"GRAFT_TEST_DSN_FILE is not set or missing ({dsn_file!r}): the database tests need the "
                    "ctest fixtures `postgres` and `contract_db`")
    return make_conninfo(Path(dsn_file).read_text(encoding="utf-8").strip(), dbname="graft_contract")


@pytest.fixture(scope="session")
def db_adapter() -> Iterator[graft_legacy.LegacyAdapter]:
    """The legacy path on the contract database."""
    legacy = graft_legacy.create(str(CONTRACT_SCHEMA), contract_dsn(), {})
    yield legacy
    legacy.close()
