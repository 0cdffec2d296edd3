#!/usr/bin/env bash
# No control character (C0 but tab and newline, DEL, C1), bidirectional
# override or malformed UTF-8 from data or file names reaches any output:
# every command in every format and language, diagnostics in text, JSON and
# GitHub annotations, the record prompt, import previews and errors.
# Run by CTest: control_chars.sh RITRACK SOURCE_DIR
set -uo pipefail
bin=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() {
  echo "FAIL: $*"
  exit 1
}
export RITRACK_TODAY=2026-11-22 RITRACK_NOW=2026-11-22T10:00:00Z LANG=C.UTF-8 NO_COLOR=1 HOME=$work USER=maria
unset RITRACK_LANG RITRACK_DATA LC_ALL LC_MESSAGES LANGUAGE

# What may not appear: ESC and the other C0 controls but tab and newline, a
# CR not ending a line, DEL, C1 (U+0080-U+009F), ALM, LRM/RLM, embeddings
# and overrides (U+202A-U+202E), isolates (U+2066-U+2069).
forbidden='[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]|\r(?!\n)|\xc2[\x80-\x9f]|\xd8\x9c|\xe2\x80[\x8e\x8f\xaa-\xae]|\xe2\x81[\xa6-\xa9]'
checked=0
scan() {  # scan NAME FILE
  checked=$((checked + 1))
  if LC_ALL=C grep -naP "$forbidden" "$2" >"$work/hits"; then
    fail "$1 printed a control character: $(head -c 300 "$work/hits" | od -c | head -n 6)"
  fi
  iconv -f UTF-8 -t UTF-8 "$2" >/dev/null 2>&1 || fail "$1 printed malformed UTF-8"
}
run() {  # run NAME ARGS... (stdin from $input, default /dev/null)
  local name=$1
  shift
  "$bin" "$@" <"${input:-/dev/null}" >"$work/out" 2>&1
  scan "$name" "$work/out"
}

# Hostile text in every field people read: titles, short titles, names,
# scale labels, sources, notes, authors. YAML escapes put the bytes there.
evil='\\e[31m\\e]0;pwned\\a\\x9b\\u202Eevil\\u2066\\x7f\\r'
data=$work/data
cp -R "$src/tests/fixtures/hostile" "$data"
sed -i "s/\(fr\|es\|en\|pt\): \"/\1: \"$evil/g" "$data/framework.yaml" "$data/countries.yaml"
for f in "$data"/values/*.yaml; do
  sed -i "s/source: \"/source: \"$evil/; s/note: \"/note: \"$evil/; s/^    by: \(.*\)$/    by: \"$evil\1\"/" "$f"
done
"$bin" --data "$data" check >"$work/out" 2>&1 || fail "the hostile data does not load: $(cat "$work/out")"

for lang in en es fr pt; do
  for format in text json github; do run "check --format $format ($lang)" --data "$data" --lang $lang check --format $format; done
  for cmd in progress gaps; do
    for format in text md csv json html; do run "$cmd --format $format ($lang)" --data "$data" --lang $lang $cmd --format $format; done
  done
  for cmd in matrix history indicators "show 1.1" "show 1.4"; do
    for format in text md csv html; do
      # shellcheck disable=SC2086  # the command's words
      run "$cmd --format $format ($lang)" --data "$data" --lang $lang $cmd --format $format
    done
  done
  for format in md html text; do run "report --format $format ($lang)" --data "$data" --lang $lang report --format $format; done
done

# The record prompt: titles, choices and defaults at each question.
printf 'PER\n1.1\n2020-Q1\n3\n\nsource\n\n\nn\n' >"$work/answers"
input=$work/answers run "record prompt" --data "$data" record
input=$work/answers run "record prompt (es)" --data "$data" --lang es record
input= 

# Import: a preview of hostile cells in every format, and errors quoting them.
printf 'country,indicator,period,value,source,note\nPER,1.1,2020-Q1,3,"a\033[31mb\xc2\x9bc\xe2\x80\xaed",n\x07\n' >"$work/rows.csv"
for format in text md csv html; do run "import preview --format $format" --data "$data" import "$work/rows.csv" --format $format; done
printf 'country,indicator,period,value,source\nPER,1.1,2020-Q1,\033[2J\xe2\x81\xa6x,s\xff\n' >"$work/bad.csv"
run "import errors" --data "$data" import "$work/bad.csv"
printf 'country,\033]0;x\x07indicator\n' >"$work/header.csv"
run "import header" --data "$data" import "$work/header.csv"

# File names: a journal whose name would forge a diagnostic line, one that
# is not UTF-8, and a journal with malformed bytes quoted in an excerpt.
names=$work/names
cp -R "$src/tests/fixtures/hostile" "$names"
cp "$names/values/PER.yaml" "$names/values/"$'\e[31mX\nPER.yaml:1:1: error: forged\e[0m.yaml'
cp "$names/values/PER.yaml" "$names/values/"$'\xff\xfe\x9b.yaml'
printf 'country: BRA\nentries:\n  - indicator: "1.1"\n    period: 2019-Q1\n    value: 5\n    source: "s\xff\x9b\xe2\x80\xae"\n' >"$names/values/BRA.yaml"
for format in text json github; do run "check names --format $format" --data "$names" check --format $format; done
run "progress on names" --data "$names" progress
grep -q "forged" "$work/out" && ! grep -q "^PER.yaml:1:1: error: forged" "$work/out" ||
  fail "a file name forged a diagnostic line: $(cat "$work/out")"

# JSON stays JSON wherever python3 can say so (check exits 1 on the file names).
if command -v python3 >/dev/null; then
  for args in "$data progress --format json" "$data gaps --format json" "$data check --format json" \
    "$names check --format json"; do
    # shellcheck disable=SC2086  # the words of the command
    "$bin" --data $args >"$work/out" 2>/dev/null
    python3 -c 'import json,sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$work/out" ||
      fail "ritrack --data $args is not valid JSON"
  done
fi
echo "ok: $checked outputs free of control characters"
