#!/usr/bin/env bash
# The parity gate: the real harness runs the whole checked-in corpus through both paths against
# the demo database and must come back clean (exit 0: every case matches, cache check included).
# Usage: full_corpus.sh HARNESS_BIN DSN_FILE SOURCE_DIR REPORT_DIR
set -u
harness=$1 dsn_file=$2 source=$3 reports=$4
rm -rf "$reports"
"$harness" --corpus "$source/corpus/cases" --schema "$source/corpus/schema/demo.graphql" \
    --dsn "$(cat "$dsn_file")" --source-dir "$source" --baseline "$source/harness/baseline.json" \
    --jobs 2 --fail-on any --report-dir "$reports"
rc=$?
[ -f "$reports/summary.md" ] && head -n 40 "$reports/summary.md"
echo "harness exit status $rc (reports in $reports)"
exit "$rc"
