// The one regular-expression interface every command uses (grep, sed, awk, expr). ksh's own
// patterns (case, [[ ]], ${x#pat}, file names) have their own linear engine in sh/pattern.ts.
//
// POSIX basic (BRE) and extended (ERE) expressions are parsed (regex.ts) and compiled to a
// `Regex` whose `exec` finds the leftmost-longest match at or after a position. Three engines
// answer, and callers cannot tell which:
// - a pattern that is a plain string: indexOf;
// - everything RE2 can express: re2js, a port of RE2, in its leftmost-longest (POSIX) mode —
//   time linear in the subject whatever the pattern (`(a+)+b` cannot hang the lab); `test` on a
//   short subject takes V8's RegExp instead when the pattern provably cannot backtrack badly
//   (re-js.ts), as it is many times faster;
// - back-references, and nested intervals RE2 refuses: the budgeted backtracker
//   (re-backtrack.ts), which a command running as a process drives through `execCo` so that its
//   steps are charged, Ctrl-C ends it and the step budget stops it.
// Submatches follow RE2 where POSIX's rule differs (among the longest matches, RE2 takes the one
// a backtracking search finds first; POSIX maximises each group from the left): `(a|ab)(c|bcd)`
// on "abcd" gives a,bcd where POSIX says ab,cd. The overall match is the same.
import { createRequire } from "node:module";
import type { RE2JS } from "re2js";
import { kerr } from "../../kernel/errno.js";
import type { Co } from "../../kernel/proc/wait.js";
import { compileProgram, Search, type Program } from "./re-backtrack.js";
import { fastTest, MAX_SUBJECT } from "./re-js.js";
import { toRe2 } from "./re-re2.js";
import { literalRe, parseRegex, RegexError, type Re } from "./regex.js";

export { RegexError };

/**
 * re2js, loaded the first time a pattern needs it: building its Unicode tables takes about 10 ms,
 * which a headless start (`looplab -c true`, start-up bench) should not pay for a command line
 * that matches nothing. Required at run time, not bundled: the bin finds it in node_modules.
 */
let re2js: typeof RE2JS | null = null;
function RE2(): typeof RE2JS {
  return (re2js ??= (createRequire(import.meta.url)("re2js") as typeof import("re2js")).RE2JS);
}

export interface Match {
  /** [start, end) of the whole match, in UTF-16 code units of the subject */
  start: number;
  end: number;
  /** groups[0] is the whole match; groups[i] the i-th parenthesised group, or null if it did not take part */
  groups: ([number, number] | null)[];
}

export interface CompileOptions {
  /** extended (ERE) syntax; false = basic (BRE) */
  ere: boolean;
  icase?: boolean;
  /** the subject may hold several lines: `^`/`$` match at each newline (awk and sed never set this) */
  multiline?: boolean;
  /** the pattern is a plain string (grep -F) */
  fixed?: boolean;
  /** the match must be the whole line (grep -x) or a word — not preceded or followed by a
   *  letter, digit or underscore (grep -w) */
  whole?: "line" | "word";
}

/** what a matcher charges its steps to: a process (Sys) */
export interface Stepper {
  /** n steps done; true when the process has used its quantum */
  charge(n: number): boolean;
  readonly proc: { readonly interrupted: boolean };
}

export interface Regex {
  /** parenthesised groups in the pattern */
  readonly groupCount: number;
  /** false for a pattern only the backtracker answers (back-references): use execCo */
  readonly linear: boolean;
  /**
   * the leftmost-longest match starting at or after `from`;
   * `notbol`: `from` is not the start of a line (for sed's g flag and awk's gsub).
   * A back-reference pattern that runs past SYNC_STEPS fails with ENOMEM (regexec's REG_ESPACE).
   */
  exec(subject: string, from?: number, notbol?: boolean): Match | null;
  test(subject: string): boolean;
  /** exec for a command that runs as a process: a back-reference pattern charges its steps to
   *  `sys` and gives the processor back, so Ctrl-C and the step budget reach it */
  execCo(sys: Stepper, subject: string, from?: number, notbol?: boolean): Co<Match | null>;
}

/** steps of the backtracker between two looks at the process */
const SLICE = 4096;
/** backtracker steps per step of the process (a step of the shell is a command or a loop turn) */
const STEPS_PER_CHARGE = 16;
/** the most a synchronous exec may spend in the backtracker */
export const SYNC_STEPS = 20_000_000;

/** a [start, end) pair per group of the tree, from an engine's flat array (-1: no match) */
function toMatch(flat: ArrayLike<number>, slot: (g: number) => number, groups: number, report: number, off: number): Match {
  const out: ([number, number] | null)[] = [];
  for (let g = 0; g <= groups; g++) {
    const k = slot(g === 0 ? report : g);
    const st = k < 0 ? -1 : flat[2 * k]!;
    out.push(st < 0 ? null : [st + off, flat[2 * k + 1]! + off]);
  }
  const whole = out[0]!;
  return { start: whole[0], end: whole[1], groups: out };
}

class LiteralRegex implements Regex {
  readonly groupCount = 0;
  readonly linear = true;
  constructor(private lit: string) {}
  exec(subject: string, from = 0): Match | null {
    const i = subject.indexOf(this.lit, from);
    return i < 0 ? null : { start: i, end: i + this.lit.length, groups: [[i, i + this.lit.length]] };
  }
  test(subject: string): boolean {
    return subject.includes(this.lit);
  }
  *execCo(_sys: Stepper, subject: string, from = 0): Co<Match | null> {
    return this.exec(subject, from);
  }
}

class Re2Regex implements Regex {
  readonly linear = true;
  /** the RE2 group number of each group of the tree (-1: not written) */
  private slots: number[];
  private ngroup: number;
  constructor(
    private re: RE2JS,
    order: number[],
    readonly groupCount: number,
    /** the tree's group whose span is the match (0: the whole; grep -w wraps the pattern) */
    private report: number,
    /** does the pattern hold a ^ (so that notbol at 0 needs care)? */
    private hasBol: boolean,
    /** a RegExp that answers `test` as fast as V8 can, for patterns that cannot backtrack badly */
    private fast: RegExp | null,
  ) {
    this.slots = new Array<number>(Math.max(groupCount, report) + 1).fill(-1);
    this.slots[0] = 0;
    order.forEach((g, k) => (this.slots[g] = k + 1));
    this.ngroup = order.length + 1;
  }
  /** the raw [start, end, …] array of the leftmost-longest match in s at or after pos, or null */
  raw(s: string, pos: number, ngroup: number): number[] | null {
    const r = this.re.re2().matchWithGroup(s, pos, s.length, 0, ngroup) as [boolean, number[] | null];
    return r[0] ? r[1] : null;
  }
  exec(subject: string, from = 0, notbol = false): Match | null {
    let s = subject;
    let pos = from;
    let off = 0;
    if (!notbol && from > 0) {
      // `from` starts a line: RE2's ^ holds only at the start of its input
      s = subject.slice(from);
      pos = 0;
      off = from;
    } else if (notbol && from === 0 && this.hasBol) {
      // nor at the start of the subject: a character before it that is not a newline
      s = "\u0001" + subject;
      pos = 1;
      off = -1;
    }
    const flat = this.raw(s, pos, this.ngroup);
    return flat === null ? null : toMatch(flat, (g) => this.slots[g] ?? -1, this.groupCount, this.report, off);
  }
  test(subject: string): boolean {
    if (this.fast !== null && subject.length <= MAX_SUBJECT) return this.fast.test(subject);
    return this.re.test(subject);
  }
  *execCo(_sys: Stepper, subject: string, from = 0, notbol = false): Co<Match | null> {
    return this.exec(subject, from, notbol);
  }
}

class BacktrackRegex implements Regex {
  readonly linear = false;
  constructor(
    private prog: Program,
    readonly groupCount: number,
    private report: number,
    /** RE2 for a superset of the pattern, or null */
    private superset: Re2Regex | null,
  ) {}
  private search(subject: string, from: number, notbol: boolean): { search: Search; off: number } {
    let s = subject;
    let off = 0;
    if (!notbol && from > 0) {
      s = subject.slice(from);
      off = from;
      from = 0;
    }
    const sup = this.superset;
    const next = sup === null ? (p: number) => p : (p: number) => sup.raw(s, p, 1)?.[0] ?? -1;
    return { search: new Search(this.prog, s, from, !(notbol && from === 0), next), off };
  }
  private result(search: Search, off: number): Match | null {
    return search.result === null ? null : toMatch(search.result, (g) => g, this.groupCount, this.report, off);
  }
  exec(subject: string, from = 0, notbol = false): Match | null {
    const { search, off } = this.search(subject, from, notbol);
    let spent = 0;
    while (!search.run(SLICE)) {
      spent += SLICE;
      if (spent >= SYNC_STEPS) throw kerr("ENOMEM");
    }
    return this.result(search, off);
  }
  test(subject: string): boolean {
    return this.exec(subject) !== null;
  }
  *execCo(sys: Stepper, subject: string, from = 0, notbol = false): Co<Match | null> {
    const { search, off } = this.search(subject, from, notbol);
    while (!search.run(SLICE)) {
      if (sys.charge(SLICE / STEPS_PER_CHARGE)) yield undefined;
      if (sys.proc.interrupted) throw kerr("EINTR");
    }
    return this.result(search, off);
  }
}

const WORD: Re = { t: "set", set: { neg: true, ranges: [48, 57, 65, 90, 95, 95, 97, 122] } };

/** the tree grep -x or -w searches for; `report`: the group that is the match */
function wrap(re: Re, groups: number, whole: CompileOptions["whole"]): { re: Re; report: number } {
  if (whole === "line") return { re: { t: "cat", items: [{ t: "bol" }, re, { t: "eol" }] }, report: 0 };
  if (whole === "word") {
    const w = groups + 1;
    const edge = (anchor: Re): Re => ({ t: "alt", alts: [anchor, WORD] });
    return { re: { t: "cat", items: [edge({ t: "bol" }), { t: "group", n: w, body: re }, edge({ t: "eol" })] }, report: w };
  }
  return { re, report: 0 };
}

function hasBol(re: Re): boolean {
  switch (re.t) {
    case "bol":
      return true;
    case "group":
    case "rep":
      return hasBol(re.body);
    case "cat":
      return re.items.some(hasBol);
    case "alt":
      return re.alts.some(hasBol);
    default:
      return false;
  }
}

/** a string the tree matches and nothing else, or null */
function literalOf(re: Re): string | null {
  if (re.t === "char") return String.fromCodePoint(re.c);
  if (re.t !== "cat" || re.items.length === 0) return null;
  let s = "";
  for (const x of re.items) {
    if (x.t !== "char") return null;
    s += String.fromCodePoint(x.c);
  }
  return s;
}

function compileNew(pattern: string, o: CompileOptions): Regex {
  const parsed = o.fixed ? { re: literalRe(pattern), groups: 0, backrefs: false } : parseRegex(pattern, o.ere);
  const multiline = o.multiline ?? false;
  const icase = o.icase ?? false;
  if (!icase && !o.whole) {
    const lit = literalOf(parsed.re);
    if (lit !== null) return new LiteralRegex(lit);
  }
  const { re, report } = wrap(parsed.re, parsed.groups, o.whole);
  const R = RE2();
  const flags = R.LONGEST_MATCH | (icase ? R.CASE_INSENSITIVE : 0) | (multiline ? R.MULTILINE : R.DOTALL);
  const re2 = (expandBackrefs: boolean): Re2Regex | null => {
    const { src, order } = toRe2(re, { multiline, expandBackrefs });
    try {
      return new Re2Regex(R.compile(src, flags), order, parsed.groups, report, hasBol(re), expandBackrefs ? null : fastTest(re, icase, multiline));
    } catch {
      // RE2 refuses what POSIX allows: nested intervals of more than 1000 copies
      return null;
    }
  };
  if (!parsed.backrefs) {
    const r = re2(false);
    if (r !== null) return r;
  }
  const prog = compileProgram(re, parsed.groups + (report ? 1 : 0), icase, multiline);
  return new BacktrackRegex(prog, parsed.groups, report, re2(true));
}

/** patterns compiled before (a script greps for the same thing again and again); a Regex keeps
 *  no state between calls, so one object serves every command */
const compiled = new Map<string, Regex>();

/** compile a POSIX expression; throws RegexError for one regcomp would refuse */
export function compileRegex(pattern: string, o: CompileOptions): Regex {
  const key = `${o.ere ? "E" : "B"}${o.icase ? "i" : ""}${o.multiline ? "m" : ""}${o.fixed ? "F" : ""}${o.whole ?? ""}\0${pattern}`;
  let r = compiled.get(key);
  if (r === undefined) {
    r = compileNew(pattern, o);
    if (compiled.size >= 512) compiled.clear();
    compiled.set(key, r);
  }
  return r;
}
