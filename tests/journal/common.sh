# Shared by the journal robustness tests: a scratch copy of a fixture and a
# way to count entries. Usage: . common.sh BIN SRC
set -u
bin=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -R "$src/tests/fixtures/progress" "$work/data"
cd "$work"
export RITRACK_TODAY=2026-11-22

entries() { "$bin" check --data data --format json | sed -n 's/.*"entries":\([0-9]*\).*/\1/p'; }
fail() { echo "FAIL: $*" >&2; exit 1; }
