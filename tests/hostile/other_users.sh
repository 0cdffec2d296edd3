#!/usr/bin/env bash
# Two users sharing one checkout can both record, whoever left the lock
# files, and a values/ that another user's permissions keep from being
# listed is an error (exit 3), never "no data". Needs root, to act as two
# other users (daemon and nobody, both in group users); skips otherwise.
# Run by CTest: other_users.sh RITRACK SOURCE_DIR
set -uo pipefail
bin=$1 src=$2
if [ "$(id -u)" -ne 0 ]; then
  echo "skipped: needs root to act as two users (.ci/run runs it as root)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
cd "$work"
fail() {
  echo "FAIL: $*"
  exit 1
}
cp "$bin" ritrack
chmod 755 ritrack
export RITRACK_TODAY=2026-11-22 LANG=C.UTF-8
as() {  # as UID UMASK COMMAND...: in group users (100), nothing else
  local uid=$1 mask=$2
  shift 2
  setpriv --reuid="$uid" --regid=100 --clear-groups bash -c "umask $mask; exec \"\$@\"" bash "$@"
}
shared() {  # a shared checkout: group users, group-writable, setgid directories
  rm -rf shared
  cp -R "$src/tests/fixtures/progress" shared
  chgrp -R 100 shared
  chmod -R g+rwX,o+rX shared
  find shared -type d -exec chmod g+s {} +
}
entries() { ./ritrack check --data shared --format json | sed -n 's/.*"entries":\([0-9]*\).*/\1/p'; }

for mask in 022 002; do
  shared
  before=$(entries)
  as 1 "$mask" ./ritrack --data shared record PER 1.3 2020 yes --source "daemon's list" --by daemon --yes >out.log 2>&1 ||
    fail "umask $mask: the first user cannot record: $(cat out.log)"
  lock=shared/values/.PER.yaml.lock
  [ "$(stat -c %U "$lock")" = daemon ] || fail "umask $mask: the lock file is not the first user's"
  want=$([ "$mask" = 002 ] && echo 664 || echo 644)
  [ "$(stat -c %a "$lock")" = "$want" ] || fail "umask $mask: lock file mode $(stat -c %a "$lock"), expected $want"
  as 65534 "$mask" ./ritrack --data shared record PER 1.3 2021 yes --source "nobody's list" --by nobody --yes \
    >out.log 2>&1 || fail "umask $mask: the second user cannot record after the first: $(cat out.log)"
  as 1 "$mask" ./ritrack --data shared record PER 1.3 2022 yes --source "daemon again" --by daemon --yes >out.log 2>&1 ||
    fail "umask $mask: the first user cannot record after the second: $(cat out.log)"
  [ "$(entries)" -eq $((before + 3)) ] || fail "umask $mask: $(entries) entries, expected $((before + 3))"
done

# A values/ that cannot be listed: check and the reports say so (exit 3).
shared
chmod 700 shared/values
chown root shared/values
for cmd in check progress gaps; do
  as 65534 022 ./ritrack --data shared $cmd >out.log 2>&1
  status=$?
  [ "$status" -eq 3 ] || fail "$cmd on an unlistable values/: exit $status, expected 3: $(cat out.log)"
  grep -q "Permission denied" out.log || fail "$cmd on an unlistable values/: no reason given: $(cat out.log)"
done
# A journal that cannot be read: the same.
shared
chmod 600 shared/values/PER.yaml
chown root shared/values/PER.yaml
as 65534 022 ./ritrack --data shared progress >out.log 2>&1
[ $? -eq 3 ] || fail "progress with an unreadable journal: not exit 3: $(cat out.log)"
echo "ok: two users share a checkout under umask 022 and 002; unreadable data is exit 3"
