// awk's string and arithmetic built-ins, on values already evaluated (the evaluator finds the
// arrays and variables they change). substr follows one-true-awk (substr(s, 0, 2) is "he" of
// "hello"); a math function whose argument is out of its domain or whose result is out of range
// warns and gives 1, as one-true-awk's errcheck does; rand is the C library's rand()/(RAND_MAX+1).
import type { AwkArray } from "./array.js";
import type { Regex } from "../re.js";
import { splitFields, type Runtime } from "./runtime.js";
import { fromInput } from "./value.js";

export function substr(s: string, mv: number, nv: number | null): string {
  const k = s.length + 1;
  if (k <= 1) return "";
  let m = Math.trunc(mv);
  if (!(m > 0)) m = 1;
  else if (m > k) m = k;
  let n = nv === null ? k - 1 : Math.trunc(nv);
  if (!(n >= 0)) n = 0;
  else if (n > k - m) n = k - m;
  return s.substr(m - 1, n);
}

export function index(s: string, t: string): number {
  return s === "" ? 0 : s.indexOf(t) + 1;
}

/** split s into a (cleared first) by a separator string (FS rules) or a regular expression */
export function split(rt: Runtime, s: string, a: AwkArray, sep: { re: Regex } | { fs: string }): number {
  a.clear();
  let parts: string[];
  if ("fs" in sep) parts = splitFields(s, sep.fs, false, (src) => rt.regex(src));
  else if (s === "") parts = [];
  else {
    parts = [];
    let start = 0;
    let from = 0;
    while (from <= s.length) {
      const m = sep.re.exec(s, from, from > 0);
      if (!m) break;
      if (m.end === m.start) {
        from = m.start + 1;
        continue;
      }
      parts.push(s.slice(start, m.start));
      start = from = m.end;
    }
    parts.push(s.slice(start));
  }
  for (let i = 0; i < parts.length; i++) a.set(String(i + 1), fromInput(parts[i]!));
  return parts.length;
}

/** the replacement for one match: & is the matched text, \& a literal &, \\& a backslash and the match */
function replacement(repl: string, matched: string): string {
  if (!repl.includes("&")) return repl;
  let out = "";
  for (let i = 0; i < repl.length; i++) {
    const c = repl[i]!;
    if (c === "\\" && repl[i + 1] === "\\" && repl[i + 2] === "&") {
      out += "\\" + matched;
      i += 2;
    } else if (c === "\\" && repl[i + 1] === "&") {
      out += "&";
      i++;
    } else if (c === "&") out += matched;
    else out += c;
  }
  return out;
}

/** sub (global false) or gsub: the new string and how many replacements (null: none) */
export function substitute(rt: Runtime, re: Regex, repl: string, s: string, global: boolean, limit: number): { s: string; n: number } | null {
  let out = "";
  let pos = 0;
  let n = 0;
  let lastEnd = -1;
  while (pos <= s.length) {
    const m = re.exec(s, pos, pos > 0);
    if (!m) break;
    if (m.start === m.end && m.start === lastEnd) {
      // an empty match right after a replaced one: not a match of its own
      if (m.start >= s.length) break;
      out += s.slice(pos, m.start + 1);
      pos = m.start + 1;
      continue;
    }
    out += s.slice(pos, m.start) + replacement(repl, s.slice(m.start, m.end));
    n++;
    if (out.length > limit) rt.fatal("awk.nomem");
    if (m.end > m.start) {
      pos = lastEnd = m.end;
    } else {
      if (m.start < s.length) out += s[m.start];
      pos = m.start + 1;
    }
    if (!global) break;
  }
  if (n === 0) return null;
  if (pos < s.length) out += s.slice(pos);
  return { s: out, n };
}

/** match(s, re): RSTART and RLENGTH, and RSTART as its value */
export function match(rt: Runtime, s: string, re: Regex): number {
  const m = re.exec(s, 0, false);
  rt.RSTART.val = m ? m.start + 1 : 0;
  rt.RLENGTH.val = m ? m.end - m.start : -1;
  return m ? m.start + 1 : 0;
}

export function lower(s: string): string {
  return s.replace(/[A-Z]+/g, (c) => c.toLowerCase());
}

export function upper(s: string): string {
  return s.replace(/[a-z]+/g, (c) => c.toUpperCase());
}

/** the C library's rand(): next = next × 1103515245 + 12345, (next / 65536) mod 32768 */
export class Rand {
  private next = 1;
  /** the seed srand was last given (srand returns it) */
  seed = 0;
  rand(): number {
    this.next = (Math.imul(this.next, 1103515245) + 12345) >>> 0;
    return Math.floor(this.next / 65536) % 32768 / 32768;
  }
  srand(seed: number): number {
    const prev = this.seed;
    this.seed = seed;
    this.next = Math.trunc(seed) >>> 0;
    return prev;
  }
}

/** sin cos atan2 exp log sqrt int; a domain or range error warns ("log") and gives 1 */
export function math(name: string, x: number, y: number, warn: (id: string, fn: string) => void): number {
  let r: number;
  switch (name) {
    case "sin":
      r = Math.sin(x);
      break;
    case "cos":
      r = Math.cos(x);
      break;
    case "atan2":
      return Math.atan2(x, y);
    case "exp":
      r = Math.exp(x);
      if (!Number.isFinite(r) && Number.isFinite(x)) return (warn("awk.erange", name), 1);
      return r;
    case "log":
      if (x < 0) return (warn("awk.edom", name), 1);
      if (x === 0) return (warn("awk.erange", name), 1);
      return Math.log(x);
    case "sqrt":
      if (x < 0) return (warn("awk.edom", name), 1);
      return Math.sqrt(x);
    default:
      return Math.trunc(x);
  }
  return r;
}

/** x^n by squaring, for a whole n ≥ 0 (one-true-awk's ipow) */
function ipow(x: number, n: number): number {
  if (n <= 0) return 1;
  const v = ipow(x, Math.floor(n / 2));
  return n % 2 === 0 ? v * v : x * v * v;
}

/** + - * / % ^ (and /= %= for their own messages); division by zero is fatal */
export function arith(rt: Runtime & { warn(id: string, ...args: (string | number)[]): void }, op: string, x: number, y: number): number {
  switch (op) {
    case "+":
      return x + y;
    case "-":
      return x - y;
    case "*":
      return x * y;
    case "/":
      if (y === 0) rt.fatal("awk.divzero");
      return x / y;
    case "%":
      if (y === 0) rt.fatal("awk.modzero");
      return x % y;
    case "/=":
      if (y === 0) rt.fatal("awk.divzeroeq");
      return x / y;
    case "%=":
      if (y === 0) rt.fatal("awk.modzeroeq");
      return x % y;
    default: {
      if (y >= 0 && Number.isInteger(y) && y < 2 ** 31) return ipow(x, y);
      const r = Math.pow(x, y);
      if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) return (rt.warn("awk.edom", "pow"), 1);
      if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) return (rt.warn("awk.erange", "pow"), 1);
      return r;
    }
  }
}
