// The one regular-expression interface every command uses (grep, sed, awk, expr, ksh's
// patterns go through their own translation but the same engine).
//
// POSIX basic (BRE) and extended (ERE) expressions compile to a `Regex` whose `exec` finds the
// leftmost match at or after a position. Issue 7 puts a linear-time engine (re2js) under this
// interface, with a budgeted backtracking matcher only for what RE2 cannot express
// (back-references in BREs); until then it wraps JavaScript's RegExp. Callers must not depend on
// which engine answers.
import { posixToJs, RegexError } from "./regex.js";

export { RegexError };

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
}

export interface Regex {
  /** parenthesised groups in the pattern */
  readonly groupCount: number;
  /**
   * the leftmost(-longest where the engine can) match starting at or after `from`;
   * `notbol`: `from` is not the start of a line (for sed's g flag and awk's gsub)
   */
  exec(subject: string, from?: number, notbol?: boolean): Match | null;
  test(subject: string): boolean;
}

class JsRegex implements Regex {
  readonly groupCount: number;
  private readonly re: RegExp;
  constructor(src: string, o: CompileOptions) {
    this.re = new RegExp(src, "gd" + (o.icase ? "i" : "") + (o.multiline ? "m" : ""));
    this.groupCount = new RegExp(src + "|").exec("")!.length - 1;
  }
  exec(subject: string, from = 0): Match | null {
    this.re.lastIndex = from;
    const m = this.re.exec(subject);
    if (!m) return null;
    const idx = m.indices!;
    return { start: m.index, end: m.index + m[0].length, groups: Array.from(idx, (g) => (g ? [g[0], g[1]] : null)) };
  }
  test(subject: string): boolean {
    return this.exec(subject) !== null;
  }
}

/** compile a POSIX expression; throws RegexError for one regcomp would refuse */
export function compileRegex(pattern: string, o: CompileOptions): Regex {
  const src = posixToJs(pattern, o.ere);
  try {
    return new JsRegex(src, o);
  } catch {
    throw new RegexError("bad pattern");
  }
}
