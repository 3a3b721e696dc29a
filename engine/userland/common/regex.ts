// POSIX regular expressions, basic (BRE) and extended (ERE), parsed into a syntax tree that re.ts
// hands to a matching engine (RE2 for what it can express, the budgeted backtracker for
// back-references). Throws RegexError for a pattern regcomp would refuse.
//
// The parser is a loop with an explicit stack of open groups, so no pattern (a thousand nested
// parentheses, a long chain of quantifiers) can exhaust the host's call stack; nesting past
// MAX_NESTING is refused like regcomp refuses what it has no space for.
import { BracketError, parseBracket, type CharSet } from "./bracket.js";

/**
 * What is wrong with a pattern, in terms every system's regcomp/compile() can word its own way
 * (Solaris's grep numbers them as regexp(5)'s compile() does: ToolRules.regexDiagnostic).
 */
export type RegexProblem =
  | "bracket" // [ without ]
  | "paren" // \( \) or ( ) unbalanced
  | "brace" // \{ without \}
  | "interval-number" // a count in \{ \} that is not a number
  | "interval-range" // a count past RE_DUP_MAX
  | "interval-order" // \{m,n\} with n < m
  | "repetition" // a \{ \} or ?*+ with nothing before it
  | "backref" // \N of a group not closed
  | "backslash" // a trailing backslash
  | "class" // an unknown [:class:] or collating element, a range out of order
  | "overflow" // nested too deeply, too large
  | "other";

export class RegexError extends Error {
  constructor(
    message: string,
    readonly problem: RegexProblem = "other",
  ) {
    super(message);
  }
}

export type Re =
  | { t: "char"; c: number }
  | { t: "any" }
  | { t: "set"; set: CharSet }
  | { t: "bol" }
  | { t: "eol" }
  | { t: "group"; n: number; body: Re }
  | { t: "cat"; items: Re[] }
  | { t: "alt"; alts: Re[] }
  /** max -1: no upper bound */
  | { t: "rep"; body: Re; min: number; max: number }
  | { t: "backref"; n: number };

export interface Parsed {
  re: Re;
  /** parenthesised groups */
  groups: number;
  backrefs: boolean;
}

/** RE_DUP_MAX: the largest count in an interval */
export const RE_DUP_MAX = 255;
/** parentheses and quantifiers nested deeper than this are refused (RE2's own limit is 1000) */
export const MAX_NESTING = 500;

interface Frame {
  /** the alternatives finished so far (ERE |) */
  alts: Re[];
  seq: Re[];
  /** group number; 0 for the whole expression */
  n: number;
}

const seqRe = (seq: Re[]): Re => (seq.length === 1 ? seq[0]! : { t: "cat", items: seq });
const frameRe = (f: Frame): Re => (f.alts.length ? { t: "alt", alts: [...f.alts, seqRe(f.seq)] } : seqRe(f.seq));

/** a literal string as a tree (grep -F) */
export function literalRe(s: string): Re {
  return seqRe([...s].map((c) => ({ t: "char", c: c.codePointAt(0)! })));
}

function interval(body: string): { min: number; max: number } {
  const m = /^(\d+)(,(\d*))?$/.exec(body);
  if (!m) throw new RegexError("invalid interval", "interval-number");
  const min = Number(m[1]);
  const max = m[2] === undefined ? min : m[3] === "" ? -1 : Number(m[3]);
  if (min > RE_DUP_MAX || max > RE_DUP_MAX) throw new RegexError("invalid interval", "interval-range");
  if (max !== -1 && max < min) throw new RegexError("invalid interval", "interval-order");
  return { min, max };
}

/** parse a POSIX basic (ere = false) or extended regular expression */
export function parseRegex(p: string, ere: boolean): Parsed {
  const stack: Frame[] = [];
  let cur: Frame = { alts: [], seq: [], n: 0 };
  let groups = 0;
  const closed = new Set<number>();
  let backrefs = false;
  /** can the last item of the sequence take a quantifier? */
  let quantifiable = false;
  /** how deep the last item's quantifiers nest */
  let quantDepth = 0;
  /** an ERE `{` after this index has no `}`: an ordinary character */
  const lastBrace = p.lastIndexOf("}");
  const atom = (re: Re) => {
    cur.seq.push(re);
    quantifiable = true;
    quantDepth = 0;
  };
  const anchor = (re: Re) => {
    cur.seq.push(re);
    quantifiable = false;
  };
  const quant = (min: number, max: number) => {
    const body = cur.seq.pop()!;
    // a** is a*: nothing to nest
    if (body.t === "rep" && body.min === 0 && body.max === -1 && min === 0 && max === -1) cur.seq.push(body);
    else {
      if (++quantDepth + stack.length > MAX_NESTING) throw new RegexError("nested too deeply", "overflow");
      cur.seq.push({ t: "rep", body, min, max });
    }
  };
  const open = () => {
    if (stack.length >= MAX_NESTING) throw new RegexError("nested too deeply", "overflow");
    stack.push(cur);
    cur = { alts: [], seq: [], n: ++groups };
    quantifiable = false;
  };
  const close = () => {
    const body = frameRe(cur);
    const n = cur.n;
    cur = stack.pop()!;
    closed.add(n);
    atom({ t: "group", n, body });
  };
  for (let i = 0; i < p.length; ) {
    const c = p[i]!;
    if (c === "\\") {
      if (i + 1 >= p.length) throw new RegexError("trailing backslash", "backslash");
      const n = p.codePointAt(i + 1)!;
      const nc = String.fromCodePoint(n);
      i += 1 + nc.length;
      if (!ere && nc === "(") open();
      else if (!ere && nc === ")") {
        if (!stack.length) throw new RegexError("\\(\\) imbalance", "paren");
        close();
      } else if (!ere && nc === "{") {
        const end = p.indexOf("\\}", i);
        if (end < 0) throw new RegexError("\\{\\} imbalance", "brace");
        if (!quantifiable) throw new RegexError("invalid repetition", "repetition");
        const iv = interval(p.slice(i, end));
        quant(iv.min, iv.max);
        i = end + 2;
      } else if (nc >= "1" && nc <= "9") {
        if (!closed.has(n - 48)) throw new RegexError("invalid back reference", "backref");
        backrefs = true;
        atom({ t: "backref", n: n - 48 });
      } else atom({ t: "char", c: n });
      continue;
    }
    if (c === "[") {
      let b;
      try {
        b = parseBracket(p, i, { shell: false });
      } catch (e) {
        if (e instanceof BracketError) throw new RegexError(e.message, "class");
        throw e;
      }
      if (b === null) throw new RegexError("[] imbalance", "bracket");
      atom({ t: "set", set: b.set });
      i = b.next;
      continue;
    }
    i++;
    if (c === ".") atom({ t: "any" });
    else if (c === "*") {
      // at the start of an expression (or after \( or ^) a * is an ordinary character
      if (quantifiable) quant(0, -1);
      else atom({ t: "char", c: 42 });
    } else if (c === "^" && (ere || cur.seq.length === 0)) anchor({ t: "bol" });
    else if (c === "$" && (ere || i === p.length || p.startsWith("\\)", i))) anchor({ t: "eol" });
    else if (ere && c === "(") open();
    else if (ere && c === ")") {
      if (!stack.length) throw new RegexError("() imbalance", "paren");
      close();
    } else if (ere && c === "|") {
      cur.alts.push(seqRe(cur.seq));
      cur.seq = [];
      quantifiable = false;
    } else if (ere && (c === "+" || c === "?")) {
      if (!quantifiable) throw new RegexError("?*+ not preceded by valid expression", "repetition");
      quant(c === "+" ? 1 : 0, c === "+" ? -1 : 1);
    } else if (ere && c === "{" && quantifiable && /^\d/.test(p.slice(i, i + 1)) && i < lastBrace) {
      const end = p.indexOf("}", i);
      const iv = interval(p.slice(i, end));
      quant(iv.min, iv.max);
      i = end + 1;
    } else {
      const cp = p.codePointAt(i - 1)!;
      if (cp > 0xffff) i++;
      atom({ t: "char", c: cp });
    }
  }
  if (stack.length) throw new RegexError(ere ? "() imbalance" : "\\(\\) imbalance", "paren");
  return { re: frameRe(cur), groups, backrefs };
}

/** can the expression match the empty string? (a loop whose body can must not spin) */
export function nullable(re: Re): boolean {
  switch (re.t) {
    case "char":
    case "any":
    case "set":
      return false;
    case "bol":
    case "eol":
    case "backref":
      return true;
    case "group":
      return nullable(re.body);
    case "cat":
      return re.items.every(nullable);
    case "alt":
      return re.alts.some(nullable);
    case "rep":
      return re.min === 0 || nullable(re.body);
  }
}
