// C's printf %.Nf for a double, digit for digit (cfloat.ts: the exact binary value of the double
// rounded to N decimals, a tie going to the even digit, the IEEE default rounding mode libc uses).
// JavaScript's toFixed rounds a tie up (0.125 → "0.13" where C prints "0.12") and switches to
// exponent form from 1e21; this does neither. Every command that prints %f-style numbers (printf,
// df -m/-g, ps %CPU) goes through it; awk's printf uses cfloat.ts's whole %e/%f/%g.
import { fixedDigits } from "./cfloat.js";

/**
 * printf("%.*f", digits, x) without width or flags: "-0.00" for a negative number that rounds to
 * zero, as C prints it. Not for NaN or infinities (the caller prints the system's words).
 */
export function cFixed(x: number, digits: number): string {
  const neg = x < 0 || Object.is(x, -0);
  return (neg ? "-" : "") + fixedDigits(x, digits);
}
