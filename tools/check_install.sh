#!/usr/bin/env bash
# Installs the build into a temporary prefix, moves the build folder out of the way, and runs the
# installed programs from there: the CLI on the demo study, the desktop program's offscreen
# screenshot, and a study given on the command line. Also validates the desktop entry, the
# AppStream metadata and the file type. Usage: tools/check_install.sh [BUILD_DIR] [SCREENSHOT.png]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shot=${2:-}
prefix=$(mktemp -d /tmp/ketenmonitor-install.XXXXXX)
work=$(mktemp -d /tmp/ketenmonitor-run.XXXXXX)
away="$build.moved-away"

cmake --install "$build" --prefix "$prefix" >/dev/null
mv "$build" "$away"
restore() { mv "$away" "$build"; rm -rf "$prefix" "$work"; }
trap restore EXIT

fail() { echo "check_install: $*" >&2; exit 1; }
for f in bin/ketenmonitor bin/ketenmonitor-cli share/applications/nl.ketenmonitor.Ketenmonitor.desktop \
         share/metainfo/nl.ketenmonitor.Ketenmonitor.metainfo.xml share/mime/packages/ketenmonitor.xml \
         share/icons/hicolor/scalable/apps/ketenmonitor.svg share/icons/hicolor/48x48/apps/ketenmonitor.png \
         share/man/man1/ketenmonitor.1.gz share/man/man1/ketenmonitor-cli.1.gz \
         share/ketenmonitor/demo/casussen.csv share/doc/ketenmonitor/codebook.md share/doc/ketenmonitor/copyright; do
  [ -e "$prefix/$f" ] || fail "missing after install: $f"
done

# One version (CMakeLists.txt) in both programs and the AppStream release.
version=$(sed -n 's/^project(Ketenmonitor VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
[ "$("$prefix/bin/ketenmonitor-cli" --version)" = "ketenmonitor-cli $version" ] || fail "the installed CLI prints another version"
[ "$(env -u DISPLAY QT_QPA_PLATFORM= "$prefix/bin/ketenmonitor" --version)" = "Ketenmonitor $version" ] \
  || fail "the installed desktop program prints another version (or needs a display for it)"
grep -q "<release version=\"$version\"" "$prefix/share/metainfo/nl.ketenmonitor.Ketenmonitor.metainfo.xml" \
  || fail "the AppStream release is not $version"

# The installed CLI: the demo study's published NHN-2019 recidive figure.
"$prefix/bin/ketenmonitor-cli" indicators --cohort NHN-2019 --format csv > "$work/indicators.csv"
grep -q '^NHN-2019,99,recidive.nieuw_geweld,,21,99,' "$work/indicators.csv" \
  || fail "the installed CLI does not give recidive 21/99 for the demo's NHN-2019"

# A study made from the installed demo files, opened by the installed desktop program, given as
# its argument (as a double-click in a file manager does), under the study file type's name.
"$prefix/bin/ketenmonitor-cli" import "$work/studie.kmstudy" \
  --casussen "$prefix/share/ketenmonitor/demo/casussen.csv" \
  --trajecten "$prefix/share/ketenmonitor/demo/trajecten.csv" \
  --gebeurtenissen "$prefix/share/ketenmonitor/demo/gebeurtenissen.csv" >/dev/null
export QT_QPA_PLATFORM=offscreen HOME="$work"
"$prefix/bin/ketenmonitor" --screenshot "$work/shot.png" --size 1024x700 --lang nl "$work/studie.kmstudy" 2>/dev/null
[ -s "$work/shot.png" ] || fail "the installed desktop program wrote no screenshot"
[ -z "$shot" ] || cp "$work/shot.png" "$shot"

desktop-file-validate "$prefix/share/applications/nl.ketenmonitor.Ketenmonitor.desktop"
appstreamcli validate --no-net "$prefix/share/metainfo/nl.ketenmonitor.Ketenmonitor.metainfo.xml" >/dev/null
# update-mime-database refuses a malformed type and names *.kmstudy in the generated globs.
update-mime-database "$prefix/share/mime" >/dev/null 2>&1
grep -qx 'application/x-ketenmonitor-study:\*.kmstudy' "$prefix/share/mime/globs" || fail "the study file type was not registered"
echo "check_install: the installed programs run without the build folder"
