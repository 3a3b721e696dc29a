#!/usr/bin/env bash
# Real-terminal test of the terminal lab: tmux (on a private server socket) runs the bundled
# looplab at 120x40 and 80x24, types the technote's commands with send-keys and reads the screen
# with capture-pane. Prints "N passed, N failed"; exits 1 on any failure.
#   bash test/e2e/tmux.sh            (builds dist/ first; LOOPLAB_E2E_NO_BUILD=1 skips that)
set -u
cd "$(dirname "$0")/../.."
ROOT=$PWD

if ! command -v tmux >/dev/null; then
  echo "tmux is not installed: skipped"
  exit 0
fi
if [ -z "${LOOPLAB_E2E_NO_BUILD:-}" ]; then
  node scripts/build.mjs >/dev/null || { echo "build failed"; exit 1; }
fi

# one tmux server per run below, each on its own socket: a new server on the socket of one that
# is still shutting down can die with "server exited unexpectedly"
RUN=0
SOCK="looplab-e2e-$$-$RUN"
CONF=$(mktemp)
HOMEDIR=$(mktemp -d)
printf 'set -g remain-on-exit on\nset -g history-limit 10000\n' >"$CONF"
tmx() { tmux -L "$SOCK" -f "$CONF" "$@"; }
cleanup() {
  tmx kill-server 2>/dev/null
  rm -rf "$CONF" "$HOMEDIR"
  rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/looplab-e2e-$$-"*
}
trap cleanup EXIT

pass=0
fail=0
S=lab
screen() { tmx capture-pane -p -t "$S"; }
# the prompt row: the row above the key hint (full screen), the last "#" row left of the strip (inline)
INLINE=
prompt_row() {
  if [ -n "$INLINE" ]; then screen | grep -E '^#' | tail -1 | sed 's/ │ .*//; s/ *$//'
  else screen | grep -B1 -E '^(● REC )?(F1 help|F4 hint|replay |[0-9]+/[0-9]+ goals)' | head -1 | sed 's/ *$//'; fi
}
wait_for() { # REGEX [SECONDS] [what: screen|prompt|all]
  local re=$1 secs=${2:-10} what=${3:-screen}
  local end=$(($(date +%s%N) + secs * 1000000000))
  while (($(date +%s%N) < end)); do
    case $what in
      prompt) prompt_row | grep -Eq -- "$re" && return 0 ;;
      all) tmx capture-pane -p -S - -t "$S" | grep -Eq -- "$re" && return 0 ;;
      *) screen | grep -Eq -- "$re" && return 0 ;;
    esac
    sleep 0.05
  done
  return 1
}
check() { # NAME REGEX [SECONDS] [what]
  if wait_for "$2" "${3:-10}" "${4:-screen}"; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL [$SIZE] $1: no /$2/ on the ${4:-screen}"
    if [ "${4:-}" = prompt ]; then echo "prompt row: '$(prompt_row)'"; fi
    screen | sed 's/^/  | /'
  fi
}
check_not() { # NAME REGEX [SECONDS]: the regex leaves the screen
  local end=$(($(date +%s%N) + ${3:-5} * 1000000000))
  while (($(date +%s%N) < end)); do
    if ! screen | grep -Eq -- "$2"; then
      pass=$((pass + 1))
      return
    fi
    sleep 0.05
  done
  fail=$((fail + 1))
  echo "FAIL [$SIZE] $1: /$2/ is still on the screen"
  screen | sed 's/^/  | /'
}
keys() { tmx send-keys -t "$S" "$@"; }
type_line() { # type text (literally), wait for it on the prompt row, press Enter
  keys -l -- "$1"
  wait_for "^# $(printf '%s' "$1" | sed 's/[][\.*^$|+?(){}/]/\\&/g')\$" 5 prompt || echo "  (typed line not echoed: $1)"
  keys Enter
}

# CI=true in every start: ink would draw only the last frame at exit where CI is set (is-in-ci);
# the lab must draw every frame anyway (shell/inkframes.ts), so every check here also proves that
start() { # COLS ROWS [args] (TERM from $E2E_TERM, else xterm-256color)
  SIZE="$1x$2${3:+ $3}"
  tmx kill-server 2>/dev/null
  RUN=$((RUN + 1))
  SOCK="looplab-e2e-$$-$RUN"
  tmx new-session -d -s "$S" -x "$1" -y "$2" \
    "cd '$ROOT'; echo BEFORE-LOOPLAB; env CI=true LOOPLAB_HOME='$HOMEDIR' TERM=${E2E_TERM:-xterm-256color} node dist/looplab.mjs ${3:-}; echo __EXIT__=\$?" \; set -g window-size manual
}
check_count() { # NAME REGEX N: the regex is on exactly N rows of the screen and its scrollback
  local n
  n=$(tmx capture-pane -p -S - -t "$S" | grep -Ec -- "$2")
  if [ "$n" -eq "$3" ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL [$SIZE] $1: /$2/ on $n rows, not $3"
    tmx capture-pane -p -S - -t "$S" | sed 's/^/  | /'
  fi
}
paste() { # TEXT: pasted the way a terminal pastes (bracketed when the program asked for it)
  tmx set-buffer -b e2e -- "$1"
  tmx paste-buffer -p -d -b e2e -t "$S"
}

CD='loopmount -i /backup/cd_image -o "-V cdrfs -o ro" -m /mnt'

technote() { # the checks that hold at any size
  check "prompt" '^#$' 15 prompt
  check "banner" 'aixlab · AIX 7\.2'
  check "no device yet" 'no loop devices'
  type_line 'lsdev -C | grep loop'
  check "grep finds nothing" '^# lsdev -C \| grep loop( |$)'
  type_line "$CD"
  check "loop0 in the Devices pane" '│ loop0 Available'
  check "the mount in the Mounts pane" '/mnt /dev/loop0 cdrfs'
  type_line 'lsdev -C | grep loop'
  check "lsdev output" '^loop0 +Available +Loopback Device'
  type_line 'df /mnt'
  check "df output" '^/dev/loop0 +1678304 +0 +100%'
  keys Up
  check "history recall (Up)" '^# df /mnt$' 5 prompt
  keys Up
  check "history recall (Up Up)" '^# lsdev -C \| grep loop$' 5 prompt
  keys C-u
  check "Ctrl-U empties the line" '^#$' 5 prompt
  keys -l 'lsat'
  keys Tab
  check "Tab completes a command" '^# lsattr$' 5 prompt
  keys -l -- '-El loo'
  keys Tab
  check "Tab completes a device" '^# lsattr -El loop0$' 5 prompt
  keys Enter
  check "lsattr output" '^filename +/backup/cd_image'
  keys -l 'garbage typed'
  wait_for '^# garbage typed$' 5 prompt
  keys C-c
  check "Ctrl-C shows ^C" '^# garbage typed\^C( |$)'
  check "Ctrl-C gives a fresh prompt" '^#$' 5 prompt
  type_line 'loopumount -l loop0 -m /mnt'
  check "loop0 gone from the Devices pane" 'no loop devices'
  check_not "loop0 not Available any more" '│ loop0 Available'
  check_not "the mount is gone" '/mnt /dev/loop0'
}

finish() { # exit, then the transcript stays on the normal screen
  type_line 'exit'
  check "exit status 0" '^__EXIT__=0$' 10
  check "transcript left on the screen" '^# loopmount -i /backup/cd_image'
  check "the session's output too" '^loop0 +Available +Loopback Device'
  check "scrollback kept (no ESC[3J)" '^BEFORE-LOOPLAB$' 5 all
}

# ---- full screen, wide: panes on the right ----
start 120 40
technote
check "panes beside the session" '^ {40,}╭─Devices'
check "the hint on the terminal's last row" '^F1 help'
if [ "$(screen | tail -1 | grep -c '^F1 help')" = 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL [$SIZE] the last row is not the hint"; fi
# a command of several lines, recalled: a prompt row per line, the hint stays
type_line 'for i in 1 2'
keys -l 'do'; keys Enter; keys -l 'echo $i'; keys Enter; keys -l 'done'; keys Enter
check "a loop's output" '^2 +'
keys Up
check "Up: the loop's last line on the prompt row" '^> done$' 5 prompt
check "Up: the loop's first line above it" '^# for i in 1 2 *$'
check "Up: the hint line still shows" '^F1 help'
keys C-u
# pasted text: a Tab in it is text, not a completion (bracketed paste)
keys C-a C-k
paste "$(printf 'echo "a\tloopm"')"
check "a pasted Tab stays a tab" '^# echo "a {7}loopm"$' 5 prompt
keys Enter
check "the pasted line runs" '^a {7}loopm +'
# resize: the layout follows (narrow: panes below the session)
tmx resize-window -t "$S" -x 90 -y 30
check "narrow after resize: panes below" '^╭─Devices'
tmx resize-window -t "$S" -x 120 -y 40
check "wide again" '^ +╭─Devices'
keys F2
check_not "F2 hides the panes" '╭─Devices'
keys F2
check "F2 shows them again" '╭─Devices'
finish

# ---- processes: Ctrl-C, the keyboard, a question, a busy mount, memory, SIGTERM ----
start 120 40
check "proc: prompt" '^#$' 15 prompt
labpid() { ps -o pid= --ppid "$(tmx display -p -t "$S" '#{pane_pid}')" | tr -d ' ' | head -1; }
rss() { ps -o rss= -p "$1" | tr -d ' '; }
PID=$(labpid)
type_line 'while true; do :; done'
check_not "proc: the loop runs (no prompt)" '^#$' 3
keys C-c
check "proc: Ctrl-C ends an endless loop" '\^C#$' 5 prompt
keys -l 'echo $?'; keys Enter
check "proc: its status is 130" '^130( |$)'
type_line 'read x'
keys -l 'typed at the keyboard'; keys Enter
type_line 'echo "[$x]"'
check "proc: read takes a typed line" '^\[typed at the keyboard\]( |$)'
type_line 'yes > /dev/null &'
type_line 'sleep 1; echo slept-through'
check "proc: sleep ends while a background job runs" '^slept-through( |$)' 10
type_line 'kill %1'
type_line 'sleep 30'
sleep 0.3
keys C-z
check "proc: Ctrl-Z stops a foreground command" '^\^Z\[[0-9]\] \+ Stopped +sleep 30( |$)' 5
type_line 'kill -9 %sleep'
check "proc: the stopped job is killed" '^\[[0-9]\] \+ Killed +sleep 30( |$)' 5
type_line 'dd if=/dev/zero of=/images/d.img bs=1024k count=8'
type_line 'loopmount -i /images/d.img'
type_line 'mkfs -V jfs2 /dev/loop0'
check "proc: mkfs waits with its question" '^mkfs: destroy /dev/loop0 \(yes\)\?$' 5 prompt
keys -l n; keys Enter
check "proc: the answer n is on the question's line" '^mkfs: destroy /dev/loop0 \(yes\)\? n( |$)'
keys -l 'echo $?'; keys Enter
check "proc: mkfs answered n stops (status 0, as AIX's mkfs.c exits)" '^0( |$)'
type_line 'mkdir /cdmount; cd /cdmount'
type_line 'loopmount -i /backup/cd_image -o "-V cdrfs -o ro" -m /cdmount'
type_line 'cd /cdmount; sleep 100 &'
check "proc: & prints the job and its pid" '^\[1\] +[0-9]{7}'
type_line 'cd /'
type_line 'loopumount -l loop1 -m /cdmount'
check "proc: loopumount fails busy" 'Cannot unmount /dev/loop1: The requested resource is busy\.'
type_line 'fuser -c /cdmount'
JOBPID=$(screen | grep -Eo '^\[1\] +[0-9]{7}' | grep -Eo '[0-9]{7}' | tail -1)
check "proc: fuser -c names the job's pid" "^/cdmount: +${JOBPID}c"
type_line 'kill %1'
check "proc: kill %1, and ksh's notice" '^\[1\] \+ Terminated +cd /cdmount; sleep 100 &'
type_line 'loopumount -l loop1 -m /cdmount'
type_line 'lsdev -C | grep -c loop1'
check "proc: then loopumount works" '^0( |$)'
# memory: cat /dev/zero for 5 s, interrupted, leaves the lab's memory near where it was
R0=$(rss "$PID")
type_line 'cat /dev/zero'
sleep 5
keys C-c
check "proc: Ctrl-C ends cat /dev/zero" '\^C#$' 5 prompt
R1=$(rss "$PID")
if [ -n "$R0" ] && [ -n "$R1" ] && [ $((R1 - R0)) -lt 102400 ]; then pass=$((pass + 1)); else
  fail=$((fail + 1)); echo "FAIL [$SIZE] proc: RSS grew from ${R0} KB to ${R1} KB after cat /dev/zero"; fi
echo "  (RSS idle ${R0} KB, after 5 s of cat /dev/zero ${R1} KB)"
# SIGTERM: the lab leaves, the terminal is itself again (main screen: what was there before shows)
kill -TERM "$PID"
check "proc: SIGTERM ends the lab" '^__EXIT__=143$' 10
# (the main screen with what was on it: tmux's "Pane is dead" line may scroll it by a row)
check "proc: SIGTERM restores the main screen" '^BEFORE-LOOPLAB$' 5 all
if [ "$(tmx display -p -t "$S" '#{alternate_on}')" = 0 ]; then pass=$((pass + 1)); else
  fail=$((fail + 1)); echo "FAIL [$SIZE] proc: the alternate screen is still on after SIGTERM"; fi
check_not "proc: no frame of the lab left" 'F1 help' 3

# ---- more and pg read single keys (the terminal in non-canonical mode) ----
start 120 40
check "pager: prompt" '^#$' 15 prompt
type_line 'i=1; while [ $i -le 100 ]; do echo row$i; i=$((i+1)); done > /tmp/rows'
type_line 'more /tmp/rows'
check "more: the first screen" '^row22( |$)'
check "more: its prompt" '^--More--\([0-9]+%\)$' 5 prompt
check "more: the hint says keys go to the program" 'the program reads each key'
keys Space
check "more: Space alone shows the next screen" '^row44( |$)'
check "more: the prompt again, with more of the file" '^--More--\([0-9]+%\)$' 5 prompt
keys q
check "more: q alone quits (no Enter)" '^#$' 5 prompt
check_count "more: its prompts were taken away, none left in the scrollback" '^--More--' 0
type_line 'more /tmp/rows'
check "more: again" '^--More--\([0-9]+%\)$' 5 prompt
keys -l 'qecho typed-after-q'
keys Enter
check "more: what is typed after q goes to the shell" '^typed-after-q( |$)'
type_line 'pg -n /tmp/rows'
check "pg: its prompt" '^:$' 5 prompt
keys l
check "pg -n: l shows the next line without Enter" '^row24( |$)'
keys q
check "pg -n: q quits without Enter" '^#$' 5 prompt
type_line 'exit'
check "pager: exit status 0" '^__EXIT__=0$' 10

# ---- full screen, 80x24: panes below ----
start 80 24
technote
check "panes below the session" '^╭─Devices'
keys F1
check "F1: the help rows fit 80 columns" '^      Ctrl-C cancels the line · Ctrl-L clears · F2 shows or hides the panes *$'
check_count "F1: no help row wrapped mid-word" '^(ke|ines|es|anes|een|ouse)\b' 0
check "F1: a fresh prompt under the help" '^Commands: help lists them, man NAME shows a page\.$'
keys -l 'echo after'
check "F1: the line typed after the help is on a prompt" '^# echo after$' 5 prompt
keys C-u
# history from the first session (saved in LOOPLAB_HOME)
keys C-r
keys -l 'grep'
check "Ctrl-R finds an earlier command" "reverse-i-search\\)'grep': lsdev -C \\| grep loop" 5
keys C-g
finish

# ---- ksh's editing modes: set -o vi, set -o emacs ----
start 120 40
check "vi: prompt" '^#$' 15 prompt
type_line 'set -o vi'
check "vi: the hint names the mode" '^F1 help · vi input mode'
keys -l 'echo hello'
wait_for '^# echo hello$' 5 prompt
keys Escape
check "vi: Esc, control mode" '^F1 help · vi control mode'
keys 0
keys c w
keys -l 'print'
check "vi: 0 cw changes the first word" '^# print hello$' 5 prompt
keys Escape
keys Enter
check "vi: Enter runs the edited line" '^hello( |$)'
keys Escape k
check "vi: k brings the line back" '^# print hello$' 5 prompt
keys c c
keys -l 'set -o emacs'
keys Enter
check "emacs: the hint names the mode" '^F1 help · emacs mode'
keys -l 'print two'
keys C-a M-f
keys -l ' one'
keys C-e
check "emacs: Ctrl-A, Esc-f, Ctrl-E" '^# print one two$' 5 prompt
keys Enter
check "emacs: the line runs" '^one two( |$)'
keys C-p
check "emacs: Ctrl-P" '^# print one two$' 5 prompt
keys C-u
type_line 'set +o emacs'
check "set +o emacs: the lab's keys again" '^F1 help · Tab completes'
type_line 'exit'
check "modes: exit status 0" '^__EXIT__=0$' 10

# ---- inline layout ----
INLINE=1
start 120 40 --inline
check "inline prompt" '^# ' 15
type_line "$CD"
check "inline: loop0 in the strip" 'Devices +loop0 Available'
type_line 'lsdev -C | grep loop'
check "inline: output in the scrollback" '^loop0 +Available +Loopback Device'
type_line 'set -o vi'
keys -l 'echo inline-vi'
wait_for '^# echo inline-vi' 5 prompt
keys Escape
keys 0 c w
keys -l 'print'
keys Escape Enter
check "inline: vi mode edits and runs the line" '^inline-vi( |$)'
type_line 'set +o vi'
check "inline: the hint offers no PgUp (the terminal scrolls)" '^# .*│.*F2 panes|^F1 help'
check_not "inline: no PgUp in the hint" 'PgUp' 2
keys PPage
check_not "inline: PgUp claims no scrolling" 'scrolled back' 2
# a narrower terminal: the live area is redrawn, no old copy left in the scrollback
tmx resize-window -t "$S" -x 90 -y 40
sleep 0.3
tmx resize-window -t "$S" -x 70 -y 40
sleep 0.3
type_line 'echo after-resize'
check "inline: output after the resize" '^after-resize'
check_count "inline: one live area after two resizes (no debris)" 'Devices +loop0 Available' 1
type_line 'exit'
check "inline: exit status 0" '^__EXIT__=0$' 10
check "inline: the session stays" '^# lsdev -C \| grep loop' 5 all

# ---- inline at 80 columns: the panes strip by default ----
start 80 24 --inline
check "inline 80: prompt" '^#( |$)' 15
check "inline 80: the strip shows" '^Devices +no loop devices'
type_line 'exit'
check "inline 80: exit status 0" '^__EXIT__=0$' 10

# ---- TERM=dumb: the plain line REPL, no full screen ----
E2E_TERM=dumb start 80 24
check "dumb: a plain prompt" '^# ?$' 15
keys -l 'echo plain'; keys Enter
check "dumb: output" '^plain$'
check_not "dumb: no key hint (no full screen)" 'F1 help' 2
keys -l 'half typed'; sleep 0.2; keys C-c
keys -l 'echo alive'; keys Enter
check "dumb: Ctrl-C on a half-typed line leaves the lab running" '^alive$'
check_not "dumb: the lab did not exit on Ctrl-C" '__EXIT__' 1
keys -l 'sleep 30'; keys Enter
sleep 0.3
keys C-z
check "dumb: Ctrl-Z stops the job inside the lab" '\[1\] \+ Stopped +sleep 30' 5
keys -l 'kill -9 %1'; keys Enter
check "dumb: the job is killed" '\[1\] \+ Killed +sleep 30' 5
keys -l 'cat'; keys Enter
sleep 0.3
keys C-d
keys -l 'echo after-eof'; keys Enter
check "dumb: Ctrl-D ends cat, not the lab" '^after-eof$'
check_not "dumb: the lab did not exit on Ctrl-D" '__EXIT__' 1
keys -l 'exit'; keys Enter
check "dumb: exit status 0" '^__EXIT__=0$' 10

# ---- the lab's output into a pipe (looplab | cat): Ctrl-C ends cat too; no stack trace ----
SIZE="pipe"
tmx kill-server 2>/dev/null
RUN=$((RUN + 1))
SOCK="looplab-e2e-$$-$RUN"
tmx new-session -d -s "$S" -x 80 -y 24 "cd '$ROOT'; env LOOPLAB_HOME='$HOMEDIR' TERM=xterm-256color node dist/looplab.mjs 2>&1 | cat; echo __EXIT__=\$?" \; set -g window-size manual
check "pipe: a plain prompt" '^# ?$' 15
keys -l 'sleep 30'; keys Enter
sleep 0.3
keys C-c
# Ctrl-C ends cat and interrupts sleep; the lab then writes its prompt. Written after cat is
# gone, that write fails and the lab leaves; written before (a loaded host: the pipe still had
# its reader), it sits in the pipe, as a real shell's would, and the lab leaves at its next
# output: Enter gives one. Once the lab has left, Enter goes to a dead pane.
sleep 0.5
keys Enter
check "pipe: Ctrl-C ends the lab's reader; the lab leaves quietly (at its next output)" '__EXIT__=' 10
check_not "pipe: no JavaScript error" 'EPIPE|Error:|  at ' 1

# ---- replay: captions, commands typed and run, Space / n / q ----
INLINE=
start 120 36 "replay scenarios/aix/01-mount-cd-image.md --speed 4"
check "replay: the scenario's title" 'looplab replay · Mounting a CD image'
check "replay: a caption from the prose" '▌ .*technote'
check "replay: the player's keys" 'replay (playing|PAUSED) [0-9]+/9 .*Space.*n next command.*q quits'
check "replay: the first command typed and run" 'replay playing 1/9' 15
keys Space
check "replay: Space pauses" 'replay PAUSED'
keys n
check "replay: n runs the next command" '^# loopmount -i /backup/cd_image .*-m /cdmount'
check "replay: its effect in the panes" '│ loop0 Available'
keys q
check "replay: q quits" '^__EXIT__=0$' 10

# ---- inline replay: the player's keys are not cut by the strip ----
start 100 36 "replay scenarios/aix/01-mount-cd-image.md --speed 4 --inline"
check "inline replay: the whole key hint" '^replay (playing|PAUSED) [0-9]+/9( · 4x)? · Space (pauses|plays) · n next command · q quits *$'
keys q
check "inline replay: q quits" '^__EXIT__=0$' 10

# ---- record: an interactive session into a cast the strict checker accepts ----
CAST="$HOMEDIR/session.cast"
start 100 30 "record '$CAST'"
check "record: prompt" '^#$' 15 prompt
check "record: REC in the status line" '^● REC F1 help'
check "record: 100 columns, panes below the session" '^╭─Devices'
type_line "$CD"
check "record: the command ran" '│ loop0 Available'
type_line 'exit'
check "record: exit status 0" '^__EXIT__=0$' 10
check "record: where the cast went" "^saved .*session\.cast \([0-9]+ s, 2 commands\)$"
KEYS=$(node -e 'console.log(JSON.stringify(process.argv[1] + "\rexit\r"))' "$CD")
if out=$(node --import tsx test/e2e/checkcast.ts "$CAST" --screen 2>&1) && grep -q 'markers: loopmount' <<<"$out" \
  && grep -qxF "keys: $KEYS" <<<"$out" && sed -n '/--- the last frame ---/,$p' <<<"$out" | grep -q '╭─Devices'; then
  pass=$((pass + 1))
else
  fail=$((fail + 1))
  echo "FAIL record: the cast (v2, the keys $KEYS, its last frame should show the panes): $out"
fi

# ---- asciinema cat of the recording: the shell goes on below the last frame ----
if command -v asciinema >/dev/null; then
  SIZE="100x36 asciinema cat"
  tmx kill-server 2>/dev/null
  RUN=$((RUN + 1))
  SOCK="looplab-e2e-$$-$RUN"
  tmx new-session -d -s "$S" -x 100 -y 36 "LC_ALL=C.UTF-8 asciinema cat '$CAST'; echo __CAT_DONE__" \; set -g window-size manual
  check "asciinema cat: the cast played" '^__CAT_DONE__$' 15
  if screen | grep -B1 -x '__CAT_DONE__' | head -1 | grep -q 'F1 help'; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL asciinema cat: __CAT_DONE__ should be on the row under the frame's status line"
    screen | sed 's/^/  | /'
  fi
fi

# ---- record refuses an existing file; --force --format v3 replaces it ----
start 100 30 "record '$CAST'"
check "record: an existing file refused" "^looplab record: .*session\.cast exists \(--force overwrites it\)$" 10
check "record: refused with status 1" '^__EXIT__=1$' 10
start 100 30 "record --force --format v3 '$CAST'"
check "record v3: prompt" '^#$' 15 prompt
type_line 'exit'
check "record v3: saved" "^saved .*session\.cast \([0-9]+ s, 1 command\)$" 10
if out=$(node --import tsx test/e2e/checkcast.ts "$CAST" 2>&1) && grep -q '^cast ok: v3 100x30' <<<"$out" \
  && grep -qxF 'keys: "exit\r"' <<<"$out" && grep -qx 'exit: 0' <<<"$out"; then
  pass=$((pass + 1))
else
  fail=$((fail + 1))
  echo "FAIL record --format v3: $out"
fi

# ---- practice: the AIX exercise, solved at the keyboard ----
INLINE=
EX=scenarios/practice/aix/01-package-list-from-cd.md
mapfile -t SOLUTION < <(grep '^# ' "$EX" | sed 's/^# //')
start 120 40 "practice $EX"
check "practice: prompt" '^#$' 15 prompt
check "practice: the banner names the exercise" '^looplab practice · aixlab · AIX 7\.2'
check "practice: the Practice pane beside the session" '^ {40,}╭─Practice · 0/[0-9]+ goals'
check "practice: the Devices pane under it" ' ╭─Devices \('
check "practice: its keys in the hint line" '^F4 hint · F5 answer · F6 reset · F7 solution'
keys F4
check "practice: F4 shows a hint" 'Hint 1/[0-9]+:'
type_line "${SOLUTION[0]}"
check "practice: a goal turns done" '│ ✓ '
# the answer field's row names the question
ASK='^While the image is mounted, which loopback device holds /backup/cd_image\? ›'
keys F5
check "practice: F5 opens the answer field, on its question" "$ASK"
sleep 0.3
keys -l 'nosuchdevice'
check "practice: the answer is typed into the field" "$ASK nosuchdevice"
keys Enter
check "practice: a wrong answer says why" '✗ nosuchdevice: '
keys C-u
# the answer and its Enter in one write (a paste without brackets, a fast link): judged, the
# field intact
tmx set-buffer -b e2e -- $'nope\n'
tmx paste-buffer -d -b e2e -t "$S"
check "practice: an answer and Enter in one write is judged" '✗ nope: '
check "practice: the field keeps its question and the answer" "$ASK nope( +(Enter checks · )?Esc closes)? *\$"
keys Escape
check "practice: Esc closes the field" '^F4 hint · F5 answer'
# Ctrl-C clears and closes the field: what is typed next is the shell's (review 10c #5)
keys F5
check "practice: F5 opens the field again" "$ASK"
sleep 0.3
keys -l 'abc'
check "practice: typed into the field" "$ASK abc"
keys C-c
check "practice: Ctrl-C closes the field" '^F4 hint · F5 answer'
type_line 'echo after-ctrl-c'
check "practice: after Ctrl-C the line is the shell's" '^after-ctrl-c( |$)'
check_not "practice: nothing was judged" '✗ abc' 1
for line in "${SOLUTION[@]:1}"; do type_line "$line"; done
check "practice: every goal holds, the question is still open" 'Practice · ([0-9]+)/\1 goals, 0/1 answered'
check "practice: and the session says so" '^Every goal holds; 1 question to answer \(F5\)\.'
check_not "practice: not solved before the question is answered" '^Solved' 1
keys F5
check "practice: F5 again" "$ASK"
sleep 0.3
keys -l 'loop0'
check "practice: the right answer typed" "$ASK loop0"
keys Enter
check "practice: solved, said in the session" "^Solved: (the goal holds|both goals hold|all [0-9]+ goals hold) and the question is answered, after [0-9]+ commands and [0-9]+ s"
check "practice: the pane says solved" '╭─Practice · solved'
type_line 'exit'
check "practice: exit status 0" '^__EXIT__=0$' 10
check "practice: a summary with the progress" ": solved in [0-9]+ commands, [0-9]+ s\. Progress: solved · best [0-9]+ s," 5 all

# ---- practice at 80x24: the pane below; F2 switches it with the machine's; F6 y resets ----
start 80 24 "$EX"
check "practice 80: prompt" '^#$' 15 prompt
check "practice 80: the Practice pane below the session, full width" '^╭─Practice · 0/[0-9]+ goals.*╮$'
check "practice 80: the key line offers F2 (review 10c #12)" '^F4 hint · F5 answer · F6 reset · F7 solution · F1 keys · F2 machine panes$'
type_line "${SOLUTION[0]}"
check "practice 80: a goal turns done" '^│ ✓ '
keys F2
check "practice 80: F2 puts the machine's panes there" '^╭─Devices'
check_not "practice 80: and the Practice pane goes" '╭─Practice' 3
keys F2
keys F2
check "practice 80: F2 twice more: the Practice pane again" '^╭─Practice'
keys F6
check "practice 80: F6 asks first" '^Reset the exercise to its set-up\? y resets'
keys y
check "practice 80: y resets (a fresh screen, the goals open again)" '· reset: the set-up again \(set-up 2\)'
check_not "practice 80: the earlier commands are gone from the screen" "^# ${SOLUTION[0]:0:20}" 3
type_line 'lsdev -Cc loopback'
check_not "practice 80: a fresh machine (no loop device)" 'loop0 +Available' 2
type_line 'exit'
check "practice 80: exit status 0" '^__EXIT__=0$' 10

# ---- practice at 60x15: no room for the pane; the key line says where it stands and F2 ----
start 60 15 "$EX"
check "practice 60: prompt" '^#$' 15 prompt
check "practice 60: the key line leads with the goals and offers F2" '^0/[0-9]+ goals, 0/1 answered · F4 hint · F5 answer · F2 pane$'
keys F5
check "practice 60: the field names the question" '^Which loopback device holds /backup/cd_image\? ›'
keys Escape
check "practice 60: Esc closes the field" '^0/[0-9]+ goals, 0/1 answered · F4 hint'
type_line 'exit'
check "practice 60: exit status 0" '^__EXIT__=0$' 10

# ---- looplab practice: the list (with the progress of the run above), Enter opens one ----
start 120 40 "practice"
check "practice list: the picker" '^looplab practice · [0-9]+ exercises? in '
check "practice list: the exercise solved above, with its best" '01-package-list-from-cd\.md .*✓ best [0-9]+ s'
check "practice list: the keys" '^↑↓ choose · Enter opens · q quits'
keys Enter
check "practice list: Enter opens the first" '╭─Practice · 0/[0-9]+ goals' 15
type_line 'exit'
check "practice list: exit status 0" '^__EXIT__=0$' 10
start 120 40 "practice"
check "practice list: again" '^↑↓ choose' 15
keys q
check "practice list: q quits" '^__EXIT__=0$' 10

# ---- practice recorded: --cast, a cast the strict checker accepts ----
PCAST="$HOMEDIR/practice.cast"
start 100 30 "practice $EX --cast '$PCAST'"
check "practice cast: REC and the practice keys" '^● REC F4 hint' 15
type_line "${SOLUTION[0]}"
type_line 'exit'
check "practice cast: saved" "^saved .*practice\.cast \([0-9]+ s, 2 commands\)$" 10
if out=$(node --import tsx test/e2e/checkcast.ts "$PCAST" --screen 2>&1) && grep -q "markers: ${SOLUTION[0]:0:9}" <<<"$out" \
  && sed -n '/--- the last frame ---/,$p' <<<"$out" | grep -q '╭─Practice'; then
  pass=$((pass + 1))
else
  fail=$((fail + 1))
  echo "FAIL practice --cast: the cast (a marker for the command, the Practice pane in its last frame): $out"
fi

echo "$pass passed, $fail failed"
((fail == 0))
