// sort's keys and its comparison, after AIX 4.1.3 sort.c (cmp, skip, newoptfield). A key is a
// field definition: where it starts and ends (fields skipped, then characters), and how it
// compares (folded, dictionary or printable characters only, numerically, reversed, leading
// blanks skipped at either end). The lab's locale (en_US, ISO8859-1) collates in byte order, so
// strcoll and strxfrm are byte comparisons here.

export type Ignore = "none" | "dict" | "nonprint";

export interface Field {
  fold: boolean;
  ignore: Ignore;
  numeric: boolean;
  /** 1, or -1 for a reversed key */
  rflg: number;
  /** skip blanks at the start [0] and at the end [1] */
  b: [number, number];
  /** fields to skip for the start and the end; -1 for the end is the end of the line */
  m: [number, number];
  /** characters to skip after them */
  n: [number, number];
}

export function protoField(): Field {
  return { fold: false, ignore: "none", numeric: false, rflg: 1, b: [0, 0], m: [0, -1], n: [0, 0] };
}

/** a key with none of its own modifiers takes the global ones (sort.c main) */
export function isProto(f: Field): boolean {
  return !f.fold && f.ignore === "none" && !f.numeric && f.rflg === 1 && f.b[0] === 0 && f.b[1] === 0;
}

export class KeySyntax extends Error {}

/**
 * One key definition into `fields` (newoptfield): -kPOS1[,POS2] (`ink`), or the old +POS1 / -POS2
 * (`spos` 0 or 1); a -POS2 after a +POS1 ends that key. Returns the new pos1flag.
 */
export function addKey(fields: Field[], s: string, spos: 0 | 1, ink: boolean, pos1flag: boolean): boolean {
  if (ink || !spos || !pos1flag) fields.push(protoField());
  const p = fields[fields.length - 1]!;
  let state = 0;
  let rpart = !ink && spos ? 1 : 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === ".") {
      if (state++ === 0) {
        p.m[rpart] = 0;
        state++;
      }
      if (state > 2) throw new KeySyntax();
    } else if (c === "-") {
      if (ink || rpart++) throw new KeySyntax();
      state = 0;
    } else if (c === ",") {
      if (!ink || rpart++) throw new KeySyntax();
      state = 0;
    } else if (c === "b") p.b[rpart]!++;
    else if (c === "d") p.ignore = "dict";
    else if (c === "f") p.fold = true;
    else if (c === "i") p.ignore = "nonprint";
    else if (c === "n") p.numeric = true;
    else if (c === "r") p.rflg = -1;
    else if (c >= "0" && c <= "9") {
      let j = i;
      while (j < s.length && s[j]! >= "0" && s[j]! <= "9") j++;
      let num = Math.min(Number(s.slice(i, j)), 0x7fffffff);
      i = j - 1;
      if ((ink ? num - (state === 2 ? 0 : 1) : num) < 0) throw new KeySyntax();
      // -kA.B,C.D is +(A-1).(B-1) -C.D when D is 0, else -(C-1).D (POSIX, as sort.c converts it)
      if (ink) {
        if (rpart) {
          if (state && num > 0) p.m[1]--;
        } else num--;
      }
      if (!state++) p.m[rpart] = num;
      else p.n[rpart] = num;
    } else throw new KeySyntax();
  }
  return !rpart;
}

const BLANK_SPACE = 32;
const TAB = 9;
const isBlank = (c: number | undefined) => c === BLANK_SPACE || c === TAB;

/** where a key starts (j 0) or ends (j 1) in a line (without its newline): skip() of sort.c */
export function skip(line: Uint8Array, f: Field, j: 0 | 1, tab: number | null): number {
  const len = line.length;
  let i = f.m[j];
  if (i < 0) return len;
  let p = 0;
  if (tab !== null) {
    while (--i >= 0) {
      while (p < len && line[p] !== tab) p++;
      if (p >= len) return len;
      p++;
    }
  } else {
    while (--i >= 0) {
      while (p < len && isBlank(line[p])) p++;
      while (p < len && !isBlank(line[p])) p++;
      if (p >= len) return len;
    }
  }
  // the end of field m (no character position given)
  if (j === 1 && f.n[1] === 0) return tab !== null ? p - 1 : p;
  if (f.b[j]) {
    if (f.m[j] > 0 && tab === null) p++;
    while (p < len && isBlank(line[p])) p++;
  }
  for (let k = f.n[j]; k > 0 && p < len; k--) p++;
  return p;
}

/** the dictionary (-d) and printable (-i) tables: characters to skip */
const IGNORED: Record<Ignore, Uint8Array> = {
  none: new Uint8Array(256),
  dict: (() => {
    const t = new Uint8Array(256).fill(1);
    for (const c of [9, 10, 32]) t[c] = 0;
    for (let c = 48; c <= 57; c++) t[c] = 0;
    for (let c = 65; c <= 90; c++) t[c] = 0;
    for (let c = 97; c <= 122; c++) t[c] = 0;
    return t;
  })(),
  nonprint: (() => {
    const t = new Uint8Array(256).fill(1);
    t[9] = 0;
    t[10] = 0;
    for (let c = 32; c <= 126; c++) t[c] = 0;
    return t;
  })(),
};

/** -f folds lower case onto upper case */
const FOLD = (() => {
  const t = new Uint8Array(256);
  for (let c = 0; c < 256; c++) t[c] = c >= 97 && c <= 122 ? c - 32 : c;
  return t;
})();
const NOFOLD = (() => new Uint8Array(256).map((_, i) => i))();

/** a key's bytes compared, ignoring and folding as asked: <0, 0, >0 in ascending order */
function compareText(a: Uint8Array, pa: number, la: number, b: Uint8Array, pb: number, lb: number, f: Field): number {
  const ign = IGNORED[f.ignore];
  const code = f.fold ? FOLD : NOFOLD;
  for (;;) {
    while (pa < la && ign[a[pa]!]) pa++;
    while (pb < lb && ign[b[pb]!]) pb++;
    if (pa >= la) return pb < lb ? -1 : 0;
    if (pb >= lb) return 1;
    const d = code[a[pa++]!]! - code[b[pb++]!]!;
    if (d !== 0) return d;
  }
}

const DIGIT0 = 48;
const isDigit = (c: number | undefined) => c !== undefined && c >= 48 && c <= 57;

/**
 * -n: the numeric comparison of sort.c's cmp, in ascending order. Leading blanks are skipped, a
 * '-' makes the number negative, the integer part is digits and thousands separators (`sep`,
 * ',' in en_US), then '.' and the fraction. -0 and 0 are equal; what follows the number does
 * not count.
 */
function compareNumber(a: Uint8Array, pa: number, la: number, b: Uint8Array, pb: number, lb: number, sep: number): number {
  while (pa < la && isBlank(a[pa])) pa++;
  while (pb < lb && isBlank(b[pb])) pb++;
  let sa = 1;
  let sb = 1;
  if (pa < la && a[pa] === 45) {
    pa++;
    sa = -1;
  }
  if (pb < lb && b[pb] === 45) {
    pb++;
    sb = -1;
  }
  let ia = pa;
  while (ia < la && (isDigit(a[ia]) || a[ia] === sep)) ia++;
  let ib = pb;
  while (ib < lb && (isDigit(b[ib]) || b[ib] === sep)) ib++;
  const ja = ia;
  const jb = ib;
  let d = 0;
  if (sa === sb) {
    // the most significant position where the integer parts differ
    while (ia > pa && ib > pb) {
      ia--;
      ib--;
      while (ia > pa && a[ia] === sep) ia--;
      while (ib > pb && b[ib] === sep) ib--;
      if (a[ia] !== b[ib]) d = a[ia]! - b[ib]!;
    }
  }
  // more significant digits left in one of them: that one is larger in size
  while (ia > pa) if (a[--ia] !== DIGIT0 && a[ia] !== sep) return sa;
  while (ib > pb) if (b[--ib] !== DIGIT0 && b[ib] !== sep) return -sb;
  if (d !== 0) return d * sa;
  let fa = ja < la && a[ja] === 46 ? ja + 1 : ja;
  let fb = jb < lb && b[jb] === 46 ? jb + 1 : jb;
  if (sa === sb) {
    while (fa < la && isDigit(a[fa]) && fb < lb && isDigit(b[fb])) {
      const x = a[fa++]! - b[fb++]!;
      if (x !== 0) return x * sa;
    }
  }
  while (fa < la && isDigit(a[fa])) if (a[fa++] !== DIGIT0) return sa;
  while (fb < lb && isDigit(b[fb])) if (b[fb++] !== DIGIT0) return -sb;
  return 0;
}

/** plain byte order of two lines */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** a line and where its keys start and end, found once */
export interface SortRecord {
  line: Uint8Array;
  bounds: Int32Array;
}

export interface Ordering {
  /** the keys compared in turn (field 0 alone when no key was given) */
  keys: Field[];
  /** field 0: its rflg reverses the last-resort comparison of whole lines */
  whole: Field;
  tab: number | null;
  /** the thousands separator -n skips (none under -A) */
  sep: number;
  /** no option changes the order: whole lines in byte order */
  plain: boolean;
}

export function record(line: Uint8Array, o: Ordering): SortRecord {
  const bounds = new Int32Array(o.keys.length * 2);
  o.keys.forEach((f, k) => {
    bounds[2 * k] = skip(line, f, 0, o.tab);
    bounds[2 * k + 1] = skip(line, f, 1, o.tab);
  });
  return { line, bounds };
}

/** sort.c's cmp in ascending order; `unique` (-u) leaves out the comparison of whole lines */
export function compare(x: SortRecord, y: SortRecord, o: Ordering, unique: boolean): number {
  if (o.plain) return compareBytes(x.line, y.line);
  const a = x.line;
  const b = y.line;
  for (let k = 0; k < o.keys.length; k++) {
    const f = o.keys[k]!;
    const pa = x.bounds[2 * k]!;
    const la = Math.max(pa, x.bounds[2 * k + 1]!);
    const pb = y.bounds[2 * k]!;
    const lb = Math.max(pb, y.bounds[2 * k + 1]!);
    const c = f.numeric ? compareNumber(a, pa, la, b, pb, lb, o.sep) : compareText(a, pa, la, b, pb, lb, f);
    if (c !== 0) return c * f.rflg;
  }
  if (unique) return 0;
  return compareBytes(a, b) * o.whole.rflg;
}
