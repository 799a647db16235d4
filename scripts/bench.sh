#!/usr/bin/env bash
# Builds Relance (release preset) and times what a user waits for on books of 100,000 and
# 1,000,000 invoices, printing each figure beside its budget (bench/relance_bench.cpp).
# Not part of the test suite: timings on a loaded machine would fail at random.
#   bash scripts/bench.sh [--sizes 100000,1000000]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" default
cd "$RELANCE_ROOT"
QT_QPA_PLATFORM=offscreen build/bench/relance-bench "$@"
