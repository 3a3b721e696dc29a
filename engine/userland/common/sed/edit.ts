// What sed's s, l and y do to the pattern space, after AIX sed1.c (substitute, dosub, the l
// command) so the corner cases come out the same: empty matches with g, the n-th match, \N of a
// group that took no part, & and \& in the replacement (\n there is a plain n: a newline is
// written as a backslash before an actual newline).
import type { Match } from "../re.js";
import type { Cmd } from "./types.js";

/** the replacement for one match; backslashes were kept when the script was read */
function replacement(ps: string, m: Match, rhs: string): string {
  let r = "";
  for (let i = 0; i < rhs.length; i++) {
    const c = rhs[i]!;
    if (c === "&") r += ps.slice(m.start, m.end);
    else if (c === "\\" && i + 1 < rhs.length) {
      const n = rhs[++i]!;
      if (n >= "1" && n <= "9") {
        const g = m.groups[Number(n)];
        if (g) r += ps.slice(g[0], g[1]);
      } else r += n;
    } else r += c;
  }
  return r;
}

/** s: the new pattern space, or null when nothing was replaced */
export function substitute(ps: string, cmd: Cmd, charge: (n: number) => void): string | null {
  const re = cmd.re!;
  if (re.kind !== "re") {
    // an empty RE that stood for a line address: the replacement goes at the start of the line
    return replacement(ps, { start: 0, end: 0, groups: [[0, 0]] }, cmd.rhs) + ps;
  }
  let loc1 = 0;
  let count = 0;
  let done = 0;
  let last: Match | null = null;
  for (;;) {
    const gf = count++ > 0;
    let from = 0;
    let incr = false;
    if (gf) {
      // after an empty match the next search starts one character on
      if (last!.start === last!.end) {
        loc1++;
        incr = true;
      }
      from = loc1;
    }
    let m = re.re.exec(ps, from, gf);
    // an empty match just where the last one ended does not count (sed1.c match())
    if (gf && m && !incr && m.start === from && m.end === from) m = re.re.exec(ps, ++loc1, true);
    if (!m) break;
    // a replacement copies the pattern space: its time grows with it (s/x/xx/ in a loop)
    charge(1 + (ps.length >> 8));
    last = m;
    if (cmd.nth === 0 || cmd.nth === count) {
      done++;
      const r = replacement(ps, m, cmd.rhs);
      ps = ps.slice(0, m.start) + r + ps.slice(m.end);
      loc1 = m.start + r.length;
      if (cmd.nth !== 0 && count >= cmd.nth) break;
    } else loc1 = m.end;
    if (loc1 >= ps.length) break;
  }
  return done > 0 ? ps : null;
}

/** y: each character of the map replaced */
export function transliterate(ps: string, map: Map<string, string>): string {
  let out = "";
  for (const c of ps) out += map.get(c) ?? c;
  return out;
}

const ESCAPES: Record<string, string> = { "\x07": "\\a", "\b": "\\b", "\f": "\\f", "\r": "\\r", "\t": "\\t", "\v": "\\v" };
const enc = new TextEncoder();

/**
 * l: the pattern space made visible, folded before column 72 with a backslash; tabs and the
 * like as \t, other unprintable bytes as \ooo, a newline in it as a newline (sed1.c), $ at the end.
 */
export function listLine(ps: string): string {
  let out = "";
  let gen = "";
  let col = 0;
  for (const ch of ps) {
    if (ch === "\n") {
      gen += ch;
      col = 0;
      continue;
    }
    const code = ch.codePointAt(0)!;
    const printable = code >= 0x20 && code !== 0x7f && !(code >= 0x80 && code < 0xa0);
    const width = printable ? 1 : 4;
    if (col + width >= 72) {
      out += gen + "\\\n";
      gen = "";
      col = 0;
    }
    col += width;
    const esc = ESCAPES[ch];
    if (esc !== undefined) {
      gen += esc;
      col -= 2;
    } else if (!printable) {
      for (const b of enc.encode(ch)) gen += "\\" + b.toString(8).padStart(3, "0");
    } else gen += ch;
  }
  return out + gen + "$\n";
}
