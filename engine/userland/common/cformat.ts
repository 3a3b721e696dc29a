// C's printf %.Nf for a double, digit for digit: the exact binary value of the double rounded to
// N decimals, a tie going to the even digit (the IEEE default rounding mode libc uses). JavaScript's
// toFixed rounds a tie up (0.125 → "0.13" where C prints "0.12") and switches to exponent form
// from 1e21; this does neither. Every command that prints %f-style numbers (printf, df -m/-g,
// ps %CPU) goes through it.

const view = new DataView(new ArrayBuffer(8));

/** a finite double as mantissa × 2^exponent, exactly */
function exactParts(a: number): { mant: bigint; exp: number } {
  view.setFloat64(0, a);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return { mant, exp: -1074 }; // subnormal
  mant |= 1n << 52n;
  return { mant, exp: biased - 1075 };
}

/** |x| scaled by 10^digits and rounded to an integer, ties to even */
function scaledRounded(a: number, digits: number): bigint {
  const { mant, exp } = exactParts(a);
  const scale = 10n ** BigInt(digits);
  if (exp >= 0) return (mant << BigInt(exp)) * scale;
  const num = mant * scale;
  const den = 1n << BigInt(-exp);
  const q = num / den;
  const twice = (num % den) * 2n;
  if (twice > den || (twice === den && q % 2n === 1n)) return q + 1n;
  return q;
}

/**
 * printf("%.*f", digits, x) without width or flags: "-0.00" for a negative number that rounds to
 * zero, as C prints it. Not for NaN or infinities (the caller prints the system's words).
 */
export function cFixed(x: number, digits: number): string {
  const neg = x < 0 || Object.is(x, -0);
  const n = scaledRounded(Math.abs(x), digits).toString().padStart(digits + 1, "0");
  const body = digits > 0 ? `${n.slice(0, n.length - digits)}.${n.slice(n.length - digits)}` : n;
  return neg ? `-${body}` : body;
}
