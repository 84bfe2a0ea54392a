#!/usr/bin/env bash
# Installs what a fresh Debian 12 machine is missing (apt), then configures and builds
# Ketenmonitor into build/. Safe to run again: it installs and rebuilds only what is needed.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libboost-date-time-dev libboost-dev catch2 libsqlite3-dev libxlsxwriter-dev
  liborcus-dev libreadstat-dev zlib1g-dev libglpk-dev xvfb xauth fonts-dejavu-core poppler-utils sqlite3 unzip
  clang libclang-rt-14-dev
  dpkg-dev lintian desktop-file-utils appstream shared-mime-info)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j "$(nproc)"
