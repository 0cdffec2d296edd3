#!/usr/bin/env bash
# Writes a man page per command (ritrack-COMMAND.1) and ritrack.1 into
# OUT_DIR, from the help texts the built binary prints: one text, written
# once, in the code. Run by the build: make_man.sh RITRACK OUT_DIR
set -euo pipefail
bin=$1 out=$2
mkdir -p "$out"
export RITRACK_LANG=en
version=$("$bin" --version | head -n 1 | cut -d' ' -f2)

# roff-safe text: backslashes, and lines starting with . or '
escape() { sed -e 's/\\/\\e/g' -e "s/^\([.']\)/\\\\\&\1/"; }

page() {  # page NAME SUMMARY HELP_TEXT SEE_ALSO
  {
    printf '.TH %s 1 "" "ritrack %s" "ritrack manual"\n' "$(echo "$1" | tr '[:lower:]' '[:upper:]')" "$version"
    printf '.SH NAME\n%s \\- %s\n' "$1" "$(printf '%s' "$2" | escape)"
    printf '.SH DESCRIPTION\n.nf\n'
    printf '%s\n' "$3" | escape
    printf '.fi\n.SH SEE ALSO\n%s\n' "$4"
  } >"$out/$1.1"
}

commands=$("$bin" | awk '/^Commands:/ {on = 1; next} on && /^  [a-z]/ {print $1}')
see_also=$(for c in $commands; do printf '.BR ritrack-%s (1)\n' "$c"; done)
page ritrack "results framework and indicator tracker" "$("$bin")" "$see_also"
for c in $commands; do
  summary=$("$bin" | awk -v c="$c" '$1 == c {$1 = ""; sub(/^ +/, ""); print}')
  page "ritrack-$c" "$summary" "$("$bin" "$c" --help)" ".BR ritrack (1)"
done
