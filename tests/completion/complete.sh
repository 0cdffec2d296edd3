#!/usr/bin/env bash
# The bash completion completes commands, a command's options, and the
# country and indicator codes of the data in use, as bash would call it.
# Run by CTest: complete.sh RITRACK SOURCE_DIR
set -uo pipefail
bin=$1 src=$2
# shellcheck source=../../cli/completion/ritrack.bash
source "$src/cli/completion/ritrack.bash"
status=0
# expect "WORDS…" "EXPECTED COMPLETIONS": the last word is the one completed
expect() {
  read -r -a COMP_WORDS <<<"$1"
  [[ $1 == *" " ]] && COMP_WORDS+=("")
  COMP_WORDS[0]=$bin
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _ritrack
  local got="${COMPREPLY[*]}"
  if [[ $got != "$2" ]]; then
    echo "FAIL: '$1' completes to '$got', not '$2'"
    status=1
  fi
}
cd "$src"
expect "ritrack pro" "progress"
expect "ritrack merge" "merge-journal"
expect "ritrack record --bre" "--breakdown"
expect "ritrack record PE" "PER"
expect "ritrack --data tests/fixtures/mini record PER 1." "1.1 1.2 1.3 1.4 1.5"
expect "ritrack --data tests/fixtures/mini progress --country P" "PER"
expect "ritrack show 5.1" "5.1 5.10 5.11 5.12 5.13 5.14"
expect "ritrack --lang e" "es en"
[ $status = 0 ] && echo "ok: commands, options, countries and indicators complete"
exit $status
