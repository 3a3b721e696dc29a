// What more and pg share: a file cut into screen lines (long lines folded at the terminal's
// width), the terminal's size, and a question asked at the terminal. The lab's terminal is in
// canonical mode: a pager's prompt waits for a line typed there (Enter alone is an empty line),
// read from the process's /dev/tty even when standard input is the data (`ls -l | more`).
import type { Co } from "../../kernel/proc/wait.js";
import { readLineFd } from "../streams.js";
import type { CommandContext } from "../types.js";
import { openTty } from "./child.js";
import { LineReader, type Reader } from "./stream.js";

/** one line as the screen shows it, and how far into the file it ends */
export interface ScreenLine {
  text: Uint8Array;
  end: number;
}

const NL = new Uint8Array([10]);

/** the screen lines of a file or stream, read as they are asked for */
export class ScreenLines {
  private lines: LineReader;
  private pending: Uint8Array | null = null;
  private offset = 0;

  constructor(
    r: Reader,
    private columns: number,
    private fold: boolean,
  ) {
    this.lines = new LineReader(r);
  }

  /** the next screen line (with its newline), null at the end */
  *next(): Co<ScreenLine | null> {
    if (this.pending === null) {
      const l = yield* this.lines.next();
      if (l === null) return null;
      this.pending = l;
    }
    const l = this.pending;
    const cut = this.fold ? foldAt(l, this.columns) : l.length;
    this.offset += cut;
    if (cut >= l.length) {
      this.pending = null;
      return { text: l[l.length - 1] === 10 ? l : concat2(l, NL), end: this.offset };
    }
    this.pending = l.subarray(cut);
    return { text: concat2(l.subarray(0, cut), NL), end: this.offset };
  }
}

function concat2(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** how many bytes of a line fill the screen's width (a tab to the next multiple of 8; UTF-8
 *  continuation bytes take no room); the whole line when it fits, its newline included */
function foldAt(l: Uint8Array, columns: number): number {
  let col = 0;
  for (let i = 0; i < l.length; i++) {
    const c = l[i]!;
    if (c === 10) return i + 1;
    const w = c === 9 ? 8 - (col % 8) : c >= 0x80 && c < 0xc0 ? 0 : c === 8 ? -1 : c < 32 ? 0 : 1;
    if (col + w > columns && w > 0) return Math.max(i, 1);
    col = Math.max(0, col + w);
  }
  return l.length;
}

/** the terminal's height: LINES, else 24 */
export function screenRows(ctx: CommandContext): number {
  const n = Number(ctx.shell.env.get("LINES"));
  return Number.isInteger(n) && n > 2 ? n : 24;
}

/** the terminal a pager asks on; null when the process has none (then it only copies) */
export class Keyboard {
  private constructor(
    private ctx: CommandContext,
    private fd: number,
  ) {}

  static open(ctx: CommandContext): Keyboard | null {
    const fd = openTty(ctx);
    return fd === null ? null : new Keyboard(ctx, fd);
  }

  /** show the prompt and take the line typed; null at end of file (Ctrl-D: nothing is echoed,
   *  so the prompt's line is ended here) */
  *ask(prompt: string): Co<string | null> {
    yield* this.ctx.stdout.put(prompt);
    const l = yield* readLineFd(this.ctx.sys, this.fd, "data");
    if (l === null) yield* this.ctx.stdout.put("\n");
    return l === null ? null : l.text;
  }

  close(): void {
    this.ctx.sys.close(this.fd);
  }
}

/** the header more and pg put before each of several files */
export function fileHeader(name: string): string {
  return `::::::::::::::\n${name}\n::::::::::::::\n`;
}
