#!/usr/bin/env bash
# The chaos run's PostgreSQL mode: 3 crowd processes on one database, SIGKILLed and
# restarted at random for 25 s, PostgreSQL restarted once (pg_ctl restart) eight seconds in,
# then every invariant checked from the database. Needs the cluster of scripts/postgres-up
# (BOXOFFICE_TEST_POSTGRES and BOXOFFICE_PG_DIR); skipped, saying so, without it.
source "$(dirname "$0")/lib.bash"
if [ -z "${BOXOFFICE_TEST_POSTGRES:-}" ] || [ ! -d "${BOXOFFICE_PG_DIR:-}/data" ]; then
  echo "postgres-chaos: skipped (needs the cluster of scripts/postgres-up: BOXOFFICE_TEST_POSTGRES and BOXOFFICE_PG_DIR)"
  exit 0
fi

name="boxoffice_chaos_$$"
postgres_database "$name"
OUT="$E2E_DIR/chaos.out"

teardown() {
  [ -n "${chaos:-}" ] && kill -TERM "$chaos" 2>/dev/null
  wait 2>/dev/null || true
  psql_admin -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" >/dev/null 2>&1 || true
  cleanup
}
trap teardown EXIT

"$BOXOFFICE" chaos --db "$DB" --processes 3 --duration 25s --seed "${CHAOS_SEED:-7}" --kill-every 2s >"$OUT" 2>&1 &
chaos=$!
# Setting up the database (the demo catalog's stadiums, then the chaos catalog) comes first:
# a restart then would only fail the setup, as it should.
eventually 120 grep -q "^chaos:" "$OUT" || fail "the chaos run did not start: $(cat "$OUT")"
sleep 8
echo "restarting PostgreSQL during the chaos run"
postgres_restart
status=0
wait "$chaos" || status=$?
chaos=
cat "$OUT"
[ "$status" = 0 ] || fail "the chaos run exited with $status"
grep -q "^violations: 0$" "$OUT" || fail "the chaos run found violations"
kills=$(sed -n 's/.*killed with SIGKILL mid-run: \([0-9]*\).*/\1/p' "$OUT")
[ "${kills:-0}" -ge 5 ] || fail "only ${kills:-0} processes were killed"
"$BOXOFFICE" audit --db "$DB" | grep -q "Every invariant holds." || fail "the audit after the run found broken invariants"
echo "postgres-chaos: ok"
