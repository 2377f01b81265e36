#!/usr/bin/env bash
# The execution stage side by side: raw libpq vs QSqlQuery (bench_exec, Google Benchmark) and
# psycopg 3 (the legacy path's driver) on the same statements, 1 and 2 threads, against a
# throwaway server with the demo database.
#
#   bench/exec_side_by_side.sh [BUILD_DIR]     (default: build-ci; needs the bench_exec target)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
build=${1:-$root/build-ci}
bench=$build/bin/bench_exec
[ -x "$bench" ] || { echo "build bench_exec first: cmake --build $build --target bench_exec" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

"$root/tools/pgtmp" run -- bash -c '
    set -euo pipefail
    /usr/bin/python3 "$0/corpus/demo/demo_db.py" load --dsn "$GRAFT_DSN" >/dev/null
    "$1" --benchmark_min_time=1 --benchmark_repetitions=3 --benchmark_report_aggregates_only=true \
         --benchmark_filter="BM_SimpleStatement|BM_Fetch20Documents|BM_ExecutorRequest|BM_ChangeStatementTimeout" \
         --benchmark_format=json >"$2/native.json"
    /usr/bin/python3 "$0/bench/exec_psycopg.py" "$2/native.json"
' "$root" "$bench" "$out"
