#!/usr/bin/env bash
# --demo: a small crowd opens the screen at once and says why no line forms; a second
# --demo joins the running demo (same file, same line) instead of wiping it; --fresh is
# refused while the demo runs and starts anew once nobody has the file open.
source "$(dirname "$0")/lib.bash"
DEMO="$XDG_DATA_HOME/boxoffice/demo.sqlite"

start small "$BOXOFFICE --demo --crowd 10 --user small"
opened_at=$SECONDS
wait_for small "boxoffice · small" 8
[ $((SECONDS - opened_at)) -le 5 ] || fail "a demo with a crowd of 10 took $((SECONDS - opened_at)) s to open"
keys small Q
terminal_restored small
shows small "within the 30 shopping places" || fail "the small demo did not say why it opened without a line"

start first "$BOXOFFICE --demo --fresh --user first"
wait_for first "boxoffice · first" 20
wait_for first "Waiting room"
inode=$(stat -c %i "$DEMO")
start second "$BOXOFFICE --demo --user second"
wait_for second "boxoffice · second" 10
[ "$(stat -c %i "$DEMO")" = "$inode" ] || fail "the second --demo replaced the running demo's database"
"$BOXOFFICE" status --db "$DEMO" --json | grep -q '"waiting":[1-9]' || fail "the demo's line is gone"

start third "$BOXOFFICE --demo --fresh --user third"
wait_for third "EXITED:1" 10
shows third "cannot start afresh under it" || fail "--fresh did not explain why it was refused"
[ "$(stat -c %i "$DEMO")" = "$inode" ] || fail "--fresh replaced the database under a running demo"

for session in first second; do
  keys $session Q
  eventually 5 shows $session "Quit and keep" && keys $session y
  terminal_restored $session
done
shows second "Joining the demo running on $DEMO" || fail "the second --demo did not say it joined"
echo "demo: ok"
