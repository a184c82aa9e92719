#!/usr/bin/env bash
# A buyer's walk in Korean at 80x24 (LANG=ko_KR.UTF-8): wait in line, open a date's venue,
# pick a section, hold the best seats together with `a`, top up, pay, read 19:00 KST. Every
# screen on the way is read back from tmux: each line fits in 80 columns, no character is
# broken (no syllable cut in half), the header and the footer are where they belong. Then `--lang ko` wins over LANG=C, and a command answers in
# Korean. Set E2E_PANES=DIR to keep the captured screens.
source "$(dirname "$0")/lib.bash"
DB="$E2E_DIR/korean.sqlite"
korean() { echo "env -u LC_ALL -u LC_MESSAGES LANG=ko_KR.UTF-8 $BOXOFFICE $*"; }

# readable TARGET NAME: the screen's lines are at most 80 columns (wide characters counted
# as two), none holds a broken character, the header starts the first row and the footer's
# help hint ends the last one.
readable() {
  local target=$1 name=$2
  screen "$target" > "$E2E_DIR/$name.txt"
  if [ -n "${E2E_PANES:-}" ]; then mkdir -p "$E2E_PANES" && cp "$E2E_DIR/$name.txt" "$E2E_PANES/"; fi
  python3 - "$E2E_DIR/$name.txt" <<'PY' || fail "the $name screen is not readable"
import sys, unicodedata
lines = open(sys.argv[1], encoding="utf-8", errors="replace").read().split("\n")
def columns(text):
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
problems = [f"row {n}: {columns(l)} columns" for n, l in enumerate(lines) if columns(l) > 80]
problems += [f"row {n}: a broken character" for n, l in enumerate(lines) if "\ufffd" in l]
problems += [f"row {n}: a lone jamo" for n, l in enumerate(lines) if any(0x1100 <= ord(c) <= 0x11FF or 0x3131 <= ord(c) <= 0x318E for c in l)]
if not lines[0].startswith(" boxoffice · "): problems.append("the header is not on the first row")
footer = [l for l in lines if l.strip()][-1]
if not footer.rstrip().endswith("? 도움말"): problems.append(f"the footer does not end with the help hint: {footer!r}")
for problem in problems: print(problem, file=sys.stderr)
sys.exit(1 if problems else 0)
PY
}

# As in journey.sh: someone else shops first, so our buyer waits in line.
"$BOXOFFICE" new --db "$DB" --active-limit 1 --admit-every 2s --active-ttl 6s >/dev/null
start early "$BOXOFFICE --db $DB --user early"
wait_for early "Concerts"
keys early Q
terminal_restored early
"$BOXOFFICE" config set --db "$DB" active-ttl 10m >/dev/null || fail "config set refused the shopping time"

start buyer "$(korean --db "$DB" --user 민지)"
wait_for buyer "─ 대기열 ─"
wait_for buyer "내 순번           대기 1명 중 1번째"
wait_for buyer "마지막 확인"
readable buyer waiting-room
wait_for buyer "입장했습니다!" 30
wait_for buyer "─ 공연 목록 ─"
wait_for buyer "아이유 콘서트"
wait_for buyer "잔여"
readable buyer concerts

# The stadium night, as venues.sh walks it in English.
on_stadium() { screen buyer | grep -A1 "Stadium Night" | grep -q "▸"; }
for _ in $(seq 1 12); do on_stadium && break; keys buyer Down; sleep 0.2; done
on_stadium || fail "the cursor never reached the stadium's date"
screen buyer | grep -A1 "Stadium Night" | grep -q "19:00 KST" || fail "the date list does not show 19:00 KST"
keys buyer Enter
wait_for buyer "공연장 › Stadium Night"
wait_for buyer "무대"
wait_for buyer "Enter로 구역 열기"
readable buyer venue
keys buyer Down
wait_for buyer "F5 · R · "
keys buyer Enter
wait_for buyer "─ 구역 F5"
wait_for buyer "F5구역 1열 1번 · R"
readable buyer seat-grid
keys buyer a
wait_for buyer "붙은 좌석 수"
wait_for buyer "F5구역"
readable buyer best-available
keys buyer Enter
wait_for buyer "─ 결제 ─"
wait_for buyer "F5구역 1열 17–20번 좌석을 선점했습니다"
wait_for buyer "부족한 포인트"
wait_for buyer "안에 결제하세요"
readable buyer checkout

keys buyer Enter
wait_for buyer "─ 포인트 ─"
wait_for buyer "✓ Enter로 충전"
readable buyer points
keys buyer Enter
wait_for buyer "포인트를 충전했습니다"
wait_for buyer "─ 결제 ─"
keys buyer Enter
wait_for buyer "✓ 결제 완료"
wait_for buyer "결제 후 잔액    0P"
wait_for buyer "19:00 KST"
readable buyer receipt
grep -cE "^ +F5구역 1열 [0-9]+번 " "$E2E_DIR/receipt.txt" | grep -qx 4 || fail "the receipt does not list four seats of row 1"

keys buyer '?'
wait_for buyer "키 안내 · 영수증"
readable buyer help
keys buyer x
wait_gone buyer "키 안내"
keys buyer q
wait_for buyer "예매 가능 시간이 끝났습니다."
readable buyer shopping-time-ended
keys buyer q
terminal_restored buyer

# --lang ko wins over LANG=C; the payment freed the only shopping place.
start second "env -u LC_ALL -u LC_MESSAGES LANG=C $BOXOFFICE --lang ko --db $DB --user 지훈"
wait_for second "─ 공연 목록 ─" 30
readable second lang-flag
keys second q
terminal_restored second

balance=$(env -u LC_ALL LANG=ko_KR.UTF-8 "$BOXOFFICE" points balance --db "$DB" --user 민지)
[ "$balance" = "민지님의 포인트는 0포인트입니다." ] || fail "the balance is not said in Korean: $balance"
echo "korean: ok"
