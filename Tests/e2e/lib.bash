# Helpers for driving the real boxoffice binary in tmux, as a person would.
# Source this file; it expects BOXOFFICE (the binary) and sets up a private tmux server.

set -euo pipefail

# tmux draws and captures Korean only under a UTF-8 character set: keep the caller's locale
# when its characters are UTF-8, else use C.UTF-8 (built into glibc, so always there).
case "$(locale charmap 2>/dev/null)" in
  UTF-8) ;;
  *) export LC_ALL=C.UTF-8 ;;
esac

E2E_DIR=$(mktemp -d)
export TMUX_TMPDIR="$E2E_DIR"
export XDG_STATE_HOME="$E2E_DIR/state"
export XDG_DATA_HOME="$E2E_DIR/data"
BOXOFFICE=${BOXOFFICE:-$(swift build --show-bin-path)/boxoffice}

cleanup() { tmux kill-server 2>/dev/null || true; rm -rf "$E2E_DIR"; }
trap cleanup EXIT

fail() {
  echo "FAIL: $*" >&2
  for pane in $(tmux list-panes -a -F '#{session_name}:#{window_index}.#{pane_index}' 2>/dev/null); do
    echo "--- screen of $pane:" >&2
    tmux capture-pane -p -t "$pane" >&2 || true
  done
  if [ -f "$XDG_STATE_HOME/boxoffice/boxoffice.log" ]; then
    echo "--- log:" >&2
    tail -n 30 "$XDG_STATE_HOME/boxoffice/boxoffice.log" >&2
  fi
  exit 1
}

# start SESSION COMMAND...: a detached 80x24 session running COMMAND in a shell that stays open.
start() {
  local session=$1; shift
  tmux new-session -d -s "$session" -x 80 -y 24 "bash --norc --noprofile"
  tmux set-option -t "$session" remain-on-exit on >/dev/null
  tmux send-keys -t "$session" "stty sane; clear; $* ; echo EXITED:\$?" Enter
}

screen() { tmux capture-pane -p -t "$1"; }

# eventually SECONDS COMMAND...: runs COMMAND every 0.2 s until it succeeds; returns 1 if it
# has not within SECONDS.
eventually() {
  local limit=$1; shift
  local deadline=$((SECONDS + limit))
  until "$@"; do
    [ $SECONDS -lt $deadline ] || return 1
    sleep 0.2
  done
}

# shows TARGET TEXT: TEXT (a fixed string) is on TARGET's screen now.
shows() { screen "$1" | grep -qF -- "$2"; }
hides() { ! shows "$@"; }

# wait_for TARGET TEXT [SECONDS]: poll the screen until TEXT shows (fixed string).
wait_for() {
  eventually "${3:-20}" shows "$1" "$2" || fail "'$2' did not appear on $1 within ${3:-20}s"
}

# wait_gone TARGET TEXT [SECONDS]: poll until TEXT is no longer on screen.
wait_gone() {
  eventually "${3:-20}" hides "$1" "$2" || fail "'$2' was still on $1 after ${3:-20}s"
}

keys() { local target=$1; shift; tmux send-keys -t "$target" "$@"; }

# terminal_restored TARGET [STATUS]: after the app exits (with STATUS, default 0), the pane has
# left the alternate screen, shows the cursor, and the shell echoes typed text in canonical mode.
terminal_restored() {
  local target=$1 status=${2:-0}
  wait_for "$target" "EXITED:$status" 10
  terminal_sane "$target"
}

# terminal_sane TARGET: the pane is off the alternate screen with the cursor shown, and the
# shell runs typed commands in canonical mode with echo.
terminal_sane() {
  local target=$1
  [ "$(tmux display -p -t "$target" '#{alternate_on}')" = 0 ] || fail "the alternate screen is still on"
  [ "$(tmux display -p -t "$target" '#{cursor_flag}')" = 1 ] || fail "the cursor is still hidden"
  tmux send-keys -t "$target" "stty -a | grep -qE '(^| )-(icanon|echo)( |;|\$)' && echo TERM-BROKEN || echo TERM-\$((40+2))" Enter
  wait_for "$target" "TERM-42" 5
  tmux send-keys -t "$target" "echo typed-\$((6*7))" Enter
  wait_for "$target" "typed-42" 5
}

# postgres_database NAME: makes database NAME on the server BOXOFFICE_TEST_POSTGRES names (a
# Unix socket, as scripts/postgres-up starts it) and sets DB to its URL. psql_admin runs psql
# as the cluster's owner (to drop NAME at the end); postgres_restart restarts the cluster of
# BOXOFFICE_PG_DIR with pg_ctl.
postgres_database() {
  pg_host=$(sed -n 's/.*[?&]host=\([^&]*\).*/\1/p' <<<"$BOXOFFICE_TEST_POSTGRES")
  pg_user=$(sed -n 's|^postgres[a-z]*://\([^@:]*\).*|\1|p' <<<"$BOXOFFICE_TEST_POSTGRES")
  pg_as_owner=()
  [ "$(id -u)" = 0 ] && [ "$pg_user" != root ] && pg_as_owner=(runuser -u "$pg_user" --)
  psql_admin -c "CREATE DATABASE $1" >/dev/null
  DB="postgres://$pg_user@/$1?host=$pg_host"
}
psql_admin() { "${pg_as_owner[@]}" psql -h "$pg_host" -U "$pg_user" -d postgres -qAt "$@"; }
postgres_restart() {
  local pg_ctl_bin
  pg_ctl_bin=$(command -v pg_ctl || echo "$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)/pg_ctl")
  "${pg_as_owner[@]}" "$pg_ctl_bin" -D "$BOXOFFICE_PG_DIR/data" -m fast -w restart >/dev/null || fail "pg_ctl restart failed"
}
