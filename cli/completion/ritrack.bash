# bash completion for ritrack: commands, their options, and the country and
# indicator codes of the data in use (--data, $RITRACK_DATA or ./data).
# Installed to share/bash-completion/completions/ritrack.

# The data directory the command line names, as ritrack resolves it.
_ritrack_data() {
  local i
  for ((i = 1; i < ${#COMP_WORDS[@]} - 1; i++)); do
    [[ ${COMP_WORDS[i]} == --data ]] && { printf '%s' "${COMP_WORDS[i + 1]}"; return; }
  done
  if [[ -n ${RITRACK_DATA:-} ]]; then printf '%s' "$RITRACK_DATA"; else printf 'data'; fi
}

_ritrack_countries() {
  local data
  data=$(_ritrack_data)
  [[ -f $data/countries.yaml ]] && sed -n 's/^ *- *code: *"\{0,1\}\([A-Z][A-Z][A-Z]\)"\{0,1\}.*/\1/p' "$data/countries.yaml"
  echo RI
}

_ritrack_indicators() {
  "${COMP_WORDS[0]}" --data "$(_ritrack_data)" indicators --format csv 2>/dev/null | sed '1d; s/,.*//; s/"//g'
}

_ritrack() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]} bin=${COMP_WORDS[0]}
  local i command="" positional=0
  for ((i = 1; i < COMP_CWORD; i++)); do
    case ${COMP_WORDS[i]} in
      --data | --lang | --wait) ((i++)) ;;
      -*) ;;
      *)
        if [[ -z $command ]]; then command=${COMP_WORDS[i]}; else ((positional++)); fi
        ;;
    esac
  done
  case $prev in
    --data | -o) mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return ;;
    --lang) mapfile -t COMPREPLY < <(compgen -W "fr es en pt" -- "$cur"); return ;;
    --country) mapfile -t COMPREPLY < <(compgen -W "$(_ritrack_countries)" -- "$cur"); return ;;
    --indicator) mapfile -t COMPREPLY < <(compgen -W "$(_ritrack_indicators)" -- "$cur"); return ;;
    --format) mapfile -t COMPREPLY < <(compgen -W "text md csv json html xlsx github" -- "$cur"); return ;;
    --to) mapfile -t COMPREPLY < <(compgen -W "csv json sdmx-csv dhis2 iati" -- "$cur"); return ;;
    --type)
      if [[ $command == plan ]]; then
        mapfile -t COMPREPLY < <(compgen -W "financial human technical political institutional" -- "$cur")
      else
        mapfile -t COMPREPLY < <(compgen -W "regional country international government business workers civil_society academic company individual" -- "$cur")
      fi
      return ;;
    --provider) mapfile -t COMPREPLY < <(compgen -W "national_budget ilo aecid aacid abc private_sector other" -- "$cur"); return ;;
    --status) mapfile -t COMPREPLY < <(compgen -W "in_progress achieved not_achieved dropped" -- "$cur"); return ;;
    --mapping) mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return ;;
  esac
  if [[ -z $command ]]; then
    local commands
    commands=$(RITRACK_LANG=en "$bin" 2>/dev/null | awk '/^Commands:/ {on = 1; next} on && /^  [a-z]/ {print $1}')
    mapfile -t COMPREPLY < <(compgen -W "$commands --data --lang --wait --help --version" -- "$cur")
    return
  fi
  if [[ $cur == -* ]]; then
    local options
    options=$(RITRACK_LANG=en "$bin" "$command" --help 2>/dev/null | grep -o -- '--[a-z][a-z-]*' | sort -u)
    mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")
    return
  fi
  case $command:$positional in
    record:0 | retract:0) mapfile -t COMPREPLY < <(compgen -W "$(_ritrack_countries)" -- "$cur") ;;
    record:1 | retract:1 | show:0) mapfile -t COMPREPLY < <(compgen -W "$(_ritrack_indicators)" -- "$cur") ;;
    pledge:0) mapfile -t COMPREPLY < <(compgen -W "add update list show report" -- "$cur") ;;
    plan:0) mapfile -t COMPREPLY < <(compgen -W "gaps status record" -- "$cur") ;;
    import:0 | init:0 | merge-journal:*) mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
  esac
}
complete -F _ritrack ritrack
