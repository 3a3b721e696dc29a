// Shell patterns for case: * ? [...] ([!...] negates) on unquoted text, quoted text literal.
// Unlike pathname expansion, * and ? also match a slash and a leading dot.
import type { Piece } from "./glob.js";

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

export function patternRegex(pieces: Piece[]): RegExp {
  let re = "";
  for (const p of pieces) {
    if (p.quoted) {
      re += escapeRe(p.text);
      continue;
    }
    const t = p.text;
    for (let i = 0; i < t.length; i++) {
      const c = t[i]!;
      if (c === "*") re += "[\\s\\S]*";
      else if (c === "?") re += "[\\s\\S]";
      else if (c === "\\" && i + 1 < t.length) re += escapeRe(t[++i]!);
      else if (c === "[") {
        let j = i + 1;
        if (t[j] === "!" || t[j] === "^") j++;
        if (t[j] === "]") j++;
        while (j < t.length && t[j] !== "]") j++;
        if (j >= t.length) re += "\\[";
        else {
          let body = t.slice(i + 1, j);
          const neg = body.startsWith("!") || body.startsWith("^");
          if (neg) body = body.slice(1);
          re += "[" + (neg ? "^" : "") + body.replace(/\\/g, "\\\\").replace(/\[/g, "\\[") + "]";
          i = j;
        }
      } else re += escapeRe(c);
    }
  }
  try {
    return new RegExp("^(?:" + re + ")$");
  } catch {
    return new RegExp("^" + escapeRe(pieces.map((p) => p.text).join("")) + "$");
  }
}
