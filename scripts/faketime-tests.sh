#!/usr/bin/env bash
# Runs test executables with the clock moved to dates far apart (libfaketime), so that a test
# which reads the real date fails the day it is written, not the day the calendar reaches it:
# a month ahead, the next 29 February at least three years ahead, and ten years ahead.
# Usage: faketime-tests.sh FAKETIME TEST_EXECUTABLE...
set -euo pipefail
faketime=$1
shift
now=$(date -u +%s)
month=$(date -u -d "@$now +1 month" +%F 2>/dev/null || date -u -d "+1 month" +%F)
year=$(( $(date -u +%Y) + 3 ))
until [ "$(date -u -d "$year-03-01 -1 day" +%d)" = 29 ]; do year=$((year + 1)); done
dates=("$month" "$year-02-29" "$(date -u -d "+10 years" +%F)")
# Two tests at a time (the machine's cores; this runs alone at the end of the suite), never the
# same executable twice at once: in Qt's test mode two copies would share their settings files.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run_one() {  # DAY TEST: the clock starts at 10:00 that day and runs on; monotonic time stays
             # real, so Qt's timers and timeouts behave as usual.
    local out="$work/$1-$(basename "$2")"
    if FAKETIME_DONT_FAKE_MONOTONIC=1 "$faketime" -f "@$1 10:00:00" "$2" -silent >"$out.log" 2>&1; then
        echo "PASS $1 $(basename "$2")" >"$out.result"
    else
        { echo "FAIL $1 $(basename "$2")"; cat "$out.log"; } >"$out.result"
    fi
}
export -f run_one
export faketime work
jobs=${RELANCE_FAKETIME_JOBS:-2}
for day in "${dates[@]}"; do
    printf '%s\0' "$@" | xargs -0 -P "$jobs" -I{} bash -c 'run_one "$0" "$1"' "$day" {}
done
failed=0
for result in "$work"/*.result; do
    cat "$result"
    grep -q '^FAIL' "$result" && failed=1
done
[ "$failed" -eq 0 ] && echo "every test passes on ${dates[*]}"
exit "$failed"
