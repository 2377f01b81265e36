#!/usr/bin/env bash
# The throwaway cluster starts, serves, and leaves no process or folder behind: after `stop`,
# after `run`, when `run` is terminated, and when the owner of a watched cluster is SIGKILLed.
set -u
pgtmp=${1:?usage: test_pgtmp.sh PATH_TO_PGTMP}
failures=0
passes=0
check() { # check NAME CONDITION...
    local name=$1; shift
    if "$@"; then passes=$((passes + 1)); echo "PASS $name"; else failures=$((failures + 1)); echo "FAIL $name"; fi
}
gone() { # the folder is removed and no server process mentions it
    [ ! -e "$1" ] && ! pgrep -f -- "$1/data" >/dev/null
}
wait_gone() { local i; for i in $(seq 1 50); do gone "$1" && return 0; sleep 0.2; done; return 1; }
host_of() { sed -n 's/.*host=\([^ ]*\).*/\1/p' <<<"$1"; }
query() { psql "$1" -XAtqc "$2" 2>/dev/null; }

# start / query / stop
dsn=$("$pgtmp" start) || { echo "FAIL start"; exit 1; }
dir=$(host_of "$dsn")
check "start prints a usable DSN" test "$(query "$dsn" 'select 40 + 2')" = 42
check "ltree is available" test "$(query "$dsn" "create extension ltree; select 'a.b'::ltree::text")" = a.b
check "server runs with UTF8" test "$(query "$dsn" 'show server_encoding')" = UTF8
"$pgtmp" stop "$dir"
check "stop removes folder and processes" gone "$dir"
check "stop is idempotent" "$pgtmp" stop "$dir"

# run: the command sees GRAFT_DSN, its status is kept, everything is removed afterwards
out=$("$pgtmp" run -- bash -c 'psql "$GRAFT_DSN" -XAtqc "select 1" && echo "$GRAFT_DSN"')
check "run gives the command a DSN" test "$(head -n1 <<<"$out")" = 1
check "run cleans up after success" wait_gone "$(host_of "$(tail -n1 <<<"$out")")"
"$pgtmp" run -- bash -c 'exit 7'
check "run keeps the command's exit status" test $? -eq 7

# run terminated by SIGTERM while the command is running
marker=$(mktemp)
"$pgtmp" run -- bash -c 'echo "$GRAFT_DSN" >"$0"; sleep 60' "$marker" &
runner=$!
for _ in $(seq 1 50); do [ -s "$marker" ] && break; sleep 0.2; done
dir=$(host_of "$(cat "$marker")")
check "run started a cluster" test -d "$dir"
kill -TERM "$runner"; wait "$runner" 2>/dev/null
check "SIGTERM to run removes the cluster" wait_gone "$dir"
pkill -f "sleep 60" 2>/dev/null
rm -f "$marker"

# a watched cluster whose owner is SIGKILLed
sleep 300 &
owner=$!
dsn=$("$pgtmp" start --owner "$owner")
dir=$(host_of "$dsn")
check "watched cluster serves" test "$(query "$dsn" 'select 1')" = 1
kill -KILL "$owner"; wait "$owner" 2>/dev/null
check "owner SIGKILLed: watchdog removes the cluster" wait_gone "$dir"

# TCP mode
dsn=$("$pgtmp" start --tcp)
check "tcp mode listens on 127.0.0.1" test "$(query "$dsn" 'select 1')" = 1
for d in /tmp/graft-pg.*; do [ -f "$d/dsn" ] && [ "$(cat "$d/dsn")" = "$dsn" ] && "$pgtmp" stop "$d"; done
check "tcp cluster stopped" test -z "$(for d in /tmp/graft-pg.*; do [ -f "$d/dsn" ] && [ "$(cat "$d/dsn")" = "$dsn" ] && echo "$d"; done)"

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
