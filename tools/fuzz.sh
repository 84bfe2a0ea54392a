#!/usr/bin/env bash
# Builds the libFuzzer target tests/fuzz/fuzz_import.cpp (CSV reader + importer into an
# in-memory study) with clang, AddressSanitizer and UndefinedBehaviorSanitizer, and runs it for
# a bounded time on the seed corpus in tests/fuzz/corpus. Any crash, hang (>10 s per input),
# leak or sanitizer report fails the script. Usage: tools/fuzz.sh [SECONDS] (default 60).
# The core library is compiled through CMake (build-fuzz/) so that it links whatever libraries
# core needs; only the fuzz target and core are built, not the tests or the programs.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
build=build-fuzz
flags="-g -O1 -fno-omit-frame-pointer -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined"

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_CXX_FLAGS="$flags" -DKETENMONITOR_BUILD_UI=OFF -DKETENMONITOR_FUZZ=ON >/dev/null
cmake --build "$build" --target fuzz_import -j "$(nproc)"

# libFuzzer writes new inputs into the first corpus directory: keep the committed seeds clean.
work="$build/fuzz-corpus"
mkdir -p "$work" "$build/fuzz-artifacts"
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
"$build/bin/fuzz_import" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
  -artifact_prefix="$build/fuzz-artifacts/" -print_final_stats=1 "$work" tests/fuzz/corpus
