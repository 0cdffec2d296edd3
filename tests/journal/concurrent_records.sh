#!/usr/bin/env bash
# 8 processes recording 50 entries each into the same journal at once:
# the lock serialises them and all 400 entries are there.
. "$(dirname "$0")/common.sh"
before=$(entries)
for w in 1 2 3 4 5 6 7 8; do
  (
    for i in $(seq 1 50); do
      "$bin" record PER 1.1 2020-Q1 "$i" --source "writer $w, entry $i" --by "writer $w" --data data >/dev/null ||
        { echo "writer $w entry $i failed" >&2; exit 1; }
    done
  ) &
done
failed=0
for job in $(jobs -p); do wait "$job" || failed=1; done
[ "$failed" = 0 ] || fail "a writer failed"
"$bin" check --data data || fail "check failed after concurrent records"
after=$(entries)
[ "$after" -eq $((before + 400)) ] || fail "expected $((before + 400)) entries, found $after"
for w in 1 2 3 4 5 6 7 8; do
  n=$(grep -c "source: \"writer $w, entry" data/values/PER.yaml)
  [ "$n" -eq 50 ] || fail "writer $w has $n entries, not 50"
done
echo "8 writers x 50 records: $after entries, none lost"
