#!/usr/bin/env bash
# export --to csv, then import into an empty data repository, gives the same
# standing values: the second export is byte-identical to the first. On the
# progress fixture (breakdowns, supersession, regional values, text, levels)
# and on sources and notes with quotes, markup, commas, non-ASCII and a
# formula. Run by CTest: roundtrip.sh RITRACK SOURCE_DIR
set -uo pipefail
bin=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export RITRACK_TODAY=2026-11-22 LANG=C.UTF-8
fail() {
  echo "FAIL: $*"
  exit 1
}
roundtrip() {  # roundtrip NAME DATA_DIR
  "$bin" --data "$2" export --to csv -o "$1.csv" 2>/dev/null || fail "$1: export failed"
  rows=$(($(wc -l <"$1.csv") - 1))
  [ "$rows" -gt 0 ] || fail "$1: nothing exported"
  mkdir -p "$1-copy/values"
  cp "$2/framework.yaml" "$2/countries.yaml" "$1-copy/"
  "$bin" --data "$1-copy" import "$1.csv" --apply >import.log 2>&1 || fail "$1: the export does not import: $(cat import.log)"
  "$bin" --data "$1-copy" export --to csv -o "$1.again.csv" 2>/dev/null || fail "$1: second export failed"
  cmp -s "$1.csv" "$1.again.csv" || fail "$1: the values changed: $(diff "$1.csv" "$1.again.csv")"
  "$bin" --data "$2" export --to json >"$1.json" 2>/dev/null
  "$bin" --data "$1-copy" export --to json >"$1.again.json" 2>/dev/null
  cmp -s "$1.json" "$1.again.json" || fail "$1: the JSON export changed"
  echo "$1: $rows values round-trip"
}
roundtrip progress "$src/tests/fixtures/progress"
cp -R "$src/tests/fixtures/mini" hostile
cp "$src/tests/e2e/export/hostile/data/values/CHL.yaml" hostile/values/
roundtrip hostile hostile
