"""graft_legacy — the legacy Python path of Graft (graphql-core 3.2.6 + psycopg 3).

The harness loads it as `graft_legacy:create` (see README.md for the adapter protocol).
"""

from __future__ import annotations

import sys
from typing import Any, Mapping, Optional

import graphql

if graphql.version != "3.2.6":  # the contract's oracle (§3.6)
    raise ImportError(f"graft_legacy needs graphql-core 3.2.6, found {graphql.version}")

from .config import Config  # noqa: E402
from .executor import Database  # noqa: E402
from .pipeline import Context, Pipeline  # noqa: E402
from .schema import GraftSchema, load_schema  # noqa: E402
from .sdl import SchemaError  # noqa: E402

__all__ = ["Config", "LegacyAdapter", "SchemaError", "create"]


def _interpreter_settings(config: Config) -> None:
    """§3.1 / §3.2: deep recursion for graphql-core, no integer-string conversion limit."""
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10000, 8 * config.max_nesting))
    sys.set_int_max_str_digits(0)


class LegacyAdapter:
    """The adapter the harness drives: plan / execute return the §10.2 report as a dict."""

    def __init__(self, schema: GraftSchema, config: Config, database: Optional[Database]) -> None:
        self.schema = schema
        self.config = config
        self._database = database
        self._pipeline = Pipeline(schema, config, database)

    @property
    def schema_hash(self) -> str:
        return self.schema.sha256

    def plan(self, query: str, variables: Optional[str] = None, operation_name: Optional[str] = None,
             context: Context = None) -> dict[str, Any]:
        """Stages 1-7 without a database: sql, params and errors as far as planning goes."""
        return self._guarded(self._pipeline.plan, query, variables, operation_name, context)

    def execute(self, query: str, variables: Optional[str] = None, operation_name: Optional[str] = None,
                context: Context = None) -> dict[str, Any]:
        """The whole request: response bytes (as str) and the report."""
        return self._guarded(self._pipeline.execute, query, variables, operation_name, context)

    def close(self) -> None:
        if self._database is not None:
            self._database.close()
            self._database = None

    @staticmethod
    def _guarded(call: Any, *args: Any) -> dict[str, Any]:
        try:
            return call(*args)
        except Exception:  # noqa: BLE001 - §8.2: any unexpected failure is an internal error
            import logging

            logging.getLogger("graft_legacy").exception("unexpected failure")
            error = {"message": "Internal server error.", "extensions": {"code": "INTERNAL_SERVER_ERROR"}}
            return {
                "sql": [], "params": [], "errors": [error],
                "response": '{"errors":[{"message":"Internal server error.","extensions":'
                            '{"code":"INTERNAL_SERVER_ERROR"}}]}',
                "timings": dict.fromkeys(("parse", "validate", "plan", "execute", "respond"), 0),
                "cache": "bypass",
            }


def create(schema_path: str, dsn: Optional[str] = None, config: Optional[Mapping[str, Any]] = None) -> LegacyAdapter:
    """The plug-in entry point `graft_legacy:create`: load the SDL (raising SchemaError on §1.1
    violations), apply the interpreter settings and open a connection pool when `dsn` is given."""
    settings = Config.from_mapping(config)
    _interpreter_settings(settings)
    schema = load_schema(schema_path, settings.default_schema)
    database = Database(dsn, settings.pool_min_size, settings.pool_max_size, settings.pool_timeout) if dsn else None
    return LegacyAdapter(schema, settings, database)
