// Bracket expressions — [abc] [^a-z] [[:alpha:]] [[=e=]] [[.-.]] — for POSIX regular
// expressions (regex.ts) and ksh's patterns (sh/pattern.ts). Both read them the same way; they
// differ in what negates ([^ for a regex, [! or [^ for ksh), in whether a backslash escapes (ksh:
// quoted characters reach the pattern escaped) and in what a malformed one means (a regex: an
// error; ksh: no bracket, a literal `[`). The character classes are the C locale's.

/** code-point ranges, inclusive: [lo0, hi0, lo1, hi1, ...] */
export type Ranges = number[];

export interface CharSet {
  neg: boolean;
  ranges: Ranges;
}

const r = (s: string): Ranges => [...s].map((c) => c.codePointAt(0)!);

/** the C locale's classes as ranges */
export const CLASSES: Record<string, Ranges> = {
  alpha: r("azAZ"),
  digit: r("09"),
  alnum: r("azAZ09"),
  upper: r("AZ"),
  lower: r("az"),
  space: [9, 13, 32, 32],
  blank: [9, 9, 32, 32],
  punct: r("!/:@[`{~"),
  print: [32, 126],
  graph: [33, 126],
  cntrl: [0, 31, 127, 127],
  xdigit: r("09afAF"),
};

export class BracketError extends Error {}

export interface BracketSyntax {
  /** ksh: `[!` negates too, a backslash escapes the next character */
  shell: boolean;
  /** for a caller that parses many brackets of one text: the last search for each terminator
   *  (`:]` `=]` `.]`), so that no search runs twice over the same stretch of a long text */
  seen?: Map<string, { from: number; at: number }>;
}

/** is s one character (one code point)? */
const oneChar = (s: string): boolean => s.length === 1 || (s.length === 2 && s.codePointAt(0)! > 0xffff);

/** where `end` first occurs in p at or after `from`, or -1 */
function find(p: string, end: string, from: number, syn: BracketSyntax): number {
  const last = syn.seen?.get(end);
  // the first occurrence after last.from is last.at: so it is for any start between them
  if (last !== undefined && from >= last.from && (last.at < 0 || from <= last.at)) return last.at;
  const at = p.indexOf(end, from);
  syn.seen?.set(end, { from, at });
  return at;
}

/**
 * The bracket expression at p[i] === "[": its set and the index after its `]`, or null when it
 * has no closing `]`. For a regex, throws BracketError for an unknown class, a collating element
 * of more than one character, or a range whose end sorts before its start; in ksh such an item
 * matches nothing.
 */
export function parseBracket(p: string, i: number, syn: BracketSyntax): { set: CharSet; next: number } | null {
  let j = i + 1;
  let neg = false;
  if (p[j] === "^" || (syn.shell && p[j] === "!")) {
    neg = true;
    j++;
  }
  const ranges: Ranges = [];
  let first = true;
  for (;;) {
    if (j >= p.length) return null;
    const c = p[j]!;
    if (c === "]" && !first) return { set: { neg, ranges }, next: j + 1 };
    first = false;
    let cp: number;
    if (c === "[" && (p[j + 1] === ":" || p[j + 1] === "=" || p[j + 1] === ".")) {
      const kind = p[j + 1]!;
      const end = find(p, kind + "]", j + 2, syn);
      if (end < 0) return null;
      const name = p.slice(j + 2, end);
      j = end + 2;
      if (kind === ":") {
        // (a name is looked up only if it is short: hashing a long one costs its length)
        const cls = name.length <= 6 ? CLASSES[name] : undefined;
        if (cls !== undefined) ranges.push(...cls);
        else if (!syn.shell) throw new BracketError("invalid character class");
        continue;
      }
      // [=c=] and [.c.]: in the C locale every character is its own equivalence class and
      // collating element; longer names are not elements of the C locale
      if (!oneChar(name)) {
        if (!syn.shell) throw new BracketError("invalid collating element");
        continue;
      }
      cp = name.codePointAt(0)!;
      if (kind === "=") {
        ranges.push(cp, cp);
        continue;
      }
    } else if (syn.shell && c === "\\" && j + 1 < p.length) {
      cp = p.codePointAt(j + 1)!;
      j += 1 + (cp > 0xffff ? 2 : 1);
    } else {
      cp = p.codePointAt(j)!;
      j += cp > 0xffff ? 2 : 1;
    }
    // a range: the character, `-`, and an end that is not the closing `]`
    if (p[j] === "-" && p[j + 1] !== "]" && j + 1 < p.length) {
      const end = rangeEnd(p, j + 1, syn);
      if (end === null) return null;
      if (end.cp < cp) {
        if (!syn.shell) throw new BracketError("invalid range");
      } else ranges.push(cp, end.cp);
      j = end.next;
      continue;
    }
    ranges.push(cp, cp);
  }
}

/** the end point of a range at p[j]: a character or a [.c.] */
function rangeEnd(p: string, j: number, syn: BracketSyntax): { cp: number; next: number } | null {
  if (p[j] === "[" && p[j + 1] === ".") {
    const end = find(p, ".]", j + 2, syn);
    if (end < 0) return null;
    const name = p.slice(j + 2, end);
    if (!oneChar(name)) {
      if (!syn.shell) throw new BracketError("invalid collating element");
      return { cp: -1, next: end + 2 };
    }
    return { cp: name.codePointAt(0)!, next: end + 2 };
  }
  if (syn.shell && p[j] === "\\" && j + 1 < p.length) {
    const cp = p.codePointAt(j + 1)!;
    return { cp, next: j + 1 + (cp > 0xffff ? 2 : 1) };
  }
  const cp = p.codePointAt(j)!;
  return { cp, next: j + (cp > 0xffff ? 2 : 1) };
}

function inRanges(ranges: Ranges, cp: number): boolean {
  for (let k = 0; k < ranges.length; k += 2) if (cp >= ranges[k]! && cp <= ranges[k + 1]!) return true;
  return false;
}

/** does the set hold the code point? `icase`: either case of a letter will do */
export function setHas(set: CharSet, cp: number, icase = false): boolean {
  let hit = inRanges(set.ranges, cp);
  if (!hit && icase) {
    const c = String.fromCodePoint(cp);
    const lo = c.toLowerCase();
    const up = c.toUpperCase();
    hit = (lo.length === c.length && inRanges(set.ranges, lo.codePointAt(0)!)) || (up.length === c.length && inRanges(set.ranges, up.codePointAt(0)!));
  }
  return hit !== set.neg;
}
