// re.ts: POSIX BRE/ERE with exact spans (leftmost-longest), the pathological patterns answered in
// linear time, back-references, notbol and REG_NEWLINE, and the budget of the backtracker.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { isKernelError } from "../../../engine/kernel/errno.js";
import { compileRegex, RegexError, type CompileOptions, type Stepper } from "../../../engine/userland/common/re.js";
import { createSession, runLine } from "../../../engine/session.js";
import { lab } from "./helpers.js";

/** pattern, options, subject, the expected groups ([start, end] each, null: no match) */
type Case = [string, Partial<CompileOptions> & { from?: number; notbol?: boolean }, string, ([number, number] | null)[] | null];

const B = { ere: false };
const E = { ere: true };

const CASES: Case[] = [
  // BRE
  ["a*", B, "baaa", [[0, 0]]],
  ["ba*", B, "xbaaa", [[1, 5]]],
  ["a\\{2,3\\}", B, "aaaa", [[0, 3]]],
  ["a\\{2\\}", B, "aaa", [[0, 2]]],
  ["a\\{2,\\}", B, "xaaaaa", [[1, 6]]],
  ["a\\|b", B, "xa|b", [[1, 4]]],
  ["a+b", B, "aab a+b", [[4, 7]]],
  ["^*ab", B, "*ab", [[0, 3]]],
  ["*a", B, "x*a", [[1, 3]]],
  ["\\(*a\\)", B, "*a", [[0, 2], [0, 2]]],
  ["\\(^a\\)", B, "ab", [[0, 1], [0, 1]]],
  ["a^b", B, "a^b", [[0, 3]]],
  ["a$b", B, "a$b", [[0, 3]]],
  ["^^", B, "^x", [[0, 1]]],
  ["ab$", B, "abab", [[2, 4]]],
  ["[]a]*", B, "]a]x", [[0, 3]]],
  ["[^]a]", B, "]ab", [[2, 3]]],
  ["[a-c]\\{2\\}", B, "xbcd", [[1, 3]]],
  ["[[:digit:]]\\+", B, "11+", [[1, 3]]],
  ["[[:upper:][:punct:]]", B, "ab(C", [[2, 3]]],
  ["[[=a=]b]*", B, "abba", [[0, 4]]],
  ["[[.-.]a]*", B, "-a-", [[0, 3]]],
  ["a\\.c", B, "abc a.c", [[4, 7]]],
  ["\\(a\\)\\(b\\)", B, "ab", [[0, 2], [0, 1], [1, 2]]],
  ["\\(a\\)*b", B, "b", [[0, 1], null]],
  // back-references
  ["\\(a\\)\\1", B, "xaa", [[1, 3], [1, 2]]],
  ["\\(a*\\)\\1", B, "aaaa", [[0, 4], [0, 2]]],
  ["\\(.\\)\\(.\\)\\2\\1", B, "xabbay", [[1, 5], [1, 2], [2, 3]]],
  ["\\([a-z]*\\) \\1", B, "say hello hello", [[3, 4], [3, 3]]],
  ["\\([a-z][a-z]*\\) \\1", B, "say hello hello", [[4, 15], [4, 9]]],
  ["^\\(.*\\)\\1$", B, "abcabc", [[0, 6], [0, 3]]],
  ["^\\(.*\\)\\1$", B, "abcab", null],
  ["\\(a\\)\\1", { ere: false, icase: true }, "aA", [[0, 2], [0, 1]]],
  ["(a)\\1", E, "baa", [[1, 3], [1, 2]]],
  // ERE
  ["ab|abcd", E, "abcd", [[0, 4]]],
  ["(wee|week)(knights|night)", E, "weeknights", [[0, 10], [0, 3], [3, 10]]],
  ["(foo|foobar)x", E, "foobarx", [[0, 7], [0, 6]]],
  ["a+?", E, "aaa", [[0, 3]]],
  ["(a*)+", E, "b", [[0, 0], [0, 0]]],
  ["x{2}{3}", E, "xxxxxxx", [[0, 6]]],
  ["a{1,2}b", E, "aaab", [[1, 4]]],
  ["a{,2}", E, "a{,2}", [[0, 5]]],
  ["{1}a", E, "{1}a", [[0, 4]]],
  ["^$", E, "", [[0, 0]]],
  ["()", E, "x", [[0, 0], [0, 0]]],
  ["[[:alpha:]_][[:alnum:]_]*", E, "  foo_1 = 2", [[2, 7]]],
  ["a.c", { ere: true, icase: true }, "xABC", [[1, 4]]],
  ["[^a-z]+", { ere: true, icase: true }, "abC12d", [[3, 5]]],
  [".*", E, "abc", [[0, 3]]],
  ["é+", E, "xééy", [[1, 3]]],
  ["a|b|", E, "c", [[0, 0]]],
  // anchors, notbol, REG_NEWLINE
  ["^a", { ere: true, from: 1 }, "aa", [[1, 2]]],
  ["^a", { ere: true, from: 1, notbol: true }, "aa", null],
  ["^a", { ere: true, notbol: true }, "aa", null],
  ["^a|b", { ere: true, notbol: true }, "ab", [[1, 2]]],
  ["^b", { ere: true, multiline: true }, "a\nb", [[2, 3]]],
  ["^a", { ere: true, multiline: true, notbol: true }, "a\na", [[2, 3]]],
  ["a$", { ere: true, multiline: true }, "a\nb", [[0, 1]]],
  ["a$", E, "a\nb", null],
  ["a.b", { ere: true, multiline: true }, "a\nb", null],
  ["a[^x]b", { ere: true, multiline: true }, "a\nb", null],
  ["a.b", E, "a\nb", [[0, 3]]],
  ["\\(a\\)\\1$", { ere: false, multiline: true }, "aa\nb", [[0, 2], [0, 1]]],
  // grep -F, -x, -w
  ["a.c", { ere: false, fixed: true }, "abc a.c", [[4, 7]]],
  ["A.C", { ere: false, fixed: true, icase: true }, "abc a.c", [[4, 7]]],
  ["foo", { ere: false, whole: "word" }, "afoo foo_ foo", [[10, 13]]],
  ["fo*", { ere: false, whole: "word" }, "foox fo", [[5, 7]]],
  ["ab*", { ere: false, whole: "line" }, "abb", [[0, 3]]],
  ["ab*", { ere: false, whole: "line" }, "abbc", null],
];

test("POSIX BRE and ERE: exact spans and groups, leftmost-longest", () => {
  for (const [p, o, s, want] of CASES) {
    const re = compileRegex(p, { ere: false, ...o });
    const m = re.exec(s, o.from ?? 0, o.notbol ?? false);
    assert.equal(m === null ? null : m.groups, want, `${JSON.stringify(p)} ${JSON.stringify(o)} on ${JSON.stringify(s)}`);
    if (m) assert.equal([m.start, m.end], want![0], p);
    if (!o.from && !o.notbol) assert.is(re.test(s), want !== null, p);
  }
});

test("patterns regcomp refuses throw RegexError", () => {
  const bad: [string, boolean][] = [
    ["a\\(b", false], ["a\\)", false], ["a(b", true], ["a)", true], ["[a", false], ["[[:foo:]]", false], ["[z-a]", false],
    ["a\\{256\\}", false], ["a{2,1}", true], ["\\{1\\}a", false], ["\\1", false], ["\\(a\\1\\)", false], ["a\\", false],
    ["+a", true], ["a|*b|?", true], ["[[.ab.]]", false], ["a\\{1", false],
    ["(".repeat(2000) + ")".repeat(2000), true],
  ];
  for (const [p, ere] of bad) assert.throws(() => compileRegex(p, { ere }), (e: unknown) => e instanceof RegexError, p);
});

test("hostile pattern texts compile in bounded time", () => {
  const texts: [string, boolean][] = [["a{1".repeat(50_000), true], ["x".repeat(130_000), false], ["[[:alpha:]]*".repeat(2000), true], ["a*".repeat(20_000), true]];
  for (const [p, ere] of texts) {
    const t = ms(() => compileRegex(p, { ere }).test("a{1x"));
    assert.ok(t < 3000, `${p.slice(0, 12)}…: ${t} ms`);
  }
});

/** milliseconds a function takes */
function ms(f: () => void): number {
  const t = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

test("the pathological patterns answer at once, and correctly", () => {
  const a30c = "a".repeat(30) + "c";
  const cases: [string, boolean, string, [number, number] | null][] = [
    ["(a+)+b", true, a30c, null],
    ["(a|aa)*c", true, "a".repeat(5000), null],
    ["(x+x+)+y", true, "x".repeat(5000), null],
    ["(a*)*b", true, a30c.slice(0, -1) + "b", [0, 31]],
    ["\\(a*\\)*b", false, a30c, null],
    ["(.*a){20}", true, "a".repeat(10_000), [0, 10_000]],
    ["(a|b|ab)*c", true, "ab".repeat(5000), null],
  ];
  for (const [p, ere, s, want] of cases) {
    let got: [number, number] | null = null;
    const t = ms(() => {
      const m = compileRegex(p, { ere }).exec(s);
      got = m && [m.start, m.end];
    });
    assert.equal(got, want, p);
    assert.ok(t < 1000, `${p}: ${t} ms`);
  }
  // RE2 refuses more than 1000 copies; POSIX allows 255 × 255: the backtracker answers
  const big = compileRegex("(a{255}){255}", { ere: true });
  assert.is(big.linear, false);
  assert.is(big.test("a".repeat(255 * 255)), true);
  assert.is(big.test("a".repeat(2000)), false);
});

const HARD = "^\\(a*\\)*b\\1\\1$";
const HARD_SUBJECT = "a".repeat(30) + "ba";

test("a back-reference pattern past its synchronous budget fails with ENOMEM, never hangs", () => {
  const re = compileRegex(HARD, { ere: false });
  assert.is(re.linear, false);
  assert.throws(() => re.exec(HARD_SUBJECT), (e: unknown) => isKernelError(e, "ENOMEM"));
  // the superset in RE2 refuses a subject without a b at once
  assert.is(re.exec("a".repeat(100_000)), null);
});

test("execCo charges the backtracker's steps, gives the processor back and ends on EINTR", () => {
  let charged = 0;
  let interrupted = false;
  const sys: Stepper = { charge: (n) => (charged += n) % 2000 < n, proc: { get interrupted() { return interrupted; } } };
  const co = compileRegex(HARD, { ere: false }).execCo(sys, HARD_SUBJECT);
  let yields = 0;
  while (yields < 5 && !co.next().done) yields++;
  assert.is(yields, 5);
  assert.ok(charged >= 5 * 2000);
  interrupted = true;
  assert.throws(() => co.next(), (e: unknown) => isKernelError(e, "EINTR"));
  // a pattern RE2 answers never yields
  const lin = compileRegex("(a+)+b", { ere: true }).execCo(sys, "aaab");
  const r = lin.next();
  assert.ok(r.done);
  assert.equal(r.value && [r.value.start, r.value.end], [0, 4]);
});

test("grep -E '(a+)+b' answers at once; a back-reference grep is ended by Ctrl-C and by the step budget", () => {
  const s = createSession({ samples: false });
  let t = ms(() => assert.equal(runLine(s, "echo aaaaaaaaaaaaaaaaaaaaaaaaaaaaac | grep -E '(a+)+b'; echo $?"), { output: "1\n", status: 0 }));
  assert.ok(t < 1000, `${t} ms`);
  const line = `echo ${HARD_SUBJECT} | grep '${HARD}'`;
  s.tty.typeLine(line);
  assert.is(s.drive(200_000).kind, "budget");
  s.interrupt();
  assert.is(s.drive(200_000).kind, "prompt");
  assert.equal(runLine(s, "echo $?"), { output: "130\n", status: 0 });
  const r = { output: "" };
  t = ms(() => {
    const tr = { text: "", write(d: string | Uint8Array) { this.text += typeof d === "string" ? d : new TextDecoder().decode(d); } };
    s.run(line, tr, 300_000);
    r.output = tr.text;
  });
  assert.match(r.output, /still running after 300000 steps \(the step budget\); ended/);
  assert.ok(t < 5000, `${t} ms`);
});

test("grep: -w and -x on the engine, a bad pattern's message", () => {
  const l = lab();
  l.write("/w", "foo\nfoobar\nbar foo_x\nx-foo-y\n");
  assert.is(l.run(["grep", "-w", "foo", "/w"]).out, "foo\nx-foo-y\n");
  assert.is(l.run(["grep", "-x", "-E", "fo+|foobar", "/w"]).out, "foo\nfoobar\n");
  assert.is(l.run(["grep", "-c", "\\(o\\)\\1", "/w"]).out, "4\n");
  const bad = l.run(["grep", "-E", "a{2,1}", "/w"]);
  assert.equal([bad.status, bad.err], [2, "grep: 0652-035 The specified pattern is not valid.\n"]);
});

test.run();
