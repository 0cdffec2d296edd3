#!/usr/bin/env bash
# Validates `ritrack export --to iati` against the official IATI 2.03
# activity schema with xmllint (Debian libxml2-utils): the bundled data,
# the examples, the progress fixture (every measure kind, breakdowns,
# country targets) and hostile texts. The schemas are the standard's, not
# the project's: set IATI_SCHEMA_DIR to a directory holding
# iati-activities-schema.xsd, iati-common.xsd and xml.xsd (README,
# "Exporting"); without it the test is skipped (exit 77). The structure the
# schema requires is also checked without it, by lib/output/export_iati_test.cc.
set -eu
bin=$1 src=$2
if [ -z "${IATI_SCHEMA_DIR:-}" ]; then
  echo "IATI_SCHEMA_DIR is not set: skipped (README, \"Exporting\", says where to get the schemas)"
  exit 77
fi
schema=$IATI_SCHEMA_DIR/iati-activities-schema.xsd
for f in iati-activities-schema.xsd iati-common.xsd xml.xsd; do
  [ -f "$IATI_SCHEMA_DIR/$f" ] || { echo "FAIL: $IATI_SCHEMA_DIR has no $f"; exit 1; }
done
command -v xmllint >/dev/null || { echo "FAIL: xmllint is missing (apt-get install libxml2-utils)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A data directory: a copy of $1 with $2's iati.yaml (and $3's journals, if given).
prepare() {
  rm -rf "$work/data" && cp -R "$1" "$work/data"
  cp "$2" "$work/data/iati.yaml"
  if [ -n "${3:-}" ]; then cp -R "$3/." "$work/data/values/"; fi
}
validate() {  # name, then export arguments
  local name=$1
  shift
  "$bin" --data "$work/data" export --to iati "$@" -o "$work/$name.xml"
  xmllint --noout --schema "$schema" "$work/$name.xml" || { echo "FAIL: $name is not valid IATI 2.03"; exit 1; }
}

prepare "$src/data" "$src/data/iati.yaml"
validate bundled
validate bundled-stamped --stamp --country PER,RI --from 2019
prepare "$src/examples" "$src/data/iati.yaml"
validate examples
prepare "$src/tests/fixtures/progress" "$src/tests/e2e/export/iati/data/iati.yaml"
validate fixture
prepare "$src/tests/fixtures/mini" "$src/tests/e2e/export/hostile/data/iati.yaml" "$src/tests/e2e/export/hostile/data/values"
validate hostile
echo "every export is valid against $schema"
