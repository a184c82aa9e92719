#!/usr/bin/env bash
# The stadium at 80x24, as issue 12's buyer walks it: open the stadium night, see every
# section at a glance, pick a section, take four seats together with `a`, pay, and read
# 19:00 KST (the venue's time) with the buyer's own time beside it on the receipt.
source "$(dirname "$0")/lib.bash"
DB="$E2E_DIR/venues.sqlite"
"$BOXOFFICE" new --db "$DB" >/dev/null
"$BOXOFFICE" points charge --db "$DB" --user 민지 --amount 1000000 >/dev/null

start buyer "TZ=UTC $BOXOFFICE --db $DB --user 민지"
wait_for buyer "Concerts"
wait_for buyer "Stadium Night"
on_stadium() { screen buyer | grep -A1 "Stadium Night" | grep -q "▸"; }
for _ in $(seq 1 12); do on_stadium && break; keys buyer Down; sleep 0.2; done
on_stadium || fail "the cursor never reached the stadium's date"
screen buyer | grep -A1 "Stadium Night" | grep -q "19:00 KST" || fail "the date list does not show 19:00 KST"

keys buyer Enter
wait_for buyer "Venue › Stadium Night"
wait_for buyer "STAGE"
overview=$(screen buyer)
for name in F1 F2 F3 F4 F5 F6 F7 F8 F9 $(seq 101 113) $(seq 201 217); do
  grep -qE "(^| )$name " <<<"$overview" || fail "section $name is not on the overview"
done
grep -q "19:00 KST (10:00 your time)" <<<"$overview" || fail "the overview does not give both times"
echo "$overview"

keys buyer Down
wait_for buyer "F5 · R · "
keys buyer Enter
wait_for buyer "Section F5"
wait_for buyer "F5 · row 1 · seat 1 · R"
keys buyer a
wait_for buyer "Best available"
wait_for buyer "(1 to 4)"
screen buyer | grep -q "section F5" || fail "best available does not offer the section open"
keys buyer Enter
wait_for buyer "Checkout"
wait_for buyer "Held F5 · row 1 · seats 17–20"
screen buyer | grep -cE "^ +F5 · row 1 · seat [0-9]+ " | grep -qx 4 || fail "checkout does not list four seats of row 1"
keys buyer Enter
wait_for buyer "Payment complete"
receipt=$(screen buyer)
echo "$receipt"
grep -q "Sat\|Sun\|Mon\|Tue\|Wed\|Thu\|Fri" <<<"$receipt" || fail "the receipt has no date"
grep -q "19:00 KST (10:00 your time)" <<<"$receipt" || fail "the receipt does not show 19:00 KST"
grep -cE "^ +F5 · row 1 · seat [0-9]+ " <<<"$receipt" | grep -qx 4 || fail "the receipt does not list the four seats"

sold=$(sqlite3 "$DB" "SELECT COUNT(*), COUNT(DISTINCT s.row_ordinal), MAX(s.seat_in_row) - MIN(s.seat_in_row)
  FROM reservation r JOIN seat s ON s.id = r.seat_id WHERE r.buyer = '민지' AND r.status = 'confirmed'")
[ "$sold" = "4|1|3" ] || fail "four seats side by side in one row were not sold: $sold"
"$BOXOFFICE" audit --db "$DB" >/dev/null || fail "the database broke an invariant"

keys buyer q
wait_for buyer "Your shopping time has ended."
keys buyer q
terminal_restored buyer
echo "venues: ok"
