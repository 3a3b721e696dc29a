// fnmatch(3) for find -name: * ? [...] ([!...] negates; ranges and [:class:]), a backslash
// quotes the next character, and with `period` a leading dot must be matched by a dot. Matched
// with the one-star-backtrack method: time at most the product of the two lengths, never more.

const CLASSES: Record<string, (c: string) => boolean> = {
  alpha: (c) => /[A-Za-z]/.test(c),
  digit: (c) => /[0-9]/.test(c),
  alnum: (c) => /[A-Za-z0-9]/.test(c),
  upper: (c) => /[A-Z]/.test(c),
  lower: (c) => /[a-z]/.test(c),
  space: (c) => /[ \t\n\r\f\v]/.test(c),
  blank: (c) => c === " " || c === "\t",
  punct: (c) => /[!-/:-@[-`{-~]/.test(c),
  print: (c) => c >= " " && c <= "~",
  graph: (c) => c > " " && c <= "~",
  cntrl: (c) => c < " " || c === "\x7f",
  xdigit: (c) => /[0-9A-Fa-f]/.test(c),
};

/** a bracket expression at p[i] === "[": does it take c, and where does it end (-1: not one) */
function bracket(p: string, i: number, c: string): { ok: boolean; next: number } {
  let j = i + 1;
  const neg = p[j] === "!";
  if (neg) j++;
  let ok = false;
  let first = true;
  for (;;) {
    if (j >= p.length) return { ok: false, next: -1 };
    let a = p[j]!;
    if (a === "]" && !first) break;
    first = false;
    if (a === "[" && p[j + 1] === ":") {
      const end = p.indexOf(":]", j + 2);
      if (end > 0) {
        if (CLASSES[p.slice(j + 2, end)]?.(c)) ok = true;
        j = end + 2;
        continue;
      }
    }
    if (a === "\\" && j + 1 < p.length) a = p[++j]!;
    if (p[j + 1] === "-" && p[j + 2] !== undefined && p[j + 2] !== "]") {
      let b = p[j + 2]!;
      j += 2;
      if (b === "\\" && j + 1 < p.length) b = p[++j]!;
      if (c >= a && c <= b) ok = true;
    } else if (c === a) ok = true;
    j++;
  }
  return { ok: ok !== neg, next: j + 1 };
}

/** does one pattern character (at p[i]) take s[k]: the index after it, or -1 */
function step(p: string, i: number, s: string, k: number, period: boolean): number {
  const c = s[k]!;
  const pc = p[i]!;
  if (period && k === 0 && c === "." && pc !== ".") return -1;
  if (pc === "?") return i + 1;
  if (pc === "[") {
    const b = bracket(p, i, c);
    if (b.next >= 0) return b.ok ? b.next : -1;
    return c === "[" ? i + 1 : -1;
  }
  if (pc === "\\" && i + 1 < p.length) return p[i + 1] === c ? i + 2 : -1;
  return pc === c ? i + 1 : -1;
}

export function fnmatch(pattern: string, s: string, period = false): boolean {
  let i = 0;
  let k = 0;
  let starP = -1;
  let starK = -1;
  while (k < s.length) {
    if (i < pattern.length && pattern[i] === "*" && !(period && k === 0 && s[0] === ".")) {
      starP = ++i;
      starK = k;
      continue;
    }
    const n = i < pattern.length ? step(pattern, i, s, k, period) : -1;
    if (n >= 0) {
      i = n;
      k++;
      continue;
    }
    if (starP < 0) return false;
    i = starP;
    k = ++starK;
  }
  while (i < pattern.length && pattern[i] === "*") i++;
  return i === pattern.length;
}
