#!/usr/bin/env bash
# Every text report, and the command list (no arguments), fits an 80-column
# terminal, in every language, on the illustrative dataset (long titles,
# 31 members, 50 indicators).
set -u
bin=$1 src=$2
export RITRACK_TODAY=2026-11-22 NO_COLOR=1
status=0
for lang in en fr es pt; do
  for args in "" "progress --as-of 2019-Q4" "progress --as-of 2019-Q4 --country PER" "gaps --as-of 2019-Q4" \
              "matrix --as-of 2019-Q4" "report --format text --as-of 2019-Q2" "history --country PER" \
              "indicators" "show 1.8" "show 5.5"; do
    # shellcheck disable=SC2086
    width=$("$bin" $args --lang "$lang" --data "$src/examples" | LC_ALL=C.UTF-8 wc -L)  # display columns
    if [ "$width" -gt 80 ]; then
      echo "FAIL: 'ritrack $args --lang $lang' is $width columns wide"
      status=1
    fi
  done
done
[ "$status" = 0 ] && echo "every text report fits 80 columns in fr, es, en and pt"
exit "$status"
