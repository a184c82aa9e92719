#!/usr/bin/env bash
# The terminal is restored after Ctrl-C, Ctrl-\ (SIGQUIT), SIGTERM, SIGHUP, SIGQUIT and a crash
# signal; TERM=dumb is refused with a clear message before the screen is touched.
source "$(dirname "$0")/lib.bash"
DB="$E2E_DIR/signals.sqlite"
"$BOXOFFICE" new --db "$DB" >/dev/null

pid_of() { pgrep -f -- "--user $1\$" | head -n 1; }

start ctrlc "$BOXOFFICE --db $DB --user ctrlc"
wait_for ctrlc "Concerts"
keys ctrlc C-c
terminal_restored ctrlc

start ctrlquit "$BOXOFFICE --db $DB --user ctrlquit"
wait_for ctrlquit "Concerts"
keys ctrlquit 'C-\'
terminal_restored ctrlquit
screen ctrlquit | grep -q "Backtrac" && fail "Ctrl-\\ printed a crash report"

for signal in TERM HUP QUIT; do
  session=sig$signal
  start $session "$BOXOFFICE --db $DB --user $session"
  wait_for $session "Concerts"
  kill -$signal "$(pid_of $session)"
  terminal_restored $session
done

start crash "$BOXOFFICE --db $DB --user crash"
wait_for crash "Concerts"
kill -SEGV "$(pid_of crash)"
terminal_restored crash 139

start dumb "TERM=dumb $BOXOFFICE --db $DB --user dumb"
wait_for dumb "EXITED:1" 10
shows dumb "cannot move the cursor" || fail "TERM=dumb was not refused with a reason"
terminal_sane dumb
echo "signals: ok"
