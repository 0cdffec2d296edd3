#!/usr/bin/env bash
# The layer check must fail, naming file, line and layers, on an upward include.
set -uo pipefail
check=$1
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
mkdir -p "$tree/lib/base" "$tree/lib/model" "$tree/cli"
printf '#pragma once\n' >"$tree/lib/model/framework.h"
printf '#include <string>\n\n#include "model/framework.h"\n' >"$tree/lib/base/lang.h"
out=$(bash "$check" "$tree/lib" "$tree/cli" "base:" "model:base")
status=$?
expected="lib/base/lang.h:3: 'model/framework.h': base/ may not include model/"
if [[ $status != 1 || $out != "$expected" ]]; then
  echo "expected exit 1 and: $expected"
  echo "got exit $status and: $out"
  exit 1
fi
mkdir -p "$tree/lib/stray"
out=$(bash "$check" "$tree/lib" "$tree/cli" "base:" "model:base" | head -1)
[[ $out == "lib/stray/: not a declared layer"* ]] || { echo "undeclared folder not refused: $out"; exit 1; }
echo "the layer check refuses upward includes and undeclared folders"
