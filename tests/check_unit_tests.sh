#!/usr/bin/env bash
# Every library source has its unit tests beside it (name_test.cc), or says
# in its first lines where it is tested ("Tested through FILE", a file that
# exists). testing/ holds the tests' own helpers and is exempt.
# usage: check_unit_tests.sh LIB_DIR
set -uo pipefail
lib=$1
status=0
for f in "$lib"/*/*.cc; do
  case $f in *_test.cc | "$lib"/testing/*) continue ;; esac
  [ -e "${f%.cc}_test.cc" ] && continue
  through=$(head -n 5 "$f" | sed -n 's|.*Tested through \([a-z_/]*\.cc\).*|\1|p' | head -n 1)
  if [ -n "$through" ] && [ -e "$lib/$through" ]; then continue; fi
  echo "lib/${f#"$lib"/}: no unit test file (${f##*/} -> $(basename "${f%.cc}")_test.cc)"
  status=1
done
[ $status -eq 0 ] && echo "every library source has its unit tests"
exit $status
