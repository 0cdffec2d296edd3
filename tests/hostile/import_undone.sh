#!/usr/bin/env bash
# An import into several journals is all or nothing even when a journal
# cannot be replaced after others were: the commit is undone and every
# journal is byte-identical (exit 3). The failure is injected by putting a
# directory in the last journal's place while the import pauses between
# renames (RITRACK_TEST_COMMIT_PAUSE_MS). Also: with a journal that cannot
# be read (a directory in its place), nothing is touched.
. "$(dirname "$0")/../journal/common.sh"
export RITRACK_NOW=2026-11-22T10:00:00Z
cat >rows.csv <<'CSV'
country,indicator,period,value,source
BRA,1.1,2020-Q1,2,import test
CHL,1.1,2020-Q1,1,import test
PER,1.1,2020-Q1,4,import test
CSV
mkdir old
cp data/values/*.yaml old/

RITRACK_TEST_COMMIT_PAUSE_MS=1500 "$bin" import rows.csv --apply --by tester --data data >out.log 2>&1 &
pid=$!
# Wait until the first journal (BRA, in code order) has been replaced.
for _ in $(seq 1 500); do
  cmp -s old/BRA.yaml data/values/BRA.yaml || break
  sleep 0.01
done
cmp -s old/BRA.yaml data/values/BRA.yaml && fail "the first journal was never replaced: $(cat out.log)"
mv data/values/PER.yaml per.yaml
mkdir -p data/values/PER.yaml/in-the-way
wait "$pid"
status=$?
rm -r data/values/PER.yaml
mv per.yaml data/values/PER.yaml
[ "$status" -eq 3 ] || fail "exit $status, expected 3: $(cat out.log)"
grep -q "no journal was changed" out.log || fail "the message does not say that nothing changed: $(cat out.log)"
for f in old/*.yaml; do
  cmp -s "$f" "data/values/$(basename "$f")" || fail "$(basename "$f") changed although the import was undone"
done
leftovers=$(ls -A data/values | grep -v '^\.[A-Z]*\.yaml\.lock$\|^\.commit\.lock$\|\.yaml$')
[ -z "$leftovers" ] || fail "files left behind: $leftovers"
"$bin" check --data data >check.log 2>&1 || fail "check fails after the undone import: $(cat check.log)"

# A journal that cannot even be staged: nothing is touched.
mv data/values/PER.yaml per.yaml && mkdir data/values/PER.yaml
"$bin" import rows.csv --apply --by tester --data data >out.log 2>&1
status=$?
rmdir data/values/PER.yaml && mv per.yaml data/values/PER.yaml
[ "$status" -eq 3 ] || fail "exit $status with a journal that is a directory, expected 3: $(cat out.log)"
for f in old/*.yaml; do
  cmp -s "$f" "data/values/$(basename "$f")" || fail "$(basename "$f") changed although the import was refused"
done
echo "ok: a failed replace is undone (exit 3), a journal that cannot be read refuses the import; all journals unchanged"
