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
wait_for $left "STAGE"
wait_for $right "STAGE"
screen $right | grep -qE "B   11 " || fail "seat 11 is not free on the right before the hold"

keys $left Space Enter
wait_for $left "Held seat 11"
held_at=$(date +%s%N)
until screen $right | grep -qE "B   -- "; do
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
