// Pathname expansion (* ? [..] and ksh's @( ) *( ) +( ) ?( ) !( )) against the lab's file
// system, done by the interpreter.
import type { Sys } from "../../kernel/sys.js";
import { isPattern, patternText, shellPattern, type ShellPattern } from "./pattern.js";

/** a field as pieces, each either quoted (literal) or open to globbing */
export interface Piece {
  text: string;
  quoted: boolean;
}

export function hasGlob(pieces: Piece[]): boolean {
  return pieces.some((p) => !p.quoted && /[*?[]|[@+!]\(/.test(p.text)) && isPattern(patternText(pieces));
}

/** the pattern of one path component given as pieces; null when the component has no glob */
function componentPattern(pieces: Piece[]): ShellPattern | null {
  return hasGlob(pieces) ? shellPattern(pieces) : null;
}

/** split pieces at unquoted-or-quoted "/" into path components */
function splitComponents(pieces: Piece[]): Piece[][] {
  const comps: Piece[][] = [[]];
  for (const p of pieces) {
    const parts = p.text.split("/");
    parts.forEach((t, i) => {
      if (i > 0) comps.push([]);
      if (t !== "") comps[comps.length - 1]!.push({ text: t, quoted: p.quoted });
    });
  }
  return comps;
}

/** expand a glob field; returns [] when nothing matches (the caller keeps the word as typed) */
export function expandGlob(sys: Sys, pieces: Piece[]): string[] {
  const full = pieces.map((p) => p.text).join("");
  const absolute = full.startsWith("/");
  const comps = splitComponents(pieces);
  let bases: string[] = [absolute ? "/" : ""];
  for (let i = 0; i < comps.length; i++) {
    const comp = comps[i]!;
    if (comp.length === 0) continue;
    const pat = componentPattern(comp);
    const literal = comp.map((p) => p.text).join("");
    const next: string[] = [];
    for (const base of bases) {
      const join = (name: string) => (base === "" ? name : base.endsWith("/") ? base + name : base + "/" + name);
      if (!pat) {
        next.push(join(literal));
        continue;
      }
      let entries;
      try {
        entries = sys.readdir(base === "" ? "." : base);
      } catch {
        continue;
      }
      const names = entries.map((e) => e.name).sort();
      const dotOk = !comp[0]!.quoted && comp[0]!.text.startsWith(".");
      for (const n of names) if ((dotOk || !n.startsWith(".")) && pat.matches(n)) next.push(join(n));
    }
    bases = next;
    if (bases.length === 0) return [];
  }
  return bases.filter((b) => sys.exists(b) || isLink(sys, b)).sort();
}

function isLink(sys: Sys, p: string): boolean {
  try {
    sys.lstat(p);
    return true;
  } catch {
    return false;
  }
}
