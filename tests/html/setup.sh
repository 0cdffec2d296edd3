# Sourced by the browser tests (print_pdf.sh, site_pages.sh) after they set
# bin and src: skips (exit 77) without chromium and poppler-utils, makes
# $work (removed at exit), defines fail, and pins the clock and the language.
command -v chromium >/dev/null && command -v pdftotext >/dev/null || { echo "chromium or pdftotext missing"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() {
  echo "FAIL: $*"
  exit 1
}
export RITRACK_TODAY=2026-11-22 RITRACK_NOW=2026-11-22T10:00:00Z LANG=C.UTF-8 GIT_CEILING_DIRECTORIES="$src"
