#!/usr/bin/env bash
# Measures Ketenmonitor against the sqlite3 shell on synthetic studies of 100k and 1M cases:
# import (ours, with full validation, against `.import` into plain TEXT tables), all indicators
# for all cohorts (ours against bench/baseline_indicators.sql), and peak memory (max RSS).
# Writes a Markdown table to stdout; `bench/run.sh --write` also puts it in docs/performance.md.
#
#   tools/setup.sh && bench/run.sh [--sizes "100000 1000000"] [--write]
#
# KM_BUILD_DIR picks the build whose CLI is measured (default: build, as tools/setup.sh makes
# it; timings of an unoptimised build mean nothing). BENCH_DIR holds the generated files
# (default /tmp/ketenmonitor-bench).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes="100000 1000000"
write=0
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --write) write=1; shift ;;
    *) echo "usage: bench/run.sh [--sizes \"N ...\"] [--write]" >&2; exit 2 ;;
  esac
done

build_dir=${KM_BUILD_DIR:-build}
cli=$build_dir/bin/ketenmonitor-cli
[ -x "$cli" ] || { echo "build first: tools/setup.sh (or set KM_BUILD_DIR)" >&2; exit 1; }
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build_dir/CMakeCache.txt" 2>/dev/null)
command -v sqlite3 >/dev/null || { echo "sqlite3 shell missing (apt-get install sqlite3)" >&2; exit 1; }
work=${BENCH_DIR:-/tmp/ketenmonitor-bench}
mkdir -p "$work"

# Runs a command, prints "seconds maxrss_mib".
measure() {
  local out
  /usr/bin/time -o "$work/time.txt" -f "%e %M" "$@" >/dev/null 2>&1
  out=$(tail -1 "$work/time.txt")
  awk -v s="${out% *}" -v k="${out#* }" 'BEGIN { printf "%.2f %.0f", s, k / 1024 }'
}

# Best of three for the short indicator runs.
best_of_three() {
  local best="" t
  for _ in 1 2 3; do
    t=$(measure "$@")
    if [ -z "$best" ] || awk -v a="${t% *}" -v b="${best% *}" 'BEGIN { exit !(a < b) }'; then best=$t; fi
  done
  echo "$best"
}

# The middle one of three "seconds MiB" results, by seconds.
median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

rows=()
for n in $sizes; do
  dir="$work/$n"
  if [ ! -f "$dir/casussen.csv" ]; then
    python3 bench/generate_study.py --cases "$n" --seed 1 --out "$dir"
  fi
  traj=$(($(wc -l < "$dir/trajecten.csv") - 1))
  events=$(($(wc -l < "$dir/gebeurtenissen.csv") - 1))

  cat > "$dir/import.sql" <<SQL
.mode csv
.separator ;
.import $dir/casussen.csv casussen
.import $dir/trajecten.csv trajecten
.import $dir/gebeurtenissen.csv gebeurtenissen
SQL
  # Three imports each, taking turns, into new files; the median of each. The speed of a shared
  # 2-core machine drifts by 10% from one minute to the next, which one run would report as ours.
  base_runs=()
  ours_runs=()
  for _ in 1 2 3; do
    rm -f "$dir/base.db" "$dir/ours.db" "$dir/ours.db-wal" "$dir/ours.db-shm"
    base_runs+=("$(measure sh -c "sqlite3 '$dir/base.db' < '$dir/import.sql'")")
    ours_runs+=("$(measure "$cli" import "$dir/ours.db" --casussen "$dir/casussen.csv" \
      --trajecten "$dir/trajecten.csv" --gebeurtenissen "$dir/gebeurtenissen.csv")")
  done
  base_import=$(median "${base_runs[@]}")
  ours_import=$(median "${ours_runs[@]}")
  base_ind=$(best_of_three sh -c "sqlite3 '$dir/base.db' < bench/baseline_indicators.sql")
  ours_ind=$(best_of_three "$cli" indicators "$dir/ours.db" --format json)

  rows+=("| $n | $traj | $events | import | ${ours_import% *} s | ${base_import% *} s | $(ratio "${ours_import% *}" "${base_import% *}") | ${ours_import#* } MiB | ${base_import#* } MiB |")
  rows+=("| $n | $traj | $events | all indicators | ${ours_ind% *} s | ${base_ind% *} s | $(ratio "${ours_ind% *}" "${base_ind% *}") | ${ours_ind#* } MiB | ${base_ind#* } MiB |")
done

cpu=$(lscpu | sed -n 's/^Model name: *//p' | head -1)
table=$(cat <<MD
Measured on $(date -u +%Y-%m-%d): $cpu, $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB,
SQLite $(sqlite3 --version | cut -d' ' -f1), build type ${build_type:-unknown}.

| cases | trajectories | events | task | Ketenmonitor | sqlite3 shell | ratio | memory (ours) | memory (sqlite3) |
|---|---|---|---|---|---|---|---|---|
$(printf '%s\n' "${rows[@]}")
MD
)
echo "$table"
if [ "$write" = 1 ]; then
  bench/write_section.py bench "$table"
fi
