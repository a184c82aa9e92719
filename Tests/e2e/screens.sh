#!/usr/bin/env bash
# Screen items of issue 19 at 80x24: a waiting buyer on Points keeps their place and is told
# at once when admitted; the seat grid after shopping time ends says so and offers the way
# back; help scrolls at 60x18 and Q quits from over it; q on the receipt goes back and Esc
# never quits.
source "$(dirname "$0")/lib.bash"
DB="$E2E_DIR/screens.sqlite"
"$BOXOFFICE" new --db "$DB" --active-limit 1 --active-ttl 20s --admit-every 2s --waiting-ttl 6s >/dev/null
waiting() { "$BOXOFFICE" status --db "$DB" --json | grep -qE "\"waiting\":$1[,}]"; }

# Someone holds the only place for 20 s; the waiter's place lapses after 6 s without a check.
start early "$BOXOFFICE --db $DB --user early"
wait_for early "Concerts"
keys early Q
terminal_restored early
start waiter "$BOXOFFICE --db $DB --user waiter"
wait_for waiter "Your position     #1"
keys waiter p
wait_for waiter "Top up"
sleep 10
waiting 1 || fail "the waiter's place lapsed while on the Points screen"
wait_for waiter "You're in!" 30
shows waiter "Top up" || fail "admission took the waiter off the Points screen"
shows waiter "left" || fail "the header does not count the shopping time down"
keys waiter q
wait_for waiter "Concerts"

# Help at 60x18 scrolls; Q quits from over it.
tmux resize-window -t waiter -x 60 -y 18
wait_for waiter "Concerts"
keys waiter '?'
wait_for waiter "scroll"
shows waiter "Quit boxoffice from any screen" && fail "help fitted at 60x18; nothing to scroll"
keys waiter G
wait_for waiter "Quit boxoffice from any screen"
keys waiter Q
terminal_restored waiter

# Shopping time ends on the seat grid.
"$BOXOFFICE" config set --db "$DB" active-limit 30 >/dev/null
"$BOXOFFICE" config set --db "$DB" active-ttl 8s >/dev/null
start shopper "$BOXOFFICE --db $DB --user shopper"
wait_for shopper "Concerts"
keys shopper Enter
wait_for shopper "Venue ›"
keys shopper Enter
wait_for shopper "Section "
wait_for shopper "STAGE"
keys shopper Space
wait_for shopper "Your shopping time has ended." 15
shows shopper "Press r to join the line again" || fail "the way back is not offered"
keys shopper Space Enter
sleep 0.5
shows shopper "Your shopping time has ended." || fail "Space or Enter did something after the time ended"
keys shopper r
wait_for shopper "Concerts"
keys shopper Escape
sleep 0.5
hides shopper "EXITED" || fail "Esc quit from the concert list"
keys shopper q
terminal_restored shopper

# q on the receipt goes back; Esc never quits.
"$BOXOFFICE" points charge --db "$DB" --user payer --amount 1000000 >/dev/null
start payer "$BOXOFFICE --db $DB --user payer"
wait_for payer "Concerts"
keys payer Enter
wait_for payer "Venue ›"
keys payer Enter
wait_for payer "Section "
wait_for payer "STAGE"
keys payer Space Enter
wait_for payer "Checkout"
keys payer Enter
wait_for payer "Payment complete"
keys payer q
wait_for payer "Your shopping time has ended."
keys payer Escape
sleep 0.5
hides payer "EXITED" || fail "Esc quit from the waiting room"
keys payer q
terminal_restored payer
echo "screens: ok"
