#!/usr/bin/env bash
# The journal cache from outside: a run through it prints what a run
# without it prints (problems included), whatever state the cache is in
# (missing, corrupt, truncated, stale after record or an edit); it is never
# written inside the data, nor at all with --no-cache or RITRACK_NO_CACHE=1.
# Run by CTest: cache.sh RITRACK SOURCE_DIR
set -uo pipefail
bin=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export RITRACK_TODAY=2026-11-22 RITRACK_NOW=2026-11-22T10:00:00Z LANG=C.UTF-8 NO_COLOR=1 XDG_CACHE_HOME=$work/cache
unset RITRACK_DATA RITRACK_LANG RITRACK_NO_CACHE
fail() {
  echo "FAIL: $*"
  exit 1
}
cp -R "$src/tests/fixtures/progress" data
# (ARG's values, from before it joined, are warnings that must come back from the cache word for word.)
touch -d '1 hour ago' data/values/*.yaml  # not racy: a second run trusts the stamps
runs() {  # runs NAME: check, progress, gaps and history, each printed whole with its exit status
  for args in "check" "progress --as-of 2019-Q4" "progress --as-of 2019-Q4 --format json" "gaps --as-of 2019-Q4" \
    "history --country PER"; do
    # shellcheck disable=SC2086
    "$bin" --data data $args 2>&1 | grep -v '"generated"'
    echo "exit ${PIPESTATUS[0]}"
  done >"$1.out"
}
RITRACK_NO_CACHE=1 runs plain
grep -q "ARG is not a member" plain.out || fail "the fixture's problem is not reported: $(head -c 600 plain.out)"
[ -e cache ] && fail "RITRACK_NO_CACHE=1 wrote a cache"
"$bin" --data data --no-cache check >/dev/null 2>&1
[ -e cache ] && fail "--no-cache wrote a cache"

runs cold
cmp -s plain.out cold.out || fail "a first run through the cache differs: $(diff plain.out cold.out | head -20)"
ls cache/ritrack/*/PER.journal >/dev/null 2>&1 || fail "no cache file for PER: $(find cache | head)"
runs warm
cmp -s plain.out warm.out || fail "a run from the cache differs: $(diff plain.out warm.out | head -20)"

# Corrupt, truncated, emptied or foreign cache files (the journals' and the
# framework's parsed tree): a miss, the same output.
ls cache/ritrack/*/framework.tree >/dev/null 2>&1 || fail "no parsed tree of the framework: $(ls cache/ritrack/*)"
for damage in "head -c 100" "head -c 0" "tr a-z A-Z" "cat /dev/urandom | head -c 5000"; do
  for f in cache/ritrack/*/*.journal cache/ritrack/*/framework.tree; do
    # shellcheck disable=SC2086
    if [[ $damage == cat* ]]; then eval "$damage" >"$f.new"; else $damage <"$f" >"$f.new"; fi
    mv "$f.new" "$f"
  done
  runs damaged
  cmp -s plain.out damaged.out || fail "a damaged cache ($damage) changed the output: $(diff plain.out damaged.out | head)"
done

# Entries damaged behind the header and the keys, which a report reads
# alone: found as one is read back; the command runs again without that
# file (written anew), and prints the same. check reads neither.
runs warm
for f in cache/ritrack/*/*.journal; do
  read -r header keys < <(od -An -t u8 -j 16 -N 16 "$f")
  entries=$((header + 8 + keys)) size=$(stat -c %s "$f")
  [ "$entries" -lt $((size - 8)) ] || fail "$f: no entries after its keys ($header + $keys of $size bytes)"
  head -c $((size - 8 - entries)) /dev/zero | tr '\0' X | dd of="$f" bs=1 seek="$entries" conv=notrunc status=none
  cp "$f" "$f.damaged"
done
RITRACK_NO_CACHE=1 "$bin" --data data progress --as-of 2019-Q4 >progress_plain.out 2>&1
"$bin" --data data progress --as-of 2019-Q4 >progress_damaged.out 2>&1 || fail "progress over damaged entries failed"
cmp -s progress_plain.out progress_damaged.out ||
  fail "damaged entries changed progress: $(diff progress_plain.out progress_damaged.out | head)"
found=0
for f in cache/ritrack/*/*.journal; do
  cmp -s "$f" "$f.damaged" || found=$((found + 1))
done
[ "$found" -ge 2 ] || fail "progress found $found damaged cache files"
runs damaged
cmp -s plain.out damaged.out || fail "damaged entries changed the output: $(diff plain.out damaged.out | head)"
rm cache/ritrack/*/*.damaged

# record appends to PER's journal and brings its cache up to date; an edit
# by hand (same size, within the same second) is caught.
"$bin" --data data record PER 1.1 2020-Q4 6 --source s --yes >/dev/null 2>&1 || fail "record failed"
runs after_record
RITRACK_NO_CACHE=1 runs plain_after_record
cmp -s plain_after_record.out after_record.out || fail "after record: $(diff plain_after_record.out after_record.out | head)"
sed -i 's/period: 2020-Q4$/period: 2020-Q2/' data/values/PER.yaml
runs edited
RITRACK_NO_CACHE=1 runs plain_edited
cmp -s plain_edited.out edited.out || fail "after an edit: $(diff plain_edited.out edited.out | head)"
cmp -s plain_edited.out plain_after_record.out && fail "the edit changed nothing (the test proves nothing)"

# A retraction appended: the reports' cached list of the entries that stand
# is worked out again (PER 1.1 2019-Q3 was already corrected once: only the
# correction stands, and the reports never see the first value).
"$bin" --data data retract PER 1.3 2019 --reason "counted twice" >/dev/null 2>&1 || fail "retract failed"
runs after_retract
RITRACK_NO_CACHE=1 runs plain_after_retract
cmp -s plain_after_retract.out after_retract.out || fail "after retract: $(diff plain_after_retract.out after_retract.out | head)"
cmp -s plain_after_retract.out plain_edited.out && fail "the retraction changed nothing (the test proves nothing)"
runs after_retract_warm
cmp -s plain_after_retract.out after_retract_warm.out || fail "warm after retract: $(diff plain_after_retract.out after_retract_warm.out | head)"

# Checks across entries (a value far from its country's history, a count of
# members that disagrees) are cached with each journal: a warm check decodes
# no entry and must still say them word for word, and after a record (the
# journal grown, its cached findings stale) say them again over every entry.
for case in implausible-value members-disagree; do
  rm -rf cross && cp -R "$src/tests/fixtures/mini" cross && cp -R "$src/tests/e2e/check/$case/data/." cross/
  touch -d '1 hour ago' cross/values/*.yaml
  RITRACK_NO_CACHE=1 "$bin" --data cross check >cross_plain.out 2>&1
  grep -q "warning:" cross_plain.out || fail "$case: no warning to compare: $(head -5 cross_plain.out)"
  "$bin" --data cross check >cross_cold.out 2>&1
  "$bin" --data cross check >cross_warm.out 2>&1
  cmp -s cross_plain.out cross_cold.out || fail "$case cold: $(diff cross_plain.out cross_cold.out | head)"
  cmp -s cross_plain.out cross_warm.out || fail "$case warm: $(diff cross_plain.out cross_warm.out | head)"
done
rm -rf cross && cp -R "$src/tests/fixtures/mini" cross && cp -R "$src/tests/e2e/check/implausible-value/data/." cross/
"$bin" --data cross progress >/dev/null 2>&1  # a cache written without check's findings,
"$bin" --data cross check >/dev/null 2>&1     # then with them, made stale by the record
"$bin" --data cross record BRA 1.2 2022 1100 --source s --yes >/dev/null 2>&1 || fail "record into cross failed"
"$bin" --data cross check >cross_cached.out 2>&1
RITRACK_NO_CACHE=1 "$bin" --data cross check >cross_plain.out 2>&1
cmp -s cross_plain.out cross_cached.out || fail "check after record: $(diff cross_plain.out cross_cached.out | head)"
# (The 2020 value is now judged against four others, the recorded one among them.)
grep -q "9999999 for indicator 1.2 .* over 4 periods" cross_plain.out || fail "not judged anew: $(head -c 800 cross_plain.out)"

# Never inside the data, even when $XDG_CACHE_HOME says so.
find data -type f | sort | xargs cksum >before.sum
XDG_CACHE_HOME=$work/data/.cache "$bin" --data data check >/dev/null 2>&1
XDG_CACHE_HOME=$work/data "$bin" --data data check >/dev/null 2>&1
find data -type f | sort | xargs cksum >after.sum
cmp -s before.sum after.sum || fail "the cache was written inside the data: $(diff before.sum after.sum)"
[ -e data/.cache ] && fail "a cache folder was created inside the data"
echo "ok"
