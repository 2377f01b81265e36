#!/usr/bin/env bash
# The SQL stage side by side, one run: the engine's cold build (plan key + miss + SqlBuilder +
# bind) and cache hit (plan key + hit + bind) medians from bench_sql, next to the legacy Python
# planner's median for the same typical filtered list query — graft_legacy's FieldPlanner.plan(),
# its SQL-building stage only (parse, validation and argument normalisation run before timing).
# Usage: bench/sql_side_by_side.sh [BUILD_DIR]   (default build-ci)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build-ci}
native_json=$(mktemp)
trap 'rm -f "$native_json"' EXIT
"$build/bin/bench_sql" --benchmark_repetitions=9 --benchmark_format=json >"$native_json" 2>/dev/null
PYTHONPATH="$build/pydeps/usr/lib/python3/dist-packages:$root/harness/legacy" /usr/bin/python3 - \
    "$root/bench/bench_sql.cpp" "$native_json" "$root/tests/fixtures/contract/schema.graphql" <<'PY'
import json, re, statistics, sys, timeit

import graft_legacy
from graft_legacy.pipeline import _Run
from graft_legacy.planner import FieldPlanner
from graft_legacy.values import normalise

source = open(sys.argv[1], encoding="utf-8").read()
query = re.search(r'const std::string kTypicalQuery = R"\((.*?)\)";', source, re.S).group(1)
native = {}
for bench in json.load(open(sys.argv[2]))["benchmarks"]:
    if bench.get("aggregate_name") == "median":
        native[bench["run_name"].removeprefix("BM_Sql")] = bench["cpu_time"] / 1000.0

adapter = graft_legacy.create(sys.argv[3])
pipeline = adapter._pipeline
run = _Run(query, None, None, None)
pipeline._validate(run, pipeline._parse(run))
pipeline._plan(run)
node = run.roots[0].nodes[0]
field_def = pipeline.schema.graphql.query_type.fields[node.name.value]
args = {a.name.value: normalise(a.value, field_def.args[a.name.value].type, run.variables) for a in node.arguments}
planner = FieldPlanner(pipeline.schema.model, pipeline.config, run.variables)
spec = pipeline.schema.model.queries[node.name.value]
statement = planner.plan(spec, args, None)
runs = [min(timeit.repeat(lambda: planner.plan(spec, args, None), number=200, repeat=1)) / 200 * 1e6 for _ in range(15)]
legacy = statistics.median(runs)

print(f"query: {query}")
print(f"sql:   {statement.text}")
print("medians, microseconds")
print(f"{'path':<34}{'median':>10}{'vs legacy':>12}")
print(f"{'legacy FieldPlanner.plan()':<34}{legacy:>10.2f}{'1x':>12}")
for name, label in (("ColdBuild", "native cold build (miss)"), ("CacheHit", "native cache hit"),
                    ("PlanKey", "  of which: plan key"), ("BindOnly", "  of which: bind"),
                    ("BindOperation", "native operation binding (both)")):
    value = native.get(name, float("nan"))
    print(f"{label:<34}{value:>10.3f}{legacy / value:>11.0f}x")
PY
