#!/usr/bin/env bash
# Builds the parser fuzzer with clang-14 (libFuzzer + ASan + UBSan) in build-fuzz/ and runs it for a
# bounded time over a seed corpus (valid documents, error cases, 1 MB of `{`, deeply nested lists).
# Usage: bench/fuzz_parser.sh [SECONDS]   (default 60)
set -euo pipefail
seconds=${1:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
build=$root/build-fuzz
work=$build/fuzz-run

cmake -S "$root" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++-14 \
    -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DPython3_EXECUTABLE=/usr/bin/python3 \
    -DGRAFT_FUZZ=ON -DGRAFT_BUILD_BENCH=OFF -DGRAFT_WERROR=OFF >/dev/null
cmake --build "$build" --target fuzz_parser -j2

mkdir -p "$work/corpus" "$work/seeds" "$work/big"
seeds=$work/seeds
big=$work/big
printf '%s' '{ users { id } }' >"$seeds/small"
printf '%s' 'query Q($a: Int = 1, $b: [String!]! = ["x"]) @d { alias: f(x: {a: [1, 2.5e3, "s", true, null, ENUMV, $a]}) { ...F ... on T { id } } } fragment F on T { x }' >"$seeds/query"
printf '%s' '"""d""" type T implements A & B @k { "f" f(a: Int = 1): [T!]! } extend union U = | A | B enum E { A B } input I { a: Int = 2 } directive @x repeatable on FIELD | QUERY scalar S schema { query: Q }' >"$seeds/sdl"
printf '%s' '{ a(s: "\u00e9\u{1F600}\uD83D\uDE00\n", b: """  block \""" x""") }' >"$seeds/strings"
printf '%s' '{ a(x: "\u{110000}") }' >"$seeds/bad-escape"
printf '%s' '{ a(x: [[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]], y: {a: {b: {c: [{d: $v}]}}}) { b { c { d } } } }' >"$seeds/nested"
# Huge inputs run once each (libFuzzer would truncate them to -max_len when mutating).
head -c 1048576 /dev/zero | tr '\0' '{' >"$big/braces-1mb"
head -c 1048576 /dev/zero | tr '\0' '[' >"$big/brackets-1mb"
{ printf '%s' '{ a(x: '; head -c 1048576 /dev/zero | tr '\0' '['; } >"$big/lists-1mb"
{ printf '%s' 'query($v: '; head -c 1048576 /dev/zero | tr '\0' '['; } >"$big/types-1mb"
python3 -c "import sys; sys.stdout.write('{ a(x: ' + '{a:' * 20000 + '1' + '}' * 20000 + ') }')" >"$big/objects-deep"
python3 -c "import sys; sys.stdout.write('{' + 'a{' * 300000 + 'b' + '}' * 300001)" >"$big/selections-deep"

export ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1
echo "running the huge seeds once ..."
"$build/bin/fuzz_parser" -rss_limit_mb=4096 "$big"/* 2>&1 | tail -3
echo "fuzzing for ${seconds}s ..."
"$build/bin/fuzz_parser" -max_total_time="$seconds" -max_len=4096 -rss_limit_mb=4096 -timeout=20 \
    -print_final_stats=1 -artifact_prefix="$work/" "$work/corpus" "$seeds" >"$work/fuzz.log" 2>&1 && status=0 || status=$?
grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)|^Done|^stat::|ERROR|SUMMARY|Test unit written' "$work/fuzz.log"
echo "full log: $work/fuzz.log"
exit "$status"
