"""End-to-end requests, legacy Python path and native engine side by side, in one run (issue 5).

Both sides answer the same requests against the same database, on the demo schema: a typical
filtered list query returning 20 rows in an order an index serves (newest users first, the demo's
`tb_user_tenant_created`), the same filter in an order PostgreSQL must sort the tenant's 5,166
users for (last name), and a by-id lookup. For each side it prints per-stage medians and p99 (from
the §10.2 report timings), the end-to-end median and p99, the engine overhead (per request, the
sum of every stage but execute: everything except the database round trip, by the side's own
timers, whole µs each) and requests/s with 1 and 2 threads.

Stage timings come from each side's report call (legacy `execute`, native `execute_report`);
end to end and throughput from the call a host makes: the legacy adapter's `execute` (its only
entry point) and the native module's `execute`, which returns the response bytes (building the
report's Python objects costs the native side about 20 µs that a host never pays). Each iteration
makes one report call, then one timed host call.

Run through bench/e2e_side_by_side.sh, which starts a throwaway PostgreSQL and loads the demo.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Any, Callable

import psycopg

import graft
import graft_legacy

TENANT = "7e57a000-0000-4000-8000-000000000001"
# The typical filtered list query, shared with bench_engine_overhead.cpp.
LIST_QUERY = (Path(__file__).resolve().parent / "data" / "list_query.graphql").read_text().rstrip("\n")
SORTED_QUERY = LIST_QUERY.replace("orderBy: [{createdAt: DESC}]", "orderBy: [{lastName: ASC}]")
LOOKUP_QUERY = "query One($id: UUID!) { user(id: $id) { id email firstName lastName age homeAddress { city } } }"
STAGES = ("parse", "validate", "plan", "execute", "respond")


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p * (len(ordered) - 1))))]


def measure(report: Callable[[], dict[str, Any]], host: Callable[[], Any], iterations: int) -> dict[str, Any]:
    """Per iteration, one report call (the stage timings) then one host call, timed (end to end)."""
    stages: dict[str, list[int]] = {s: [] for s in STAGES}
    total: list[float] = []
    overhead: list[int] = []
    for _ in range(iterations):
        timings = report()["timings"]
        for s in STAGES:
            stages[s].append(timings[s])
        # Everything but the database round trip, by the side's own stage timers.
        overhead.append(sum(timings[s] for s in STAGES if s != "execute"))
        started = time.perf_counter()
        host()
        total.append((time.perf_counter() - started) * 1e6)
    return {"stages": stages, "total": total, "overhead": overhead}


def throughput(call: Callable[[], Any], threads: int, seconds: float) -> float:
    done = [0] * threads
    stop = time.perf_counter() + seconds

    def worker(i: int) -> None:
        while time.perf_counter() < stop:
            call()
            done[i] += 1

    pool = [threading.Thread(target=worker, args=(i,)) for i in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    return sum(done) / seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dsn", required=True)
    parser.add_argument("--schema", required=True)
    parser.add_argument("--iterations", type=int, default=2000)
    parser.add_argument("--warmup", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=3.0, help="per throughput measurement")
    args = parser.parse_args()

    with psycopg.connect(args.dsn) as conn:
        user_id = conn.execute("SELECT id::text FROM app.v_user WHERE tenant_id = %s ORDER BY id LIMIT 1",
                               (TENANT,)).fetchone()[0]
    context = json.dumps({"tenant": TENANT})
    list_variables = json.dumps({"minAge": 18, "domain": "@"})
    requests = {
        "filtered list, index order (20 rows)": (LIST_QUERY, list_variables),
        "filtered list, sorted by PostgreSQL (20 rows)": (SORTED_QUERY, list_variables),
        "by-id lookup": (LOOKUP_QUERY, json.dumps({"id": user_id})),
    }
    legacy = graft_legacy.create(args.schema, args.dsn, {})
    native = graft.Engine(schema=args.schema, dsn=args.dsn, pool_size=4)
    sides = {
        "legacy": lambda q, v: legacy.execute(q, v, None, context),
        "native": lambda q, v: native.execute_report(q, v, None, context),
    }
    hosts = {
        "legacy": lambda q, v: legacy.execute(q, v, None, context),
        "native": lambda q, v: native.execute(q, v, None, context),
    }
    print(f"end-to-end, same database and requests; {args.iterations} iterations after {args.warmup} warm-up; "
          f"times in µs (median / p99)")
    for name, (query, variables) in requests.items():
        responses = {side: call(query, variables)["response"] for side, call in sides.items()}
        if responses["legacy"] != responses["native"]:
            print(f"{name}: the two sides answer differently; not measured", file=sys.stderr)
            return 1
        rows = responses["native"].count('"email"')
        print(f"\n{name}: {len(query.encode())} bytes of query, {rows} row(s), {len(responses['native'])} bytes of response")
        header = f"{'side':<8}" + "".join(f"{s:>15}" for s in STAGES) + f"{'end-to-end':>17}{'overhead':>15}" \
            + f"{'req/s 1 thr':>13}{'req/s 2 thr':>13}"
        print(header)
        results = {}
        for side, call in sides.items():
            for _ in range(args.warmup):
                call(query, variables)
            host = hosts[side]
            m = measure(lambda: call(query, variables), lambda: host(query, variables), args.iterations)
            rps1 = throughput(lambda: host(query, variables), 1, args.seconds)
            rps2 = throughput(lambda: host(query, variables), 2, args.seconds)
            results[side] = (m, rps1, rps2)
            cells = "".join(f"{statistics.median(m['stages'][s]):>7.0f} /{pct(m['stages'][s], 0.99):>6.0f}" for s in STAGES)
            print(f"{side:<8}{cells}{statistics.median(m['total']):>9.0f} /{pct(m['total'], 0.99):>6.0f}"
                  f"{statistics.median(m['overhead']):>8.0f} /{pct(m['overhead'], 0.99):>5.0f}{rps1:>13.0f}{rps2:>13.0f}")
        (lm, l1, l2), (nm, n1, n2) = results["legacy"], results["native"]
        print(f"{'ratio':<8}{'':>75}{statistics.median(lm['total']) / statistics.median(nm['total']):>8.1f}x"
              f"{'':>8}{statistics.median(lm['overhead']) / statistics.median(nm['overhead']):>7.0f}x"
              f"{n1 / l1:>12.1f}x{n2 / l2:>12.1f}x")
    legacy.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
