// printf and sprintf as one-true-awk's format() does them, with AIX's C library underneath (a
// 32-bit command: %d takes a long of 32 bits, %o %x %u %c an int). Each conversion takes the next
// argument (one missing is an error); * takes a width or precision from one; h, l and L are
// ignored; a conversion awk does not know is written as it stands, followed by its argument.
import { cfloat, padNumber } from "../cfloat.js";
import type { Value } from "./value.js";

export interface FormatEnv {
  str(v: Value): string;
  num(v: Value): number;
  fatal(id: string, ...args: (string | number)[]): never;
  /** the longest string awk may build */
  readonly limit: number;
}

const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;

/** C's conversion of a double to a 32-bit integer on AIX (saturating; NaN is the minimum) */
export function toInt32(x: number): number {
  if (Number.isNaN(x)) return INT_MIN;
  const t = Math.trunc(x);
  return t < INT_MIN ? INT_MIN : t > INT_MAX ? INT_MAX : t;
}

interface Spec {
  flags: string;
  width: number | null;
  precision: number | null;
  conv: string;
}

function integer(x: number, s: Spec): string {
  const n = toInt32(x);
  const signed = s.conv === "d" || s.conv === "i";
  const u = n < 0 && !signed ? n + 2 ** 32 : Math.abs(n);
  let body = u.toString(s.conv === "o" ? 8 : s.conv === "x" || s.conv === "X" ? 16 : 10);
  if (s.conv === "X") body = body.toUpperCase();
  if (s.precision !== null) body = s.precision === 0 && u === 0 ? "" : body.padStart(s.precision, "0");
  if (s.flags.includes("#")) {
    if (s.conv === "o" && !body.startsWith("0")) body = "0" + body;
    if ((s.conv === "x" || s.conv === "X") && u !== 0) body = (s.conv === "x" ? "0x" : "0X") + body;
  }
  const sign = !signed ? "" : n < 0 ? "-" : s.flags.includes("+") ? "+" : s.flags.includes(" ") ? " " : "";
  return padNumber(sign, body, s.width, s.flags, s.precision === null);
}

function text(t: string, s: Spec): string {
  if (s.precision !== null) t = t.slice(0, s.precision);
  const w = s.width ?? 0;
  if (t.length >= w) return t;
  return s.flags.includes("-") ? t + " ".repeat(w - t.length) : " ".repeat(w - t.length) + t;
}

/** one conversion of one value */
function convert(env: FormatEnv, s: Spec, v: Value): string {
  switch (s.conv) {
    case "d":
    case "i":
    case "o":
    case "x":
    case "X":
    case "u":
      return integer(env.num(v), s);
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
      return cfloat(env.num(v), s.flags, s.width, s.precision, s.conv === "F" ? "f" : s.conv);
    case "c": {
      // a number is a character code; a string gives its first character
      const isNum = typeof v === "number" || (typeof v !== "string" && v.s !== "" );
      const ch = isNum ? String.fromCharCode(toInt32(env.num(v)) & 0xff) : env.str(v).slice(0, 1);
      return text(ch, { ...s, precision: null });
    }
    default:
      return text(env.str(v), s);
  }
}

const SPEC = /%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?[hlLq]*([a-zA-Z%]?)/y;

/** the format with its arguments; `name` is how the error names it (printf(…) or sprintf) */
export function awkFormat(env: FormatEnv, fmt: string, args: Value[]): string {
  let out = "";
  let a = 0;
  let i = 0;
  const next = (): Value => {
    if (a >= args.length) env.fatal("awk.fewargs", fmt);
    return args[a++]!;
  };
  const size = (n: number | null) => {
    if (n !== null && Math.abs(n) > env.limit) env.fatal("awk.nomem");
    return n;
  };
  while (i < fmt.length) {
    const pct = fmt.indexOf("%", i);
    if (pct < 0) {
      out += fmt.slice(i);
      break;
    }
    out += fmt.slice(i, pct);
    if (fmt[pct + 1] === "%") {
      out += "%";
      i = pct + 2;
      continue;
    }
    SPEC.lastIndex = pct;
    const m = SPEC.exec(fmt)!;
    i = SPEC.lastIndex;
    let flags = m[1]!;
    let width = m[2] === "*" ? Math.trunc(env.num(next())) : m[2] !== undefined ? Number(m[2]) : null;
    if (width !== null && width < 0) {
      flags += "-";
      width = -width;
    }
    const precision = m[3] === undefined ? null : m[3] === "*" ? Math.trunc(env.num(next())) : Number(m[3] || "0");
    const conv = m[4]!;
    const spec: Spec = { flags, width: size(width), precision: size(precision !== null && precision < 0 ? null : precision), conv };
    if (!/^[diouxXeEfFgGcs]$/.test(conv)) {
      // not a conversion awk knows: the text as it is, then the argument
      out += fmt.slice(pct, i) + env.str(next());
      continue;
    }
    out += convert(env, spec, next());
    if (out.length > env.limit) env.fatal("awk.nomem");
  }
  return out;
}
