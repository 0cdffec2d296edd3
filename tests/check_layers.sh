#!/usr/bin/env bash
# Fails on an #include that reaches into a layer its folder may not use.
# usage: check_layers.sh LIB_DIR CLI_DIR LAYER:DEP,DEP ...   (lib/CMakeLists.txt)
# A layer may include itself and every layer below it, directly or through
# another; *_test.cc files may also include testing/; cli/ may include every
# layer but testing/.
set -uo pipefail
lib=$1 cli=$2
shift 2
declare -A deps
for spec in "$@"; do deps[${spec%%:*}]=${spec#*:}; done

# Every layer a layer may include: itself and its dependencies' closure.
allowed_for() {
  local todo=("$1") seen=" " l
  while ((${#todo[@]})); do
    l=${todo[0]}; todo=("${todo[@]:1}")
    [[ $seen == *" $l "* ]] && continue
    seen+="$l "
    IFS=, read -ra more <<<"${deps[$l]:-}"
    todo+=("${more[@]}")
  done
  echo "$seen"
}

status=0
for dir in "$lib"/*/; do
  layer=$(basename "$dir")
  if [[ -z ${deps[$layer]+x} ]]; then
    echo "lib/$layer/: not a declared layer (add it to lib/CMakeLists.txt and lib/README.md)"
    status=1
    continue
  fi
done

check_file() {  # FILE ALLOWED LABEL
  local file=$1 allowed=$2 label=$3 line n inc target
  n=0
  while IFS= read -r line; do
    n=$((n + 1))
    [[ $line =~ ^[[:space:]]*#[[:space:]]*include[[:space:]]*\"([^\"]+)\" ]] || continue
    inc=${BASH_REMATCH[1]}
    [[ $inc == */* ]] || continue  # same-folder includes in cli/
    target=${inc%%/*}
    [[ -n ${deps[$target]+x} ]] || continue
    if [[ $allowed != *" $target "* ]]; then
      echo "$label:$n: '$inc': $4 may not include $target/"
      status=1
    fi
  done <"$file"
}

for dir in "$lib"/*/; do
  layer=$(basename "$dir")
  [[ -n ${deps[$layer]+x} ]] || continue
  allowed=$(allowed_for "$layer")
  for f in "$dir"*.h "$dir"*.cc; do
    [[ -e $f ]] || continue
    name=lib/$layer/$(basename "$f")
    if [[ $f == *_test.cc ]]; then check_file "$f" "$allowed testing " "$name" "a test of $layer/"
    else check_file "$f" "$allowed" "$name" "$layer/"; fi
  done
done

all=" "
for l in "${!deps[@]}"; do [[ $l == testing ]] || all+="$l "; done
for f in "$cli"/*.h "$cli"/*.cpp; do
  [[ -e $f ]] && check_file "$f" "$all" "cli/$(basename "$f")" "cli/"
done

[[ $status == 0 ]] && echo "layers: every include goes down"
exit $status
