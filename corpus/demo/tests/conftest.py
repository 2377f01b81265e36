"""Shared fixtures for the demo database tests.

Database tests read the DSN of the throwaway server from the file named by GRAFT_TEST_DSN_FILE
(ctest's `postgres` fixture writes it; `demo_db` loads the demo into it). Without it they fail:
a missing database is an error, never a skip. They only read: ctest runs tests in parallel.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Iterator

import psycopg
import pytest

DEMO_DIR = Path(__file__).resolve().parents[1]
if str(DEMO_DIR) not in sys.path:
    sys.path.insert(0, str(DEMO_DIR))


@pytest.fixture(scope="session")
def dsn() -> str:
    path = os.environ.get("GRAFT_TEST_DSN_FILE")
    if not path:
        pytest.fail("GRAFT_TEST_DSN_FILE is not set: run through ctest (fixtures postgres;demo_db)")
    try:
        text = Path(path).read_text(encoding="utf-8").strip()
    except OSError as error:
        pytest.fail(f"cannot read the DSN file {path}: {error}")
    if not text:
        pytest.fail(f"the DSN file {path} is empty")
    return text


@pytest.fixture(scope="session")
def conn(dsn: str) -> Iterator[psycopg.Connection]:
    with psycopg.connect(dsn, autocommit=True) as connection:
        connection.execute("SET default_transaction_read_only = on")
        connection.execute("SET TimeZone = 'UTC'")
        yield connection
