#!/usr/bin/env bash
# Reports name the data's git commit and say when the data had uncommitted
# changes; outside a checkout, or without git, they say neither and still
# work. Run by CTest: provenance.sh RITRACK SOURCE_DIR
set -euo pipefail
bin=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() {
  echo "FAIL: $*"
  exit 1
}
export RITRACK_TODAY=2026-11-22 RITRACK_NOW=2026-11-22T10:00:00Z LANG=C.UTF-8 NO_COLOR=1
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 GIT_CEILING_DIRECTORIES="$work"

cp -R "$src/tests/fixtures/progress" "$work/data"
cd "$work/data"
provenance() { "$bin" --data "$work/data" progress --as-of 2019-Q4 --format json 2>/dev/null | python3 -c \
  'import json, sys; p = json.load(sys.stdin)["provenance"]; print(json.dumps(p["git"]))'; }

[ "$(provenance)" = null ] || fail "outside a checkout, git should be null: $(provenance)"
grep -q "Data commit" <<<"$("$bin" --data "$work/data" progress --as-of 2019-Q4)" && fail "a commit named outside a checkout"

git init -q . && git config user.name tester && git config user.email tester@example.org
git add -A && git commit -qm data
head=$(git rev-parse HEAD)
[ "$(provenance)" = "{\"commit\": \"$head\", \"dirty\": false}" ] || fail "clean checkout: $(provenance)"
text=$("$bin" --data "$work/data" progress --as-of 2019-Q4)
grep -q "Data commit: *${head:0:12}$" <<<"$text" || fail "the text footer should name ${head:0:12}: $text"

echo "# a comment" >>countries.yaml
[ "$(provenance)" = "{\"commit\": \"$head\", \"dirty\": true}" ] || fail "a changed file: $(provenance)"
grep -q "${head:0:12} (con cambios sin confirmar)" <<<"$("$bin" --data "$work/data" progress --as-of 2019-Q4 --lang es)" ||
  fail "the Spanish footer should say the tree is dirty"
git checkout -q countries.yaml
echo "new" >untracked.txt
[ "$(provenance)" = "{\"commit\": \"$head\", \"dirty\": true}" ] || fail "an untracked file: $(provenance)"
rm untracked.txt

# Without git on the PATH the report is the same, without a commit.
mkdir "$work/bin"
ln -s "$(command -v python3)" "$work/bin/python3"
out=$(PATH="$work/bin" "$bin" --data "$work/data" progress --as-of 2019-Q4 --format json) || fail "no git: the report failed"
grep -q '"git":null' <<<"$out" || fail "no git: git should be null"
echo "ok"
