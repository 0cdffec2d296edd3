#!/usr/bin/env bash
# A writer that cannot get the lock in time gives up with exit 3, names the
# holder, and writes nothing.
. "$(dirname "$0")/common.sh"
cp data/values/PER.yaml original.yaml
lock=data/values/.PER.yaml.lock
echo "pid 4242 (GOB focal point) since 2026-11-22T09:59:00Z" >"$lock"
exec 9>>"$lock"
flock 9  # this shell holds the lock, as another ritrack would
"$bin" record PER 1.3 2020 yes --source x --by t --wait 1 --data data >out.log 2>&1
status=$?
exec 9>&-  # released
cat out.log
[ "$status" -eq 3 ] || fail "exit $status, expected 3"
grep -q "locked by pid 4242 (GOB focal point)" out.log || fail "the message does not name the holder"
cmp -s original.yaml data/values/PER.yaml || fail "the journal changed"
"$bin" record PER 1.3 2020 yes --source x --by t --wait 1 --data data >/dev/null || fail "no record once the lock is free"
echo "lock held elsewhere: exit 3 naming the holder; recorded once it was released"
