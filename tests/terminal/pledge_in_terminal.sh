#!/usr/bin/env bash
# The pledge prompt as a person meets it, in a real terminal (tmux): Tab
# completes a stakeholder type by its Spanish label, the title counts its
# words as they are typed, an over-long title is refused with its count,
# and the pledge lands in the register. Run by CTest:
# pledge_in_terminal.sh RITRACK SOURCE_DIR
set -euo pipefail
bin=$1 src=$2
work=$(mktemp -d)
session=pl
# shellcheck source=tests/terminal/tmux_screen.sh
source "$(dirname "$0")/tmux_screen.sh"
cp -R "$src/tests/fixtures/mini" "$work/data"

tm new-session -d -s pl -x 100 -y 50 \
  "cd '$work' && env RITRACK_NOW=2021-03-01T10:00:00Z LANG=C.UTF-8 '$bin' --data data pledge add --by ana --lang es; echo \"exit status \$?\"; sleep 60"

wait_for "Identificador del compromiso, p. ej. PER-2021-3:"
tm send-keys -t pl "PER-2021-9" Enter
wait_for "Tipo de parte interesada:"
tm send-keys -t pl "institución gub" Tab        # a label, completed
wait_for "Tipo de parte interesada: institución gubernamental"
tm send-keys -t pl Enter
wait_for "El nombre de la parte interesada:"
tm send-keys -t pl "Ministerio de Trabajo"
wait_for "El nombre de la parte interesada: Ministerio de Trabajo"  # each space shown as typed
tm send-keys -t pl Enter
wait_for "País (código ISO):"
tm send-keys -t pl "peru" Tab Enter
wait_for "Título del compromiso (0/20 palabras):"
tm send-keys -t pl "Realizar una encuesta "      # counted as each word ends
wait_for "Título del compromiso (3/20 palabras):"
for word in nacional de trabajo infantil en los hogares de las veinticinco regiones del país con el INEI durante 2021; do
  tm send-keys -t pl "$word "
done
wait_for "(21/20 palabras):"
if grep -qF "(20/20 palabras)" <<<"$(screen)"; then  # the prompt before left behind
  echo "FAIL: the prompt was not redrawn in place"
  screen
  exit 1
fi
tm send-keys -t pl Enter
wait_for "21 palabras: se admiten 20 como máximo"
tm send-keys -t pl "Realizar una encuesta nacional en 2021" Enter
wait_for "Cómo se implementará:"
tm send-keys -t pl "Con el INEI" Enter
wait_for "(0/100 palabras):"
tm send-keys -t pl "Da la línea de base" Enter
for prompt in "Canales de comunicación" "Etiqueta (opcional):" "Momentos de comunicación" "Plazo (AAAA-MM-DD) [2021-12-30]:" \
  "Lo que se cuenta" "Recursos necesarios (opcional):"; do
  wait_for "$prompt"
  tm send-keys -t pl Enter
done
wait_for "Fuente (dónde consta el compromiso):"
tm send-keys -t pl "acta" Enter
wait_for "¿Registrar este compromiso? (s/n) [s]:"
tm send-keys -t pl Enter
wait_for "exit status 0"
if [ -n "${SHOW_SCREEN:-}" ]; then screen; fi

register=$work/data/pledges/PER.yaml
for expected in 'pledge: "PER-2021-9"' 'stakeholder: {type: government, name: "Ministerio de Trabajo", country: PER}' \
  'title: "Realizar una encuesta nacional en 2021"' 'deadline: 2021-12-30' '# ritrack: end of journal, 1 entry'; do
  if ! grep -qF -- "$expected" "$register"; then
    echo "FAIL: the register has no line: $expected"
    cat "$register"
    exit 1
  fi
done
echo "ok: words counted as typed, a long title refused, the pledge recorded"
