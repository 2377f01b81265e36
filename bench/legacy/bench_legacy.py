"""Per-stage latency of the legacy Python path — the baseline the native engine is measured against.

usage:
  bench_legacy.py --dsn DSN [--load-contract-fixture] [--iterations N] [--warmup N] [--json OUT]

DSN points at a server; with --load-contract-fixture the CONTRACT §11 fixture is (re)created there as
database `graft_contract` first and the benchmark runs on it. Otherwise DSN must already name a
database holding the contract fixture (or use --schema for another SDL with matching queries).
Example (throwaway server):
  tools/pgtmp run -- /usr/bin/python3 bench/legacy/bench_legacy.py --load-contract-fixture
(run with PYTHONPATH = GRAFT_PYTHONPATH.)

Every request goes through `adapter.execute()`; stage times are the report's own timings (integer
microseconds: parse, validate, plan, execute, respond) and `total` is the wall time of the call.
"""

from __future__ import annotations

import argparse
import gc
import os
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import graft_legacy

SOURCE_DIR = Path(__file__).resolve().parents[2]
CONTRACT = SOURCE_DIR / "tests" / "fixtures" / "contract"
STAGES = ("parse", "validate", "plan", "execute", "respond")

FILTERED_LIST = (
    "query Users($minAge: Int, $city: String) {\n"
    "  users(where: {age: {gte: $minAge, lt: 65}, isActive: {eq: true}, homeAddress: {city: {eq: $city}},\n"
    "    OR: [{firstName: {startswith: \"A\"}}, {tags: {contains: [\"admin\"]}}]},\n"
    "    orderBy: [{age: DESC}], limit: 20) {\n"
    "    id firstName age score homeAddress { city zipCode } tags\n"
    "  }\n"
    "}"
)
BY_ID = 'query User($id: UUID!) { user(id: $id) { id firstName age meta } }'
NESTED = (
    "query Nested($withAge: Boolean!) {\n"
    "  people: users(orderBy: {age: ASC}, limit: 2) {\n"
    "    ...Basic\n"
    "    years: age @include(if: $withAge)\n"
    "    ... on User { home: homeAddress { town: city geo { lat lng } __typename } }\n"
    "  }\n"
    "  gw: device(id: \"d0000000-0000-4000-8000-000000000001\") { ...Dev }\n"
    "}\n"
    "fragment Basic on User { uid: id firstName tags meta }\n"
    "fragment Dev on Device { hostname ipAddress location ports }"
)
T1 = '{"tenant":"7e57a000-0000-4000-8000-000000000001"}'

QUERIES = [
    ("filtered list", FILTERED_LIST, '{"minAge":18,"city":"Paris"}', None),
    ("by-id lookup", BY_ID, '{"id":"11111111-1111-4111-8111-111111111111"}', None),
    ("nested + fragments", NESTED, '{"withAge":true}', T1),
]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def load_fixture(dsn: str) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".dsn", delete=False) as handle:
        handle.write(dsn)
    subprocess.run([sys.executable, str(SOURCE_DIR / "tests" / "fixtures" / "load_fixture.py"), handle.name,
                    "graft_contract", str(CONTRACT / "fixture.sql")], check=True, stdout=subprocess.DEVNULL)
    Path(handle.name).unlink()
    from psycopg.conninfo import make_conninfo

    return make_conninfo(dsn, dbname="graft_contract")


def run(adapter, query: str, variables: str | None, context: str | None, warmup: int, iterations: int) -> dict:
    for _ in range(warmup):
        report = adapter.execute(query, variables, None, context)
    assert not report["errors"], report["errors"]
    samples: dict[str, list[float]] = {stage: [] for stage in STAGES}
    samples["total"] = []
    gc.collect()
    for _ in range(iterations):
        started = time.perf_counter_ns()
        report = adapter.execute(query, variables, None, context)
        samples["total"].append((time.perf_counter_ns() - started) / 1000)
        for stage in STAGES:
            samples[stage].append(report["timings"][stage])
    return {name: {"median": statistics.median(v), "p99": percentile(v, 0.99)} for name, v in samples.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dsn", default=os.environ.get("GRAFT_DSN"), help="default: $GRAFT_DSN")
    parser.add_argument("--schema", default=str(CONTRACT / "schema.graphql"))
    parser.add_argument("--load-contract-fixture", action="store_true")
    parser.add_argument("--iterations", type=int, default=1000)
    parser.add_argument("--warmup", type=int, default=200)
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()

    dsn = load_fixture(args.dsn) if args.load_contract_fixture else args.dsn
    adapter = graft_legacy.create(args.schema, dsn, {"poolMinSize": 1, "poolMaxSize": 1})
    results = {}
    try:
        for name, query, variables, context in QUERIES:
            results[name] = run(adapter, query, variables, context, args.warmup, args.iterations)
            results[name]["bytes"] = len(query.encode("utf-8"))
    finally:
        adapter.close()

    print(f"legacy path (graphql-core 3.2.6, psycopg 3.1.7, Python {sys.version.split()[0]}): "
          f"{args.iterations} iterations after {args.warmup} warm-up, microseconds")
    header = f"{'query':<20} {'bytes':>5}  " + "  ".join(f"{s:>14}" for s in (*STAGES, "total"))
    print(header)
    print(f"{'':<20} {'':>5}  " + "  ".join(f"{'median':>6} {'p99':>7}" for _ in (*STAGES, "total")))
    for name, figures in results.items():
        cells = "  ".join(f"{figures[s]['median']:>6.0f} {figures[s]['p99']:>7.0f}" for s in (*STAGES, "total"))
        print(f"{name:<20} {figures['bytes']:>5}  {cells}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
