// ksh's patterns on the derivative automaton: the pathological patterns in case, ${x##…} and
// globs answer at once; !(…) is the complement; whole matches, shortest and longest prefixes and
// suffixes agree with a brute-force reference on random patterns. And the other wildcard
// matchers (ODM LIKE, scenario lines) take no exponential time.
import { test } from "uvu";
import * as assert from "uvu/assert";
import fc from "fast-check";
import { likeMatch } from "../../engine/kernel/odm/like.js";
import { partsMatch } from "../../engine/scenario/match.js";
import { createSession, runLine } from "../../engine/session.js";
import { compilePattern } from "../../engine/userland/sh/pattern.js";

function ms(f: () => void): number {
  const t = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

test("case *(*(a))b, ${x##*(a|aa)b} and *a*a*a*a*a*a*a*b answer at once", () => {
  const s = createSession({ samples: false, setup: { dirs: ["/w"] } });
  const a = "a".repeat(40);
  const cases: [string, string][] = [
    [`x=${a}c; case $x in *(*(a))b) echo yes;; *) echo no;; esac`, "no\n"],
    [`x=${a}b; case $x in *(*(a))b) echo yes;; *) echo no;; esac`, "yes\n"],
    [`x=${a}c; echo \${x##*(a|aa)b}`, `${a}c\n`],
    [`x=${a}bz; echo \${x##*(a|aa)b} \${x#*(a|aa)b} \${x%%b*} \${x%b*(z)}`, `z z ${a} ${a}\n`],
    [`[[ ${a}c == *a*a*a*a*a*a*a*b ]] || echo no`, "no\n"],
    [`cd /w; touch ${a}c ${a}b; echo *a*a*a*a*a*a*a*b`, `${a}b\n`],
    [`y=${a}${a}${a}${a}${a}; echo \${#y} \${y%%+(a)} .`, "200 .\n"],
  ];
  for (const [line, want] of cases) {
    const t = ms(() => assert.is(runLine(s, line).output, want, line));
    assert.ok(t < 1000, `${line}: ${t} ms`);
  }
});

test("!(…) is the complement of the pattern list, anywhere in a pattern", () => {
  const yes: [string, string][] = [
    ["!(abc)", "xyz"], ["!(abc)", ""], ["a!(b)d", "acd"], ["a!(b)d", "ad"], ["a!(b)d", "abbd"], ["!(*.*)", "README"],
    ["*.!(txt)", "a.log"], ["*.!(txt)", "a.txt.gz"], ["!(a|b)", "ab"], ["@(!(a)|a)", "a"], ["!(!(x))", "x"], ["+(!(a))", "b"],
  ];
  const no: [string, string][] = [
    ["!(abc)", "abc"], ["a!(b)d", "abd"], ["!(*.*)", "a.b"], ["!(a|b)", "b"], ["!(*)", "x"], ["!(*)", ""], ["!(!(x))", "y"], ["+(!(a))", "a"],
  ];
  for (const [p, s] of yes) assert.ok(compilePattern(p).matches(s), `${p} ${s}`);
  for (const [p, s] of no) assert.not.ok(compilePattern(p).matches(s), `${p} ${s}`);
  // a.txt: the only dot leaves "txt" for !(txt)
  assert.not.ok(compilePattern("*.!(txt)").matches("a.txt"));
  const s = createSession({ samples: false });
  assert.is(runLine(s, "x=foo.tar.gz; echo ${x%.!(*.*)} ${x%%.!(*.*)} ${x#!(f)} ${x##!(*z)}").output, "foo.tar foo.tar foo.tar.gz z\n");
});

test("brackets: classes, negation, ranges, quoted characters", () => {
  const cases: [string, string, boolean][] = [
    ["[[:digit:]]*", "7up", true], ["[[:digit:]]*", "up", false], ["[!a-c]", "d", true], ["[!a-c]", "b", false],
    ["[^a-c]", "b", false], ["[]]", "]", true], ["[\\]]x", "]x", true], ["[a-]", "-", true], ["[", "[", true],
    ["[[:bogus:]]", "b", false], ["[z-a]", "q", false], ["x[", "x[", true], ["\\*", "*", true], ["\\*", "a", false],
    ["?", "😀", true], ["[😀]", "😀", true],
  ];
  for (const [p, s, want] of cases) assert.is(compilePattern(p).matches(s), want, `${p} ${s}`);
});

test("hostile pattern texts: long, unclosed, and walks that make many states, in bounded time", () => {
  const texts = ["@(".repeat(50_000), "[".repeat(50_000), "[".repeat(50_000) + "]", "[[:".repeat(20_000) + "]", "*".repeat(100_000), "!(".repeat(300) + "a" + ")".repeat(300)];
  for (const text of texts) {
    const t = ms(() => {
      const p = compilePattern(text);
      p.matches(text);
      p.prefix(text, true);
      p.suffix(text, false);
    });
    assert.ok(t < 3000, `${text.slice(0, 12)}…: ${t} ms`);
  }
  // a DFA of 2^16 states: the walk goes on in fresh automata, and answers right
  let x = 7;
  let s = "";
  for (let i = 0; i < 200_000; i++) s += (x = (x * 1103515245 + 12345) & 0x7fffffff) & 1024 ? "a" : "b";
  const p = compilePattern("*a" + "?".repeat(15));
  for (const tail of ["a" + "b".repeat(15), "b".repeat(16)]) assert.is(p.matches(s + tail), tail[0] === "a");
  assert.is(p.prefix(s, true), s.lastIndexOf("a", s.length - 16) + 16);
});

// ---- the reference: a brute-force matcher on the same random patterns ----

type G = { k: "c"; c: string } | { k: "?" } | { k: "*" } | { k: "set"; text: string; has: (c: string) => boolean } | { k: "list"; op: string; alts: G[][] };

const render = (seq: G[]): string =>
  seq.map((g) => (g.k === "c" ? g.c : g.k === "?" || g.k === "*" ? g.k : g.k === "set" ? g.text : g.op + "(" + g.alts.map(render).join("|") + ")")).join("");

function mseq(seq: G[], k: number, s: string): boolean {
  if (k === seq.length) return s === "";
  for (let j = 0; j <= s.length; j++) if (mitem(seq[k]!, s.slice(0, j)) && mseq(seq, k + 1, s.slice(j))) return true;
  return false;
}

function mitem(g: G, t: string): boolean {
  switch (g.k) {
    case "c":
      return t === g.c;
    case "?":
      return t.length === 1;
    case "*":
      return true;
    case "set":
      return t.length === 1 && g.has(t);
    case "list": {
      const any = (u: string) => g.alts.some((a) => mseq(a, 0, u));
      const star = (u: string): boolean => u === "" || [...Array(u.length).keys()].some((j) => any(u.slice(0, j + 1)) && star(u.slice(j + 1)));
      if (g.op === "@") return any(t);
      if (g.op === "?") return t === "" || any(t);
      if (g.op === "*") return star(t);
      if (g.op === "+") return [...Array(t.length + 1).keys()].some((j) => any(t.slice(0, j)) && star(t.slice(j)));
      return !any(t);
    }
  }
}

const gen = fc.letrec<{ seq: G[]; item: G }>((tie) => ({
  item: fc.oneof(
    { depthSize: "small" },
    fc.constantFrom<G>({ k: "c", c: "a" }, { k: "c", c: "b" }, { k: "?" }, { k: "*" }, { k: "set", text: "[ab]", has: (c) => c === "a" || c === "b" }, { k: "set", text: "[!a]", has: (c) => c !== "a" }),
    fc.tuple(fc.constantFrom("@", "*", "+", "?", "!"), fc.array(tie("seq"), { minLength: 1, maxLength: 2 })).map(([op, alts]): G => ({ k: "list", op, alts })),
  ),
  seq: fc.array(tie("item"), { maxLength: 3 }),
}));

test("whole match, # ## % %% agree with a brute-force matcher on random ksh patterns", () => {
  const subject = fc.array(fc.constantFrom("a", "b", "c"), { maxLength: 6 }).map((x) => x.join(""));
  fc.assert(
    fc.property(gen.seq, subject, (seq, s) => {
      const p = compilePattern(render(seq));
      const what = `${render(seq)} on ${s}`;
      assert.is(p.matches(s), mseq(seq, 0, s), what);
      const pre = [...Array(s.length + 1).keys()].filter((j) => mseq(seq, 0, s.slice(0, j)));
      const suf = [...Array(s.length + 1).keys()].filter((j) => mseq(seq, 0, s.slice(j)));
      assert.is(p.prefix(s, false), pre.length ? pre[0]! : -1, `# ${what}`);
      assert.is(p.prefix(s, true), pre.length ? pre[pre.length - 1]! : -1, `## ${what}`);
      assert.is(p.suffix(s, false), suf.length ? suf[suf.length - 1]! : -1, `% ${what}`);
      assert.is(p.suffix(s, true), suf.length ? suf[0]! : -1, `%% ${what}`);
    }),
    { numRuns: 3000, seed: 11 },
  );
});

test("ODM LIKE and scenario lines: wildcards without exponential time", () => {
  assert.ok(likeMatch("loop*", "loop0"));
  assert.ok(likeMatch("l?op[0-9]", "loop7"));
  assert.not.ok(likeMatch("loop[!0-9]", "loop7"));
  assert.ok(likeMatch("*", ""));
  assert.not.ok(likeMatch("a*b", "acbx"));
  const a = "a".repeat(5000);
  const t = ms(() => assert.not.ok(likeMatch("*a*a*a*a*a*a*a*b", a)));
  assert.ok(t < 1000, `${t} ms`);
  assert.ok(partsMatch(["a", "b", "c"], "axxbyyc"));
  assert.not.ok(partsMatch(["ab", "ba"], "aba"));
  assert.ok(partsMatch(["ab", "ba"], "abba"));
  assert.ok(partsMatch(["", ""], "anything"));
  const u = ms(() => assert.not.ok(partsMatch(["", "a", "a", "a", "a", "a", "a", "b"], a)));
  assert.ok(u < 1000, `${u} ms`);
});

test.run();
