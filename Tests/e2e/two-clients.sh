#!/usr/bin/env bash
# Two clients in two panes on one database: a seat held in one shows as taken in the other
# within 5 seconds.
source "$(dirname "$0")/lib.bash"
DB="$E2E_DIR/shared.sqlite"
"$BOXOFFICE" new --db "$DB" >/dev/null

tmux new-session -d -s hall -x 161 -y 24 "bash --norc --noprofile"
tmux split-window -h -t hall "bash --norc --noprofile"
tmux set-option -t hall remain-on-exit on >/dev/null
left=hall:0.0
right=hall:0.1
keys $left "stty sane; clear; $BOXOFFICE --db $DB --user ana ; echo EXITED:\$?" Enter
keys $right "stty sane; clear; $BOXOFFICE --db $DB --user ben ; echo EXITED:\$?" Enter
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

keys $left Space Enter
wait_for $left "Held $seat"
held_at=$(date +%s%N)
until screen $right | grep -qF "held by someone else"; do
  elapsed_ms=$((($(date +%s%N) - held_at) / 1000000))
  [ $elapsed_ms -le 5000 ] || fail "the hold on the left did not show on the right within 5 s"
  sleep 0.1
done
echo "seen on the right after $((($(date +%s%N) - held_at) / 1000000)) ms"

keys $left Q
wait_for $left "Quit and keep"
keys $left y
keys $right Q
terminal_restored $left
terminal_restored $right
echo "two-clients: ok"
