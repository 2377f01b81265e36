"""psycopg 3 on the statements bench_exec measures, printed next to bench_exec's medians.

Usage: exec_psycopg.py NATIVE_JSON   (GRAFT_DSN names the database; the demo must be loaded)
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from typing import Optional

import psycopg

SIMPLE = ("SELECT %s::text", ["hello"], 1)
FETCH20 = ('SELECT "data"::text FROM "app"."v_user" ORDER BY "id" ASC NULLS LAST LIMIT %s::bigint', [20], 20)


def psycopg_micros(statement: tuple[str, list, int], threads: int, seconds: float = 1.5) -> float:
    """Real time per statement in microseconds, each thread on its own connection (autocommit)."""
    sql, params, rows = statement
    counts = [0] * threads
    ready = threading.Barrier(threads + 1)
    stop = threading.Event()

    def worker(index: int) -> None:
        with psycopg.connect(os.environ["GRAFT_DSN"], autocommit=True) as conn:
            with conn.cursor() as cur:
                for _ in range(10):  # past psycopg's prepare threshold (5), as a warm pool is
                    cur.execute(sql, params)
                    cur.fetchall()
                ready.wait()
                while not stop.is_set():
                    cur.execute(sql, params)
                    assert len(cur.fetchall()) == rows
                    counts[index] += 1

    pool = [threading.Thread(target=worker, args=(i,)) for i in range(threads)]
    for thread in pool:
        thread.start()
    ready.wait()
    start = time.perf_counter()
    time.sleep(seconds)
    stop.set()
    elapsed = time.perf_counter() - start
    for thread in pool:
        thread.join()
    return elapsed * 1e6 / sum(counts)


def native_micros(report: dict, name: str) -> Optional[float]:
    for bench in report["benchmarks"]:
        if bench.get("run_name") == name and bench.get("aggregate_name") == "median":
            return bench["real_time"] / 1000.0
    return None


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as handle:
        report = json.load(handle)
    print(f"{'statement':<28}{'threads':>8}{'libpq':>12}{'libpq 1-row':>13}{'QSqlQuery':>12}{'psycopg':>12}   (µs per statement, real time, median)")
    for label, bench, statement in (("SELECT $1::text", "BM_SimpleStatement", SIMPLE),
                                    ("20 JSONB rows (v_user)", "BM_Fetch20Documents", FETCH20)):
        for threads in (1, 2):
            cells = [native_micros(report, f"{bench}/{variant}/real_time/threads:{threads}") for variant in (0, 1, 2)]
            theirs = psycopg_micros(statement, threads)
            row = "".join(f"{c:12.1f}" if c is not None else f"{'-':>12}" for c in cells)
            print(f"{label:<28}{threads:>8}{row[:12]}{row[12:24]:>13}{row[24:]}{theirs:12.1f}")
    print()
    for name, text in (("BM_ExecutorRequest/0/1/real_time/threads:1", "Executor request, 1 statement, libpq"),
                       ("BM_ExecutorRequest/0/2/real_time/threads:1", "Executor request, 2 statements (BEGIN..COMMIT), libpq"),
                       ("BM_ExecutorRequest/2/1/real_time/threads:1", "Executor request, 1 statement, QSqlQuery"),
                       ("BM_ChangeStatementTimeout/real_time", "SET statement_timeout (a changed value)")):
        value = native_micros(report, name)
        print(f"{text:<58}{value:10.1f} µs" if value is not None else f"{text:<58}{'-':>10}")


if __name__ == "__main__":
    main()
