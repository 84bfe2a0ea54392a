#!/usr/bin/env bash
# Measures the desktop program's responsiveness on synthetic studies of 100k and 1M cases:
# open until the dashboard shows its figures, selection changes, the cases table (first rows,
# scroll-bar jumps, dragging, sorting) with the longest block of the UI thread meanwhile.
# Drives the real StudySession and MainWindow offscreen (bench/ui/DesktopBench.cpp).
# Writes a Markdown table to stdout; --write also puts it in docs/performance.md.
#
#   bench/run_desktop.sh [--build DIR] [--sizes "100000 1000000"] [--write]
set -euo pipefail
cd "$(dirname "$0")/.."
build=build
sizes="100000 1000000"
write=0
while [ $# -gt 0 ]; do
  case "$1" in
    --build) build="$2"; shift 2 ;;
    --sizes) sizes="$2"; shift 2 ;;
    --write) write=1; shift ;;
    *) echo "usage: bench/run_desktop.sh [--build DIR] [--sizes \"N ...\"] [--write]" >&2; exit 2 ;;
  esac
done

cmake --build "$build" -j2 --target ketenmonitor-cli desktop_bench >/dev/null
cli=$build/bin/ketenmonitor-cli
work=${BENCH_DIR:-/tmp/ketenmonitor-bench-ui}
mkdir -p "$work"

studies=()
for n in $sizes; do
  if [ "$n" -ge 1000000 ]; then name=$((n / 1000000))m; else name=$((n / 1000))k; fi
  dir="$work/csv$name"
  [ -f "$dir/casussen.csv" ] || python3 bench/generate_study.py --cases "$n" --seed 1 --out "$dir"
  if [ ! -f "$work/$name.db" ]; then
    "$cli" import "$work/$name.db" --casussen "$dir/casussen.csv" --trajecten "$dir/trajecten.csv" \
      --gebeurtenissen "$dir/gebeurtenissen.csv" >/dev/null
  fi
  studies+=("$work/$name.db")
done

load=$(cut -d' ' -f1-3 /proc/loadavg)
results=$(QT_QPA_PLATFORM=offscreen "$build/bin/desktop_bench" "${studies[@]}")
cpu=$(lscpu | sed -n 's/^Model name: *//p' | head -1)
table=$(cat <<MD
Measured on $(date -u +%Y-%m-%d): $cpu, $(nproc) cores, load average $load at the start,
Qt $(qtpaths6 --qt-version 2>/dev/null || echo 6), offscreen, window 1400×900, build type of \`$build\`.

$results
MD
)
echo "$table"
if [ "$write" = 1 ]; then
  bench/write_section.py bench-desktop "$table"
fi
