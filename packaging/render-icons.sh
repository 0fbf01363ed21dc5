#!/usr/bin/env bash
# Renders the icon sizes a desktop needs from assets/auditlens-icon.svg (rsvg-convert from librsvg, ImageMagick
# for the Windows .ico). The PNGs and the .ico are committed; run this only after changing the SVG.
set -euo pipefail
cd "$(dirname "$0")/.."
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" assets/auditlens-icon.svg -o "packaging/icons/auditlens-$size.png"
done
convert packaging/icons/auditlens-{16,24,32,48,64,128,256}.png packaging/windows/auditlens.ico
