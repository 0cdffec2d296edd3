#!/usr/bin/env bash
# A write that fails (read-only directory, file-size limit standing in for a
# full disk) exits 3 and leaves the journal byte-identical.
. "$(dirname "$0")/common.sh"
cp data/values/PER.yaml original.yaml

# Read-only directory. root ignores permissions, so drop to nobody for the run,
# with a copy of the binary it can reach wherever the build tree lives.
cp "$bin" "$work/ritrack"
chmod -R a+rX "$work"
chmod a-w data/values data/values/PER.yaml
run_unprivileged() {
  if [ "$(id -u)" -eq 0 ]; then setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; else "$@"; fi
}
record_unprivileged() {
  run_unprivileged env RITRACK_TODAY=2026-11-22 "$work/ritrack" record PER 1.3 2020 yes --source x --by t --data data \
    >out.log 2>&1
  status=$?
  cat out.log
  [ "$status" -eq 3 ] || fail "read-only directory: exit $status, expected 3"
  grep -q "PER.yaml" out.log || fail "the message does not name the journal"
  cmp -s original.yaml data/values/PER.yaml || fail "read-only directory: the journal changed"
}
record_unprivileged  # fails to create the lock file
chmod u+w data/values
touch data/values/.PER.yaml.lock
chmod a+rw data/values/.PER.yaml.lock
chmod a-w data/values
record_unprivileged  # locks, then fails to create the temporary file
chmod u+w data/values data/values/PER.yaml

# File-size limit: the temporary file cannot be written in full.
(ulimit -f 1; "$bin" record PER 1.3 2020 yes --source x --by t --data data) >out.log 2>&1
status=$?
cat out.log
[ "$status" -eq 3 ] || fail "file-size limit: exit $status, expected 3"
cmp -s original.yaml data/values/PER.yaml || fail "file-size limit: the journal changed"
grep -q '\.tmp\.' <<<"$(ls data/values)" && fail "a temporary file was left behind"
echo "failed writes: exit 3, journal byte-identical, no temporary left"
