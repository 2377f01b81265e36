#!/usr/bin/env bash
# End-to-end legacy vs native on the demo database (issue 5): starts a throwaway PostgreSQL, loads
# the demo, runs bench/e2e_side_by_side.py with the built Python module `graft`.
# Usage: bench/e2e_side_by_side.sh [BUILD_DIR] [-- options of e2e_side_by_side.py]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build-ci}
shift || true
[ "${1:-}" = "--" ] && shift
export PYTHONPATH="$build/python:$build/pydeps/usr/lib/python3/dist-packages:$root/harness/legacy"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
"$root/tools/pgtmp" run -- bash -c '
    /usr/bin/python3 "$0/corpus/demo/demo_db.py" load --dsn "$GRAFT_DSN" >/dev/null
    /usr/bin/python3 "$0/bench/e2e_side_by_side.py" --dsn "$GRAFT_DSN" --schema "$0/corpus/schema/demo.graphql" "$@"' \
    "$root" "$@"
