#!/usr/bin/env bash
# A random storm of keys for about 45 s: arrows, letters, digits, Korean text, function
# keys, long pastes and resizes down to 10x5 and back. The client must neither crash nor
# quit, and must give the terminal back intact when it is finally closed with Ctrl-C (and y if it
# asks about seats still held).
source "$(dirname "$0")/lib.bash"
DB="$E2E_DIR/storm.sqlite"
RANDOM=${STORM_SEED:-6}
"$BOXOFFICE" new --db "$DB" --hold-for 10s >/dev/null
"$BOXOFFICE" points charge --db "$DB" --user storm --amount 1000000 >/dev/null

STATUS="$E2E_DIR/storm.status"
# The client's exit status goes to a file: on this machine a shell has been seen to get an
# interrupt of its own just after the client quit on Ctrl-C, which drops the rest of its
# command line (an `echo EXITED` after the client included).
start storm "( $BOXOFFICE --db $DB --user storm; echo \$? > $STATUS )"
wait_for storm "Concerts"

# Every key but the ones that quit (q, Q, Esc, Ctrl-C) or stop the process (Ctrl-Z, Ctrl-\).
named=(Up Down Left Right Up Down Left Right Enter Space Tab BSpace Home End PageUp PageDown IC DC
       F1 F2 F3 F4 F5 F6 F7 F8 F9 F10 F11 F12 C-a C-l C-r C-u BTab)
letters=(a b c d e f g h i j k l m n o p r s t u v w x y z 0 1 2 3 4 5 6 7 8 9 '?' '/' '-' '+' ' ')
korean=(민지 아이유 콘서트 좌석 결제 포인트 "안녕하세요 여러분" 👍 🎵 é ñ)
sizes=("10 5" "20 8" "59 17" "60 18" "80 24" "132 40" "200 60")
press() { tmux send-keys -t storm -- "$1"; }
type_text() { tmux send-keys -t storm -l -- "$1"; }
paste_text() {
  local text="" i
  for ((i = 0; i < 200 + RANDOM % 800; i++)); do
    case $((RANDOM % 3)) in
      0) text+=${letters[RANDOM % ${#letters[@]}]} ;;
      1) text+=${korean[RANDOM % ${#korean[@]}]} ;;
      2) text+=$((RANDOM % 10)) ;;
    esac
  done
  printf '%s' "$text"
}

sent=0 pastes=0 resizes=0
end=$((SECONDS + ${STORM_SECONDS:-45}))
while [ $SECONDS -lt $end ]; do
  case $((RANDOM % 20)) in
    0) type_text "$(paste_text)"; pastes=$((pastes + 1)) ;;
    1) size=${sizes[RANDOM % ${#sizes[@]}]}
       tmux resize-window -t storm -x "${size% *}" -y "${size#* }"; resizes=$((resizes + 1)) ;;
    2|3|4) type_text "${korean[RANDOM % ${#korean[@]}]}" ;;
    5|6|7|8|9) press "${letters[RANDOM % ${#letters[@]}]}" ;;
    *) press "${named[RANDOM % ${#named[@]}]}" ;;
  esac
  sent=$((sent + 1))
  if ((sent % 50 == 0)); then
    screen storm | grep -q "EXITED:" && fail "the client ended during the storm after $sent inputs"
    sleep 0.05
  fi
done
tmux resize-window -t storm -x 80 -y 24
[ "$(tmux display -p -t storm '#{alternate_on}')" = 1 ] || fail "the client ended during the storm"

# Ctrl-C quits from anywhere (the client may first work through keys still queued); with
# seats still held it asks, and y answers.
asks() { shows storm "Quit and keep holds"; }
exited() { [ -s "$STATUS" ]; }
answered() { exited || asks; }
at_prompt() { screen storm | grep -v '^$' | tail -n 1 | grep -qE '^bash-[0-9.]+# ?$'; }
keys storm C-c
eventually 30 answered || true
exited || ! asks || keys storm y
eventually 10 exited || true
[ "$(cat "$STATUS" 2>/dev/null)" = 0 ] || fail "the client did not exit with status 0 on Ctrl-C (status: $(cat "$STATUS" 2>/dev/null || echo none))"
# Let the shell settle at its prompt before typing into it.
eventually 10 at_prompt || true
sleep 1
terminal_sane storm
# Keys typed into boxoffice but not read when it quit are discarded, never run by the shell.
screen storm | grep -q "command not found" && fail "keys typed into boxoffice reached the shell"
echo "key-storm: ok ($sent inputs, $pastes pastes, $resizes resizes)"
