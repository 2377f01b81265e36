"""Running statements with psycopg 3 on a connection pool (CONTRACT §6)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

import psycopg
from psycopg import IsolationLevel
from psycopg_pool import ConnectionPool

from .planner import Statement

NOT_EXECUTED = "Not executed because an earlier statement in this request failed."


@dataclass
class Outcome:
    """What one statement gave: its rows' texts, or a database error (message + SQLSTATE)."""

    rows: Optional[list[Optional[str]]] = None
    message: Optional[str] = None
    sqlstate: Optional[str] = None
    sent: bool = True


def _configure(conn: psycopg.Connection) -> None:
    """Session settings of §6; every later transaction is REPEATABLE READ, READ ONLY."""
    conn.autocommit = True
    for setting, value in (("TimeZone", "UTC"), ("DateStyle", "ISO, MDY"), ("client_encoding", "UTF8"),
                           ("standard_conforming_strings", "on"), ("default_transaction_read_only", "on")):
        conn.execute("SELECT set_config(%s, %s, false)", (setting, value))
    conn.isolation_level = IsolationLevel.REPEATABLE_READ
    conn.read_only = True


def _failure(error: Exception) -> Outcome:
    sqlstate = getattr(error, "sqlstate", None)
    if sqlstate is None or isinstance(error, psycopg.OperationalError) and sqlstate.startswith("08"):
        return Outcome(message="Database error: connection failure", sqlstate="08006")
    primary = error.diag.message_primary if isinstance(error, psycopg.Error) else None
    first_line = (primary or str(error)).split("\n", 1)[0]
    return Outcome(message=f"Database error: {first_line}", sqlstate=sqlstate)


class _Abort(Exception):
    """Leaves the transaction block so that psycopg rolls it back."""


class Database:
    """A psycopg_pool.ConnectionPool over one DSN."""

    def __init__(self, dsn: str, min_size: int = 1, max_size: int = 4, timeout: float = 5.0) -> None:
        self.timeout = timeout
        self.pool = ConnectionPool(dsn, min_size=min_size, max_size=max_size, configure=_configure,
                                   kwargs={"autocommit": True}, timeout=timeout, open=True)

    def close(self) -> None:
        self.pool.close()

    def run(self, statements: Sequence[Statement]) -> list[Outcome]:
        """Run the statements in order: one alone, several in one snapshot (§6)."""
        outcomes: list[Outcome] = []
        try:
            with self.pool.connection() as conn:
                if len(statements) == 1:
                    outcomes.append(self._one(conn, statements[0]))
                else:
                    try:
                        with conn.transaction():
                            for statement in statements:
                                outcome = self._one(conn, statement)
                                outcomes.append(outcome)
                                if outcome.rows is None:
                                    raise _Abort
                    except _Abort:
                        pass
        except psycopg.Error as error:  # no connection, or it broke outside a statement
            if len(outcomes) < len(statements):
                outcomes.append(_failure(error))
            elif outcomes and outcomes[-1].rows is not None:
                outcomes[-1] = _failure(error)
        while len(outcomes) < len(statements):
            outcomes.append(Outcome(message=NOT_EXECUTED, sent=False))
        return outcomes

    @staticmethod
    def _one(conn: psycopg.Connection, statement: Statement) -> Outcome:
        try:
            with conn.cursor() as cur:
                cur.execute(statement.composed, [p.text for p in statement.params])
                return Outcome(rows=[row[0] for row in cur.fetchall()])
        except psycopg.Error as error:
            if conn.broken:
                raise
            return _failure(error)
