#!/usr/bin/env bash
# The terminal is restored after Ctrl-C, SIGTERM, SIGHUP and a crash signal.
source "$(dirname "$0")/lib.bash"
DB="$E2E_DIR/signals.sqlite"
"$BOXOFFICE" new --db "$DB" >/dev/null

pid_of() { pgrep -f -- "--user $1\$" | head -n 1; }

start ctrlc "$BOXOFFICE --db $DB --user ctrlc"
wait_for ctrlc "Concerts"
keys ctrlc C-c
terminal_restored ctrlc

for signal in TERM HUP; do
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
echo "signals: ok"
