#!/usr/bin/env bash
# Runs one end-to-end case: the built ritrack on fixture files, its exact
# stdout, stderr and exit status compared with the case's golden file.
#
# A case is a directory holding:
#   cmd       the arguments, one command a line, run in order (may use @SRC@ for the source tree)
#   base      optional: fixture under tests/fixtures/ copied to ./data (default: mini)
#   data/     optional: files laid over that copy (the reproducer)
#   stdin     optional: fed to standard input
#   env       optional: VAR=value lines added to the (otherwise fixed) environment
#   other files  copied beside data/ (e.g. a CSV to import)
#   show      optional: files (relative to the work directory) whose contents follow the output
#   expected  the golden output; UPDATE_GOLDEN=1 rewrites it
set -u
bin=$1 case_dir=$2 src=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

base=mini
[ -f "$case_dir/base" ] && base=$(cat "$case_dir/base")
if [ "$base" != none ]; then
  cp -R "$src/tests/fixtures/$base" "$work/data"
fi
# Files beside the data (CSV to import …) go to the work directory.
for f in "$case_dir"/*; do
  case $(basename "$f") in cmd|base|data|stdin|env|show|expected) ;; *) cp -R "$f" "$work/" ;; esac
done
[ -d "$case_dir/data" ] && cp -R "$case_dir/data/." "$work/data/"
extra_env=()
[ -f "$case_dir/env" ] && mapfile -t extra_env <"$case_dir/env"
stdin=/dev/null
[ -f "$case_dir/stdin" ] && stdin="$case_dir/stdin"

cd "$work"
actual=$work/actual
: >"$actual"
while IFS= read -r line || [ -n "$line" ]; do
  [ -z "$line" ] && continue
  args=$(printf '%s' "$line" | sed "s|@SRC@|$src|g")
  eval "set -- $args"
  # USER and no system git config: an entry's "by" is the same whoever runs the tests.
  # GIT_CEILING_DIRECTORIES: data under the source tree is not in its checkout, so
  # reports do not name the commit being tested (tests/scripts/provenance.sh does).
  env -i PATH=/usr/bin:/bin HOME="$work" USER=maria GIT_CONFIG_NOSYSTEM=1 GIT_CEILING_DIRECTORIES="$src" RITRACK_TODAY=2026-11-22 \
    RITRACK_NOW=2026-11-22T10:00:00Z LANG=C.UTF-8 NO_COLOR=1 "${extra_env[@]}" "$bin" "$@" <"$stdin" >"$work/stdout" 2>"$work/stderr"
  status=$?
  {
    printf '$ ritrack %s\n' "$args"
    printf -- '--- stdout\n'; cat "$work/stdout"
    printf -- '--- stderr\n'; cat "$work/stderr"
    printf -- '--- exit %s\n' "$status"
  } | sed "s|$src|@SRC@|g" >>"$actual"
done <"$case_dir/cmd"
if [ -f "$case_dir/show" ]; then
  while read -r shown; do printf -- '--- file %s\n' "$shown"; cat "$work/$shown"; done <"$case_dir/show" >>"$actual"
fi

if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
  cp "$actual" "$case_dir/expected"
  exit 0
fi
if ! diff -u "$case_dir/expected" "$actual"; then
  echo "golden mismatch in $case_dir (UPDATE_GOLDEN=1 ctest -R ... to accept)" >&2
  exit 1
fi
