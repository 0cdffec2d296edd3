#!/usr/bin/env bash
# The site as a reader meets it (headless Chromium): an indicator page of the
# illustrative data, in Spanish, printed to PDF holds its title, the language
# switcher, the chart's caption, the values with their sources, the metadata
# and the provenance, in Spanish; following the index's link to it from the
# top page reaches the same page. Needs chromium and poppler-utils (skipped,
# exit 77, without them). Run by CTest: site_pages.sh RITRACK SOURCE_DIR
set -euo pipefail
bin=$1 src=$2
# shellcheck source=tests/html/setup.sh
source "$src/tests/html/setup.sh"
"$bin" --data "$src/examples" --lang es site --as-of 2019-Q4 -o "$work/site" >/dev/null 2>&1
browser() { timeout 120 chromium --headless=new --no-sandbox --disable-gpu --user-data-dir="$work/.chromium" "$@" 2>/dev/null; }
# The top page, as the browser sees it: its link to 1.1 leads to the Spanish page.
dom=$(browser --dump-dom "file://$work/site/index.html")
grep -qF '<a href="es/1.1.html">1.1</a>' <<<"$dom" || fail "the top page does not link to the Spanish page of 1.1"
browser --no-pdf-header-footer --print-to-pdf="$work/page.pdf" "file://$work/site/es/1.1.html"
[ -s "$work/page.pdf" ] || fail "the page was not printed"
text=$(pdftotext -layout "$work/page.pdf" - | tr -s ' \n' '  ')
for words in "1.1 Número y tipo de acciones" "DATOS ILUSTRATIVOS" "Valores por país y período" "Argentina" \
  "Illustrative report 2018-Q2" "Metadatos" "Medida" "Acerca de este informe" "valores regionales, línea de base"; do
  grep -qF -- "$words" <<<"$text" || fail "the printed page lacks '$words'"
done
# On screen, the switcher and the downloads are there (print leaves them out).
dom=$(browser --dump-dom "file://$work/site/es/1.1.html")
for link in '<a href="../fr/1.1.html">Français</a>' '<a href="../data/1.1.csv">Datos (CSV)</a>' '<svg class="chart"'; do
  grep -qF -- "$link" <<<"$dom" || fail "the page lacks $link"
done
head -n 1 "$work/site/data/1.1.csv" | grep -qF "ILLUSTRATIVE DATA" || fail "the data download does not say it is illustrative"
echo "ok: $(find "$work/site" -type f | wc -l) files; the Spanish page of 1.1 printed with its values, sources and metadata"
