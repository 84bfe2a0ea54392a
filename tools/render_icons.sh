#!/usr/bin/env bash
# Renders the PNG sizes of the program icon from resources/icons/ketenmonitor.svg (needs
# librsvg2-bin). The PNGs are committed, so a build does not need this tool.
set -euo pipefail
cd "$(dirname "$0")/.."
for size in 16 32 48 64 128 256; do
  rsvg-convert -w "$size" -h "$size" resources/icons/ketenmonitor.svg -o "resources/icons/ketenmonitor-$size.png"
done
