#!/usr/bin/env bash
# Looks at the HTML report the way people do: headless Chromium screenshots
# at 390, 1280 and 1920 px, and a print to PDF (A4) rendered to PNG pages;
# and an indicator page of the site (`ritrack site`) at 1280 px.
# usage: screenshots.sh RITRACK SOURCE_DIR OUT_DIR [ritrack arguments…]
# (default arguments: the illustrative data's quarterly report, 2019-Q4).
# Needs chromium and poppler-utils; tests/html/print_pdf.sh checks the PDF.
set -euo pipefail
bin=$1 src=$2 out=$3
shift 3
[ $# -gt 0 ] || set -- --data "$src/examples" report --as-of 2019-Q4
mkdir -p "$out"
out=$(cd "$out" && pwd)
export RITRACK_TODAY=${RITRACK_TODAY:-2026-11-22} RITRACK_NOW=${RITRACK_NOW:-2026-11-22T10:00:00Z}
"$bin" "$@" --format html -o "$out/report.html" 2>/dev/null
browser() { timeout 120 chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars \
  --user-data-dir="$out/.chromium" "$@" "file://$out/report.html" 2>/dev/null; }
for width in 390 1280 1920; do
  browser --window-size="$width,1600" --screenshot="$out/report-$width.png"
done
browser --no-pdf-header-footer --print-to-pdf="$out/report.pdf"
pdftoppm -r 60 -png "$out/report.pdf" "$out/report-print"
# An indicator page of the site (README, "An indicator site"), in Spanish.
"$bin" --data "$src/examples" site --as-of 2019-Q4 -o "$out/site" >/dev/null 2>&1
timeout 120 chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$out/.chromium" \
  --window-size=1280,1400 --screenshot="$out/site-indicator-1280.png" "file://$out/site/es/1.1.html" 2>/dev/null
rm -rf "$out/.chromium"
ls "$out"
