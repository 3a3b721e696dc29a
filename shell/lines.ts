// Styled screen lines: what every part of the terminal UI draws into. The live ink app turns
// them into <Text> elements; the cast renderer turns them into escape sequences itself. Pure.
import { cut, width } from "./term.js";

export type Color = "black" | "red" | "green" | "yellow" | "blue" | "magenta" | "cyan" | "white" | "gray";

export interface Style {
  fg?: Color;
  bg?: Color;
  bold?: boolean;
  dim?: boolean;
  inverse?: boolean;
  underline?: boolean;
}

export interface Seg {
  t: string;
  s?: Style;
}

export type Line = Seg[];

export const seg = (t: string, s?: Style): Seg => (s ? { t, s } : { t });

export function lineWidth(l: Line): number {
  let n = 0;
  for (const g of l) n += width(g.t);
  return n;
}

export function lineText(l: Line): string {
  return l.map((g) => g.t).join("");
}

/** cut a line to w columns */
export function cutLine(l: Line, w: number): Line {
  const out: Line = [];
  let left = w;
  for (const g of l) {
    if (left <= 0) break;
    const n = width(g.t);
    if (n <= left) {
      out.push(g);
      left -= n;
    } else {
      out.push({ ...g, t: cut(g.t, left) });
      left = 0;
    }
  }
  return out;
}

/** cut or pad (with unstyled spaces) to exactly w columns */
export function fitLine(l: Line, w: number): Line {
  const c = cutLine(l, w);
  const n = lineWidth(c);
  return n < w ? [...c, { t: " ".repeat(w - n) }] : c;
}

/** cut to w columns with an ellipsis ("…" in the cut segment's style) when it does not fit, then pad */
export function fitEllipsis(l: Line, w: number): Line {
  if (lineWidth(l) <= w) return fitLine(l, w);
  if (w <= 1) return fitLine(l, w);
  const c = cutLine(l, w - 1);
  const last = c[c.length - 1];
  c.push(last?.s ? { t: "…", s: last.s } : { t: "…" });
  return fitLine(c, w);
}

/** drop colours (NO_COLOR): bold, dim, inverse and underline stay */
export function uncolor(l: Line): Line {
  return l.map((g) => {
    if (!g.s || (!g.s.fg && !g.s.bg)) return g;
    const { fg: _fg, bg: _bg, ...rest } = g.s;
    return Object.keys(rest).length ? { t: g.t, s: rest } : { t: g.t };
  });
}

/** apply a style to every segment (highlight a row) */
export function restyle(l: Line, s: Style): Line {
  return l.map((g) => ({ t: g.t, s: { ...(g.s ?? {}), ...s } }));
}

/** a stable text key for memoizing a row */
export function lineKey(l: Line): string {
  let k = "";
  for (const g of l) {
    const s = g.s;
    k += s ? `\x00${s.fg ?? ""}${s.bg ?? ""}${s.bold ? "b" : ""}${s.dim ? "d" : ""}${s.inverse ? "i" : ""}${s.underline ? "u" : ""}\x01` : "\x00\x01";
    k += g.t;
  }
  return k;
}

// ---- escape sequences (for the cast renderer) ----

const FG: Record<Color, number> = { black: 30, red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36, white: 37, gray: 90 };

export function sgr(s: Style | undefined): string {
  if (!s) return "";
  const codes: number[] = [];
  if (s.bold) codes.push(1);
  if (s.dim) codes.push(2);
  if (s.underline) codes.push(4);
  if (s.inverse) codes.push(7);
  if (s.fg) codes.push(FG[s.fg]);
  if (s.bg) codes.push(FG[s.bg] + 10);
  return codes.length ? `\x1b[${codes.join(";")}m` : "";
}

/** one line as text with SGR sequences, ending in the default style */
export function lineToAnsi(l: Line): string {
  let out = "";
  let open = false;
  for (const g of l) {
    const code = sgr(g.s);
    if (open && !code) {
      out += "\x1b[0m";
      open = false;
    }
    if (code) {
      if (open) out += "\x1b[0m";
      out += code;
      open = true;
    }
    out += g.t;
  }
  if (open) out += "\x1b[0m";
  return out;
}
