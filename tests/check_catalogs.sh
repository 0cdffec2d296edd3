#!/usr/bin/env bash
# The message catalogs are complete: po/ritrack.pot is what the sources give
# (po/update --check), and each language has every message translated, none
# fuzzy, none left over, and the same {placeholders} as the English.
set -uo pipefail
root=$1
cd "$root" || exit 1
status=0
fail() { echo "catalogs: $*" >&2; status=1; }

po/update --check || fail "the template is out of date"
for po in po/*.po; do
  msgfmt --check -o /dev/null "$po" || fail "$po does not compile"
  msgcmp --use-untranslated "$po" po/ritrack.pot 2>/dev/null || fail "$po lacks messages of the template (run po/update)"
  stats=$(LC_ALL=C msgfmt --statistics -o /dev/null "$po" 2>&1)
  case $stats in *untranslated*) fail "$po has untranslated messages ($stats)" ;; esac
  case $stats in *fuzzy*) fail "$po has fuzzy messages ($stats)" ;; esac
  [ -z "$(msgattrib --only-obsolete "$po" | grep '^#~ msgid')" ] || fail "$po keeps obsolete messages (run po/update)"
  # A translation with other placeholders would fall back to English at run time.
  bad=$(msgcat --no-wrap --no-location "$po" | awk '
    # The placeholders of a message, sorted (translations may reorder them).
    function holders(s,   out, n, i, j, t, parts) {
      n = 0
      while (match(s, /\{[^{}]*\}/)) { parts[++n] = substr(s, RSTART, RLENGTH); s = substr(s, RSTART + RLENGTH) }
      for (i = 2; i <= n; i++)
        for (j = i; j > 1 && parts[j - 1] > parts[j]; j--) { t = parts[j]; parts[j] = parts[j - 1]; parts[j - 1] = t }
      out = ""
      for (i = 1; i <= n; i++) out = out parts[i]
      return out
    }
    /^msgid "/ { id = substr($0, 7); want = holders(id) }
    /^msgid_plural "/ { plural = holders(substr($0, 14)) }
    /^msgstr(\[[0-9]\])? "/ {
      text = $0; sub(/^msgstr(\[[0-9]\])? /, "", text)
      if (id != "\"\"" && holders(text) != want && holders(text) != plural) print id
    }')
  [ -z "$bad" ] || fail "$po: placeholders differ from the English in: $bad"
done
exit $status
