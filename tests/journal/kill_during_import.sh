#!/usr/bin/env bash
# kill -9 at random moments of an import into several journals (three, or
# RITRACK_KILL_JOURNALS): after the next command has run (here check, which
# completes an interrupted commit), the journals are all old or all new, byte for byte, and check passes.
# A pause between the renames (RITRACK_TEST_COMMIT_PAUSE_MS) as long as a
# whole import widens the window in which only some journals are replaced,
# so that kills, drawn over the time an import takes (slower under ASan),
# land before, during and after the commit.
. "$(dirname "$0")/common.sh"
runs=${RITRACK_KILL_RUNS:-60}
export RITRACK_NOW=2026-11-22T10:00:00Z  # the new journals are the same bytes every run
# The journals to import into (RITRACK_KILL_JOURNALS), one row each.
journals=${RITRACK_KILL_JOURNALS:-PER BRA CHL}
{
  echo "country,indicator,period,value,source"
  for j in $journals; do
    if [ "$j" = RI ]; then echo "RI,2.1,2020-Q1,30,import test"; else echo "$j,1.1,2020-Q1,4,import test"; fi
  done
} >rows.csv
count=$(echo $journals | wc -w)
mkdir old new
for j in $journals; do cp "data/values/$j.yaml" old/; done
start=$(date +%s%N)
"$bin" import rows.csv --apply --by tester --data data >/dev/null || fail "the import does not apply"
took=$((($(date +%s%N) - start) / 1000000 + 1))  # ms
for j in $journals; do cp "data/values/$j.yaml" new/; done
pause=$took
span=$((took + 2 * pause))

restore() {
  for j in $journals; do cp "old/$j.yaml" "data/values/$j.yaml"; done
  rm -f data/values/.commit.intent data/values/*.tmp.*
}
state_of() {  # old, new or mixed, over the journals
  local olds=0 news=0
  for j in $journals; do
    if cmp -s "old/$j.yaml" "data/values/$j.yaml"; then olds=$((olds + 1))
    elif cmp -s "new/$j.yaml" "data/values/$j.yaml"; then news=$((news + 1)); fi
  done
  if [ "$olds" -eq "$count" ]; then echo old; elif [ "$news" -eq "$count" ]; then echo new; else echo mixed; fi
}

old=0 new=0 completed=0
for i in $(seq 1 "$runs"); do
  restore
  RITRACK_TEST_COMMIT_PAUSE_MS=$pause "$bin" import rows.csv --apply --by tester --data data >/dev/null 2>&1 &
  pid=$!
  # Odd runs die within an import's usual time (mostly before the commit),
  # even runs during the paused renames or after.
  if [ $((i % 2)) -eq 1 ]; then delay=$((RANDOM * took / 32768)); else delay=$((took + RANDOM * (span - took) / 32768)); fi
  sleep "$((delay / 1000)).$(printf '%03d' $((delay % 1000)))"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  [ -e data/values/.commit.intent ] && [ "$(state_of)" = mixed ] && completed=$((completed + 1))
  "$bin" check --data data >check.log 2>&1 || { cat check.log; fail "check failed after kill $i"; }
  [ -e data/values/.commit.intent ] && fail "run $i: check left the commit intent"
  case $(state_of) in
    old) old=$((old + 1)) ;;
    new) new=$((new + 1)) ;;
    *) fail "run $i: the journals are neither all old nor all new" ;;
  esac
done
# The test proves something only if kills hit every phase.
[ "$completed" -gt 0 ] || fail "no kill landed between the renames; nothing was proven"
[ "$old" -gt 0 ] || fail "no kill landed before the commit; nothing was proven"
echo "$runs imports into $count journals killed at random: $old left all old, $new all new" \
     "($completed of them interrupted between renames and completed by check)"
