#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite through CTest (widgets run offscreen): first the
# normal build, then the same suite under AddressSanitizer and UBSan. Name one preset to run
# only that one: `bash scripts/test.sh default` or `bash scripts/test.sh asan`.
set -euo pipefail
presets=("${@:-default}")
[ $# -eq 0 ] && presets=(default asan)
for preset in "${presets[@]}"; do
    source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" "$preset"
    cd "$RELANCE_ROOT"
    echo "== Tests, preset $preset"
    QT_QPA_PLATFORM=offscreen ctest --preset "$preset"
done
