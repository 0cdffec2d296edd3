#!/usr/bin/env bash
# Every command has a man page, made from its help text, that man renders
# without a warning. Run by CTest: pages.sh RITRACK MAN_DIR
set -uo pipefail
bin=$1 dir=$2
status=0
commands=$(RITRACK_LANG=en "$bin" | awk '/^Commands:/ {on = 1; next} on && /^  [a-z]/ {print $1}')
for page in ritrack $(for c in $commands; do echo "ritrack-$c"; done); do
  file=$dir/$page.1
  if [ ! -f "$file" ]; then
    echo "FAIL: no man page $file"
    status=1
    continue
  fi
  warnings=$(groff -Kutf8 -Tutf8 -man -ww -z "$file" 2>&1)  # UTF-8 in and out, as man reads it
  [ -n "$warnings" ] && { echo "FAIL: $page.1: $warnings"; status=1; }
  command=${page#ritrack-}
  [ "$page" = ritrack ] && continue
  # the help's own last line (an example) is in the rendered page
  help=$(RITRACK_LANG=en "$bin" "$command" --help)
  example=$(grep -m1 "^  ritrack $command" <<<"$help")
  rendered=$(MANWIDTH=200 man -l "$file" 2>/dev/null)  # not piped into grep -q: SIGPIPE under pipefail
  grep -qF -- "$example" <<<"$rendered" || { echo "FAIL: $page.1 lacks: $example"; status=1; }
done
[ $status = 0 ] && echo "ok: a man page for each of the $(echo "$commands" | wc -w) commands"
exit $status
