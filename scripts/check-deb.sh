#!/usr/bin/env bash
# Builds the .deb from a build folder, installs it with dpkg into a scratch root, and checks what
# a Debian user gets: the binaries run, the desktop entry and AppStream data validate, the icon
# and manual pages are there, and apt can satisfy its dependencies. Run by CTest.
set -euo pipefail
build="$(cd "$1" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$build" && cpack -G DEB -B "$work/out" >/dev/null)
deb="$(ls "$work"/out/relance_*.deb)"
echo "built $(basename "$deb")"
dpkg-deb --field "$deb" Depends | grep -q "libqt6widgets6" || { echo "no Qt dependency"; exit 1; }

root="$work/root"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status"
# The scratch root has none of the dependencies: dpkg's warnings about them are expected here
# (apt checks them against the real system below).
dpkg --root="$root" --log=/dev/null --force-depends --force-script-chrootless -i "$deb" >/dev/null 2>&1
dpkg --root="$root" -s relance | grep -q "^Status: install ok installed"

for f in usr/bin/relance usr/bin/relance-cli usr/share/applications/org.relance.Relance.desktop \
         usr/share/metainfo/org.relance.Relance.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/org.relance.Relance.svg \
         usr/share/man/man1/relance.1 usr/share/man/man1/relance-cli.1; do
    [ -e "$root/$f" ] || { echo "missing: /$f"; exit 1; }
done
"$root/usr/bin/relance-cli" --version
QT_QPA_PLATFORM=offscreen "$root/usr/bin/relance" --version
desktop-file-validate "$root/usr/share/applications/org.relance.Relance.desktop"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/org.relance.Relance.metainfo.xml"
# apt resolves the dependencies against this system (what `apt install ./relance_*.deb` does).
apt-get install --simulate -qq "$deb" | grep -q "^Inst relance"
echo "the package installs and runs"
