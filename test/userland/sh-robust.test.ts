// The interpreter under hostile input: nothing a user types may end in a JavaScript error or a
// stack trace, or take the session down. Deep nesting, recursion, huge words and strings get the
// message ksh prints (or the lab's limit, named) and the session goes on. Also: ksh88's 64-bit
// arithmetic, $$ and $PPID, and what PS1 expands to.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../engine/session.js";

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

test.run();
