#!/usr/bin/env bash
# Links and special files in every position of a data directory: none is
# read, written through or followed; each is an error naming it (exit 3),
# and what it points at is byte-identical afterwards. Also: end markers that
# claim absurd counts, and a values/ that is not a directory.
# Run by CTest: links_and_special_files.sh RITRACK SOURCE_DIR
set -uo pipefail
bin=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export RITRACK_TODAY=2026-11-22 RITRACK_NOW=2026-11-22T10:00:00Z LANG=C.UTF-8
unset RITRACK_DATA RITRACK_LANG
fail() {
  echo "FAIL: $*"
  exit 1
}
fresh() {
  rm -rf data
  cp -R "$src/tests/fixtures/progress" data
}
# expect STATUS NAME COMMAND...: runs within 20 s (a FIFO must not hang it)
expect() {
  local want=$1 name=$2
  shift 2
  timeout 20 "$@" >out.log 2>&1
  local got=$?
  [ "$got" -eq 124 ] && fail "$name: hung"
  [ "$got" -eq "$want" ] || fail "$name: exit $got, expected $want: $(head -c 2000 out.log)"
}
# `"${capped[@]}" ARGS` runs ritrack with the address space capped at 1 GB, so that memory
# reserved from a claimed size shows as a failure; AddressSanitizer reserves
# terabytes of shadow memory itself, so its builds run uncapped.
# (ldd into a variable: `ldd | grep -q` under pipefail fails when grep stops
# reading before ldd has written its last line.)
if [[ "$(ldd "$bin" 2>/dev/null)" == *libasan* ]]; then cap=unlimited; else cap=1000000; fi
capped=(bash -c "ulimit -v $cap; exec \"\$@\"" bash "$bin")
secret=RITRACK_TEST_SECRET_$RANDOM$RANDOM
export "$secret=hunter2"
printf 'precious\n' >outside.txt
outside_sum=$(cksum <outside.txt)
untouched() { [ "$(cksum <outside.txt)" = "$outside_sum" ] || fail "$1: the file outside the repository changed"; }

# 1. Each data file as a link: to the environment, to a file outside, to
# another journal, to nothing. check, a report and record all refuse.
for target in /proc/self/environ "$work/outside.txt" values/BRA.yaml "$work/nowhere"; do
  for file in values/PER.yaml framework.yaml countries.yaml rates.yaml; do
    fresh
    rm -f "data/$file"
    ln -s "$target" "data/$file"
    expect 3 "check, $file -> $target" "$bin" --data data check
    grep -q "$secret" out.log && fail "check, $file -> $target: printed the environment"
    grep -q "precious" out.log && fail "check, $file -> $target: printed the linked file"
    grep -q "symbolic link" out.log || fail "check, $file -> $target: does not say it is a link: $(cat out.log)"
    expect 3 "check --format github, $file -> $target" "$bin" --data data check --format github
    grep -q "$secret" out.log && fail "annotations, $file -> $target: printed the environment"
    expect 3 "progress, $file -> $target" "$bin" --data data progress
    expect 3 "record, $file -> $target" "$bin" --data data record PER 1.3 2020 yes --source x --yes
    [ -e "$work/nowhere" ] && fail "$file -> nowhere: the link's target was created"
    untouched "$file -> $target"
  done
done

# 2. values/ itself a link (to a directory of valid journals), or a file.
fresh
mv data/values elsewhere
ln -s "$work/elsewhere" data/values
expect 3 "check, values -> a directory" "$bin" --data data check
grep -q "values.*symbolic link" out.log || fail "values -> a directory: not named as a link: $(cat out.log)"
expect 3 "record, values -> a directory" "$bin" --data data record PER 1.3 2020 yes --source x --yes
rm data/values
printf 'not a directory\n' >data/values
expect 3 "check, values is a file" "$bin" --data data check
expect 3 "progress, values is a file" "$bin" --data data progress
rm -rf elsewhere

# 3. Special files: a FIFO journal does not hang; /dev/zero is not read without bound.
fresh
rm data/values/PER.yaml
mkfifo data/values/PER.yaml
expect 3 "check, PER.yaml is a FIFO" "$bin" --data data check
grep -q "not a regular file" out.log || fail "FIFO: not said: $(cat out.log)"
expect 3 "progress, PER.yaml is a FIFO" "$bin" --data data progress
rm data/values/PER.yaml
ln -s /dev/zero data/values/PER.yaml
expect 3 "check, PER.yaml -> /dev/zero" "$bin" --data data check
if [ "$(id -u)" -eq 0 ]; then  # device nodes need root
  rm data/values/PER.yaml
  mknod data/values/PER.yaml c 1 5 && expect 3 "check, PER.yaml is /dev/zero's device" "$bin" --data data check
fi

# A journal beyond the size limit (sparse: nothing is written) is refused unread.
fresh
truncate -s 300M data/values/PER.yaml
expect 3 "check, PER.yaml is 300 MiB" "${capped[@]}" --data data check
grep -q "larger than 256 MiB" out.log || fail "300 MiB journal: the limit is not said: $(cat out.log)"

# 4. End markers claiming absurd counts: an error about the count, no abort,
# and no memory reserved from the claim (the address space is capped at 1 GB).
for claim in 10000000 4294967296 18446744073709551615 18446744073709551616 99999999999999999999999; do
  fresh
  sed -i "s/^# ritrack: end of journal, [0-9]* entr.*$/# ritrack: end of journal, $claim entries/" data/values/PER.yaml
  expect 1 "check, end marker claims $claim" "${capped[@]}" --data data check
done

# 5. Lock files that are links (to a journal, outside, to nothing), hard
# links, or FIFOs: record, retract and import refuse, targets unchanged.
printf 'country,indicator,period,value,source\nPER,1.3,2020,yes,x\n' >rows.csv
for kind in symlink-journal symlink-outside dangling hardlink fifo; do
  for command in record retract import; do
    fresh
    cp data/values/BRA.yaml bra.before
    lock=data/values/.PER.yaml.lock
    case $kind in
      symlink-journal) ln -s BRA.yaml "$lock" ;;
      symlink-outside) ln -s "$work/outside.txt" "$lock" ;;
      dangling) ln -s "$work/nowhere" "$lock" ;;
      hardlink) ln data/values/BRA.yaml "$lock" ;;
      fifo) mkfifo "$lock" ;;
    esac
    case $command in
      record) expect 3 "record, lock $kind" "$bin" --data data record PER 1.3 2020 yes --source x --yes ;;
      retract) expect 3 "retract, lock $kind" "$bin" --data data retract PER 1.1 2019-Q1 --reason x ;;
      import) expect 3 "import, lock $kind" "$bin" --data data import rows.csv --apply ;;
    esac
    grep -q "is not a lock file ritrack made" out.log || fail "$command, lock $kind: not said: $(cat out.log)"
    cmp -s bra.before data/values/BRA.yaml || fail "$command, lock $kind: BRA.yaml changed"
    [ -e "$work/nowhere" ] && fail "$command, lock $kind: the link's target was created"
    untouched "$command, lock $kind"
  done
done

# 6. The commit intent as a link or a FIFO: refused, not followed.
fresh
ln -s /proc/self/environ data/values/.commit.intent
expect 3 "check, intent -> environ" "$bin" --data data check
grep -q "$secret" out.log && fail "intent -> environ: printed the environment"
fresh
mkfifo data/values/.commit.intent
expect 3 "check, intent is a FIFO" "$bin" --data data check

# 7. -o never writes into the data in use, even through a link; writes
# pipes and /dev/stdout in place; keeps the previous report on failure.
fresh
cp -R data data.before
ln -s data/values shortcut
for out in data/values/PER.yaml data/framework.yaml data/countries.yaml data/./values/../rates.yaml shortcut/BRA.yaml \
  "$work/data/new-report.md"; do
  expect 2 "progress -o $out" "$bin" --data data progress -o "$out"
  grep -q "inside the data directory" out.log || fail "-o $out: not said: $(cat out.log)"
done
diff -r data data.before >/dev/null || fail "-o into the data changed it"
expect 0 "progress -o /dev/stdout" "$bin" --data data progress -o /dev/stdout
grep -q "^Progress" out.log || fail "-o /dev/stdout: nothing printed: $(cat out.log)"
mkfifo report.pipe
cat report.pipe >piped.txt &
expect 0 "progress -o FIFO" "$bin" --data data progress -o report.pipe
wait
[ -p report.pipe ] || fail "-o FIFO: the pipe was replaced"
grep -q "^Progress" piped.txt || fail "-o FIFO: nothing came through"
expect 3 "progress -o /dev/full" "$bin" --data data progress -o /dev/full
grep -q "No space left on device" out.log || fail "-o /dev/full: no reason given: $(cat out.log)"
"$bin" --data data progress -o report.txt 2>/dev/null || fail "a plain -o fails"
cp report.txt report.before
expect 3 "progress -o in a missing directory" "$bin" --data data progress -o missing/report.txt
grep -q "No such file or directory" out.log || fail "-o missing/: no reason given: $(cat out.log)"
cmp -s report.txt report.before || fail "a failed -o changed the previous report"
echo "ok: links, special files, absurd counts, lock files and -o targets refused; nothing read or written through them"
