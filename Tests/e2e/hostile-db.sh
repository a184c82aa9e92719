#!/usr/bin/env bash
# Hostile storage through the CLI: a corrupt file, a newer schema, a read-only filesystem
# and a full disk each give a clear message and exit 1 without changing the file's bytes.
# Also: files boxoffice creates are private, a file of another user is refused without
# leaving files beside it, and a file shared by two processes on an affected SQLite draws the
# warning in `status` and the log (never on stderr).
source "$(dirname "$0")/lib.bash"
MOUNTS=()
unmount_all() { for m in "${MOUNTS[@]}"; do umount "$m" 2>/dev/null || true; done; cleanup; }
trap unmount_all EXIT

# sum FILE...: one checksum of the files that exist among FILE...
sum() { { cat "$@" 2>/dev/null || true; } | sha256sum | cut -d' ' -f1; }

# expect_refusal TEXT COMMAND...: the command exits 1 and says TEXT on stderr.
expect_refusal() {
  local text=$1; shift
  local status=0
  "$@" >"$E2E_DIR/out" 2>"$E2E_DIR/err" || status=$?
  [ "$status" = 1 ] || fail "'$*' exited with $status, not 1: $(cat "$E2E_DIR/err")"
  grep -qF -- "$text" "$E2E_DIR/err" || fail "'$*' did not say '$text': $(cat "$E2E_DIR/err")"
  echo "  refused as expected: $(head -c 200 "$E2E_DIR/err")"
}

echo "-- corrupt file"
head -c 65536 /dev/urandom >"$E2E_DIR/corrupt.sqlite"
before=$(sum "$E2E_DIR/corrupt.sqlite")
expect_refusal "is not a boxoffice database" "$BOXOFFICE" status --db "$E2E_DIR/corrupt.sqlite"
expect_refusal "is not a boxoffice database" "$BOXOFFICE" points charge --db "$E2E_DIR/corrupt.sqlite" --user a --amount 5
[ "$(sum "$E2E_DIR/corrupt.sqlite")" = "$before" ] || fail "the corrupt file was changed"

echo "-- newer schema"
NEWER="$E2E_DIR/newer.sqlite"
"$BOXOFFICE" new --db "$NEWER" >/dev/null
"$BOXOFFICE" points charge --db "$NEWER" --user a --amount 5 >/dev/null
sqlite3 "$NEWER" "PRAGMA user_version = 99"
before=$(sum "$NEWER" "$NEWER-wal")
expect_refusal "written by a newer version of boxoffice" "$BOXOFFICE" status --db "$NEWER"
[ "$(sum "$NEWER" "$NEWER-wal")" = "$before" ] || fail "the newer file was changed"

if mkdir -p "$E2E_DIR/ro" && mount -t tmpfs -o size=32m tmpfs "$E2E_DIR/ro" 2>/dev/null; then
  MOUNTS+=("$E2E_DIR/ro")
  echo "-- read-only filesystem"
  RO="$E2E_DIR/ro/box.sqlite"
  "$BOXOFFICE" new --db "$RO" >/dev/null
  "$BOXOFFICE" points charge --db "$RO" --user a --amount 5 >/dev/null
  mount -o remount,ro "$E2E_DIR/ro"
  before=$(sum "$RO" "$RO-wal" "$RO-shm")
  expect_refusal "read-only" "$BOXOFFICE" points charge --db "$RO" --user a --amount 5
  [ "$(sum "$RO" "$RO-wal" "$RO-shm")" = "$before" ] || fail "the read-only file was changed"

  echo "-- full disk"
  mkdir -p "$E2E_DIR/full"
  mount -t tmpfs -o size=32m tmpfs "$E2E_DIR/full"
  MOUNTS+=("$E2E_DIR/full")
  FULL="$E2E_DIR/full/box.sqlite"
  "$BOXOFFICE" new --db "$FULL" >/dev/null
  "$BOXOFFICE" points charge --db "$FULL" --user a --amount 5 >/dev/null
  dd if=/dev/zero of="$E2E_DIR/full/filler" bs=4k 2>/dev/null || true
  before=$(sum "$FULL")
  full_status=0
  for i in $(seq 1 40); do
    "$BOXOFFICE" catalog load --db "$FULL" "$(dirname "$0")/../../assets/demo-catalog.yaml" >"$E2E_DIR/out" 2>"$E2E_DIR/err" || { full_status=$?; break; }
  done
  [ "$full_status" = 1 ] || fail "forty catalog loads on a full disk all succeeded"
  grep -qF "is full" "$E2E_DIR/err" || fail "the full disk was not named: $(cat "$E2E_DIR/err")"
  echo "  refused as expected: $(head -c 200 "$E2E_DIR/err")"
  [ "$(sum "$FULL")" = "$before" ] || fail "the database file was changed by a refused write"
  rm -f "$E2E_DIR/full/filler"
  "$BOXOFFICE" points balance --db "$FULL" --user a | grep -q "a has 5 points" || fail "the balance changed after the full disk"
  [ "$(sqlite3 "$FULL" 'PRAGMA integrity_check')" = ok ] || fail "the database is damaged after the full disk"
else
  echo "-- read-only filesystem and full disk: SKIPPED, tmpfs cannot be mounted here"
fi

echo "-- private files"
"$BOXOFFICE" new >/dev/null
"$BOXOFFICE" crowd --buyers 1 --duration 1s >/dev/null
[ "$(stat -c %a "$XDG_DATA_HOME/boxoffice")" = 700 ] || fail "the database folder is not 0700"
[ "$(stat -c %a "$XDG_DATA_HOME/boxoffice/boxoffice.sqlite")" = 600 ] || fail "the database file is not 0600"
[ "$(stat -c %a "$XDG_STATE_HOME/boxoffice")" = 700 ] || fail "the log folder is not 0700"
[ "$(stat -c %a "$XDG_STATE_HOME/boxoffice/boxoffice.log")" = 600 ] || fail "the log file is not 0600"
grep -q "SQLite 3" "$XDG_STATE_HOME/boxoffice/boxoffice.log" || fail "the crowd did not log the SQLite version"

echo "-- another user's file"
if command -v setpriv >/dev/null && [ "$(id -u)" = 0 ]; then
  OTHERS="$E2E_DIR/others"
  mkdir -p "$OTHERS" && chmod 1777 "$OTHERS" && chmod 755 "$E2E_DIR"
  OWNED="$OTHERS/owned.sqlite"
  as_owner() { setpriv --reuid=4101 --regid=4101 --clear-groups env HOME="$OTHERS" XDG_STATE_HOME="$OTHERS/state-owner" "$@"; }
  as_other() { setpriv --reuid=4102 --regid=4102 --clear-groups env HOME="$OTHERS" XDG_STATE_HOME="$OTHERS/state-other" "$@"; }
  # The binary and its resource bundles (the demo catalog), readable by the other users.
  cp "$BOXOFFICE" "$OTHERS/boxoffice" && chmod 755 "$OTHERS/boxoffice"
  cp -r "$(dirname "$BOXOFFICE")"/*.resources "$OTHERS/" && chmod -R a+rX "$OTHERS"
  as_owner "$OTHERS/boxoffice" new --db "$OWNED" >/dev/null
  chmod 644 "$OWNED"
  status=0
  as_other "$OTHERS/boxoffice" status --db "$OWNED" >/dev/null 2>"$E2E_DIR/err" || status=$?
  [ "$status" = 1 ] || fail "another user's file was not refused: $(cat "$E2E_DIR/err")"
  grep -qF "read-only for you" "$E2E_DIR/err" || fail "the refusal did not say why: $(cat "$E2E_DIR/err")"
  echo "  refused as expected: $(head -c 200 "$E2E_DIR/err")"
  [ -z "$(find "$OTHERS" -name 'owned.sqlite-*' -user 4102)" ] || fail "the refused open left files of the other user beside the database"
  as_owner "$OTHERS/boxoffice" points charge --db "$OWNED" --user owner --amount 5 >/dev/null || fail "the owner is locked out after the refused open"
else
  echo "  SKIPPED: needs root and setpriv to act as two users"
fi

echo "-- shared file (warned about only on an affected SQLite)"
SHARED="$E2E_DIR/shared.sqlite"
"$BOXOFFICE" new --db "$SHARED" >/dev/null
"$BOXOFFICE" crowd --db "$SHARED" --buyers 5 --duration 30s --progress-every 200ms >"$E2E_DIR/crowd.out" 2>&1 &
crowd=$!
for _ in $(seq 1 100); do grep -q "crowd progress" "$E2E_DIR/crowd.out" && break; sleep 0.1; done
"$BOXOFFICE" status --db "$SHARED" >"$E2E_DIR/out" 2>"$E2E_DIR/err"
kill "$crowd"; wait "$crowd" 2>/dev/null || true
[ ! -s "$E2E_DIR/err" ] || fail "status wrote to stderr: $(cat "$E2E_DIR/err")"
# The SQLite boxoffice itself runs (built in, not the system's), as its log names it.
version=$(grep -o 'on [^ ]*shared.sqlite, SQLite [0-9.]*' "$XDG_STATE_HOME/boxoffice/boxoffice.log" | tail -n 1 | sed 's/.*SQLite //')
[ -n "$version" ] || fail "the log does not name the SQLite version"

if [ "$(printf '%s\n3.51.3\n' "$version" | sort -V | head -n 1)" != 3.51.3 ]; then
  grep -qF "Several processes are using $SHARED with SQLite" "$E2E_DIR/out" || fail "no shared-file warning in status with SQLite $version"
  grep -qF "Several processes are using $SHARED with SQLite" "$XDG_STATE_HOME/boxoffice/boxoffice.log" || fail "no shared-file warning in the log"
  echo "  warned as expected: $(grep -F Warning "$E2E_DIR/out" | head -c 120)"
else
  ! grep -qF "Several processes" "$E2E_DIR/out" || fail "a warning with the fixed SQLite $version"
fi
echo "hostile-db: ok"
