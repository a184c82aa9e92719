#!/usr/bin/env bash
# Two clients of one server in two panes: a seat held in one shows as taken in the other
# within 1 second, pushed by the server (the seat map's own refresh is every 3 s).
source "$(dirname "$0")/lib.bash"
DB="$E2E_DIR/served.sqlite"
PORT=$((20000 + $$ % 20000))
"$BOXOFFICE" new --db "$DB" >/dev/null
"$BOXOFFICE" serve --db "$DB" --port $PORT >/dev/null 2>&1 &
server_pid=$!
trap 'kill -TERM $server_pid 2>/dev/null; cleanup' EXIT
eventually 20 curl -sf http://127.0.0.1:$PORT/healthz -o /dev/null || fail "the server did not come up"
export XDG_CONFIG_HOME="$E2E_DIR/config"
for name in ana ben; do
  key=$("$BOXOFFICE" buyers add --db "$DB" --json $name | sed 's/.*"key":"\([^"]*\)".*/\1/')
  mkdir -p "$XDG_CONFIG_HOME/$name/boxoffice"
  printf 'http://127.0.0.1:%s\t%s\t%s\n' $PORT $name "$key" > "$XDG_CONFIG_HOME/$name/boxoffice/credentials"
done

tmux new-session -d -s hall -x 161 -y 24 "bash --norc --noprofile"
tmux split-window -h -t hall "bash --norc --noprofile"
tmux set-option -t hall remain-on-exit on >/dev/null
left=hall:0.0
right=hall:0.1
keys $left "stty sane; clear; XDG_CONFIG_HOME=$XDG_CONFIG_HOME/ana $BOXOFFICE --server http://127.0.0.1:$PORT ; echo EXITED:\$?" Enter
keys $right "stty sane; clear; XDG_CONFIG_HOME=$XDG_CONFIG_HOME/ben $BOXOFFICE --server http://127.0.0.1:$PORT ; echo EXITED:\$?" Enter
wait_for $left "Concerts"
wait_for $right "Concerts"
keys $left Enter
keys $right Enter
wait_for $left "Venue ›"
wait_for $right "Venue ›"
keys $left Enter
keys $right Enter
wait_for $left "Section "
wait_for $right "Section "
wait_for $left "STAGE"
wait_for $right "STAGE"
# Both open the same section with the cursor on its first free seat, whose line says so.
seat=$(screen $left | grep -oE '[^ ]+ · row [^ ]+ · seat [0-9]+' | head -1)
[ -n "$seat" ] || fail "no seat under the cursor on the left"
screen $right | grep -qF "$seat · " || fail "the right is not on $seat"
screen $right | grep -qE "· free *$" || fail "$seat is not free on the right before the hold"

keys $left Space
wait_for $left "Selected row"
held_at=$(date +%s%N)
keys $left Enter
until screen $right | grep -qF "held by someone else"; do
  elapsed_ms=$((($(date +%s%N) - held_at) / 1000000))
  [ $elapsed_ms -le 1000 ] || fail "the hold on the left did not show on the right within 1 s of Enter"
  sleep 0.05
done
echo "seen on the right $((($(date +%s%N) - held_at) / 1000000)) ms after Enter on the left"
wait_for $left "Held $seat"

keys $left Q
wait_for $left "Quit and keep"
keys $left y
keys $right Q
terminal_restored $left
terminal_restored $right
echo "serve-live-map: ok"
