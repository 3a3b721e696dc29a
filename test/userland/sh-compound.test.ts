// The interpreter's compound commands and expansions on the AIX machine: for, while, until, if,
// case, { }, ( ), $( ), backquotes, $(( )), ~, break/continue, eval/let/shift/:, subshells,
// the loop limit, and what the prompt sees (needsMore, feed, syntax errors).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine, Transcript } from "../../engine/session.js";

const fresh = () =>
  createSession({
    samples: false,
    setup: { dirs: ["/w/sub"], files: { "/w/a.txt": "loop one\nother\n", "/w/b.txt": "loop two\n", "/w/empty": "" } },
  });
const out = (s: ReturnType<typeof fresh>, line: string) => runLine(s, line).output;

test("for: words, no words, field splitting and globbing of the list, the variable stays", () => {
  const s = fresh();
  assert.equal(runLine(s, "for i in 1 2 3; do echo $i; done"), { output: "1\n2\n3\n", status: 0 });
  assert.is(out(s, "echo $i"), "3\n");
  assert.is(out(s, "false; for i in; do echo x; done; echo $?"), "0\n");
  assert.is(out(s, "X='a b'; for w in $X \"$X\" /w/*.txt; do echo \"<$w>\"; done"), "<a>\n<b>\n<a b>\n</w/a.txt>\n</w/b.txt>\n");
  assert.is(out(s, "for i in a b\ndo\n  echo $i\ndone"), "a\nb\n");
  assert.is(out(s, "set -- p q; for i; do echo $i; done"), "p\nq\n");
  assert.is(out(s, 'set -- a "b c"; for i in "$@"; do echo "[$i]"; done; for i in $*; do echo "<$i>"; done; echo "$*|$#|${1}"'), "[a]\n[b c]\n<a>\n<b>\n<c>\na b c|2|a\n");
  assert.is(out(s, 'set --; for i in "$@"; do echo none; done; echo "x$@y" $#'), "xy 0\n");
  assert.is(out(s, "for i in 1 2; do false; done; echo $?"), "1\n");
});

test("while and until: the condition's status, read loops, the status of the loop", () => {
  const s = fresh();
  assert.is(out(s, "i=0; while [ $i -lt 3 ]; do i=$((i+1)); echo $i; done"), "1\n2\n3\n");
  assert.is(out(s, "i=0; until [ $i -ge 2 ]; do i=$((i+1)); done; echo $i"), "2\n");
  assert.is(out(s, "while false; do echo no; done; echo $?"), "0\n");
  assert.is(out(s, "while read line; do echo \"[$line]\"; done < /w/a.txt"), "[loop one]\n[other]\n");
  assert.is(out(s, "cat /w/a.txt /w/b.txt | while read a b; do echo $b; done"), "one\n\ntwo\n");
  // a command in the loop that reads standard input takes the rest of it
  assert.is(out(s, "while read x; do echo \"got $x\"; cat; done < /w/a.txt"), "got loop one\nother\n");
  // ksh88 runs the last stage of a pipeline in the shell: the loop's variables stay
  assert.is(out(s, "n=0; cat /w/a.txt | while read l; do n=$((n+1)); done; echo $n"), "2\n");
  assert.is(out(s, "echo a b | read x y; echo $x-$y"), "a-b\n");
});

test("if, elif, else and their statuses", () => {
  const s = fresh();
  assert.is(out(s, "if true; then echo yes; else echo no; fi"), "yes\n");
  assert.is(out(s, "if grep -q nothing /w/a.txt; then echo yes; elif grep -q other /w/a.txt; then echo elif; else echo no; fi"), "elif\n");
  assert.is(out(s, "if false; then :; fi; echo $?"), "0\n");
  assert.is(out(s, "if false; then :; else (exit 3); fi; echo $?"), "3\n");
  assert.is(out(s, "if ! false; then echo negated; fi"), "negated\n");
  assert.is(out(s, "if cat /w/a.txt | grep -q loop; then echo piped; fi"), "piped\n");
});

test("case: patterns, alternatives, quoting, no match", () => {
  const s = fresh();
  assert.is(out(s, "case /dev/loop0 in /dev/loop*) echo loop;; *) echo other;; esac"), "loop\n");
  assert.is(out(s, "case b in a|b) echo ab;; esac"), "ab\n");
  assert.is(out(s, 'case x in "*") echo star;; *) echo any;; esac'), "any\n");
  assert.is(out(s, "p='l*'; case loop in $p) echo var;; esac"), "var\n");
  assert.is(out(s, "case 5 in [0-9]) echo digit;; esac"), "digit\n");
  assert.is(out(s, "case z in a) echo a;; esac; echo $?"), "0\n");
  assert.is(out(s, "case $(uname) in\n  AIX) echo aix\n    ;;\n  *) echo unix\nesac"), "aix\n");
});

test("{ } runs in the shell, ( ) in a subshell: cd, variables and exit stay inside", () => {
  const s = fresh();
  assert.is(out(s, "{ cd /w; X=1; }; pwd; echo $X"), "/w\n1\n");
  runLine(s, "cd /");
  assert.is(out(s, "(cd /w; Y=2; pwd); pwd; echo \"[$Y]\""), "/w\n/\n[]\n");
  assert.equal(runLine(s, "(exit 3); echo $?"), { output: "3\n", status: 0 });
  assert.is(s.state.exitRequested, null);
  // every stage of a pipeline but the last is a subshell too
  assert.is(out(s, "cd /w | true; pwd"), "/\n");
  // $$ is the shell's, in subshells too
  const pid = out(s, "echo $$");
  assert.is(out(s, "(echo $$); echo $(echo $$)"), pid + pid);
  // the subshell's process is gone afterwards (a mount would not stay busy)
  const procs = [...s.machine.procs()].length;
  runLine(s, "(cd /w/sub; echo $(pwd)) | cat");
  assert.is([...s.machine.procs()].length, procs);
  assert.is(s.machine.sched.table.size, procs, "no zombie is left");
});

test("redirections of compound commands", () => {
  const s = fresh();
  runLine(s, "for i in 1 2; do echo $i; done > /w/out");
  assert.is(out(s, "cat /w/out"), "1\n2\n");
  runLine(s, "{ echo a; cat /nonexistent; } > /w/both 2>&1");
  assert.is(out(s, "cat /w/both"), "a\ncat: 0652-050 Cannot open /nonexistent.\n");
  assert.is(out(s, "if true; then echo x; fi | wc -l"), "       1\n");
  assert.is(out(s, "(echo sub) >> /w/out; cat /w/out"), "1\n2\nsub\n");
  assert.is(out(s, "while read l; do echo $l; done < /nofile"), "ksh: /nofile: 0403-016 Cannot find or open the file.\n");
});

test("command substitution: output without trailing newlines, split unless quoted, $? after it", () => {
  const s = fresh();
  assert.is(out(s, "echo $(cat /w/a.txt)"), "loop one other\n");
  assert.is(out(s, 'x="$(cat /w/a.txt)"; echo "$x"'), "loop one\nother\n");
  assert.is(out(s, "echo \"[$(echo a; echo; echo)]\""), "[a]\n");
  assert.is(out(s, "echo $(echo $(echo deep))"), "deep\n");
  assert.is(out(s, "x=$(false); echo $?"), "1\n");
  assert.is(out(s, "x=$(true) y=$(false); echo $?"), "1\n");
  assert.is(out(s, "echo `echo back` \"`echo quoted`\""), "back quoted\n");
  assert.is(out(s, "echo `echo \\`echo inner\\``"), "inner\n");
  assert.is(out(s, "odmget -q \"name=$(echo nothing)\" CuDv; echo $?"), "0\n");
  // the inner list runs in a subshell
  assert.is(out(s, "x=$(cd /w; pwd); echo $x; pwd"), "/w\n/\n");
  // its errors go to the terminal
  assert.is(out(s, "x=$(cat /nofile)"), "cat: 0652-050 Cannot open /nofile.\n");
  assert.is(out(s, "echo `for`"), "ksh: 0403-057 Syntax error: `newline' is not expected.\n\n");
});

test("arithmetic: operators, variables, bases, assignment, errors", () => {
  const s = fresh();
  assert.is(out(s, "echo $((2+3)) $((7/2)) $((-7/2)) $((7%3)) $((2+3*4)) $(((2+3)*4))"), "5 3 -3 1 14 20\n");
  assert.is(out(s, "x=5; echo $((x*2)) $(($x+1)) $((x<3)) $((x>=5 && 1)) $((!x)) $((~0))"), "10 6 0 1 0 -1\n");
  assert.is(out(s, "echo $((y+1)) $((010)) $((0x1f)) $((16#ff)) $((2#101))"), "1 8 31 255 5\n");
  assert.is(out(s, "echo $((z=4)) $z $((z+=2)) $z"), "4 4 6 6\n");
  // a variable's value is an expression of its own; $e is text put into the expression
  assert.is(out(s, 'e="1+2"; echo $((e*2)) $(($e*2)) "$((3 * 3))"'), "6 5 9\n");
  assert.equal(runLine(s, "echo $((1+)); echo not reached"), { output: "ksh: 1+: 0403-053 Expression is not complete; more tokens expected.\n", status: 1 });
  assert.is(out(s, "echo $((1/0))"), "ksh: 1/0: divide by zero\n");
  assert.is(out(s, "echo $((08))"), "ksh: 08: 0403-009 The specified number is not valid for this command.\n");
  assert.is(out(s, "echo $((1 2))"), "ksh: 1 2: 0403-057 Syntax error\n");
  assert.is(out(s, "echo $(((1+2))"), "ksh: 0403-057 Syntax error: `)' is not expected.\n");
  assert.is(out(s, "echo next"), "next\n");
});

test("tilde: HOME, ~+ ~-, a user's home, not when quoted or inside a word", () => {
  const s = fresh();
  runLine(s, "HOME=/w");
  assert.is(out(s, "echo ~ ~/sub ~root '~' \\~ a~ ~nosuchuser"), "/w /w/sub / ~ ~ a~ ~nosuchuser\n");
  assert.is(out(s, "cd ~; pwd; cd /w/sub; echo ~+ ~-"), "/w\n/w/sub /w\n");
  assert.is(out(s, "X=~/bin; echo $X"), "/w/bin\n");
  runLine(s, "cd ~");
  assert.is(out(s, "pwd"), "/w\n");
});

test("break and continue, with levels; outside a loop they do nothing", () => {
  const s = fresh();
  assert.is(out(s, "for i in 1 2 3; do [ $i = 2 ] && continue; [ $i = 3 ] && break; echo $i; done"), "1\n");
  assert.is(out(s, "for i in 1 2; do for j in a b; do [ $j = b ] && continue 2; echo $i$j; done; done"), "1a\n2a\n");
  assert.is(out(s, "for i in 1 2; do while true; do break 2; done; echo no; done; echo out"), "out\n");
  assert.equal(runLine(s, "break; echo still"), { output: "still\n", status: 0 });
  assert.is(out(s, "for i in 1; do break x; done"), "ksh: x: 0403-009 The specified number is not valid for this command.\n");
});

test("exit inside a loop ends the shell; in a subshell only the subshell", () => {
  const s = fresh();
  assert.is(out(s, "for i in 1; do (exit 5); echo $?; done"), "5\n");
  assert.equal(runLine(s, "for i in 1 2; do exit 4; done; echo never"), { output: "", status: 4 });
  assert.is(s.state.exitRequested, 4);
});

test("no loop limit: a long loop runs to its end; an endless one meets the headless step budget", () => {
  const s = createSession({ samples: false, settings: { step_budget: 200_000 } });
  assert.is(out(s, "i=0; while [ $i -lt 20000 ]; do i=$((i+1)); done; echo $i"), "20000\n");
  const r = runLine(s, "while :; do :; done; echo after");
  assert.match(r.output, /^looplab: while :; do :; done; echo after: still running after 200000 steps \(the step budget\); ended\n$/);
  assert.is(r.status, 130);
  // a subshell's loop is ended too, and the session goes on
  assert.match(out(s, "(while true; do :; done); echo not after"), /the step budget/);
  assert.is(out(s, "for i in 1 2; do echo $i; done"), "1\n2\n");
});

test("eval, let, shift and :", () => {
  const s = fresh();
  assert.is(out(s, "cmd='echo a; echo b'; eval $cmd"), "a\nb\n");
  assert.is(out(s, "eval 'for i in 1 2; do echo $i; done'"), "1\n2\n");
  assert.is(out(s, "let x=2+3 'y = x * 2'; echo $x $y; let 0; echo $?"), "5 10\n1\n");
  assert.is(out(s, "let"), "ksh: let: 0403-004 Specify a parameter with this command.\n");
  assert.is(out(s, "set -- a b c; shift; echo $# $1; shift 2; echo $#"), "2 b\n0\n");
  assert.is(out(s, "shift 3"), "ksh: 3: 0403-009 The specified number is not valid for this command.\n");
  assert.equal(runLine(s, ":"), { output: "", status: 0 });
  assert.equal(runLine(s, "x='eval $x'; eval $x; echo no"), { output: "ksh: eval: recursion too deep\n", status: 1 });
});

test("what the prompt sees: needsMore, feed and the syntax errors", () => {
  const s = fresh();
  for (const src of ["for i in a b", "for i in a b; do", "while true", "if true", "{", "(", "echo $(", "echo `", "case x in", "ls | while read d; do"]) {
    assert.ok(s.needsMore(src), src);
  }
  for (const src of ["echo done", "for", "echo hi", "done", "lsdev -C | grep loop"]) assert.not.ok(s.needsMore(src), src);
  const t = new Transcript();
  assert.is(s.feed("for i in a b", t), null);
  assert.is(s.feed("for i in a b\ndo", t), null);
  assert.is(s.feed("for i in a b\ndo echo $i\ndone", t), 0);
  assert.is(t.text(), "a\nb\n");
  const u = fresh();
  assert.equal(runLine(u, "done"), { output: "ksh: 0403-057 Syntax error: `done' is not expected.\n", status: 2 });
  assert.equal(runLine(u, "echo ("), { output: "ksh: 0403-057 Syntax error: `(' is not expected.\n", status: 2 });
  assert.equal(runLine(u, "for i in a; do echo"), { output: "ksh: 0403-057 Syntax error: `for' is not matched.\n", status: 2 });
  assert.equal(runLine(u, "for ((i=0;i<=2;i++)); do echo $i; done"), { output: "ksh: 0403-057 Syntax error: `(' is not expected.\n", status: 2 });
  assert.equal(runLine(u, "for 1 in a; do :; done"), { output: "ksh: 1: is not an identifier\n", status: 1 });
});

test("the admin's loops over loop devices", () => {
  const s = createSession({ setup: { dirs: ["/cdmount"] } });
  runLine(s, "mkdev -c loopback -s node -t loopback; mkdev -c loopback -s node -t loopback");
  assert.is(out(s, "lsdev -Cc loopback -F name | while read d; do echo $d; lsattr -El $d -a temporary; done"), "loop0\ntemporary no Device created implicitly by loopmount False\nloop1\ntemporary no Device created implicitly by loopmount False\n");
  assert.is(out(s, "if lsdev -C | grep -q loop0; then echo yes; else echo no; fi"), "yes\n");
  assert.is(out(s, 'odmget -q "name=$(lsdev -Cc loopback -F name | head -1)" CuDv | grep name'), '\tname = "loop0"\n');
  assert.is(out(s, "[ -d /cdmount ] || mkdir /cdmount; echo $?"), "0\n");
  assert.is(out(s, "for d in loop0 loop1; do rmdev -dl $d; done"), "loop0 deleted\nloop1 deleted\n");
  assert.is(out(s, "lsdev -Cc loopback | wc -l"), "       0\n");
  assert.is(out(s, "echo ~ ; cd ~ ; echo $((2+3))"), "/\n5\n");
});

test.run();
