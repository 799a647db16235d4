#!/usr/bin/env bash
# Fuzzes every importer and the letter template engine for longer than the test suite does:
#   bash scripts/fuzz.sh [SECONDS_PER_HARNESS]   (default 600)
# Builds the fuzz preset (clang, libFuzzer, ASan, UBSan); what libFuzzer finds new is kept in
# build-fuzz/fuzz-corpus/<harness>, crashes as crash-* files in the current folder.
set -euo pipefail
seconds=${1:-600}
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" fuzz
cd "$RELANCE_ROOT"
cmake -S . -B build-fuzz -DRELANCE_FUZZ_SECONDS="$seconds" >/dev/null
QT_QPA_PLATFORM=offscreen ctest --preset fuzz --verbose 2>&1 | grep -E "^[0-9]+: (Done|#[0-9]+ *DONE|stat::number_of_executed_units)|Test +#|tests passed"
