#!/usr/bin/env bash
# PostgreSQL restarted mid-sale (pg_ctl restart): two crowds and a server keep going on one
# database; calls in flight fail with a retryable error, later calls reconnect, and the
# audit then finds every invariant holding (nothing lost, nothing applied twice: payments
# and top-ups carry request keys). Needs the cluster of scripts/postgres-up
# (BOXOFFICE_PG_DIR); skipped, saying so, without it.
source "$(dirname "$0")/lib.bash"
if [ -z "${BOXOFFICE_TEST_POSTGRES:-}" ] || [ ! -d "${BOXOFFICE_PG_DIR:-}/data" ]; then
  echo "postgres-restart: skipped (needs the cluster of scripts/postgres-up: BOXOFFICE_TEST_POSTGRES and BOXOFFICE_PG_DIR)"
  exit 0
fi

name="boxoffice_restart_$$"
postgres_database "$name"

teardown() {
  for pid in ${crowd_a:-} ${crowd_b:-} ${server:-}; do kill -TERM "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  psql_admin -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" >/dev/null 2>&1 || true
  cleanup
}
trap teardown EXIT

timings=(--active-limit 20 --admit-every 1s --hold-for 20s --active-ttl 60s --waiting-ttl 30s --sweep-every 2s --token-sweep-every 5s)
"$BOXOFFICE" new --db "$DB" "${timings[@]}" >/dev/null || fail "new on PostgreSQL failed"
"$BOXOFFICE" serve --db "$DB" --port 8183 --log-stderr 2>>"$E2E_DIR/serve.log" >/dev/null &
server=$!
eventually 30 curl -sf http://127.0.0.1:8183/healthz -o /dev/null || fail "the server did not come up"

"$BOXOFFICE" crowd --db "$DB" --buyers 150 --seed 3 --speed 50 --duration 25s --name-prefix a "${timings[@]}" >"$E2E_DIR/crowd-a.out" 2>&1 &
crowd_a=$!
"$BOXOFFICE" crowd --db "$DB" --buyers 150 --seed 4 --first-index 150 --speed 50 --duration 25s --name-prefix b "${timings[@]}" \
  >"$E2E_DIR/crowd-b.out" 2>&1 &
crowd_b=$!
sleep 6
echo "restarting PostgreSQL mid-sale"
postgres_restart
wait "$crowd_a" || fail "crowd a exited with $? after the restart: $(tail -n 5 "$E2E_DIR/crowd-a.out")"
wait "$crowd_b" || fail "crowd b exited with $? after the restart: $(tail -n 5 "$E2E_DIR/crowd-b.out")"
crowd_a= crowd_b=
cat "$E2E_DIR/crowd-a.out"
curl -s http://127.0.0.1:8183/healthz >"$E2E_DIR/health.out" || true
grep -q '"ok"' "$E2E_DIR/health.out" || fail "the server does not answer after the restart: $(cat "$E2E_DIR/health.out"; tail -n 5 "$E2E_DIR/serve.log")"
failed=$(grep -c "storage failure" "$XDG_STATE_HOME/boxoffice/boxoffice.log" || true)
echo "calls that failed during the restart (each told to try again): $failed"
"$BOXOFFICE" audit --db "$DB" | tee "$E2E_DIR/audit.out"
grep -q "Every invariant holds." "$E2E_DIR/audit.out" || fail "the audit found broken invariants after the restart"
echo "postgres-restart: ok"
