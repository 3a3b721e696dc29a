// The intervals Solaris 11's sleep(1) takes: "A floating-point number ... specified in all formats
// required by C99/XPG6, including constants such as Inf or infinite. One of four suffixes may
// optionally be specified, indicating the number specified is days (d), hours (h), minutes (m),
// or seconds (s). ... If multiple intervals are specified they are summed together. Individual
// intervals may be negative but the sum must be greater than or equal to zero." (Oracle Solaris
// 11.1 sleep(1)). The number is read as strtod() reads one: the longest prefix that is a number.

/** C99 strtod's forms: decimal with an exponent, hexadecimal with a binary exponent, infinity,
 *  not-a-number (with its optional (chars)) */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
const HEX = /^[+-]?0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)(?:[pP][+-]?\d+)?/;
const INF = /^[+-]?inf(?:inity)?/i;
const NAN = /^[+-]?nan(?:\([0-9A-Za-z_]*\))?/i;

const UNIT: Readonly<Record<string, number>> = { "": 1, s: 1, m: 60, h: 3600, d: 86400 };

/** the value of a hexadecimal floating constant (0x1.8p1 is 3) */
function hexValue(text: string): number {
  const m = /^([+-]?)0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)(?:[pP]([+-]?\d+))?$/.exec(text)!;
  const [, sign, whole = "", frac = "", exp = "0"] = m;
  let v = 0;
  for (const c of whole) v = v * 16 + parseInt(c, 16);
  let scale = 1 / 16;
  for (const c of frac) {
    v += parseInt(c, 16) * scale;
    scale /= 16;
  }
  v *= 2 ** Number(exp);
  return sign === "-" ? -v : v;
}

/** the longest number strtod() reads at the start of `s` (after blanks), and what follows it;
 *  null when no number starts there */
export function strtod(s: string): { value: number; rest: string } | null {
  const t = s.replace(/^[ \t\n\v\f\r]+/, "");
  const hex = HEX.exec(t);
  if (hex) return { value: hexValue(hex[0]), rest: t.slice(hex[0].length) };
  const dec = DECIMAL.exec(t);
  if (dec) return { value: Number(dec[0]), rest: t.slice(dec[0].length) };
  const inf = INF.exec(t);
  if (inf) return { value: inf[0].startsWith("-") ? -Infinity : Infinity, rest: t.slice(inf[0].length) };
  const nan = NAN.exec(t);
  if (nan) return { value: NaN, rest: t.slice(nan[0].length) };
  return null;
}

/** one interval in seconds (`1.5`, `2m`, `Inf`, `0x1p-1`), or null if the word is not one */
export function interval(word: string): number | null {
  const n = strtod(word);
  if (n === null || Number.isNaN(n.value)) return null;
  const unit = UNIT[n.rest];
  return unit === undefined ? null : n.value * unit;
}
