// tr's String1 and String2 (AIX 4.1.3 tr.c, the locale path the lab's en_US takes): escapes
// first (\ooo, \a \b \f \n \r \t \v \\; a backslash before anything else is dropped), then the
// bracket syntax: c1-c2 ranges, [:class:], [=c=], [c*n] repetitions (n octal with a leading 0;
// [c*] or [c*0] repeats 65535 times). Anything that does not parse is taken literally, one
// character at a time. The characters are bytes (ISO8859-1: one byte each); the collating order
// is the byte order.

/** a character of an operand after escapes; `esc` marks the ones tr.c escapes (NUL, '/') so
 *  they never read as syntax */
export interface Tok {
  c: number;
  esc: boolean;
}

export function removeEscapes(s: Uint8Array): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== 92) {
      out.push({ c, esc: c === 47 });
      continue;
    }
    const d = s[++i];
    if (d === undefined) break;
    if (d >= 48 && d <= 55) {
      let n = 0;
      let k = 0;
      for (; k < 3 && i < s.length && s[i]! >= 48 && s[i]! <= 55; k++, i++) n = n * 8 + (s[i]! - 48);
      i--;
      n &= 0xff;
      out.push({ c: n, esc: n === 0 || n === 47 });
    } else {
      const named: Record<number, number> = { 97: 7, 98: 8, 102: 12, 110: 10, 114: 13, 116: 9, 118: 11, 92: 92 };
      out.push({ c: named[d] ?? d, esc: false });
    }
  }
  return out;
}

export type ClassName = "alnum" | "alpha" | "blank" | "cntrl" | "digit" | "graph" | "lower" | "print" | "punct" | "space" | "upper" | "xdigit";
export const CLASSES: readonly ClassName[] = ["alnum", "alpha", "blank", "cntrl", "digit", "graph", "lower", "print", "punct", "space", "upper", "xdigit"];

const inRange = (c: number, lo: number, hi: number) => c >= lo && c <= hi;
const PUNCT = new Set([..."!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"].map((c) => c.charCodeAt(0)));

/** the en_US (ISO8859-1) LC_CTYPE classes of AIX's locale source */
function member(cls: ClassName, c: number): boolean {
  const upper = inRange(c, 65, 90) || (inRange(c, 0xc0, 0xde) && c !== 0xd7);
  const lower = inRange(c, 97, 122) || (inRange(c, 0xdf, 0xff) && c !== 0xf7);
  const digit = inRange(c, 48, 57);
  switch (cls) {
    case "upper":
      return upper;
    case "lower":
      return lower;
    case "alpha":
      return upper || lower;
    case "digit":
      return digit;
    case "alnum":
      return upper || lower || digit;
    case "xdigit":
      return digit || inRange(c, 65, 70) || inRange(c, 97, 102);
    case "space":
      return inRange(c, 9, 13) || c === 32;
    case "blank":
      return c === 9 || c === 32;
    case "cntrl":
      return c < 32 || inRange(c, 0x7f, 0x9f);
    case "punct":
      return PUNCT.has(c);
    case "graph":
      return inRange(c, 33, 126) || inRange(c, 0xa1, 0xff);
    case "print":
      return inRange(c, 32, 126) || inRange(c, 0xa0, 0xff);
  }
}

/** -A: tr.c's hard-coded ASCII classes, in the order it lists their members */
const ASCII_CLASS: Record<ClassName, string> = {
  alnum: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
  alpha: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
  blank: " \t",
  cntrl: "\x07\x08\x09\x0a\x0b\x0c\x0d\x00\x01\x02\x03\x04\x05\x06\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\x7f",
  digit: "0123456789",
  graph: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
  lower: "abcdefghijklmnopqrstuvwxyz",
  print: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ ",
  punct: "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
  space: "\t\n\x0b\x0c\x0d ",
  upper: "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  xdigit: "0123456789ABCDEFabcdef",
};

export function classMembers(cls: ClassName, ascii: boolean): number[] {
  if (ascii) return [...ASCII_CLASS[cls]].map((c) => c.charCodeAt(0));
  const out: number[] = [];
  for (let c = 0; c < 256; c++) if (member(cls, c)) out.push(c);
  return out;
}

export function toUpper(c: number): number {
  if (inRange(c, 97, 122) || (inRange(c, 0xe0, 0xfe) && c !== 0xf7)) return c - 32;
  return c;
}

export function toLower(c: number): number {
  if (inRange(c, 65, 90) || (inRange(c, 0xc0, 0xde) && c !== 0xd7)) return c + 32;
  return c;
}

/** a character of a string and how many times it stands (repetitions) */
export interface Elem {
  c: number;
  reps: number;
}

/** what parsing a string can fail with: the catalog id (Usage follows REPINS1 and EQVINS2) */
export class TrStringError extends Error {
  constructor(
    readonly id: "tr.badstr" | "tr.order" | "tr.rep1" | "tr.eqv2" | "tr.class2" | "tr.nospace",
    readonly usage = false,
    /** the class named (tr.class2: Solaris says which) */
    readonly arg = "",
  ) {
    super(id);
  }
}

export interface ParseContext {
  /** parsing String1 (repetitions are refused there) */
  string1: boolean;
  /** both -d and -s (String2 may then hold any class and equivalence classes) */
  ds: boolean;
  ascii: boolean;
  /** String2 was given (inserted members are put in collating order) */
  string2Found: boolean;
  /** String1: where its first [:lower:] and [:upper:] start (a case conversion in String2 must
   *  stand at the same place) */
  belowLower: number;
  belowUpper: number;
}

/** the most elements a string holds (one per character of the code set) */
const MAX_ELEMS = 256;
const REPEAT_ALL = 0xffff;

/** the characters String1 or String2 stands for (string_to_struct of tr.c) */
export function parseString(toks: readonly Tok[], pc: ParseContext): Elem[] {
  const out: Elem[] = [];
  const push = (c: number, reps: number) => {
    if (out.length >= MAX_ELEMS) throw new TrStringError("tr.nospace");
    out.push({ c, reps });
  };
  const raw = (i: number) => (i >= toks.length ? 0 : toks[i]!.esc ? 47 : toks[i]!.c);
  const value = (i: number) => toks[i]!.c;
  const count = () => out.reduce((n, e) => n + e.reps, 0);
  let p = 0;
  while (p < toks.length) {
    const char1 = raw(p);
    const wp3 = value(p);
    p++;
    if (char1 !== 91 && raw(p) !== 45) {
      push(wp3, 1);
      continue;
    }
    const savep = p;
    const literal = () => {
      p = savep;
      push(wp3, 1);
    };
    if (char1 !== 91) {
      // c1-c2: a range in collating (byte) order; c1- at the end is two characters
      if (p + 1 >= toks.length) {
        literal();
        continue;
      }
      const wp2 = value(p + 1);
      if (wp3 > wp2) throw new TrStringError("tr.order");
      for (let c = wp3; c <= wp2; c++) push(c, 1);
      p += 2;
      continue;
    }
    if (p >= toks.length) {
      literal();
      continue;
    }
    const op = raw(p);
    if (op === 61 /* = */) {
      if (!equivalence(toks, p + 1, pc, push, (np) => (p = np))) literal();
    } else if (op === 58 /* : */ && raw(p + 1) !== 42) {
      const end = className(toks, p + 1);
      if (end === null) literal();
      else {
        cls(end.name, pc, push, count);
        p = end.next;
      }
    } else {
      // [c*n] or [c*] (also [:*n] and [=*n], where c is the : or =)
      const c = op === 58 || op === 61 ? op : value(p);
      const rep = repetition(toks, op === 58 || op === 61 ? p + 1 : p + 1);
      if (rep === null) literal();
      else {
        if (pc.string1) throw new TrStringError("tr.rep1", true);
        push(c, rep.n);
        p = rep.next;
      }
    }
  }
  return out;
}

/** [=c=] starting after the '=' at `i`; false when it is not one ([=* is a repetition) */
function equivalence(toks: readonly Tok[], i: number, pc: ParseContext, push: (c: number, r: number) => void, moveTo: (p: number) => void): boolean {
  const raw = (k: number) => (k >= toks.length ? 0 : toks[k]!.esc ? 47 : toks[k]!.c);
  if (raw(i) === 42 && raw(i + 1) === 61 && raw(i + 2) === 93) {
    // [=*=]: the class of '*'
    if (!pc.string1 && !pc.ds) throw new TrStringError("tr.eqv2", true);
    push(42, 1);
    moveTo(i + 3);
    return true;
  }
  if (raw(i) === 42 /* * */) {
    const rep = repetition(toks, i);
    if (rep === null) return false;
    if (pc.string1) throw new TrStringError("tr.rep1", true);
    push(61, rep.n);
    moveTo(rep.next);
    return true;
  }
  if (i >= toks.length) throw new TrStringError("tr.badstr");
  if (raw(i + 1) !== 61 || raw(i + 2) !== 93) return false;
  if (!pc.string1 && !pc.ds) throw new TrStringError("tr.eqv2", true);
  // each character of en_US collates on its own: the class is the character itself
  push(toks[i]!.c, 1);
  moveTo(i + 3);
  return true;
}

/** [:name:] starting at the name: the class and where parsing goes on; null if none is there */
function className(toks: readonly Tok[], i: number): { name: ClassName; next: number } | null {
  let k = i;
  while (k < toks.length && !(toks[k]!.c === 58 && !toks[k]!.esc)) k++;
  if (k >= toks.length || toks[k + 1]?.c !== 93 || toks[k + 1]!.esc) return null;
  const name = String.fromCharCode(...toks.slice(i, k).map((t) => t.c));
  if (!(CLASSES as readonly string[]).includes(name)) throw new TrStringError("tr.badstr");
  return { name: name as ClassName, next: k + 2 };
}

/** *n] (or *]) from the '*' at `i`: the count (65535 for none or 0) and where parsing goes on */
function repetition(toks: readonly Tok[], i: number): { n: number; next: number } | null {
  const raw = (k: number) => (k >= toks.length ? 0 : toks[k]!.esc ? 47 : toks[k]!.c);
  if (raw(i) !== 42) return null;
  let k = i + 1;
  if (raw(k) === 93) return { n: REPEAT_ALL, next: k + 1 };
  const first = raw(k);
  if (first < 48 || first > 57) return null;
  const base = first === 48 ? 8 : 10;
  let n = 0;
  while (raw(k) >= 48 && raw(k) < 48 + base) n = Math.min(n * base + raw(k++) - 48, 0x7fffffff);
  if (raw(k) !== 93) return null;
  return { n: n === 0 ? REPEAT_ALL : n, next: k + 1 };
}

/** a class's members; in String2 only a case conversion at String1's matching class */
function cls(name: ClassName, pc: ParseContext, push: (c: number, r: number) => void, count: () => number): void {
  let conversion = false;
  if (!pc.string1 && !pc.ds) {
    const at = count();
    if (name === "lower" && pc.belowUpper !== -1 && at === pc.belowUpper) conversion = true;
    else if (name === "upper" && pc.belowLower !== -1 && at === pc.belowLower) conversion = true;
    else throw new TrStringError("tr.class2", false, name);
  }
  if (pc.string1) {
    if (name === "lower" && pc.belowLower === -1) pc.belowLower = count();
    if (name === "upper" && pc.belowUpper === -1) pc.belowUpper = count();
  }
  if (!conversion) {
    for (const c of classMembers(name, pc.ascii)) push(c, 1);
    return;
  }
  // String1's class, converted: the same positions, each character in the other case
  const from: ClassName = name === "lower" ? "upper" : "lower";
  for (const c of classMembers(from, pc.ascii)) push(name === "lower" ? toLower(c) : toUpper(c), 1);
}
