// awk's values: numbers, strings, and strnums — strings from input (fields, getline, split,
// ARGV, ENVIRON, -v and command-line assignments) that look like numbers, and compare as numbers.
// An uninitialized value is both "" and 0 (a strnum). Numbers become strings by CONVFMT (OFMT when
// printed), except integral values, which print as integers (one-true-awk's modf test).
import { cfloat } from "../cfloat.js";

export class StrNum {
  constructor(
    readonly s: string,
    readonly n: number,
  ) {}
}

export type Value = number | string | StrNum;

export const UNINIT = new StrNum("", 0);

/** what strtod reads at the start of a string */
const LEADING = /^[ \t\n\r\f\v]*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/;
/** a whole string that is a number (blanks around it allowed) */
const NUMERIC = /^[ \t\n\r\f\v]*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?[ \t\n\r\f\v]*$/;

/** the number at the start of a string (0 if none), as atof reads it */
export function strToNum(s: string): number {
  const m = LEADING.exec(s);
  return m ? Number(m[0].trim()) : 0;
}

/** text from input: a strnum when it looks like a number, else a string */
export function fromInput(s: string): Value {
  if (s === "") return "";
  const c = s.charCodeAt(0);
  // quick refusal of the common case (a word)
  if (c > 57 && c !== 32) return s;
  return NUMERIC.test(s) ? new StrNum(s, Number(s.trim())) : s;
}

export function toNum(v: Value): number {
  if (typeof v === "number") return v;
  if (typeof v === "string") return strToNum(v);
  return v.n;
}

/** one-conversion C format (CONVFMT, OFMT) applied to a number; a format awk cannot use as such
 *  is used as %.6g */
export function fmtNum(n: number, fmt: string): string {
  const m = /^%([-+ #0]*)(\d+)?(?:\.(\d*))?([eEfFgG])$/.exec(fmt);
  if (!m) {
    const d = /^%([-+ #0]*)(\d+)?(?:\.(\d*))?([di])$/.exec(fmt);
    if (d) return String(Math.trunc(n));
    return cfloat(n, "", null, 6, "g");
  }
  return cfloat(n, m[1]!, m[2] === undefined ? null : Number(m[2]), m[3] === undefined ? null : Number(m[3] || "0"), m[4]!);
}

/** a number as a string: integral values as integers, others by `fmt` (CONVFMT or OFMT) */
export function numToStr(n: number, fmt: string): string {
  if (Number.isInteger(n)) {
    if (Object.is(n, -0)) return "-0";
    if (Math.abs(n) < 1e21) return String(n);
    if (Math.abs(n) < 1e30) return BigInt(n).toString();
    return cfloat(n, "", null, 30, "g");
  }
  return fmtNum(n, fmt);
}

export function toStr(v: Value, convfmt: string): string {
  if (typeof v === "string") return v;
  if (typeof v === "number") return numToStr(v, convfmt);
  return v.s;
}

/** the text print writes for a value (numbers by OFMT) */
export function toOutput(v: Value, ofmt: string): string {
  if (typeof v === "number") return numToStr(v, ofmt);
  return typeof v === "string" ? v : v.s;
}

export function toBool(v: Value): boolean {
  if (typeof v === "number") return v !== 0;
  if (typeof v === "string") return v !== "";
  return v.n !== 0;
}

/** a comparison: numeric when both are numbers or strnums, else of the strings */
export function compare(a: Value, b: Value, convfmt: string): number {
  if (typeof a !== "string" && typeof b !== "string") {
    const x = typeof a === "number" ? a : a.n;
    const y = typeof b === "number" ? b : b.n;
    return x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
  }
  const s = toStr(a, convfmt);
  const t = toStr(b, convfmt);
  return s < t ? -1 : s > t ? 1 : 0;
}
