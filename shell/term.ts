// The session's text as a terminal would hold it: complete lines plus the line being written
// (output that did not end with a newline is followed by the next prompt on the same line, as on
// the real system). Tabs are expanded to 8-column stops, a carriage return and a backspace move
// back on the line being written (what follows overwrites it), ESC [ K clears the line from the
// cursor to its end, other control characters and escape sequences are dropped; wide (East
// Asian) characters take two columns, combining marks none. Pure.

import { eastAsianWidth } from "get-east-asian-width";
import stringWidth from "string-width";

/** a carriage return or a backspace (the cursor moves back on the line), or a clear to the end
 *  of the line (more and pg take their prompt away so) */
const MOVES = /[\r\b]|\x1b\[0?K/;

/** EL: erase from the cursor to the end of the line */
const ERASE_TO_END = /^\x1b\[0?K$/;

const ESC_SEQ = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])/g;

/** a colour or other character attribute (kept in the transcript) */
const SGR = /^\x1b\[[0-9;]*m$/;

/** expand tabs from column `col`, drop control characters and escape sequences */
export function sanitize(text: string, col = 0): string {
  let out = "";
  let c = col;
  const s = text.includes("\x1b") ? text.replace(ESC_SEQ, "") : text;
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === "\t") {
      const n = 8 - (c % 8);
      out += " ".repeat(n);
      c += n;
    } else if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0)) {
      continue;
    } else {
      out += ch;
      c += charWidth(code);
    }
  }
  return out;
}

// Character widths come from the Unicode data that ink itself measures with: get-east-asian-width
// for one code point (Wide and Fullwidth take two columns, ambiguous ones one, as UAX #11
// advises without context) and string-width for a whole string (grapheme clusters such as emoji
// with joiners count as the terminal draws them). Plain ASCII, most of what the lab prints, is
// counted without either. Cutting and wrapping walk code points with charWidth: the text here is
// already sanitized (no escape sequences for slice-ansi to keep) and a terminal wraps at the
// column, not at words as wrap-ansi does.

/** combining marks, enclosing marks and format characters (zero-width joiner, variation selectors …) */
const ZERO = /^[\p{Mn}\p{Me}\p{Cf}]$/u;

/** columns one code point takes: 0 (combining), 1 or 2 (East Asian Wide/Fullwidth) */
export function charWidth(cp: number): number {
  if (cp < 0x300) return 1;
  if (ZERO.test(String.fromCodePoint(cp))) return 0;
  return eastAsianWidth(cp);
}

/** number of terminal columns */
export function width(s: string): number {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x300) return stringWidth(s);
  return s.length;
}

/** cut to at most w columns (a wide character that would straddle the edge is left out) */
export function cut(s: string, w: number): string {
  if (w <= 0) return "";
  if (s.length <= w && !/[^\x00-\u02ff]/.test(s)) return s;
  let n = 0;
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    const cw = charWidth(cp);
    if (n + cw > w) return s.slice(0, i);
    n += cw;
    i += cp > 0xffff ? 2 : 1;
  }
  return s;
}

/** drop the first n columns (a wide character cut in half becomes a space) */
export function dropCols(s: string, n: number): string {
  if (n <= 0) return s;
  let c = 0;
  for (let i = 0; i < s.length; ) {
    if (c >= n) return s.slice(i);
    const cp = s.codePointAt(i)!;
    c += charWidth(cp);
    i += cp > 0xffff ? 2 : 1;
    if (c > n) return " ".repeat(c - n) + s.slice(i);
  }
  return "";
}

/** cut or pad with spaces to exactly w columns */
export function fit(s: string, w: number): string {
  const c = cut(s, w);
  const n = width(c);
  return n < w ? c + " ".repeat(w - n) : c;
}

/** cut to w columns with an ellipsis when it does not fit */
export function ellipsis(s: string, w: number): string {
  if (width(s) <= w) return s;
  if (w <= 1) return cut(s, w);
  return cut(s, w - 1) + "…";
}

/** the last w columns of s */
function tail(s: string, w: number): string {
  const n = width(s);
  return n <= w ? s : dropCols(s, n - w).replace(/^ +/, "");
}

/**
 * Cut to w columns by taking out the middle, for paths: the last component is kept whole when it
 * can be (/backup/…/cd_image), else both ends are (/backup/c…image).
 */
export function midEllipsis(s: string, w: number): string {
  if (width(s) <= w) return s;
  if (w <= 4) return ellipsis(s, w);
  const slash = s.lastIndexOf("/", s.length - 2);
  if (slash > 0) {
    const last = s.slice(slash);
    const room = w - 1 - width(last);
    if (room >= 1) return cut(s, room) + "…" + last;
  }
  const head = Math.ceil((w - 1) / 2);
  return cut(s, head) + "…" + tail(s, w - 1 - width(cut(s, head)));
}

/** a line broken into rows of w columns, as a terminal wraps it (an empty line is one row) */
export function wrapRows(line: string, w: number): string[] {
  if (w <= 0) return [""];
  if (width(line) <= w) return [line];
  const rows: string[] = [];
  let rest = line;
  while (width(rest) > w) {
    let head = cut(rest, w);
    // a wide character in a one-column view: it gets a row of its own
    if (head === "") head = String.fromCodePoint(rest.codePointAt(0)!);
    rows.push(head);
    rest = rest.slice(head.length);
  }
  if (rest !== "" || rows.length === 0) rows.push(rest);
  return rows;
}

/** lines a session keeps by default (setting scrollback) */
export const DEFAULT_SCROLLBACK = 10_000;

export class TermText {
  /** complete lines, sanitized (the last `limit` of them) */
  readonly lines: string[] = [];
  /** the same lines as written, with their tabs (the transcript printed on exit) */
  private rawLines: string[] = [];
  /** the line being written (sanitized), not yet ended by a newline */
  open = "";
  private rawOpen = "";
  /** lines before this index are "above the screen" after Ctrl-L */
  clearMark = 0;
  /** bumps on every change, for memoized views */
  version = 0;
  /** lines dropped from the top (older than the scrollback keeps) */
  dropped = 0;
  private taken = 0;
  private rowCache: { width: number; counts: number[] } = { width: -1, counts: [] };

  constructor(
    /** the most lines kept: a command that prints without end never grows the lab's memory */
    readonly limit = DEFAULT_SCROLLBACK,
  ) {}

  write(text: string): void {
    if (text === "") return;
    // what a terminal shows nothing for (NULs: cat /dev/zero) costs nothing
    if (text.charCodeAt(0) === 0 && /^\0+$/.test(text)) return;
    const parts = text.split("\n");
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      if (this.cursor !== null || MOVES.test(part)) this.overwrite(part);
      else {
        this.open += sanitize(part, width(this.open));
        this.rawOpen += part;
      }
      if (i < parts.length - 1) {
        this.lines.push(this.open);
        this.rawLines.push(this.rawOpen);
        this.open = "";
        this.rawOpen = "";
        this.cursor = null;
      } else if (this.open.length > 4 * this.limit) {
        // a line without end is cut where the terminal's scrollback would have wrapped it away
        this.open = this.open.slice(-this.limit);
        this.rawOpen = this.rawOpen.slice(-this.limit);
        this.cursor = null;
      }
    }
    if (this.lines.length > this.limit + 1000) this.trim();
    this.version++;
  }

  /** where the cursor is on the open line, in characters, when a carriage return or a backspace
   *  moved it back (null: at the end) */
  private cursor: number | null = null;

  /**
   * Text with carriage returns or backspaces on the open line: the cursor moves back and what
   * follows overwrites what is there (printf 'abc\rX' shows Xbc, 'abc\bX' abX). The raw line
   * becomes what the screen shows.
   */
  private overwrite(part: string): void {
    const cells = Array.from(this.open);
    let cur = this.cursor ?? cells.length;
    const put = (text: string) => {
      for (const ch of text) {
        if (ch === "\r") cur = 0;
        else if (ch === "\b") cur = Math.max(0, cur - 1);
        else for (const c of sanitize(ch, ch === "\t" ? width(cells.slice(0, cur).join("")) : 0)) cells[cur++] = c;
      }
    };
    if (!part.includes("\x1b")) put(part);
    else {
      // escape sequences are dropped, but a clear to the end of the line clears it
      let last = 0;
      for (const m of part.matchAll(ESC_SEQ)) {
        put(part.slice(last, m.index));
        if (ERASE_TO_END.test(m[0])) cells.length = Math.min(cells.length, cur);
        last = m.index + m[0].length;
      }
      put(part.slice(last));
    }
    this.open = cells.join("");
    this.rawOpen = this.open;
    this.cursor = cur >= cells.length ? null : cur;
  }

  /** drop the oldest lines beyond the limit (in batches: a splice per 1000 lines) */
  private trim(): void {
    const n = this.lines.length - this.limit;
    this.lines.splice(0, n);
    this.rawLines.splice(0, n);
    const c = this.rowCache;
    if (c.counts.length) c.counts.splice(0, Math.min(n, c.counts.length));
    this.clearMark = Math.max(0, this.clearMark - n);
    this.taken = Math.max(0, this.taken - n);
    this.dropped += n;
  }

  /** the session as written (with tabs and colours, as the real terminal received it): the
   *  lines kept. Sequences that move the cursor or clear the screen are left out: printed on
   *  the main screen after the lab, they would write over it (clear's cursor home). */
  transcript(): string {
    return (this.rawLines.map((l) => l + "\n").join("") + this.rawOpen).replace(ESC_SEQ, (m) => (SGR.test(m) ? m : ""));
  }

  clear(): void {
    this.clearMark = this.lines.length;
    this.version++;
  }

  /** the line being written so far is taken back (the lab redraws it after the prompt) */
  takeOpen(): string {
    const o = this.rawOpen;
    this.open = "";
    this.rawOpen = "";
    this.cursor = null;
    this.version++;
    return o;
  }

  /** complete lines written since the last call (the inline layout moves them to <Static>) */
  takeNewLines(): string[] {
    const out = this.lines.slice(this.taken);
    this.taken = this.lines.length;
    return out;
  }

  private counts(w: number): number[] {
    const c = this.rowCache;
    if (c.width !== w) {
      c.width = w;
      c.counts = [];
    }
    for (let i = c.counts.length; i < this.lines.length; i++) c.counts.push(wrapRows(this.lines[i]!, w).length);
    return c.counts;
  }

  /** rows after the clear mark, and all rows, at width w */
  totalRows(w: number): number {
    const counts = this.counts(w);
    let n = 0;
    for (const x of counts) n += x;
    return n;
  }

  /** how far the view can scroll up: rows above the bottom screen */
  maxScroll(w: number, h: number): number {
    return Math.max(0, this.totalRows(w) + this.padRows(w, h) - h);
  }

  /** blank rows below the text right after Ctrl-L (the cleared screen) */
  private padRows(w: number, h: number): number {
    const counts = this.counts(w);
    let after = 0;
    for (let i = this.clearMark; i < counts.length && after < h; i++) after += counts[i]!;
    return this.clearMark > 0 ? Math.max(0, h - after) : 0;
  }

  /**
   * The h rows a view of width w shows when scrolled `scroll` rows up from the bottom; the last
   * row is the newest. Bottom-aligned (the newest output sits right above the prompt); after
   * Ctrl-L the older lines are one screen up.
   */
  view(w: number, h: number, scroll: number): string[] {
    const counts = this.counts(w);
    const pad = this.padRows(w, h);
    const rows: string[] = [];
    let skip = Math.max(0, scroll);
    const take = (li: number) => {
      const n = counts[li]!;
      if (skip >= n) {
        skip -= n;
        return;
      }
      const wrapped = wrapRows(this.lines[li]!, w);
      for (let r = n - 1 - skip; r >= 0 && rows.length < h; r--) rows.push(wrapped[r]!);
      skip = 0;
    };
    // from the bottom: the lines since Ctrl-L, the cleared screen's blank rows, the older lines
    for (let li = this.lines.length - 1; li >= this.clearMark && rows.length < h; li--) take(li);
    for (let i = 0; i < pad && rows.length < h; i++) {
      if (skip > 0) skip--;
      else rows.push("");
    }
    for (let li = this.clearMark - 1; li >= 0 && rows.length < h; li--) take(li);
    while (rows.length < h) rows.push("");
    return rows.reverse();
  }

  /** lines written since the session began (the kept ones and those dropped) */
  get written(): number {
    return this.dropped + this.lines.length;
  }
}

/**
 * Paragraphs wrapped between words at `w` columns (a word longer than that stays whole), a blank
 * line between them. Markdown's indented code — lines indented 4 spaces or a tab, starting after
 * a blank line (a ticket quoting a command and its error) — keeps its lines as they are: joined
 * into the paragraph they would read as one sentence. `inline` rewrites the paragraphs' text
 * (markdown marks taken out), not the code's.
 */
export function wrapText(text: string, w: number, inline: (s: string) => string = (s) => s): string[] {
  const out: string[] = [];
  let para: string[] = [];
  let code = false;
  let blank = true;
  const flush = () => {
    if (para.length === 0) return;
    if (out.length) out.push("");
    out.push(...wrapWords(inline(para.join(" ")), w));
    para = [];
  };
  for (const line of text.split("\n")) {
    const indented = /^( {4}|\t)/.test(line) && line.trim() !== "";
    if (indented && (blank || code)) {
      flush();
      if (!code && out.length) out.push("");
      code = true;
      out.push(line.trimEnd());
    } else if (line.trim() === "") {
      flush();
      code = false;
    } else {
      code = false;
      para.push(line);
    }
    blank = line.trim() === "";
  }
  flush();
  return out;
}

/** one paragraph's words on rows of at most w columns */
function wrapWords(text: string, w: number): string[] {
  const out: string[] = [];
  let cur = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (cur === "") cur = word;
    else if (width(cur) + 1 + width(word) <= w) cur += " " + word;
    else {
      out.push(cur);
      cur = word;
    }
  }
  if (cur) out.push(cur);
  return out;
}
