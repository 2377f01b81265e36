#!/usr/bin/python3
"""The Graft demo database: a deterministic seeded generator and its loader.

The generator produces the rows of every demo table (corpus/demo/schema.sql) for the views of
corpus/schema/demo.graphql. Documents use the keys of CONTRACT §1.4 and carry the awkward values
real data has: NULLs and missing keys, empty strings and arrays, unicode, quotes, backslashes,
LIKE wildcards, numbers beyond Int32, long decimals, IPv4/IPv6 of every kind, MAC addresses in
both notations, ltree paths, date ranges (empty and unbounded), timestamps in several UTC offsets,
ties, and a few values of the wrong JSON type.

The same (seed, scale) always yields byte-identical rows: every table draws from its own
random.Random seeded with a string, and nothing depends on hash(), set order or the clock.

Usage:
    demo_db.py load (--dsn DSN | --dsn-file FILE) [--seed 1] [--scale 1.0]
    demo_db.py checksum [--seed 1] [--scale 1.0]

Importable: iter_tables(seed, scale) yields (TableSpec, rows) per table, in load order.
Modules: demo_values (value pools, random value makers), demo_generator (tables, tenants, row
builders), this one (JSON and COPY text, checksum, loader, command line).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterable, Sequence

from demo_generator import (MIRRORED_COLUMNS, TABLES, TENANTS, Row, TableSpec, Tenant, iter_tables,
                            tenant_uuid)
from demo_values import MISSING

__all__ = ["MIRRORED_COLUMNS", "MISSING", "SCHEMA_SQL", "TABLES", "TENANTS", "Row", "TableSpec", "Tenant",
           "checksum", "copy_line", "iter_tables", "load", "main", "tables_checksum", "tenant_uuid", "to_json"]

SCHEMA_SQL = Path(__file__).resolve().with_name("schema.sql")


# ---------------------------------------------------------------------------------------------
# Serialisation: documents to JSON text, rows to COPY text lines.

# Decimal values must keep their exact digits (1.50 stays 1.50), which json.dumps cannot write.
# The C encoder calls `default` for them; it returns the digits between U+0000 marks, and the
# quoted, marked strings are then replaced by the bare digits. No document string contains
# U+0000 (jsonb rejects it), so a marked string can only come from a Decimal.
_MARKED_DECIMAL = re.compile(r'"\\u0000(-?[0-9]+(?:\.[0-9]+)?)\\u0000"')


def _json_default(value: Any) -> str:
    if isinstance(value, Decimal):
        return "\x00" + format(value, "f") + "\x00"
    raise TypeError(f"cannot serialise {type(value).__name__} to JSON")


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False,
                            check_circular=False, default=_json_default)


def to_json(value: Any) -> str:
    """Compact JSON text; Decimal values are written with exactly their digits (1.50 stays 1.50)."""
    text = _ENCODER.encode(value)
    if "\\u0000" in text:
        text = _MARKED_DECIMAL.sub(r"\1", text)
    return text


def _copy_escape(text: str) -> str:
    """Escape text for COPY's text format (backslash, newline, carriage return, tab)."""
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def copy_line(spec: TableSpec, row: Row) -> str:
    """The row as one line of COPY text format (tab-separated, \\N for NULL, trailing newline)."""
    fields = []
    for column in spec.columns:
        value = row[column]
        if value is None:
            fields.append("\\N")
        elif column == spec.document_column:
            fields.append(_copy_escape(to_json(value)))
        else:
            fields.append(_copy_escape(str(value)))
    return "\t".join(fields) + "\n"


def tables_checksum(tables: Iterable[tuple[TableSpec, Sequence[Row]]]) -> str:
    """SHA-256 (hex) of tables as they are loaded (each view name, then the table's COPY lines)."""
    digest = hashlib.sha256()
    for spec, rows in tables:
        digest.update(f"{spec.view}\n".encode())
        for row in rows:
            digest.update(copy_line(spec, row).encode())
    return digest.hexdigest()


def checksum(seed: int = 1, scale: float = 1.0) -> str:
    """SHA-256 (hex) of the rows generated for (seed, scale)."""
    return tables_checksum(iter_tables(seed, scale))


# ---------------------------------------------------------------------------------------------
# Loader.

def load(dsn: str, seed: int = 1, scale: float = 1.0, out: Any = sys.stdout) -> dict[str, int]:
    """Drop and recreate the demo objects, COPY the rows in, ANALYZE; return rows per view."""
    import psycopg  # only the loader needs the database driver

    started = time.monotonic()
    chunk_bytes = 1 << 20
    with psycopg.connect(dsn) as conn:
        with conn.cursor() as cur:
            cur.execute(SCHEMA_SQL.read_text(encoding="utf-8"))
            for spec, rows in iter_tables(seed, scale):
                columns = ", ".join(f'"{c}"' for c in spec.columns)
                with cur.copy(f"COPY {spec.table} ({columns}) FROM STDIN") as copy:
                    buffer: list[str] = []
                    size = 0
                    for row in rows:
                        line = copy_line(spec, row)
                        buffer.append(line)
                        size += len(line)
                        if size >= chunk_bytes:
                            copy.write("".join(buffer).encode())
                            buffer, size = [], 0
                    if buffer:
                        copy.write("".join(buffer).encode())
        conn.commit()
        conn.autocommit = True
        with conn.cursor() as cur:
            for spec in TABLES:
                cur.execute(f"ANALYZE {spec.table}")
            counts: dict[str, int] = {}
            for spec in TABLES:
                cur.execute(f"SELECT count(*) FROM {spec.view}")
                counts[spec.view] = cur.fetchone()[0]
    elapsed = time.monotonic() - started
    width = max(len(v) for v in counts)
    for view, count in counts.items():
        print(f"{view:<{width}}  {count:>7}", file=out)
    print(f"{'total':<{width}}  {sum(counts.values()):>7}", file=out)
    print(f"loaded seed {seed} scale {scale} in {elapsed:.2f} s", file=out)
    return counts


def _parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Generate and load the Graft demo database.")
    commands = parser.add_subparsers(dest="command", required=True)
    for name, helptext in (("load", "drop, recreate and load the demo objects"),
                           ("checksum", "print the SHA-256 of the generated rows (no database)")):
        sub = commands.add_parser(name, help=helptext)
        sub.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
        sub.add_argument("--scale", type=float, default=1.0,
                         help="row-count multiplier; 1.0 is about 50,000 documents")
        if name == "load":
            target = sub.add_mutually_exclusive_group(required=True)
            target.add_argument("--dsn", help="libpq connection string")
            target.add_argument("--dsn-file", type=Path, help="file holding the connection string")
    args = parser.parse_args(argv)
    if args.scale <= 0:
        parser.error("--scale must be positive")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse_args(sys.argv[1:] if argv is None else argv)
    if args.command == "checksum":
        print(checksum(args.seed, args.scale))
        return 0
    dsn = args.dsn if args.dsn is not None else args.dsn_file.read_text(encoding="utf-8").strip()
    if not dsn:
        print("demo_db.py: empty DSN", file=sys.stderr)
        return 2
    load(dsn, args.seed, args.scale)
    return 0


if __name__ == "__main__":
    sys.exit(main())
