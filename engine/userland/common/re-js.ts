// A shortcut for `Regex.test` (grep's question: does the line match?) on patterns whose
// JavaScript RegExp provably cannot backtrack badly. V8 scans about twenty times faster than
// re2js's DFA, so for the everyday patterns (`loop[0-9] attached`, `^hdisk[0-9]* `) grep keeps
// the speed it had; everything else, and every long subject, goes to RE2.
//
// The bound. A backtracking search tries each start position; from one start, its work is at
// most the number of ways its quantifiers and alternations can choose, times the pattern's
// length. A pattern qualifies when it has no back-reference and its quantifiers apply to one
// character, a `.` or a bracket (no quantified group: those are what explode), at most one of them
// unbounded; the bounded choices multiply (alternation adds its branches) to at most CHOICES, or
// CHOICES_WITH_STAR beside the unbounded one, whose choices are the subject's length. All starts
// together then cost O(subject² × choices × pattern) at worst: with the subject at most
// MAX_SUBJECT characters, milliseconds on a hostile line.
// A boolean does not depend on leftmost-first versus leftmost-longest, so the answer is RE2's.
import type { CharSet } from "./bracket.js";
import type { Re } from "./regex.js";

/** subjects longer than this go to RE2 */
export const MAX_SUBJECT = 512;
const CHOICES = 256;
const CHOICES_WITH_STAR = 4;

interface Cost {
  unbounded: number;
  /** the ways the bounded quantifiers and alternations can choose */
  choices: number;
}

/** the cost of the tree, or null when it has a back-reference or a quantified group */
function cost(re: Re): Cost | null {
  switch (re.t) {
    case "char":
    case "any":
    case "set":
    case "bol":
    case "eol":
      return { unbounded: 0, choices: 1 };
    case "backref":
      return null;
    case "group":
      return cost(re.body);
    case "cat":
    case "alt": {
      const parts = re.t === "cat" ? re.items : re.alts;
      const c: Cost = { unbounded: 0, choices: re.t === "cat" ? 1 : 0 };
      for (const x of parts) {
        const k = cost(x);
        if (k === null) return null;
        c.unbounded += k.unbounded;
        c.choices = re.t === "cat" ? c.choices * k.choices : c.choices + k.choices;
      }
      return c;
    }
    case "rep": {
      const b = re.body;
      if (b.t !== "char" && b.t !== "any" && b.t !== "set") return null;
      if (re.max === -1 || re.max - re.min > CHOICES) return { unbounded: 1, choices: 1 };
      return { unbounded: 0, choices: re.max - re.min + 1 };
    }
  }
}

function qualifies(re: Re): boolean {
  const c = cost(re);
  if (c === null || c.unbounded > 1) return false;
  return c.choices <= (c.unbounded ? CHOICES_WITH_STAR : CHOICES);
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
