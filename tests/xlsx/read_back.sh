#!/usr/bin/env bash
# Workbooks written by ritrack, read back by an independent reader
# (openpyxl, Debian's python3-openpyxl): sheets, typed cells, frozen
# headers, translated headings, provenance. Run by CTest:
# read_back.sh RITRACK SOURCE_DIR
set -euo pipefail
bin=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() {
  echo "FAIL: $*"
  exit 1
}
export RITRACK_TODAY=2026-11-22 RITRACK_NOW=2026-11-22T10:00:00Z LANG=C.UTF-8 NO_COLOR=1 GIT_CEILING_DIRECTORIES="$src"
read_back() { /usr/bin/python3 "$src/tests/xlsx/read_back.py" "$@"; }
cd "$work"
cp -R "$src/tests/fixtures/progress" data

"$bin" progress --as-of 2019-Q4 -o progress.xlsx 2>/dev/null
read_back progress-fixture progress.xlsx
"$bin" --data "$src/data" progress --as-of 2019-Q4 -o bundled.xlsx 2>/dev/null
read_back bundled-ids bundled.xlsx
"$bin" --lang es progress --as-of 2019-Q4 --format xlsx -o es.xlsx 2>/dev/null
read_back spanish es.xlsx
"$bin" --data "$src/examples" progress --as-of 2019-Q4 -o examples.xlsx 2>/dev/null
read_back illustrative examples.xlsx
"$bin" report --as-of 2019-Q4 -o report.xlsx 2>/dev/null
read_back report report.xlsx
"$bin" --data "$src/examples" report --as-of 2019-Q4 -o examples-report.xlsx 2>/dev/null
read_back matrix-sheets examples-report.xlsx
# Every other command that writes a workbook.
"$bin" gaps --as-of 2019-Q4 -o gaps.xlsx 2>/dev/null
read_back gaps gaps.xlsx
"$bin" matrix --as-of 2019-Q4 -o matrix.xlsx 2>/dev/null
read_back matrix matrix.xlsx
"$bin" history --country PER -o history.xlsx 2>/dev/null
read_back history history.xlsx
"$bin" --data "$src/tests/fixtures/plan" --lang es plan -o plan.xlsx 2>/dev/null
read_back plan-spanish plan.xlsx
"$bin" --data "$src/tests/fixtures/plan" plan gaps -o plan-gaps.xlsx 2>/dev/null
read_back plan-gaps plan-gaps.xlsx
"$bin" --data "$src/examples" pledge report -o pledges.xlsx 2>/dev/null
read_back pledges pledges.xlsx

# Piped, the bytes go through; at a terminal, a usage error instead of noise.
"$bin" progress --as-of 2019-Q4 --format xlsx 2>/dev/null | cmp -s - progress.xlsx ||
  fail "the workbook written to a pipe differs from the one written to a file"
out=$(script -qec "$bin progress --as-of 2019-Q4 --format xlsx" /dev/null) && fail "xlsx was written to a terminal"
grep -q "binary file: write it with -o FILE.xlsx" <<<"$out" || fail "no usage error at a terminal: $out"
echo "ok"
