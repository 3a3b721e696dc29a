// Shell patterns for case, [[ ]] and ${x#pat}: * ? [...] ([!...] negates) and ksh's pattern
// lists @(a|b) *(a|b) +(a|b) ?(a|b) !(a|b) on unquoted text, quoted text literal. Unlike pathname
// expansion, * and ? also match a slash and a leading dot. glob.ts compiles path components with
// the same code (`any` is then [^/]).
import type { Piece } from "./glob.js";

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** the pieces as one pattern text: quoted characters escaped with a backslash */
export function patternText(pieces: Piece[]): string {
  let s = "";
  for (const p of pieces) s += p.quoted ? p.text.replace(/[\s\S]/gu, (c) => "\\" + c) : p.text;
  return s;
}

/** is the `(` at t[j] closed by a `)` (the pattern list's end)? */
function closes(t: string, j: number): boolean {
  let depth = 0;
  for (let k = j; k < t.length; k++) {
    const c = t[k];
    if (c === "\\") k++;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return true;
  }
  return false;
}

/** does the pattern text hold a pattern character (not escaped)? */
export function isPattern(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (c === "\\") i++;
    else if (c === "*" || c === "?" || c === "[") return true;
    else if ((c === "@" || c === "+" || c === "!") && t[i + 1] === "(" && closes(t, i + 1)) return true;
  }
  return false;
}

/**
 * Regular-expression source for a pattern text (backslash escapes a character). `any` is what
 * * and ? match one of: [\s\S] for case, [^/] for a path component.
 */
export function patternSource(t: string, any: string): string {
  let i = 0;
  /** one sequence, up to `)` or `|` when inside a pattern list; `top`: it ends the whole text */
  const seq = (inList: boolean, top: boolean): string => {
    const atoms: (string | { not: string })[] = [];
    while (i < t.length) {
      const c = t[i]!;
      if (inList && (c === ")" || c === "|")) break;
      if ("@*+?!".includes(c) && t[i + 1] === "(" && closes(t, i + 1)) {
        i += 2;
        const alts: string[] = [];
        for (;;) {
          alts.push(seq(true, false));
          if (t[i] === "|") {
            i++;
            continue;
          }
          break;
        }
        i++; // the `)`
        const g = "(?:" + alts.join("|") + ")";
        atoms.push(c === "@" ? g : c === "*" ? g + "*" : c === "+" ? g + "+" : c === "?" ? g + "?" : { not: g });
        continue;
      }
      i++;
      if (c === "*") atoms.push(any + "*");
      else if (c === "?") atoms.push(any);
      else if (c === "\\" && i < t.length) atoms.push(escapeRe(t[i++]!));
      else if (c === "[") {
        let j = i;
        if (t[j] === "!" || t[j] === "^") j++;
        if (t[j] === "]") j++;
        while (j < t.length && t[j] !== "]") j++;
        if (j >= t.length) atoms.push("\\[");
        else {
          let body = t.slice(i, j);
          const neg = body.startsWith("!") || body.startsWith("^");
          if (neg) body = body.slice(1);
          atoms.push("[" + (neg ? "^" : "") + body.replace(/\\/g, "\\\\").replace(/\[/g, "\\[") + "]");
          i = j + 1;
        }
      } else atoms.push(escapeRe(c));
    }
    // !(p): what follows it must not make p match (right to left, so the rest is known)
    let out = "";
    for (let k = atoms.length - 1; k >= 0; k--) {
      const a = atoms[k]!;
      out = (typeof a === "string" ? a : `(?:(?!${a.not}${out}${top ? "$" : ""})${any}*?)`) + out;
    }
    return out;
  };
  return seq(false, true);
}

export function patternRegex(pieces: Piece[]): RegExp {
  try {
    return new RegExp("^(?:" + patternSource(patternText(pieces), "[\\s\\S]") + ")$");
  } catch {
    return new RegExp("^" + escapeRe(pieces.map((p) => p.text).join("")) + "$");
  }
}
