#!/usr/bin/env bash
# Installs what Relance needs on Debian 12 / Ubuntu (only what is missing), then configures and
# builds. Sourced by run-demo.sh and test.sh; usable alone: `bash scripts/setup.sh [preset]`.
set -euo pipefail

RELANCE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RELANCE_PRESET="${1:-${RELANCE_PRESET:-default}}"

packages=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-qpa-plugins libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-svg-dev libqt6svg6
    fonts-dejavu-core fonts-liberation2 desktop-file-utils appstream dpkg-dev
    libqrencode-dev poppler-utils libpoppler-cpp-dev libpoppler-glib-dev
    libsqlite3-dev faketime lld
    python3 python3-aiosmtpd openssl dbus gnome-keyring libsecret-tools
    libcurl4-openssl-dev qtkeychain-qt6-dev qt6-networkauth-dev
)

# The fuzz preset builds with clang and links libFuzzer (Debian 12: libclang-rt-14-dev).
if [ "$RELANCE_PRESET" = fuzz ]; then
    packages+=(clang)
    if apt-cache show libclang-rt-14-dev >/dev/null 2>&1; then packages+=(libclang-rt-14-dev); fi
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cd "$RELANCE_ROOT"
cmake --preset "$RELANCE_PRESET" >/dev/null
cmake --build --preset "$RELANCE_PRESET"
