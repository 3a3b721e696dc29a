// awk's regular expressions are POSIX EREs written with awk's escapes (\n \t \/ \" \ddd …, which
// a regex literal and a string used as one both take). They are translated to plain EREs and
// compiled by the lab's one regular-expression interface (re.ts). A `{` that does not begin an
// interval is a literal brace, as in one-true-awk.
import { compileRegex, RegexError, type Regex } from "../re.js";

const SIMPLE: Record<string, string> = { n: "\n", t: "\t", r: "\r", f: "\f", v: "\v", b: "\b", a: "\x07", "/": "/", '"': '"' };
const META = new Set([".", "[", "]", "(", ")", "*", "+", "?", "{", "}", "|", "^", "$", "\\"]);

/** the character an escape stands for, and where the escape ends; null: keep it as it is */
function escape(src: string, i: number): { c: string; next: number } | null {
  const n = src[i]!;
  if (n in SIMPLE) return { c: SIMPLE[n]!, next: i + 1 };
  if (n >= "0" && n <= "7") {
    let v = 0;
    let j = i;
    while (j < i + 3 && src[j] !== undefined && src[j]! >= "0" && src[j]! <= "7") v = v * 8 + Number(src[j++]);
    return { c: String.fromCharCode(v & 0xff), next: j };
  }
  if (n === "x" && /[0-9a-fA-F]/.test(src[i + 1] ?? "")) {
    const m = /^[0-9a-fA-F]{1,2}/.exec(src.slice(i + 1))!;
    return { c: String.fromCharCode(parseInt(m[0], 16)), next: i + 1 + m[0].length };
  }
  return null;
}

/** a bracket expression from src[i] === "[" as POSIX writes it (no escapes inside) */
function bracket(src: string, i: number): { text: string; next: number } | null {
  let j = i + 1;
  let text = "[";
  if (src[j] === "^") text += src[j++];
  if (src[j] === "]") text += src[j++];
  for (; j < src.length; j++) {
    const c = src[j]!;
    if (c === "]") return { text: text + "]", next: j + 1 };
    if (c === "[" && src[j + 1] === ":") {
      const end = src.indexOf(":]", j + 2);
      if (end < 0) return null;
      text += src.slice(j, end + 2);
      j = end + 1;
      continue;
    }
    if (c === "\\" && j + 1 < src.length) {
      const e = escape(src, j + 1);
      text += e ? e.c : src[j + 1];
      j = e ? e.next - 1 : j + 1;
      continue;
    }
    text += c;
  }
  return null;
}

/** awk's regular expression as a POSIX ERE */
export function awkToEre(src: string): string {
  let out = "";
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === "\\" && i + 1 < src.length) {
      const n = src[i + 1]!;
      if (META.has(n)) {
        out += "\\" + n;
        i++;
        continue;
      }
      const e = escape(src, i + 1);
      const lit = e ? e.c : n;
      out += META.has(lit) ? "\\" + lit : lit;
      i = (e ? e.next : i + 2) - 1;
      continue;
    }
    if (c === "[") {
      const b = bracket(src, i);
      if (b) {
        out += b.text;
        i = b.next - 1;
        continue;
      }
    }
    if (c === "{" && !/^\{\d+(,\d*)?\}/.test(src.slice(i, i + 12))) {
      out += "\\{";
      continue;
    }
    out += c;
  }
  return out;
}

/** compile; `bad` is told of an expression awk cannot use */
export function compileAwkRegex(src: string, bad: (src: string) => never): Regex {
  try {
    return compileRegex(awkToEre(src), { ere: true });
  } catch (e) {
    if (e instanceof RegexError) bad(src);
    throw e;
  }
}
