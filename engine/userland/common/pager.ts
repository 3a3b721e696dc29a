// What more and pg share: a file cut into screen lines (long lines folded at the terminal's
// width), the terminal's size, and the keyboard: single keys read from the process's /dev/tty
// with the terminal in non-canonical mode, and a line the pager edits and echoes itself.
import type { Signal } from "../../kernel/proc/signal.js";
import type { Termios } from "../../kernel/proc/tty.js";
import type { Co } from "../../kernel/proc/wait.js";
import type { CommandContext } from "../types.js";
import { openTty } from "./child.js";
import { LineReader, type Reader } from "./stream.js";

/** one line as the screen shows it, and how far into the file it ends */
export interface ScreenLine {
  text: Uint8Array;
  end: number;
  /** it ends a line of the file (false: a long line goes on on the next screen line) */
  whole: boolean;
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
      return { text: l[l.length - 1] === 10 ? l : concat2(l, NL), end: this.offset, whole: true };
    }
    this.pending = l.subarray(cut);
    return { text: concat2(l.subarray(0, cut), NL), end: this.offset, whole: false };
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

/**
 * The terminal a pager reads its keys from (the process's /dev/tty, even when standard input is
 * the data: `ls -l | more`); null when the process has none (then the pager only copies).
 *
 * While it pages, the terminal is in non-canonical mode without echo (more's and pg's
 * tcsetattr: ICANON and ECHO off), so each key comes as it is typed and nothing typed shows
 * unless the pager writes it; the modes it found are set again when it ends. Ctrl-C and Ctrl-Z
 * are caught (the wait for a key fails with EINTR, see takeSignal) so that the pager leaves the
 * terminal as it found it before it goes or stops; a pager killed outright leaves the terminal
 * in its modes, and the shell sets its own before the next prompt.
 */
export class Keyboard {
  private saved: Termios | null = null;
  private stacked: string | null = null;
  private decoder = new TextDecoder();

  private constructor(
    private ctx: CommandContext,
    private fd: number,
  ) {}

  static open(ctx: CommandContext): Keyboard | null {
    const fd = openTty(ctx);
    return fd === null ? null : new Keyboard(ctx, fd);
  }

  /** single keys without echo from now on; the signals the pager handles are caught */
  *keys(signals: readonly Signal[]): Co<void> {
    const p = this.ctx.sys.proc;
    for (const sig of signals) if (!p.handlers.has(sig)) p.handlers.set(sig, "catch");
    this.saved ??= this.ctx.sys.tcgetattr(this.fd);
    yield* this.ctx.sys.tcsetattr(this.fd, { ...this.saved, icanon: false, echo: false });
  }

  /** the terminal's modes as the pager found them */
  *restore(): Co<void> {
    if (this.saved !== null) yield* this.ctx.sys.tcsetattr(this.fd, this.saved);
  }

  /** one key: a character (a UTF-8 sequence whole) or a control byte; null at end of file */
  *key(): Co<string | null> {
    if (this.stacked !== null) {
      const k = this.stacked;
      this.stacked = null;
      return k;
    }
    const first = yield* this.ctx.sys.read(this.fd, 1);
    if (first.length === 0) return null;
    const b = first[0]!;
    const more = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : 0;
    const bytes = [b];
    for (let i = 0; i < more; i++) {
      const next = yield* this.ctx.sys.read(this.fd, 1);
      if (next.length === 0) break;
      bytes.push(next[0]!);
    }
    return this.decoder.decode(Uint8Array.from(bytes));
  }

  /** a key read ahead goes back: the next key() returns it (more's key after "(press RETURN)") */
  unread(k: string): void {
    this.stacked = k;
  }

  /**
   * Ctrl-Z while paging: the terminal as it was, the process stops (SIGTSTP's own action), and
   * once it is continued the pager's modes again.
   */
  *suspend(): Co<void> {
    const p = this.ctx.sys.proc;
    yield* this.restore();
    p.handlers.delete("SIGTSTP");
    this.ctx.machine.sched.signal(p, "SIGTSTP");
    yield undefined;
    p.handlers.set("SIGTSTP", "catch");
    yield* this.keys([]);
  }

  close(): void {
    this.ctx.sys.close(this.fd);
  }
}

/** the caught signal that ended a wait (EINTR), taken: the pager acts on it */
export function takeSignal(ctx: CommandContext): Signal | null {
  const p = ctx.sys.proc;
  const sig = p.pending.shift() ?? null;
  p.pending.length = 0;
  return sig;
}

/** a line a pager reads at its prompt, echoing it itself (the terminal does not) */
export interface EditedLine {
  text: string;
  /** how it ended: Enter, erased past its start or killed (Ctrl-U), end of file */
  end: "enter" | "erased" | "killed" | "eof";
}

/**
 * A line typed at a pager's prompt (more's /pattern, pg's commands): printable keys are echoed,
 * the erase key (Backspace, ^H or DEL) takes one back, ^U (kill) drops the line, Enter ends it.
 * `accept` may refuse a key (pg beeps at a key that cannot start its command).
 */
export function* editLine(ctx: CommandContext, kb: Keyboard, accept: (text: string, key: string) => boolean = () => true): Co<EditedLine> {
  let text = "";
  for (;;) {
    const k = yield* kb.key();
    if (k === null) return { text, end: "eof" };
    if (k === "\n" || k === "\r") return { text, end: "enter" };
    if (k === "\b" || k === "\x7f") {
      if (text === "") return { text, end: "erased" };
      const last = Array.from(text).pop()!;
      text = text.slice(0, text.length - last.length);
      yield* ctx.stdout.put(last < " " ? "\b \b\b \b" : "\b \b");
      continue;
    }
    if (k === "\x15") return { text, end: "killed" };
    if (!accept(text, k)) {
      yield* ctx.stdout.put(BELL);
      continue;
    }
    text += k;
    yield* ctx.stdout.put(k < " " ? "^" + String.fromCharCode(k.charCodeAt(0) + 64) : k);
  }
}

/** the terminal's bell (a key that means nothing) */
export const BELL = "\x07";

/** the cursor to the start of its line and the line cleared (lower_left and clr_eol on the
 *  scrolling terminal; TERM is xterm): how a pager takes its prompt away */
export { ERASE_LINE } from "../../transcript.js";

/** the header more and pg put before each of several files */
export function fileHeader(name: string): string {
  return `::::::::::::::\n${name}\n::::::::::::::\n`;
}
