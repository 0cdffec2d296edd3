#!/usr/bin/env bash
# The README's command table lists exactly the commands of cli/commands.cpp,
# in the same order (ritrack --help prints them from that table).
# usage: readme_commands.sh RITRACK README
set -uo pipefail
bin=$1 readme=$2
from_table=$("$bin" --help | awk '/^Subcommands:/ {on = 1; next} on && NF {print $1}')
from_readme=$(awk '/^## Commands/ {on = 1; next} /^## / {on = 0} on && /^\| `/ {sub(/^\| `/, ""); split($0, w, /[ `]/); print w[1]}' "$readme")
if [[ -z $from_table || $from_table != "$from_readme" ]]; then
  echo "README.md's command table does not match the commands (ritrack --help):"
  diff <(echo "$from_table") <(echo "$from_readme")
  exit 1
fi
echo "README.md lists the $(echo "$from_table" | wc -l) commands in order"
