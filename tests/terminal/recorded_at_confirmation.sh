#!/usr/bin/env bash
# An entry's `recorded` time is the moment it is confirmed, not when record
# started or showed the card: the confirmation is held back two seconds.
# Run by CTest: recorded_at_confirmation.sh RITRACK SOURCE_DIR
set -euo pipefail
bin=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -R "$src/tests/fixtures/mini" "$work/data"
cd "$work"
mkfifo answers
env -u RITRACK_NOW -u RITRACK_TODAY "$bin" --data data --lang en record PER 1.3 2019 --by ana <answers >out 2>&1 &
pid=$!
exec 3>answers
printf 'no\nlist\n\n' >&3 # value, source, note: then the card and its question
for _ in $(seq 1 200); do
  grep -q "Record this entry?" out && break
  sleep 0.05
done
grep -q "Record this entry?" out || { echo "FAIL: no confirmation asked"; cat out; exit 1; }
sleep 2
confirmed=$(date -u +%s)
printf 'y\n.\n' >&3
exec 3>&-
wait "$pid" || { echo "FAIL: record exited $?"; cat out; exit 1; }

recorded=$(grep -o 'recorded: [0-9TZ:-]*' data/values/PER.yaml | tail -n 1 | cut -d' ' -f2)
if [ "$(date -u -d "$recorded" +%s)" -lt "$confirmed" ]; then
  echo "FAIL: recorded $recorded, before the confirmation at $(date -u -d "@$confirmed" +%FT%TZ)"
  exit 1
fi
echo "ok: recorded $recorded, at the confirmation"
