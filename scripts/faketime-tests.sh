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
failed=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for day in "${dates[@]}"; do
    for test in "$@"; do
        # The clock starts at 10:00 that day and runs on; monotonic time stays real, so Qt's
        # timers and timeouts behave as usual.
        if FAKETIME_DONT_FAKE_MONOTONIC=1 "$faketime" -f "@$day 10:00:00" "$test" -silent >"$log" 2>&1; then
            echo "PASS $day $(basename "$test")"
        else
            echo "FAIL $day $(basename "$test")"
            cat "$log"
            failed=1
        fi
    done
done
[ "$failed" -eq 0 ] && echo "every test passes on ${dates[*]}"
exit "$failed"
