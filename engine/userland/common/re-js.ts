// A shortcut for `Regex.test` (grep's question: does the line match?) on patterns whose
// JavaScript RegExp provably cannot backtrack badly. V8 scans about twenty times faster than
// re2js's DFA, so for the everyday patterns (`loop[0-9] attached`, `^hdisk[0-9]* `) grep keeps
// the speed it had; everything else, and every long subject, goes to RE2.
//
// The bound. A backtracking search tries each start position; from one start, its work is the
// product of the choices its quantifiers can make. A pattern qualifies when
// - it has no back-reference and no quantified group or alternation (quantifiers apply to one
//   character, a `.` or a bracket), and alternation appears only without any quantifier;
// - at most one quantifier is unbounded (or spans more than SMALL counts), and if there is one,
//   there is no other quantifier at all; otherwise the bounded ones multiply to at most CHOICES.
// Then one start costs O(subject × pattern) at worst, all starts O(subject² × pattern): with the
// subject at most MAX_SUBJECT characters that stays within milliseconds on a hostile line.
// A boolean does not depend on leftmost-first versus leftmost-longest, so the answer is RE2's.
import type { CharSet } from "./bracket.js";
import type { Re } from "./regex.js";

/** subjects longer than this go to RE2 */
export const MAX_SUBJECT = 512;
const SMALL = 16;
const CHOICES = 64;

interface Cost {
  unbounded: number;
  /** product of the bounded quantifiers' choices */
  choices: number;
  quantifiers: number;
  alternation: boolean;
}

/** null when the pattern does not qualify */
function cost(re: Re, c: Cost): Cost | null {
  switch (re.t) {
    case "char":
    case "any":
    case "set":
    case "bol":
    case "eol":
      return c;
    case "backref":
      return null;
    case "group":
      return cost(re.body, c);
    case "cat":
      for (const x of re.items) if (cost(x, c) === null) return null;
      return c;
    case "alt":
      c.alternation = true;
      for (const x of re.alts) if (cost(x, c) === null) return null;
      return c;
    case "rep": {
      const b = re.body;
      if (b.t !== "char" && b.t !== "any" && b.t !== "set") return null;
      c.quantifiers++;
      if (re.max === -1 || re.max - re.min > SMALL) c.unbounded++;
      else c.choices *= re.max - re.min + 1;
      return c;
    }
  }
}

function qualifies(re: Re): boolean {
  const c = cost(re, { unbounded: 0, choices: 1, quantifiers: 0, alternation: false });
  if (c === null || (c.alternation && c.quantifiers > 0)) return false;
  return c.unbounded === 0 ? c.choices <= CHOICES : c.unbounded === 1 && c.quantifiers === 1;
}

const hex = (cp: number): string => "\\u{" + cp.toString(16) + "}";
const lit = (cp: number): string => ((cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) ? String.fromCharCode(cp) : hex(cp));

function cls(set: CharSet, multiline: boolean): string {
  const r = set.ranges;
  if (r.length === 0) return set.neg ? (multiline ? "[^\\n]" : "[^]") : "[]";
  let s = set.neg ? "[^" : "[";
  for (let k = 0; k < r.length; k += 2) s += r[k] === r[k + 1] ? lit(r[k]!) : lit(r[k]!) + "-" + lit(r[k + 1]!);
  return s + (set.neg && multiline ? "\\n" : "") + "]";
}

function write(re: Re, multiline: boolean): string {
  switch (re.t) {
    case "char":
      return lit(re.c);
    case "any":
      return ".";
    case "set":
      return cls(re.set, multiline);
    case "bol":
      return "^";
    case "eol":
      return "$";
    case "group":
      return "(?:" + write(re.body, multiline) + ")";
    case "cat":
      return re.items.map((x) => (x.t === "alt" ? "(?:" + write(x, multiline) + ")" : write(x, multiline))).join("");
    case "alt":
      return re.alts.map((x) => write(x, multiline)).join("|");
    case "rep":
      return write(re.body, multiline) + (re.max === -1 ? `{${re.min},}` : `{${re.min},${re.max}}`);
    case "backref":
      throw new Error("no back-references here");
  }
}

/** the JavaScript RegExp that answers `test` as RE2 would, or null when the pattern does not qualify */
export function fastTest(re: Re, icase: boolean, multiline: boolean): RegExp | null {
  // JavaScript's multiline ^ $ and its . also stop at \r, U+2028 and U+2029; RE2's only at \n
  if (multiline || !qualifies(re)) return null;
  try {
    return new RegExp(write(re, multiline), "us" + (icase ? "i" : ""));
  } catch {
    return null;
  }
}
