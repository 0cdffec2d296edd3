#!/usr/bin/env bash
# The Debian package (CPack) holds the binary, the data, the examples, the
# catalogs, the man pages and the completion, declares its dependencies,
# and runs from where it is unpacked. Run by CTest: deb.sh BUILD_DIR
set -uo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() {
  echo "FAIL: $*"
  exit 1
}
(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" >cpack.log 2>&1) || fail "cpack: $(cat "$work/cpack.log")"
deb=$(ls "$work"/*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "no .deb made"
grep -q "libedit2" <<<"$(dpkg-deb -f "$deb" Depends)" || fail "Depends lacks the libraries: $(dpkg-deb -f "$deb" Depends)"
contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/ritrack ./usr/share/ritrack/data/framework.yaml ./usr/share/ritrack/examples/framework.yaml \
  ./usr/share/locale/es/LC_MESSAGES/ritrack.mo ./usr/share/man/man1/ritrack-record.1 \
  ./usr/share/bash-completion/completions/ritrack; do
  grep -qF " $path" <<<"$contents" || fail "the package lacks $path"
done
dpkg-deb -x "$deb" "$work/root"
cd "$work" && out=$(RITRACK_TODAY=2026-11-22 "$work/root/usr/bin/ritrack" --lang pt progress 2>&1) ||
  fail "the unpacked binary does not run: $out"
grep -q "^Progresso" <<<"$out" || fail "the unpacked binary does not find its data and catalogs: $out"
echo "ok: $(basename "$deb")"
