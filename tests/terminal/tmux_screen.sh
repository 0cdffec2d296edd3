# Sourced by the terminal tests: a tmux server of its own under $work, and
# waiting for what a person would see. Needs `work` (a temporary directory)
# and `session` (the tmux session's name) set before sourcing.
sock=$work/tmux.sock
tm() { tmux -S "$sock" -f /dev/null "$@"; }
trap 'tm kill-server 2>/dev/null || true; rm -rf "$work"' EXIT

screen() { tm capture-pane -p -t "$session"; }
# Waits until the screen shows `text` (a fixed string).
wait_for() {
  for _ in $(seq 1 200); do
    grep -qF -- "$1" <<<"$(screen)" && return 0
    sleep 0.05
  done
  echo "FAIL: the screen never showed: $1"
  echo "---- screen"
  screen
  exit 1
}
