// Floating-point conversions as C's printf does them (%e %f %g with flags, width and precision; awk's printf, and cformat.ts's %.Nf):
// from the exact binary value of the double, rounding half to even, which JavaScript's toFixed
// and toPrecision do not (2.5 → "2" under %.0f, 0.125 → "0.12" under %.2f). The digits come from
// BigInt arithmetic on the value's mantissa and exponent, so any precision is exact.

const view = new DataView(new ArrayBuffer(8));

/** |x| as n / 10^k exactly (x finite) */
function exact(x: number): { n: bigint; k: number } {
  view.setFloat64(0, Math.abs(x));
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const e = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp: number;
  if (e === 0) exp = -1074;
  else {
    m |= 1n << 52n;
    exp = e - 1075;
  }
  if (m === 0n) return { n: 0n, k: 0 };
  if (exp >= 0) return { n: m << BigInt(exp), k: 0 };
  return { n: m * 5n ** BigInt(-exp), k: -exp };
}

const TEN = (p: number) => 10n ** BigInt(p);

/** n / d rounded to an integer, half to even */
function roundDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  const r2 = (n % d) * 2n;
  if (r2 > d || (r2 === d && q % 2n === 1n)) return q + 1n;
  return q;
}

/** past this many digits a double's exact value has only zeros left (2^-1074 has 1074 decimals) */
const EXACT_DIGITS = 1100;

/** |x| with p digits after the point */
export function fixedDigits(x: number, p: number): string {
  if (p > EXACT_DIGITS) return fixedDigits(x, EXACT_DIGITS) + "0".repeat(p - EXACT_DIGITS);
  const { n, k } = exact(x);
  const q = k <= p ? n * TEN(p - k) : roundDiv(n, TEN(k - p));
  if (p === 0) return q.toString();
  const s = q.toString().padStart(p + 1, "0");
  return s.slice(0, s.length - p) + "." + s.slice(s.length - p);
}

/** |x| as p+1 significant digits and the decimal exponent of the first */
export function expDigits(x: number, p: number): { digits: string; exp: number } {
  if (p > EXACT_DIGITS) {
    const r = expDigits(x, EXACT_DIGITS);
    return { digits: r.digits + "0".repeat(p - EXACT_DIGITS), exp: r.exp };
  }
  const { n, k } = exact(x);
  if (n === 0n) return { digits: "0".repeat(p + 1), exp: 0 };
  const s = n.toString();
  let exp = s.length - 1 - k;
  if (s.length <= p + 1) return { digits: s + "0".repeat(p + 1 - s.length), exp };
  let q = roundDiv(n, TEN(s.length - (p + 1)));
  if (q === TEN(p + 1)) {
    q /= 10n;
    exp++;
  }
  return { digits: q.toString(), exp };
}

function expPart(e: number, upper: boolean): string {
  const a = Math.abs(e);
  return (upper ? "E" : "e") + (e < 0 ? "-" : "+") + (a < 10 ? "0" + a : String(a));
}

/** %e, %f, %g (E, G upper case) of |x| without sign or padding; `alt` is the # flag */
export function cfloatBody(x: number, conv: string, precision: number | null, alt: boolean): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? "NaNQ" : "INF";
  const upper = conv === "E" || conv === "G";
  const p = precision ?? 6;
  if (conv === "f" || conv === "F") {
    const s = fixedDigits(x, p);
    return alt && p === 0 ? s + "." : s;
  }
  if (conv === "e" || conv === "E") {
    const { digits, exp } = expDigits(x, p);
    const mant = digits[0]! + (p > 0 || alt ? "." + digits.slice(1) : "");
    return mant + expPart(exp, upper);
  }
  // %g: %e when the exponent is below -4 or at least the precision, else %f; trailing zeros go
  const P = p === 0 ? 1 : p;
  const { digits, exp } = expDigits(x, P - 1);
  let s: string;
  if (exp < -4 || exp >= P) {
    let mant = digits[0]! + (P > 1 || alt ? "." + digits.slice(1) : "");
    if (!alt) mant = stripZeros(mant);
    s = mant + expPart(exp, upper);
  } else {
    s = fixedDigits(x, P - 1 - exp);
    if (alt && !s.includes(".")) s += ".";
    if (!alt) s = stripZeros(s);
  }
  return s;
}

function stripZeros(s: string): string {
  if (!s.includes(".")) return s;
  return s.replace(/0+$/, "").replace(/\.$/, "");
}

/** a number formatted by a C format of one conversion, e.g. "%.6g", "%5.2f" (for OFMT, CONVFMT) */
export function cfloat(x: number, flags: string, width: number | null, precision: number | null, conv: string): string {
  let body = cfloatBody(x, conv, precision, flags.includes("#"));
  const neg = x < 0 || Object.is(x, -0);
  const sign = neg ? "-" : flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
  return padNumber(sign, body, width, flags, Number.isFinite(x));
}

/** a number's sign and digits in a field: left (-), zeros after the sign (0), or spaces before */
export function padNumber(sign: string, body: string, width: number | null, flags: string, zeroOk = true): string {
  const w = width ?? 0;
  const len = sign.length + body.length;
  if (len >= w) return sign + body;
  if (flags.includes("-")) return sign + body + " ".repeat(w - len);
  if (flags.includes("0") && zeroOk) {
    const pre = /^0[xX]/.test(body) ? body.slice(0, 2) : "";
    return sign + pre + "0".repeat(w - len) + body.slice(pre.length);
  }
  return " ".repeat(w - len) + sign + body;
}
