#!/usr/bin/env bash
# The HTML report printed to PDF (headless Chromium, A4) loses nothing: its
# text holds every column heading of the progress table and every status
# the table shows, and every page is A4 portrait. Needs chromium and
# poppler-utils (skipped, exit 77, without them). Run by CTest:
# print_pdf.sh RITRACK SOURCE_DIR
set -euo pipefail
bin=$1 src=$2
# shellcheck source=tests/html/setup.sh
source "$src/tests/html/setup.sh"
args=(--data "$src/examples")
bash "$src/tests/html/screenshots.sh" "$bin" "$src" "$work/shots" "${args[@]}" report --as-of 2019-Q4 >/dev/null
pdf=$work/shots/report.pdf
[ -s "$pdf" ] || fail "no PDF was printed"
grep -q "Page size: *594.* x 841.* pts (A4)" <<<"$(pdfinfo "$pdf")" || fail "not A4 portrait: $(pdfinfo "$pdf" | grep 'Page size')"
# Words a column wrapped onto two lines are one text again.
text=$(pdftotext -layout "$pdf" - | tr -s ' \n' '  ')
for heading in ID Indicator Baseline Current Period Target % Status Trend Reported; do
  grep -qF -- " $heading " <<<" $text " || fail "the printed report lacks the column heading '$heading'"
done
grep -qF "About this report" <<<"$text" || fail "the printed report lacks its provenance"
# Every status the progress table shows (its CSV's status_label column).
"$bin" "${args[@]}" progress --as-of 2019-Q4 --format csv 2>/dev/null | /usr/bin/python3 -c '
import csv, sys
rows = list(csv.reader(sys.stdin))
head = next(i for i, r in enumerate(rows) if "status_label" in r)
col = rows[head].index("status_label")
print("\n".join(sorted({r[col] for r in rows[head + 1:] if len(r) > col})))' >"$work/statuses"
[ "$(wc -l <"$work/statuses")" -ge 4 ] || fail "the source table should show several statuses: $(cat "$work/statuses")"
while read -r status; do
  grep -qF -- "$status" <<<"$text" || fail "the printed report lacks the status '$status'"
done <"$work/statuses"
for png in "$work"/shots/report-390.png "$work"/shots/report-1920.png "$work"/shots/report-print-01.png; do
  [ -s "$png" ] || fail "no screenshot $png"
done
echo "ok: $(pdfinfo "$pdf" | awk '/^Pages/ {print $2}') A4 pages; headings and $(wc -l <"$work/statuses") statuses all printed"
