#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite through CTest (widgets run offscreen).
# `bash scripts/test.sh asan` does the same with AddressSanitizer and UBSan.
set -euo pipefail
preset="${1:-default}"
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" "$preset"
cd "$RELANCE_ROOT"
QT_QPA_PLATFORM=offscreen ctest --preset "$preset"
