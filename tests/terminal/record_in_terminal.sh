#!/usr/bin/env bash
# The record prompt as a person meets it, in a real terminal (tmux): Tab
# completes a country's name and a breakdown's categories, the arrow keys
# edit the line and recall an earlier answer, and the entry lands in the
# journal. Run by CTest: record_in_terminal.sh RITRACK SOURCE_DIR
set -euo pipefail
bin=$1 src=$2
work=$(mktemp -d)
session=rec
# shellcheck source=tests/terminal/tmux_screen.sh
source "$(dirname "$0")/tmux_screen.sh"
cp -R "$src/tests/fixtures/mini" "$work/data"

tm new-session -d -s rec -x 100 -y 50 \
  "cd '$work' && env RITRACK_TODAY=2026-11-22 RITRACK_NOW=2026-11-22T10:00:00Z LANG=C.UTF-8 '$bin' --data data record --by ana --lang es; echo \"exit status \$?\"; sleep 60"

wait_for "País (código ISO, RI para lo regional):"
tm send-keys -t rec "peru" Tab                 # a name, completed: Perú
wait_for "regional): Perú"
tm send-keys -t rec Enter
wait_for "Indicador:"
tm send-keys -t rec "11" Left "." Enter        # line editing: 11, back one, insert the dot
wait_for "Indicador: 1.1"
wait_for "Período [2026-Q3]:"
tm send-keys -t rec "2019-Q2" Enter
wait_for "Valor [5]:"
tm send-keys -t rec "6" Enter
wait_for "Desagregación por Sector"
tm send-keys -t rec "go" Tab ":4, em" Tab ":2"   # each part of the list completes
wait_for "GOB:4, EMP:2"
tm send-keys -t rec Enter
wait_for "Fuente (medio de verificación)"
tm send-keys -t rec "Informe del segundo trimestre" Enter
wait_for "Nota (opcional):"
tm send-keys -t rec Up                           # history: the answer before
wait_for "Nota (opcional): Informe del segundo trimestre"
tm send-keys -t rec Enter
wait_for "¿Registrar esta entrada? (s/n) [s]:"
tm send-keys -t rec "sí" Enter
wait_for "Siguiente entrada para Perú (PER)"
tm send-keys -t rec "." Enter
wait_for "exit status 0"
if grep -qF '^[' <<<"$(screen)"; then  # an arrow key printed instead of obeyed
  echo "FAIL: escape sequences on the screen"
  screen
  exit 1
fi

journal=$work/data/values/PER.yaml
for expected in 'period: 2019-Q2' 'value: 6' 'sector: {GOB: 4, EMP: 2}' 'source: "Informe del segundo trimestre"' \
  'note: "Informe del segundo trimestre"' '# ritrack: end of journal, 3 entries'; do
  if ! grep -qF -- "$expected" "$journal"; then
    echo "FAIL: the journal has no line: $expected"
    cat "$journal"
    exit 1
  fi
done
echo "ok: completion, line editing and history at a terminal"
