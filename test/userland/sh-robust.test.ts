// The interpreter under hostile input: nothing a user types may end in a JavaScript error or a
// stack trace, or take the session down. Deep nesting, recursion, huge words and strings get the
// message ksh prints (or the lab's limit, named) and the session goes on. Also: ksh88's 64-bit
// arithmetic, $$ and $PPID, and what PS1 expands to.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine, Transcript } from "../../engine/session.js";

const fresh = (settings: Record<string, unknown> = {}) => createSession({ samples: false, settings });
type S = ReturnType<typeof fresh>;
const out = (s: S, line: string) => runLine(s, line).output;

// ---- arithmetic: C longs of a 64-bit ksh --------------------------------------------------------

test("$(( )) is 64-bit: the largest long stays exact, overflow wraps as C does", () => {
  const s = fresh();
  const cases: [string, string][] = [
    ["9223372036854775807", "9223372036854775807"],
    ["9223372036854775807 + 1", "-9223372036854775808"],
    ["-9223372036854775807 - 1", "-9223372036854775808"],
    ["-(-9223372036854775807 - 1)", "-9223372036854775808"],
    ["4611686018427387904 * 2", "-9223372036854775808"],
    ["4611686018427387904 * 4", "0"],
    ["3037000500 * 3037000500", "-9223372036709301616"],
    ["9007199254740993", "9007199254740993"],
    ["9007199254740992 + 1", "9007199254740993"],
    ["9223372036854775808", "-9223372036854775808"],
    ["18446744073709551617", "1"],
    ["9223372036854775807 / 3", "3074457345618258602"],
    ["9223372036854775807 % 1000", "807"],
    ["0x7fffffffffffffff", "9223372036854775807"],
    ["0xffffffffffffffff", "-1"],
    ["16#ff + 16#FF + 2#1010 + 8#17", "535"],
    ["36#z", "35"],
    ["0777", "511"],
  ];
  for (const [expr, want] of cases) assert.is(out(s, `echo $((${expr}))`), want + "\n", expr);
});

test("/ truncates toward zero and % takes the dividend's sign, as in C", () => {
  const s = fresh();
  assert.is(out(s, "echo $((7/2)) $((-7/2)) $((7/-2)) $((-7/-2))"), "3 -3 -3 3\n");
  assert.is(out(s, "echo $((7%3)) $((-7%3)) $((7%-3)) $((-7%-3))"), "1 -1 1 -1\n");
  assert.is(out(s, "echo $((-9223372036854775807-1 / -1)) $(( (-9223372036854775807-1) % -1 ))"), "-9223372036854775806 0\n");
  assert.is(out(s, "echo $((9007199254740993 / 3)) $((-9007199254740993 % 10))"), "3002399751580331 -3\n");
});

test("shifts and bitwise operators on 64 bits; a shift counts by its low 7 bits (POWER sld/srad)", () => {
  const s = fresh();
  assert.is(out(s, "echo $((1<<62)) $((1<<63)) $((1<<64)) $((1<<127)) $((1<<128))"), "4611686018427387904 -9223372036854775808 0 0 1\n");
  assert.is(out(s, "echo $((-8>>1)) $((-1>>63)) $((-1>>64)) $((5>>64)) $((1<<-1))"), "-4 -1 -1 0 0\n");
  assert.is(out(s, "echo $((~0)) $((~9223372036854775807)) $((0x0f0f0f0f0f0f0f0f & 0xff00ff00ff00ff00))"), "-1 -9223372036854775808 1080880403494997760\n");
  assert.is(out(s, "echo $((6|9)) $((6^3)) $((-1 & 255)) $((4294967296 | 1)) $((4294967296 ^ 4294967297))"), "15 5 255 4294967297 1\n");
});

test("division by zero is ksh's message; the rest of the line does not run", () => {
  const s = fresh();
  assert.equal(runLine(s, "echo $((1/0)); echo no"), { output: "ksh: 1/0: divide by zero\n", status: 1 });
  assert.equal(runLine(s, "echo $((5%0))"), { output: "ksh: 5%0: divide by zero\n", status: 1 });
  assert.equal(runLine(s, "x=0; let 'y = 9223372036854775807 / x'"), { output: "ksh: y = 9223372036854775807 / x: divide by zero\n", status: 1 });
});

test("let, (( )) and typeset -i use the same 64-bit values", () => {
  const s = fresh();
  assert.is(out(s, "let x=9223372036854775807; echo $x; let x=x+1; echo $x"), "9223372036854775807\n-9223372036854775808\n");
  assert.is(out(s, "(( y = 3037000500 * 3037000500 )); echo $y"), "-9223372036709301616\n");
  assert.is(out(s, "typeset -i n=9223372036854775806; n=n+1; echo $n; n=n+1; echo $n"), "9223372036854775807\n-9223372036854775808\n");
  assert.is(out(s, "typeset -i16 h=9223372036854775807; echo $h; h=-255; echo $h"), "16#7fffffffffffffff\n-16#ff\n");
  assert.is(out(s, "typeset -i2 b=-9223372036854775807-1; echo $b"), "-2#1000000000000000000000000000000000000000000000000000000000000000\n");
  assert.equal(runLine(s, "[ 9223372036854775807 -gt 9223372036854775806 ] && echo gt"), { output: "gt\n", status: 0 });
  assert.equal(runLine(s, "[[ 9007199254740993 -eq 9007199254740992 ]] || echo differ"), { output: "differ\n", status: 0 });
});

test("a variable's value is an expression: 010 is octal, 08 is not a number, big values stay exact", () => {
  const s = fresh();
  assert.is(out(s, "a=010 b=0x10 c='3+4' d=9223372036854775807; echo $((a)) $((b)) $((c*2)) $((d))"), "8 16 14 9223372036854775807\n");
  assert.equal(runLine(s, "e=08; echo $((e+1))"), { output: "ksh: 08: 0403-009 The specified number is not valid for this command.\n", status: 1 });
  assert.equal(runLine(s, "r=r; echo $((r))"), { output: "ksh: r: recursion too deep\n", status: 1 });
});

test("&& and || do not assign on the side the left decides; compound assignment reads first", () => {
  const s = fresh();
  assert.is(out(s, "unset y; echo $(( 0 && (y = 3) )) ${y-unset} $(( 1 || (y = 4) )) ${y-unset} $(( 1 && (y = 5) )) $y"), "0 unset 1 unset 1 5\n");
  assert.is(out(s, "x=1; echo $(( x += (x = 5) )) $x"), "6 6\n");
  assert.is(out(s, "echo $(( a = b = 7 )) $a $b"), "7 7 7\n");
  assert.equal(runLine(s, "echo $(( 1 + c = 2 ))"), { output: "ksh:  1 + c = 2 : assignment requires lvalue\n", status: 1 });
});

test("parentheses nested 1,000 and 100,000 deep, and long chains of unary operators, evaluate", () => {
  const s = fresh();
  assert.equal(runLine(s, "echo $((" + "(".repeat(1000) + "1" + ")".repeat(1000) + "))"), { output: "1\n", status: 0 });
  assert.equal(runLine(s, "echo $((" + "(".repeat(100_000) + "2+3" + ")".repeat(100_000) + "))"), { output: "5\n", status: 0 });
  assert.equal(runLine(s, "echo $((" + "-".repeat(100_001) + "1))"), { output: "-1\n", status: 0 });
  assert.equal(runLine(s, "let '" + "(".repeat(1000) + "1'"), { output: `ksh: ${"(".repeat(1000)}1: unbalanced parenthesis\n`, status: 1 });
  assert.is(out(s, "echo after"), "after\n");
});

// ---- $$ and $PPID ------------------------------------------------------------------------------

test("$$ is the shell's pid and $PPID its parent's, from the process table; subshells keep both", () => {
  const s = fresh();
  const me = s.proc.pid;
  const parent = s.machine.sched.table.get(s.proc.ppid)!;
  assert.ok(me > 1 && parent.pid > 1 && parent.pid !== me);
  assert.is(out(s, "echo $$ $PPID"), `${me} ${parent.pid}\n`);
  assert.is(out(s, "(echo $$ $PPID); echo $(echo $$) `echo $$`; echo $$ | cat; { echo $$; } | cat"), `${me} ${parent.pid}\n${me} ${me}\n${me}\n${me}\n`);
  assert.match(out(s, "ps -ef"), new RegExp(`\\n +root +${me} +${parent.pid} .* -ksh \\n`));
  // a new shell has its own, and its parent is this one
  const [pid, ppid] = out(s, "ksh -c 'echo $$ $PPID; sleep 1'").trim().split(" ").map(Number);
  assert.ok(pid !== me && ppid === me, `${pid} ${ppid}`);
});

// ---- PS1 --------------------------------------------------------------------------------------

/** what the terminal shows for these lines typed at the prompt (prompts and echoes included) */
function screen(s: S, lines: string[]): string {
  const t = new Transcript();
  for (const l of lines) s.run(l, t);
  return t.text();
}
const withPrompts = () => {
  const s = fresh();
  s.decor = true;
  return s;
};

test("PS1: ksh88 substitutes its parameters each time it prompts, $( ) and $(( )) stay as typed", () => {
  const s = withPrompts();
  assert.is(
    screen(s, ["PS1='$PWD # '", "cd /tmp", "PS1='${PWD##*/}:${LOGNAME:-nobody} $? > '", "false", "cd /usr/lib"]),
    "# PS1='$PWD # '\n/ # cd /tmp\n/tmp # PS1='${PWD##*/}:${LOGNAME:-nobody} $? > '\ntmp:root 0 > false\ntmp:root 1 > cd /usr/lib\nlib:root 0 > ",
  );
  runLine(s, "PS1='$(hostname):$PWD `echo x` $((1+2)) # '");
  assert.is(s.prompt(), "$(hostname):/usr/lib `echo x` $((1+2)) # ");
  // double quotes and backslashes come out as in a word; a failing substitution leaves PS1 as it is
  runLine(s, `PS1='"[$PWD]" \\$ '`);
  assert.is(s.prompt(), "[/usr/lib] $ ");
  runLine(s, "PS1='${nosuch:?unset} # '");
  assert.is(s.prompt(), "${nosuch:?unset} # ");
  runLine(s, "set -u; PS1='$nosuch # '");
  assert.is(s.prompt(), "$nosuch # ");
});

test("PS1: ! is the number of the command being typed, !! a !; PS2 is shown as it is", () => {
  const s = withPrompts();
  assert.is(screen(s, ["PS1='[!] !! # '", "true", "fc -l -2"]), "# PS1='[!] !! # '\n[2] ! # true\n[3] ! # fc -l -2\n1\tPS1='[!] !! # '\n2\ttrue\n[4] ! # ");
  assert.is(screen(s, ["PS2='$PWD> '", "for i in 1\ndo echo $i; done"]), "PS2='$PWD> '\n[5] ! # for i in 1\n$PWD> do echo $i; done\n1\n[6] ! # ");
});

// ---- no JavaScript error reaches the user ---------------------------------------------------

const A = "a".repeat(130_000);

test("a 130 KB word: echoed, globbed, matched; the session goes on", () => {
  const s = fresh();
  assert.equal(runLine(s, `echo ${A} | wc -c`), { output: "  130001\n", status: 0 });
  // a pattern too large for the regular-expression engine matches no file: the word stays
  assert.equal(runLine(s, `echo ${A}* | wc -c`), { output: "  130002\n", status: 0 });
  assert.equal(runLine(s, `echo /${A}/*/x | wc -c`), { output: "  130006\n", status: 0 });
  assert.equal(runLine(s, `case ${A} in "${A}") echo same;; esac`), { output: "same\n", status: 0 });
  assert.equal(runLine(s, `case ${A} in ${A}*) echo matches;; esac`), { output: "matches\n", status: 0 });
  assert.equal(runLine(s, `x=${A}; echo \${#x}`), { output: "130000\n", status: 0 });
  assert.is(out(s, "echo after"), "after\n");
});

test("set -- with 150,000 fields", () => {
  const s = fresh();
  assert.equal(runLine(s, "set -- " + "a ".repeat(150_000) + "; echo $# ${150000}"), { output: "150000 a\n", status: 0 });
  assert.equal(runLine(s, "x=$(printf '%s ' " + "b ".repeat(1000) + "); y=$x$x$x$x$x$x$x$x$x$x; set -- $y$y$y$y$y$y$y$y$y$y$y$y$y$y$y; echo $#"), { output: "150000\n", status: 0 });
});

test("${x:-${x:-…}} nests 200 deep; deeper is ksh's syntax error at the word that opens it", () => {
  const s = fresh();
  const nest = (n: number) => "${x:-".repeat(n) + "a" + "}".repeat(n);
  assert.equal(runLine(s, `echo ${nest(200)}`), { output: "a\n", status: 0 });
  assert.equal(runLine(s, `echo ${nest(3000)}`), { output: "ksh: 0403-057 Syntax error: `${x:-' is not expected.\n", status: 2 });
  assert.equal(runLine(s, "echo " + '"$(echo '.repeat(100) + "b" + ')"'.repeat(100)), { output: "b\n", status: 0 });
  assert.equal(runLine(s, "echo " + '"$(echo '.repeat(2000) + "b" + ')"'.repeat(2000)), { output: "ksh: 0403-057 Syntax error: `\"' is not expected.\n", status: 2 });
  assert.is(out(s, "echo after"), "after\n");
});

test("recursion: functions, . scripts and eval stop at ksh's `recursion too deep`; nothing more of the line runs", () => {
  const s = fresh();
  assert.equal(runLine(s, "f() { f; }; f; echo not-run"), { output: "ksh: f: recursion too deep\n", status: 1 });
  assert.equal(runLine(s, "g() { if true; then while true; do case x in x) g;; esac; done; fi; }; g"), { output: "ksh: g: recursion too deep\n", status: 1 });
  assert.equal(runLine(s, "echo '. /tmp/s' > /tmp/s; . /tmp/s; echo not-run"), { output: "ksh: /tmp/s: recursion too deep\n", status: 1 });
  assert.equal(runLine(s, "x='eval $x'; eval $x; echo not-run"), { output: "ksh: eval: recursion too deep\n", status: 1 });
  // in a subshell: the subshell fails, the shell goes on
  assert.equal(runLine(s, "(f); echo status $?"), { output: "ksh: f: recursion too deep\nstatus 1\n", status: 0 });
  // a shell started from a deep function has its own limit, above the caller's
  assert.equal(runLine(s, "h() { ksh -c 'k() { k; }; k'; }; h"), { output: "ksh: k: recursion too deep\n", status: 1 });
  // 70 levels with compound commands inside are fine
  assert.is(out(s, "n=0; d() { if (( n < 70 )); then (( n += 1 )); for i in 1; do d; done; fi; }; d; echo $n"), "70\n");
  assert.is(out(s, "echo after"), "after\n");
});

test("processes that start themselves fill the process table: ksh's fork message", () => {
  const s = fresh();
  const fork = "ksh: 0403-030 The fork function failed. Too many processes already exist.\n";
  assert.equal(runLine(s, "f() { echo $(f); }; f"), { output: fork + "\n", status: 0 });
  assert.equal(runLine(s, "echo 'sh /tmp/s' > /tmp/s; sh /tmp/s"), { output: fork, status: 1 });
  // only the shell whose fork failed stops; the scripts that started it go on (as in ksh)
  const lines = out(s, "echo 'ksh /tmp/t; echo back' > /tmp/t; ksh /tmp/t").split("\n");
  assert.is(lines[0] + "\n", fork);
  assert.ok(lines.length > 100 && lines.slice(1, -1).every((l) => l === "back"), String(lines.length));
  // the processes are gone again
  assert.is(out(s, "ps -e | wc -l"), out(fresh(), "ps -e | wc -l"));
  assert.is(out(s, "echo after"), "after\n");
});

test("strings stop at the lab's limit (setting string_max), with a line that names it", () => {
  const s = fresh();
  const limit = "looplab: a string longer than 16777216 characters (setting string_max)\n";
  const doubled = (n: number) => `x=a; i=0; while [ $i -lt ${n} ]; do x=$x$x; i=$((i+1)); done; echo \${#x}`;
  assert.equal(runLine(s, doubled(23)), { output: "8388608\n", status: 0 });
  assert.equal(runLine(s, doubled(30) + "; echo not-run"), { output: limit, status: 1 });
  assert.equal(runLine(s, "x=$(cat /dev/zero); echo not-run"), { output: limit, status: 1 });
  assert.equal(runLine(s, "read z < /dev/zero; echo $? ${#z}"), { output: limit + "1 0\n", status: 0 });
  assert.equal(runLine(s, "typeset -L999999999 w=a; echo $? ${#w}"), { output: limit + "1 0\n", status: 0 });
  assert.is(out(s, "echo after"), "after\n");
  const small = fresh({ string_max: 1000 });
  assert.equal(runLine(small, "x=$(yes | head -c 2000); echo not-run"), { output: "looplab: a string longer than 1000 characters (setting string_max)\n", status: 1 });
  assert.equal(runLine(small, `x=${"b".repeat(600)}; y=$x$x`), { output: "looplab: a string longer than 1000 characters (setting string_max)\n", status: 1 });
});

test("words stop at the lab's limit too: set -- \"$@\" \"$@\" doubling", () => {
  const s = fresh({ string_max: 16384 });
  assert.equal(runLine(s, 'set -- a; while :; do set -- "$@" "$@"; done; echo not-run'), { output: "looplab: a command of more than 1024 words (setting string_max)\n", status: 1 });
  assert.is(out(s, "echo $#"), "512\n");
});

test("a pipeline longer than the process table: ksh's fork message, its stages end, the terminal comes back", () => {
  const s = fresh();
  assert.equal(runLine(s, "echo x" + " | cat".repeat(2000) + "; echo not-run"), { output: "ksh: 0403-030 The fork function failed. Too many processes already exist.\n", status: 1 });
  assert.is(out(s, "jobs; ps -e | wc -l"), out(fresh(), "ps -e | wc -l"));
  assert.is(out(s, "echo x | cat | cat"), "x\n");
});

test("a here-document of 200,000 lines typed at the prompt is read in one pass", () => {
  const s = fresh();
  const t0 = process.hrtime.bigint();
  assert.equal(runLine(s, "cat <<EOF | wc -l\n" + "line\n".repeat(200_000) + "EOF"), { output: "  200000\n", status: 0 });
  assert.ok(Number(process.hrtime.bigint() - t0) / 1e9 < 20);
});

test("here-documents on one line are read in turn; 2,000 of them in one pass", () => {
  const s = fresh();
  assert.equal(runLine(s, "cat <<A; cat <<-B\none\nA\n\ttwo\n\tB\necho after"), { output: "one\ntwo\nafter\n", status: 0 });
  const t0 = process.hrtime.bigint();
  assert.equal(runLine(s, "cat " + "<<E ".repeat(2000) + "| wc -l\n" + "x\nE\n".repeat(2000)), { output: "       1\n", status: 0 });
  assert.ok(Number(process.hrtime.bigint() - t0) / 1e9 < 10);
});

test("a line continued without end (yes '\\' | read x) is ended by the step budget, not the host's hang", () => {
  const s = fresh({ step_budget: 200_000 });
  assert.match(out(s, "yes '\\' | read x"), /^looplab: yes '\\' \| read x: still running after 200000 steps \(the step budget\); ended\n/);
  assert.is(out(s, "echo after"), "after\n");
});

test("a trap that raises its own signal, and eval in a loop, are ended by the step budget in host seconds", () => {
  const s = fresh({ step_budget: 500_000 });
  const t0 = process.hrtime.bigint();
  assert.match(out(s, "trap 'kill -USR1 $$' USR1; kill -USR1 $$; echo not-run"), /^looplab: trap 'kill -USR1 \$\$' USR1; kill -USR1 \$\$; echo not-run: still running after 500000 steps \(the step budget\); ended\n/);
  assert.ok(Number(process.hrtime.bigint() - t0) / 1e9 < 5);
  assert.is(out(s, "trap - USR1; kill -XFSZ $$; echo the shell ignores XFSZ"), "the shell ignores XFSZ\n");
});

test("the last resort: an error of the lab's own code is one line, and the session goes on", () => {
  const s = fresh();
  const sh = s.shell as unknown as { os: typeof s.os };
  sh.os = { ...s.os, notFound: () => { throw new RangeError("Maximum call stack size exceeded"); } };
  assert.equal(runLine(s, "nosuch; echo not-run"), { output: "looplab: internal error in ksh: Maximum call stack size exceeded\n", status: 1 });
  // in a child process (a subshell) the same; its parent goes on
  assert.equal(runLine(s, "(nosuch); echo parent $?"), { output: "looplab: internal error in ksh: Maximum call stack size exceeded\nparent 1\n", status: 0 });
  sh.os = s.os;
  assert.is(out(s, "echo after"), "after\n");
});

test.run();
