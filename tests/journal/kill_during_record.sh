#!/usr/bin/env bash
# kill -9 at random moments of hundreds of records: the journal always
# passes check, keeps every earlier byte, and gains at most the one entry.
. "$(dirname "$0")/common.sh"
runs=${RITRACK_KILL_RUNS:-200}
before=$(entries)
landed=0
for i in $(seq 1 "$runs"); do
  cp data/values/PER.yaml previous.yaml
  sed '$d' previous.yaml >previous-body.yaml  # all but the end marker
  "$bin" record PER 1.1 2020-Q1 "$i" --source "run $i" --by tester --data data >/dev/null 2>&1 &
  pid=$!
  sleep "$(printf '0.%03d' $((RANDOM % 25)))"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  "$bin" check --data data >check.log 2>&1 || { cat check.log; fail "check failed after kill $i"; }
  cmp -s -n "$(wc -c <previous-body.yaml)" previous-body.yaml data/values/PER.yaml ||
    fail "run $i changed bytes that were in the journal before"
  now=$(entries)
  [ "$now" -ge "$before" ] && [ "$now" -le $((before + 1)) ] || fail "run $i: entries went from $before to $now"
  [ "$now" -gt "$before" ] && landed=$((landed + 1))
  before=$now
done
echo "$runs records killed at random: $landed landed whole, the rest left no trace; check passed every time"
