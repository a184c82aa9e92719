#!/usr/bin/env bash
# A buyer with no points goes from the waiting room to a paid seat, topping up on the way;
# then the window is resized below the minimum and back, and the buyer goes back from the
# receipt to the waiting room (the payment spent the token) and quits from there.
source "$(dirname "$0")/lib.bash"
DB="$E2E_DIR/journey.sqlite"

# The database's policy: one buyer shopping at once, admission every 2 s. Someone else
# takes the only place (for 6 s), so our buyer has to wait in line; the operator then gives
# buyers their usual 10 minutes.
"$BOXOFFICE" new --db "$DB" --active-limit 1 --admit-every 2s --active-ttl 6s >/dev/null
start early "$BOXOFFICE --db $DB --user early"
wait_for early "Concerts"
keys early Q
terminal_restored early
"$BOXOFFICE" config set --db "$DB" active-ttl 10m >/dev/null || fail "config set refused the shopping time"

start buyer "$BOXOFFICE --db $DB --user 민지 --admit-every 2s"
wait_for buyer "Waiting room"
wait_for buyer "Your position     #1"
wait_for buyer "Last checked"
wait_for buyer "You're in!" 30
wait_for buyer "Concerts"
wait_for buyer "아이유 콘서트"

keys buyer Enter
wait_for buyer "Venue ›"
keys buyer Enter
wait_for buyer "Section "
wait_for buyer "STAGE"
keys buyer Space
wait_for buyer "Selected row"
keys buyer Enter
wait_for buyer "Checkout"
wait_for buyer "Short by"

keys buyer Enter
wait_for buyer "Points"
wait_for buyer "Top up"
keys buyer Enter
wait_for buyer "Added"
wait_for buyer "Checkout"
keys buyer Enter
wait_for buyer "Payment complete"
wait_for buyer "New balance     0 pts"

tmux resize-window -t buyer -x 50 -y 14
wait_for buyer "at least 60"
tmux resize-window -t buyer -x 100 -y 30
wait_for buyer "Payment complete"
wait_gone buyer "at least 60"

keys buyer q
wait_for buyer "Your shopping time has ended."
keys buyer q
terminal_restored buyer

"$BOXOFFICE" points balance --db "$DB" --user 민지 --json | grep -q '"balance":0' || fail "the balance after paying is not 0"
"$BOXOFFICE" status --db "$DB" --json | grep -q '"active":0' || fail "the token was not spent by the payment"
echo "journey: ok"
