#!/bin/sh
# Runs a test with a keyring of its own: a private D-Bus session (dbus-run-session) in which
# GNOME Keyring serves the Secret Service, its files in a temporary folder, unlocked with a
# throwaway password. The user's own keyring is never touched.
# Usage: dbus-run-session -- sh with-keyring.sh TEST [ARGS...]
set -eu
home=$(mktemp -d)
trap 'kill "${GNOME_KEYRING_PID:-}" 2>/dev/null || true; rm -rf "$home"' EXIT
export XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/run" XDG_CONFIG_HOME="$home/config"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME"
chmod 700 "$XDG_RUNTIME_DIR"
eval "$(printf 'throwaway' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
"$@"
