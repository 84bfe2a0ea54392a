#!/usr/bin/env bash
# Builds the Debian package in the build folder, checks it with lintian (errors fail; the
# warnings that remain are listed with their reason in docs/packaging.md), installs it with
# apt-get as a user would, and starts the installed programs: the CLI on the demo study, and the
# desktop program through the command of its menu entry. Removes the package again afterwards
# unless KEEP_PACKAGE=1. Needs root or sudo. Usage: tools/check_package.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
fail() { echo "check_package: $*" >&2; exit 1; }

rm -f "$build"/ketenmonitor_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/ketenmonitor_*.deb)
echo "check_package: built $(basename "$deb")"
version=$(sed -n 's/^project(Ketenmonitor VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
[ "$(dpkg-deb -f "$deb" Version)" = "$version-1" ] || fail "the package version is not $version-1"

# --fail-on error: an error fails; warnings are printed for the log.
lintian --fail-on error --suppress-tags-from-file packaging/lintian-accepted "$deb"

DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "$(realpath "$deb")" >/dev/null
cleanup() { [ "${KEEP_PACKAGE:-0}" = 1 ] || DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get remove -y -qq ketenmonitor >/dev/null; }
trap cleanup EXIT

work=$(mktemp -d /tmp/ketenmonitor-deb.XXXXXX)
[ "$(command -v ketenmonitor-cli)" = /usr/bin/ketenmonitor-cli ] || fail "ketenmonitor-cli is not on PATH after install"
ketenmonitor-cli indicators --cohort NHN-2019 --format csv > "$work/indicators.csv"
grep -q '^NHN-2019,99,recidive.nieuw_geweld,,21,99,' "$work/indicators.csv" \
  || fail "the installed CLI does not give recidive 21/99 for the demo's NHN-2019"

# The menu entry's command (Exec without its %f field code), with a study as a double-click gives it.
entry=/usr/share/applications/nl.ketenmonitor.Ketenmonitor.desktop
exec_line=$(sed -n 's/^Exec=//p' "$entry")
ketenmonitor-cli import "$work/studie.kmstudy" --casussen /usr/share/ketenmonitor/demo/casussen.csv \
  --trajecten /usr/share/ketenmonitor/demo/trajecten.csv --gebeurtenissen /usr/share/ketenmonitor/demo/gebeurtenissen.csv >/dev/null
command=${exec_line/\%f/$work/studie.kmstudy}
HOME="$work" QT_QPA_PLATFORM=offscreen $command --screenshot "$work/menu.png" --size 1024x700 2>/dev/null
[ -s "$work/menu.png" ] || fail "the menu entry's command did not start the program"
[ -s /usr/share/man/man1/ketenmonitor-cli.1.gz ] || fail "no manual page for ketenmonitor-cli"
rm -rf "$work"
echo "check_package: installed with apt-get, the CLI and the menu entry's command run"
