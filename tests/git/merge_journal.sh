#!/usr/bin/env bash
# Two focal points record in the same journal on their own branches; git
# merges them with ritrack's merge driver, in real repositories: appends on
# both sides, one side retracting, both sides superseding the same value
# (both kept, the later stands), and a hand-edited line (a real conflict,
# left to git with its markers). Run by CTest: merge_journal.sh RITRACK SOURCE_DIR
set -euo pipefail
bin=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() {
  echo "FAIL: $*"
  exit 1
}
export RITRACK_TODAY=2026-11-22 GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1

# A data repository made by ritrack init from the mini fixture: it runs git
# init and configures the merge driver, which finds ritrack on the PATH.
export PATH="$(dirname "$bin"):$PATH"
cd "$work"
"$bin" --data "$src/tests/fixtures/mini" init repo >/dev/null
cd repo
git config --get merge.ritrack-journal.driver >/dev/null || fail "init did not configure the merge driver"
git config user.name tester && git config user.email tester@example.org
git symbolic-ref HEAD refs/heads/main
at() { RITRACK_NOW=$1 "$bin" --data . "${@:2}" >/dev/null; }
at 2026-01-10T09:00:00Z record PER 1.1 2019-Q1 5 --breakdown sector=GOB:3,EMP:1,TRAB:1 --source "fixture report" --by tester
at 2026-01-10T09:00:00Z record PER 1.3 2019 yes --source "fixture list" --by tester
git add -A && git commit -qm base
journal=values/PER.yaml

# merges `branch` into main; the result must be clean and check must pass
merge_clean() {
  git merge -q --no-edit "$1" >/dev/null 2>&1 || fail "$2: git reported a conflict"
  "$bin" --data . check >/dev/null 2>&1 || fail "$2: check finds problems after the merge"
}
entries() { grep -c '^  - indicator:' "$journal"; }

echo "-- appends on both sides"
git checkout -q -b ana
at 2026-02-01T10:00:00Z record PER 1.1 2019-Q2 4 --breakdown sector=GOB:4 --source "Q2 report" --by ana
git commit -qam "ana: 1.1 2019-Q2"
git checkout -q main
at 2026-02-02T10:00:00Z record PER 1.3 2020 yes --source "2020 list" --by bea
git commit -qam "bea: 1.3 2020"
merge_clean ana "appends"
[ "$(entries)" = 4 ] || fail "appends: $(entries) entries, not 4"
grep -q '^# ritrack: end of journal, 4 entries$' "$journal" || fail "appends: end marker not recounted"
# recorded order: ana's entry (2026-02-01) before bea's (2026-02-02)
order=$(grep -o 'recorded: 2026-02-0[12]' "$journal" | tr '\n' ' ')
[ "$order" = "recorded: 2026-02-01 recorded: 2026-02-02 " ] || fail "appends: not in recorded order: $order"
base_lines=$(git show main~2:$journal | wc -l)  # the base journal, its end marker aside
git show main~2:$journal | head -n $((base_lines - 1)) >"$work/base_body"
head -n $((base_lines - 1)) "$journal" | cmp -s - "$work/base_body" || fail "appends: the base's bytes changed"

echo "-- one side retracting"
git checkout -q -b carla
at 2026-03-01T10:00:00Z retract PER 1.3 2019 --reason "the list was a draft" --by carla
git commit -qam "carla: retract 1.3 2019"
git checkout -q main
at 2026-03-02T10:00:00Z record PER 1.1 2019-Q3 2 --breakdown sector=EMP:2 --source "Q3 report" --by bea
git commit -qam "bea: 1.1 2019-Q3"
merge_clean carla "retracting"
[ "$(entries)" = 6 ] || fail "retracting: $(entries) entries, not 6"

echo "-- both sides superseding the same value"
git checkout -q -b dani
at 2026-04-01T10:00:00Z record PER 1.3 2020 no --source "revised list" --by dani
git commit -qam "dani: 1.3 2020 no"
git checkout -q main
at 2026-04-02T10:00:00Z record PER 1.3 2020 yes --source "final list" --by bea
git commit -qam "bea: 1.3 2020 yes"
merge_clean dani "superseding"
history=$("$bin" --data . history --country PER --indicator 1.3 --period 2020 --format csv)
grep -q 'revised list' <<<"$history" || fail "superseding: dani's entry is not in history"
echo "$history" | grep 'final list' | grep -q 'stands' || fail "superseding: the later entry (bea's) does not stand"
# Into a variable first: grep -q stops reading early, and under pipefail the
# writer's SIGPIPE would fail the test at random.
progress=$("$bin" --data . progress --country PER --format json) || fail "superseding: progress fails"
grep -q '"id":"1.3"' <<<"$progress" || fail "superseding: 1.3 is not in progress"

echo "-- a hand-edited line: a real conflict, left to git"
git checkout -q -b eva
sed -i 's/source: "fixture report"/source: "fixture report, revised"/' "$journal"
git commit -qam "eva: edits a source by hand"
git checkout -q main
sed -i 's/source: "fixture report"/source: "fixture report (2019)"/' "$journal"
git commit -qam "bea: edits the same source"
if git merge -q --no-edit eva >/dev/null 2>&1; then fail "hand edits: merged without a conflict"; fi
grep -q '^<<<<<<< ' "$journal" || fail "hand edits: no conflict markers"
git merge --abort

echo "ok: journals appended on two branches merge; hand edits conflict"
