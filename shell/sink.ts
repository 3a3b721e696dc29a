// The full-screen layout's way to the terminal. ink renders in debug mode into this sink, which
// receives each whole frame as a string and writes only the rows that changed, each at its
// absolute position on the alternate screen. Why not ink's own writer: its standard mode
// rewrites the whole frame on every key (several KB at 120x40), and its incremental mode (6.8.0)
// moves the cursor one row short when the frame ends with a newline, so every update lands a
// row lower (measured with tmux). This writer never scrolls, never clears the scrollback and
// sends a keystroke as one short row.
import { EventEmitter } from "node:events";
import { stripVTControlCharacters } from "node:util";
import { width } from "./term.js";

const BSU = "\x1b[?2026h";
const ESU = "\x1b[?2026l";

export interface TerminalLike {
  columns: number;
  rows: number;
  write(s: string): unknown;
}

/** the visible width of a frame row (SGR codes are not counted) */
function visibleWidth(s: string): number {
  return width(stripVTControlCharacters(s));
}

export class FrameSink extends EventEmitter {
  /** ink checks these */
  readonly isTTY = true;
  private prev: string[] | null = null;
  /** bytes written to the terminal (the benchmark reads it) */
  bytes = 0;
  frames = 0;

  /** `predrawn`: rows already on the screen (drawn before ink loaded): rewritten, not cleared */
  constructor(private term: TerminalLike, private tee: ((s: string) => void) | null = null, predrawn = 0) {
    super();
    if (predrawn > 0) this.prev = new Array<string>(predrawn).fill("\u0000");
  }

  get columns(): number {
    return this.term.columns;
  }
  get rows(): number {
    return this.term.rows;
  }

  /** ink's write: a whole frame (debug mode) */
  write = (frame: string | Uint8Array): boolean => {
    const text = typeof frame === "string" ? frame : Buffer.from(frame).toString("utf8");
    // not a frame: a terminal mode ink sets on its way out (show the cursor), which would
    // otherwise be drawn as a one-row frame over the last screen; the cursor stays hidden
    if (!text.includes("\n") && stripVTControlCharacters(text) === "") return true;
    this.draw(text.replace(/\n$/, "").split("\n"));
    return true;
  };

  /** the next frame is drawn in full on a cleared screen (after a resize) */
  invalidate(): void {
    this.prev = null;
  }

  private out(s: string): void {
    if (s === "") return;
    this.bytes += Buffer.byteLength(s);
    this.term.write(s);
    this.tee?.(s);
  }

  private draw(lines: string[]): void {
    const rows = Math.max(1, this.term.rows);
    if (lines.length > rows) lines = lines.slice(0, rows);
    const first = this.prev === null;
    const prev = this.prev ?? [];
    let out = first ? "\x1b[H\x1b[2J" : "";
    for (let r = 0; r < lines.length; r++) {
      const l = lines[r]!;
      if (!first && prev[r] === l) continue;
      // a row that reaches the last column needs no erase, and an erase there would take the
      // last character with it (the cursor waits on that column)
      out += `\x1b[${r + 1};1H\x1b[0m${l}${visibleWidth(l) >= this.term.columns ? "" : "\x1b[0m\x1b[K"}`;
    }
    for (let r = lines.length; r < prev.length; r++) out += `\x1b[${r + 1};1H\x1b[0m\x1b[2K`;
    this.prev = lines;
    if (out === "") return;
    this.frames++;
    this.out(BSU + out + ESU);
    if (this.frames === 1 && process.env.LOOPLAB_TRACE) process.stderr.write(`looplab: ${performance.now().toFixed(0)} ms ink drew its first frame\n`);
  }
}

/**
 * The inline live area after the terminal got narrower. A terminal that re-wraps its lines on a
 * resize (tmux, VTE, iTerm2, kitty …) turns each live row wider than the new width into several
 * rows, and ink, which erases as many rows as it drew, would leave the rest behind in the
 * scrollback. This erases the whole area at its re-wrapped height, from the row below it (where
 * ink leaves the cursor), and puts the cursor back where ink expects it: ink's own clear then
 * erases blank rows.
 */
export function eraseRewrapped(drawn: { widths: number[]; columns: number } | null, columns: number): string {
  if (!drawn || columns >= drawn.columns || drawn.widths.length === 0) return "";
  const n = drawn.widths.length;
  const rows = drawn.widths.reduce((a, w) => a + Math.max(1, Math.ceil(w / columns)), 0);
  if (rows <= n) return "";
  return `\r\x1b[${rows}A\x1b[J\x1b[${n}B`;
}
