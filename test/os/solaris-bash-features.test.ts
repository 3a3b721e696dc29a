// bash 4.1's own features the Solaris machine's root shell has and ksh88 (AIX) has not: brace
// expansion, printf -v, bash -n, the BASH_* variables, -bash as the login shell's $0, and the
// case-changing ${x^^} ${x,,} (docs/fidelity/solaris.md, "The shells"). Exact output each.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine, type Session } from "../../engine/session.js";

const sol = () => createSession({ os: "solaris", clock: Date.UTC(2013, 10, 27, 6, 43) / 1000 });
const aix = () => createSession({ os: "aix", clock: Date.UTC(2013, 10, 27, 6, 43) / 1000 });
const out = (s: Session, line: string) => runLine(s, line).output;

test("brace expansion: lists, sequences, padding, steps, letters, nesting, pre and post", () => {
  const s = sol();
  assert.is(out(s, "echo {1..3} a{b,c}"), "1 2 3 ab ac\n");
  assert.is(out(s, "echo pre{x,y}post {5..1..2} {08..10} {a..c} {-1..1}"), "prexpost preypost 5 3 1 08 09 10 a b c -1 0 1\n");
  assert.is(out(s, "echo {a,b{1,2}}z {a,b}{c,d}"), "az b1z b2z ac ad bc bd\n");
  // literal: no comma, one item, quoted, escaped, an unmatched brace
  assert.is(out(s, "echo {} {a} '{a,b}' \"{a,b}\" \\{a,b} {a,b {1..x}"), "{} {a} {a,b} {a,b} {a,b} {a,b {1..x}\n");
  // before parameter expansion: {$x,$y} is two words, each expanded
  assert.is(out(s, "x=1 y=2; echo {$x,$y} ${x}{a,b}"), "1 2 1a 1b\n");
  assert.is(out(s, "for i in {1..3}; do echo -n $i; done; echo"), "123\n");
});

test("brace expansion makes the directories mkdir -p /tmp/q/{a,b} names", () => {
  const s = sol();
  assert.is(out(s, "mkdir -p /tmp/q/{a,b}; ls /tmp/q"), "a  b\n");
});

test("AIX's ksh88 has no brace expansion: the braces stay", () => {
  const s = aix();
  assert.is(out(s, "echo {1..3} a{b,c}"), "{1..3} a{b,c}\n");
});

test("printf -v puts the output in a variable; no name, a bad name; /usr/bin/printf has no -v", () => {
  const s = sol();
  assert.equal(runLine(s, 'printf -v v "%s-%03d" x 7; echo "[$v]"'), { output: "[x-007]\n", status: 0 });
  assert.is(out(s, "printf -vw 'a\\tb'; echo \"$w\""), "a\tb\n");
  assert.equal(runLine(s, "printf -v"), { output: "-bash: printf: -v: option requires an argument\nprintf: usage: printf [-v var] format [arguments]\n", status: 2 });
  assert.equal(runLine(s, "printf -v 1x foo"), { output: "-bash: printf: `1x': not a valid identifier\n", status: 2 });
  assert.is(out(s, "type printf"), "printf is a shell builtin\n");
});

test("bash -n checks a script's syntax and runs nothing; a syntax error is still said", () => {
  const s = sol();
  runLine(s, "printf 'touch /tmp/ran\\necho hi\\n' > /tmp/a.sh");
  assert.equal(runLine(s, "bash -n /tmp/a.sh; echo $?; ls /tmp/ran"), { output: "0\n/tmp/ran: No such file or directory\n", status: 2 });
  assert.equal(runLine(s, "bash /tmp/a.sh"), { output: "hi\n", status: 0 });
  runLine(s, "printf 'echo a\\nif then\\n' > /tmp/b.sh");
  assert.equal(runLine(s, "bash -n /tmp/b.sh"), { output: "/tmp/b.sh: line 2: syntax error near unexpected token `then'\n/tmp/b.sh: line 2: `if then'\n", status: 2 });
  assert.is(out(s, "bash -n -c 'echo no'"), "");
});

test("bash's own variables, and -bash as the login shell's $0", () => {
  const s = sol();
  assert.is(out(s, "echo $BASH_VERSION $BASH $OSTYPE $MACHTYPE $HOSTTYPE"), "4.1.9(2)-release /usr/bin/bash solaris2.11 i386-pc-solaris2.11 i386\n");
  assert.is(out(s, "echo $0"), "-bash\n");
  assert.is(out(s, "bash -c 'echo $0'; sh -c 'echo $BASH_VERSION.'"), "bash\n.\n");
  assert.is(out(aix(), "echo $0 $BASH_VERSION."), "ksh .\n");
});

test("case modification: ${x^^} ${x,,} ${x^} ${x,}; ksh88 still says bad substitution", () => {
  const s = sol();
  assert.is(out(s, 'x="hello World"; echo ${x^^} "${x,,}" ${x^} ${x,}; set -- aB; echo ${1^^}'), "HELLO WORLD hello world Hello World hello World\nAB\n");
  assert.equal(runLine(s, "echo ${x^^[a]}"), { output: "-bash: ${x^^[a]}: bad substitution\n", status: 1 });
  assert.equal(runLine(aix(), "x=a; echo ${x^^}"), { output: "ksh: ${x^^}: 0403-011 The specified substitution is not valid for this command.\n", status: 1 });
});

test.run();
