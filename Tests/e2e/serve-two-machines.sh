#!/usr/bin/env bash
# Two buyers on two "machines" (network namespaces) race for one seat through one server
# in a third; the winner pays, with the server restarted between the hold and the payment.
# The server's log holds one line per request and no credential in full.
source "$(dirname "$0")/lib.bash"
command -v ip >/dev/null || fail "ip (iproute2) is needed for the network namespaces"

ns=bo$$
DB="$E2E_DIR/served.sqlite"
SERVER_LOG="$E2E_DIR/serve.log"
PORT=8080
"$BOXOFFICE" new --db "$DB" >/dev/null

teardown() {
  [ -n "${server_pid:-}" ] && kill -TERM "$server_pid" 2>/dev/null
  for n in ${ns}s ${ns}a ${ns}b; do ip netns del "$n" 2>/dev/null || true; done
  cleanup
}
trap teardown EXIT

# The server's machine (s) is wired to each buyer's machine (a, b) by its own cable.
for n in s a b; do ip netns add ${ns}$n; ip -n ${ns}$n link set lo up; done
ip link add ${ns}sa type veth peer name ${ns}as
ip link add ${ns}sb type veth peer name ${ns}bs
ip link set ${ns}sa netns ${ns}s; ip link set ${ns}sb netns ${ns}s
ip link set ${ns}as netns ${ns}a; ip link set ${ns}bs netns ${ns}b
ip -n ${ns}s addr add 10.201.1.1/24 dev ${ns}sa; ip -n ${ns}s addr add 10.201.2.1/24 dev ${ns}sb
ip -n ${ns}a addr add 10.201.1.2/24 dev ${ns}as; ip -n ${ns}b addr add 10.201.2.2/24 dev ${ns}bs
for l in "s ${ns}sa" "s ${ns}sb" "a ${ns}as" "b ${ns}bs"; do set -- $l; ip -n ${ns}$1 link set $2 up; done

serve() {
  ip netns exec ${ns}s "$BOXOFFICE" serve --db "$DB" --host 0.0.0.0 --port $PORT --log-stderr 2>>"$SERVER_LOG" >/dev/null &
  server_pid=$!
  eventually 20 ip netns exec ${ns}a curl -sf http://10.201.1.1:$PORT/healthz -o /dev/null || fail "the server did not come up"
}
serve

tmux new-session -d -s hall -x 161 -y 24 "bash --norc --noprofile"
tmux split-window -h -t hall "bash --norc --noprofile"
tmux set-option -t hall remain-on-exit on >/dev/null
left=hall:0.0
right=hall:0.1
keys $left "stty sane; clear; ip netns exec ${ns}a env XDG_CONFIG_HOME=$E2E_DIR/a $BOXOFFICE --server http://10.201.1.1:$PORT --user ana ; echo EXITED:\$?" Enter
keys $right "stty sane; clear; ip netns exec ${ns}b env XDG_CONFIG_HOME=$E2E_DIR/b $BOXOFFICE --server http://10.201.2.1:$PORT --user 민지 ; echo EXITED:\$?" Enter
wait_for $left "Sign up"
wait_for $right "Sign up"
keys $left Enter
keys $right Enter
wait_for $left "Concerts"
wait_for $right "Concerts"
[ "$(stat -c %a "$E2E_DIR/a/boxoffice/credentials")" = 600 ] || fail "the credentials file is not 0600"
grep -q "민지" "$E2E_DIR/b/boxoffice/credentials" || fail "the key was not kept under the buyer's name"

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
keys $left Space
keys $right Space
wait_for $left "Selected row"
wait_for $right "Selected row"
keys $left Enter
keys $right Enter
# The loser learns it from the refused hold, or, when the live update came first, from the
# seat leaving their selection ("… was just taken by someone else …") and the map.
eventually 10 shows $left "Checkout" || eventually 10 shows $right "Checkout" || fail "nobody won the race"
if shows $left "Checkout"; then winner=$left loser=$right; else winner=$right loser=$left; fi
sleep 1
shows $loser "Checkout" && fail "both buyers hold the seat"
shows $loser "taken by someone else" || shows $loser "held by someone else" || fail "the loser was not told the seat was taken"
echo "the race: one winner"

kill -TERM "$server_pid"
started=$SECONDS
wait "$server_pid" || fail "the server did not exit 0 on SIGTERM"
[ $((SECONDS - started)) -le 10 ] || fail "the server took more than 10 s to stop"
server_pid=
keys $winner Enter
wait_for $winner "No connection"
serve
wait_for $winner "Points" 20
wait_gone $winner "No connection"
keys $winner Enter
wait_for $winner "Added"
wait_for $winner "Checkout"
keys $winner Enter
wait_for $winner "Payment complete"
echo "paid through a restarted server"

keys $left Q
keys $right Q
eventually 5 shows $left "Quit and keep" && keys $left y
eventually 5 shows $right "Quit and keep" && keys $right y
terminal_restored $left
terminal_restored $right

kill -TERM "$server_pid"; wait "$server_pid"; server_pid=
payments=$(sqlite3 "$DB" "SELECT COUNT(*) FROM payment WHERE buyer IN ('ana', '민지')")
[ "$payments" = 1 ] || fail "not exactly one payment: $payments"
[ "$(sqlite3 "$DB" "SELECT COUNT(*) FROM reservation WHERE status = 'confirmed' AND buyer IN ('ana', '민지')")" = 1 ] || fail "not exactly one seat sold"
grep -q "POST /payments 201" "$SERVER_LOG" || fail "the payment has no log line"
grep -qE "bk_[0-9a-f]{48}|qt_[0-9a-f]{32}-" "$SERVER_LOG" && fail "a credential is in the server's log"
echo "serve-two-machines: ok"
