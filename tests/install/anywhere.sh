#!/usr/bin/env bash
# An install under any prefix works from any directory: the binary finds its
# data and message catalogs from its own location, refuses to write into
# that read-only installed data, and says "no data found" (exit 3) when
# there is none. Run by CTest: anywhere.sh BUILD_DIR
set -uo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() {
  echo "FAIL: $*"
  exit 1
}
cmake --install "$build" --prefix "$work/prefix" >/dev/null || fail "cmake --install"
bin=$work/prefix/bin/ritrack
mkdir "$work/elsewhere" && cd "$work/elsewhere"
export RITRACK_TODAY=2026-11-22
unset RITRACK_DATA

out=$("$bin" --lang es progress 2>&1) || fail "progress on the installed data: $out"
grep -q "^Avance — al 2026-Q4" <<<"$out" || fail "progress is not in Spanish from the installed catalogs: $out"

out=$("$bin" record PER 1.6 2019 yes --source x 2>&1)
[ $? = 3 ] || fail "record into the installed data was not refused with exit 3: $out"
grep -q "is read-only" <<<"$out" || fail "no word on the read-only installed data: $out"

cp -R "$work/prefix/share/ritrack/data" mine
out=$("$bin" --data mine record PER 1.6 2019 yes --source x --by tester 2>&1) || fail "record into a copy: $out"

mv "$work/prefix/share/ritrack/data" "$work/moved"
out=$("$bin" progress 2>&1)
[ $? = 3 ] || fail "no data: exit status is not 3: $out"
grep -q "no data found" <<<"$out" || fail "no data: the message does not say so: $out"
grep -q "has errors" <<<"$out" && fail "no data is reported as errors in the data: $out"
echo "ok: installed under a prefix, found from anywhere"
