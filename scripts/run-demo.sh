#!/usr/bin/env bash
# Sets up, builds, writes a fresh demo database dated today, and opens Relance on it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" default

demo="$RELANCE_ROOT/build/demo.sqlite"
rm -f "$demo" "$demo-wal" "$demo-shm"
"$RELANCE_ROOT/build/app/relance-cli" --db "$demo" demo

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: run this from a desktop session (or under xvfb-run)." >&2
    exit 1
fi
exec "$RELANCE_ROOT/build/app/relance" --db "$demo"
