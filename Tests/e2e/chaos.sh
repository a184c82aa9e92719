#!/usr/bin/env bash
# A short chaos run: 3 crowd processes on one file, SIGKILLed and restarted at random for
# 25 s while the schedulers run; every invariant is then checked from the database alone.
source "$(dirname "$0")/lib.bash"
DB="$E2E_DIR/chaos.sqlite"
OUT="$E2E_DIR/chaos.out"

status=0
"$BOXOFFICE" chaos --db "$DB" --processes 3 --duration 25s --seed "${CHAOS_SEED:-7}" --kill-every 2s >"$OUT" 2>&1 || status=$?
cat "$OUT"
[ "$status" = 0 ] || fail "the chaos run exited with $status"
grep -q "^violations: 0$" "$OUT" || fail "the chaos run found violations"
kills=$(sed -n 's/.*killed with SIGKILL mid-run: \([0-9]*\).*/\1/p' "$OUT")
[ "${kills:-0}" -ge 5 ] || fail "only ${kills:-0} processes were killed"
operations=$(sed -n 's/^operations (engine calls reported by the crowds): \([0-9]*\)$/\1/p' "$OUT")
[ "${operations:-0}" -ge 500 ] || fail "only ${operations:-0} operations were made"
"$BOXOFFICE" status --db "$DB" >/dev/null || fail "the database cannot be read after the chaos run"
echo "chaos: ok"

# The same with the crowds' clocks up to 5 minutes ahead and behind, and every third crowd
# started with timings that differ from the database's policy: those must be refused, and
# nothing stored may break.
SKEWED="$E2E_DIR/chaos-skew.sqlite"
status=0
"$BOXOFFICE" chaos --db "$SKEWED" --processes 3 --duration 20s --seed "${CHAOS_SEED:-7}" --kill-every 2s \
  --clock-skew 5m --conflicting-flags >"$OUT" 2>&1 || status=$?
cat "$OUT"
[ "$status" = 0 ] || fail "the skewed chaos run exited with $status"
grep -q "^violations: 0$" "$OUT" || fail "the skewed chaos run found violations"
grep -q "ran anyway: 0$" "$OUT" || fail "a crowd ran with timings the database does not have"
grep -qE "started with conflicting timings: [1-9]" "$OUT" || fail "no crowd was started with conflicting timings"
echo "chaos (skewed clocks, conflicting timings): ok"
