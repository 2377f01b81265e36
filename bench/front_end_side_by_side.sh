#!/usr/bin/env bash
# Issue 3, one run: parse and validate medians of typical corpus queries in the engine (bench_front_end,
# Google Benchmark) next to graphql-core 3.2.6's `parse` and `validate` (timeit) on the SAME documents —
# bench_front_end chooses them from corpus/cases/generated.jsonl (rule in bench/bench_front_end.cpp)
# and writes them out with --queries_out — against the demo schema as graft_legacy's builder makes it.
# Times are medians over repetitions of the mean CPU time per call on both sides (Google Benchmark's
# cpu_time; timeit with time.process_time, garbage collector off, after a warm-up), so that other
# processes on the shared cores inflate neither; ratio = graphql-core / engine.
# Usage: bench/front_end_side_by_side.sh [BUILD_DIR]   (default build-ci)
# Environment: REPEATS (graphql-core repetitions, default 15), MIN_REPEAT_SECONDS (default 0.05),
#              NATIVE_ARGS (extra bench_front_end flags, e.g. --benchmark_repetitions=25).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build-ci}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
# shellcheck disable=SC2086 # NATIVE_ARGS is a list of flags
"$build/bin/bench_front_end" --queries_out="$work/queries.jsonl" --benchmark_format=json ${NATIVE_ARGS:-} \
    >"$work/native.json"
PYTHONPATH="$build/pydeps/usr/lib/python3/dist-packages:$root/harness/legacy" /usr/bin/python3 - \
    "$work/queries.jsonl" "$work/native.json" "$root/corpus/schema/demo.graphql" \
    "${REPEATS:-15}" "${MIN_REPEAT_SECONDS:-0.05}" \
    "$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build/CMakeCache.txt" 2>/dev/null)" "$load_before" <<'PY'
import json, os, statistics, sys, time, timeit

import graphql
from graft_legacy.schema import load_schema

queries_path, native_path, schema_path = sys.argv[1:4]
repeats, min_repeat, build_type = int(sys.argv[4]), float(sys.argv[5]), sys.argv[6] or "?"
load_before = sys.argv[7]
queries = [json.loads(line) for line in open(queries_path, encoding="utf-8")]
report = json.load(open(native_path, encoding="utf-8"))
scale = {"ns": 1e-3, "us": 1.0, "ms": 1e3, "s": 1e6}
native = {}
for bench in report["benchmarks"]:
    if bench.get("error_occurred"):
        sys.exit(f"bench_front_end: {bench['run_name']}: {bench.get('error_message')}")
    if bench.get("aggregate_name") == "median":
        native[bench["run_name"]] = bench["cpu_time"] * scale[bench["time_unit"]]
schema = load_schema(schema_path).graphql


def median_us(call):
    """Median over `repeats` runs of the mean CPU µs per call; each run takes at least `min_repeat` CPU s."""
    for _ in range(200):  # warm-up
        call()
    timer = timeit.Timer(call, timer=time.process_time)
    number = 1
    while timer.timeit(number) < min_repeat:
        number *= 2
    return statistics.median(timer.repeat(repeat=repeats, number=number)) / number * 1e6


context = report.get("context", {})
print(f"engine: bench_front_end ({build_type} build), {context.get('num_cpus', '?')} CPUs; graphql-core "
      f"{graphql.__version__}; load average {load_before} at the start, "
      f"{' '.join(f'{x:.2f}' for x in os.getloadavg())} at the end")
print("medians of CPU time per call in µs; ratio = graphql-core / engine")
header = (f"{'query':<14}{'case id':<27}{'bytes':>6}{'parse':>8}{'valid.':>8}{'p+v':>8}"
          f"{'gc parse':>10}{'gc valid.':>11}{'parse x':>9}{'valid. x':>10}")
print(header)
print("-" * len(header))
for q in queries:
    text, name = q["query"], q["name"]
    document = graphql.parse(text)
    errors = graphql.validate(schema, document)
    if errors:
        sys.exit(f"graphql-core: {q['id']} does not validate: {errors[0].message}")
    py_parse = median_us(lambda: graphql.parse(text))
    py_validate = median_us(lambda: graphql.validate(schema, document))
    nat_parse = native[f"parse/{name}"]
    nat_validate = native[f"validate/{name}"]
    nat_both = native[f"parse+validate/{name}"]
    print(f"{name:<14}{q['id']:<27}{len(text.encode()):>6}{nat_parse:>8.2f}{nat_validate:>8.2f}{nat_both:>8.2f}"
          f"{py_parse:>10.1f}{py_validate:>11.1f}{py_parse / nat_parse:>8.0f}x{py_validate / nat_validate:>9.0f}x")
PY
