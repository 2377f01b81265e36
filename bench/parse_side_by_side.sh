#!/usr/bin/env bash
# Median parse time of the same documents: native (bench_parse, Google Benchmark) next to
# graphql-core 3.2.6 `parse` (Python timeit). The documents are read out of bench/bench_parse.cpp
# so both sides parse identical text.
# Usage: bench/parse_side_by_side.sh [BUILD_DIR]   (default build-ci)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build-ci}
native_json=$(mktemp)
trap 'rm -f "$native_json"' EXIT
"$build/bin/bench_parse" --benchmark_filter='FilteredList|Small|Fragments' --benchmark_format=json \
    >"$native_json" 2>/dev/null
PYTHONPATH="$build/pydeps/usr/lib/python3/dist-packages" /usr/bin/python3 - "$root/bench/bench_parse.cpp" "$native_json" <<'PY'
import json, re, statistics, sys, timeit
import graphql

source = open(sys.argv[1], encoding="utf-8").read()
docs = {name: text for name, text in re.findall(r'const std::string k(\w+) = R"\((.*?)\)";', source, re.S)}
docs.update({name: text for name, text in re.findall(r'const std::string k(\w+) = "(.*?)";', source)})
native = {}
for bench in json.load(open(sys.argv[2]))["benchmarks"]:
    if bench.get("aggregate_name") == "median":
        native[bench["run_name"].split("/")[0].removeprefix("BM_Parse")] = bench["cpu_time"] / 1000.0

print(f"graphql-core {graphql.__version__}; medians, microseconds")
print(f"{'document':<14}{'bytes':>7}{'native':>10}{'graphql-core':>15}{'ratio':>9}")
for name in ("FilteredList", "Small", "Fragments"):
    text = docs[name]
    runs = [min(timeit.repeat(lambda: graphql.parse(text), number=50, repeat=1)) / 50 * 1e6 for _ in range(15)]
    py = statistics.median(runs)
    nat = native.get(name, float("nan"))
    print(f"{name:<14}{len(text.encode()):>7}{nat:>10.2f}{py:>15.1f}{py / nat:>8.0f}x")
PY
