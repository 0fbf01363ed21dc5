#!/usr/bin/env bash
# Renders an audit report of the bundled sample the way a reader sees it: a screenshot of the page and the printed
# PDF (A4 and Letter), with each PDF page as a PNG, so that layout and page breaks can be looked at.
# Usage: scripts/render-report.sh [OUT_DIR]   (needs target/auditlens.jar, chromium, pdftoppm)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/report-render}"
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp assets/sample-events.ndjson.gz "$work/"
jar="$(pwd)/target/auditlens.jar"
mkdir -p "$out" && out="$(cd "$out" && pwd)"
# Relative names, so that the report shows the inputs as an auditor would name them.
cd "$work"
sample=sample-events.ndjson.gz
export AUDITLENS_CONFIG_DIR="$work/config"
# A small case: the failed pulls labelled Evidence with a note, the pulls from one cluster labelled Follow-up.
java -jar "$jar" label --into case.alcase --add Evidence \
    --note $'Failed pull of a production image.\nAsk the platform team whether this cluster was being rebuilt.' \
    --query 'action:image.pull outcome:failure region:eu-de' "$sample"
java -jar "$jar" label --into case.alcase --add Follow-up \
    --query 'action:image.pull initiator:backup-mirror region:eu-de' "$sample"
java -jar "$jar" report --case case.alcase --title "Failed pulls in Frankfurt" \
    --query 'action:image.pull region:eu-de' --out "$out/report.html" "$sample"
url="file://$out/report.html"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome)"
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,2000 \
    --screenshot="$out/report.png" "$url" 2>/dev/null
rm -f "$out"/page-*.png
for paper in A4 Letter; do
  # Chromium prints with the page size the style sheet leaves open, so the paper is set here.
  sed "s/@page { margin/@page { size: $paper; margin/" "$out/report.html" > "$work/report-$paper.html"
  "$browser" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
      --print-to-pdf="$out/report-$paper.pdf" "file://$work/report-$paper.html" 2>/dev/null
  pdftoppm -r 50 -png "$out/report-$paper.pdf" "$out/page-$paper"
done
ls -1 "$out"
