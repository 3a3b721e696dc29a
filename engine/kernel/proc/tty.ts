// The terminal: the session's controlling tty, in canonical mode.
//
// Input arrives a line at a time from the host (the lab's line editor is the canonical mode's
// editing): typeLine queues "text\n", typeText queues text without a newline (Ctrl-D after some
// text), typeEof queues an end of file (Ctrl-D on an empty line).
// A line is echoed when a process reads it, not when it is typed: the reader is what puts it on
// the screen, after whatever it printed before (a prompt), as ksh's own editor does. So a
// transcript reads in the order a person saw it, also for lines typed ahead.
//
// Output goes into a queue that the host drains (to the screen or to standard output); a writer
// waits while the queue is full, so a process that floods the terminal runs at the speed the
// terminal takes its output, as on a real one.
//
// Some output is the terminal's own dressing rather than anything a command printed: the shell's
// prompts and the echo of the command lines it reads. It is marked `decor`, so a host that shows
// only what commands print (a test, the scenario checker) can leave it out, and one that shows the
// terminal (the lab, --echo) keeps it.
//
// The foreground process group (pgrp) is the one the keyboard's signals go to and the one
// allowed to read; a process of another group that reads is stopped with SIGTTIN (the kernel
// checks that, see sched.ts).
//
// Modes (termios, set with tcsetattr): canonical (ICANON, the default) hands a reader a line at a
// time; non-canonical hands it each byte typed as soon as it is there (more, pg read single keys
// so), with no line editing: the host types keys straight in instead of through its line editor.
// ECHO off: nothing typed is echoed. A key read without echo in non-canonical mode still goes out
// as a `keys` item that no screen shows: a transcript (a test, the scenario checker) uses it to
// show what was typed where (see engine/transcript.ts). ISIG: the keyboard's Ctrl-C, Ctrl-Z and
// Ctrl-\ are signals (the host sends them) rather than bytes.
import type { Waker } from "./sched.js";
import { WaitQueue } from "./wait.js";

/** what a reader of the terminal wants: the shell's command line, its continuation, or data */
export type ReadKind = "command" | "continuation" | "data";

/** the terminal's modes that the lab models (termios c_lflag ICANON, ECHO, ISIG) */
export interface Termios {
  icanon: boolean;
  echo: boolean;
  isig: boolean;
}

/** the modes a terminal starts in, and what ksh sets again before each prompt */
export const SANE: Readonly<Termios> = Object.freeze({ icanon: true, echo: true, isig: true });

const enc = new TextEncoder();

/** UTF-8 of a line of text; a short ASCII line (most of what is typed, every prompt) without
 *  TextEncoder, whose call costs more than such a line */
function encode(text: string): Uint8Array {
  const n = text.length;
  if (n > 256) return enc.encode(text);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) return enc.encode(text);
    out[i] = c;
  }
  return out;
}
const EMPTY = new Uint8Array(0);
const EOF_MARK = new Uint8Array(0);

export class Tty {
  /** foreground process group */
  pgrp = 0;
  /** the session this is the controlling terminal of (the login shell's pid) */
  sid = 0;
  /** the host wants the terminal to echo what is read (false: the host's own line editor already
   *  shows it, as the plain REPL's readline does); the ECHO mode is in `termios` */
  echo = true;
  /** the modes set with tcsetattr */
  private modes: Termios = { ...SANE };
  /** a terminal (isatty); false: the session's input is a plain stream (a script on standard
   *  input, headless), read the same way but never echoed */
  terminal = true;
  readonly readable = new WaitQueue("ttyin");
  readonly writable = new WaitQueue("ttyout");
  /** what each sleeping reader wants (the host shows the line editor for it) */
  readonly readKinds = new Map<number, ReadKind>();
  /** called when there is output to drain or a reader starts waiting */
  onChange: (() => void) | null = null;
  private lines: Uint8Array[] = [];
  /** the first line not read yet (a script of many lines is typed at once: no shift per line) */
  private linesHead = 0;
  private lineOffset = 0;
  /** the first line not read yet was echoed already (a canonical read of part of it) */
  private headEchoed = false;
  private out: TtyOutput[] = [];
  private outBytes = 0;

  constructor(
    /** the device name without /dev/: pts/0 */
    readonly name: string,
    /** bytes of output the terminal holds before a writer waits */
    public outCapacity: number,
    private waker: Waker,
  ) {}

  /** the modes now (tcgetattr) */
  get termios(): Termios {
    return { ...this.modes };
  }

  /** tcsetattr: the new modes take effect at once (TCSANOW) */
  setTermios(t: Termios): void {
    this.modes = { icanon: t.icanon, echo: t.echo, isig: t.isig };
    this.onChange?.();
  }

  /** non-canonical: each byte typed is read as it comes (the host types keys, not lines) */
  get raw(): boolean {
    return !this.modes.icanon;
  }

  /** the keyboard's signal characters make signals (ISIG) */
  get signals(): boolean {
    return this.modes.isig;
  }

  // ---- the host's side ----

  /** a line the user typed (without its newline) */
  typeLine(text: string): void {
    this.lines.push(encode(text + "\n"));
    this.waker.wake(this.readable);
  }

  /** Ctrl-D after some text: the reader gets the text so far, without a newline; in
   *  non-canonical mode, the keys typed (their bytes, as they come) */
  typeText(text: string): void {
    if (text === "") return;
    this.lines.push(encode(text));
    this.waker.wake(this.readable);
  }

  /** Ctrl-D on an empty line: the reader gets end of file */
  typeEof(): void {
    this.lines.push(EOF_MARK);
    this.waker.wake(this.readable);
  }

  /** lines typed and not read yet */
  get pendingInput(): number {
    return this.lines.length - this.linesHead;
  }

  /** the interrupt character flushes what was typed ahead (and is echoed as ^C) */
  flushInput(): void {
    this.lines = [];
    this.linesHead = 0;
    this.lineOffset = 0;
    this.headEchoed = false;
  }

  /** text for the screen (the echo of the interrupt character, the host's own notes) */
  hostWrite(text: string, decor = false): void {
    this.push(encode(text), decor);
  }

  /** everything written since the last drain, in order */
  drain(): TtyOutput[] {
    if (this.outBytes === 0) return [];
    const out = this.out;
    this.out = [];
    this.outBytes = 0;
    this.waker.wake(this.writable);
    return out;
  }

  get outputPending(): number {
    return this.outBytes;
  }

  // ---- the processes' side (through the kernel's read and write) ----

  /** a shell reads its next command line: what it took (null: nothing typed yet, it waits) */
  onCommandRead: ((pid: number, taken: Uint8Array | null) => void) | null = null;

  /** a line, part of one, end of file (empty), or the queue to wait on; in non-canonical mode
   *  the bytes typed so far (up to max) */
  read(pid: number, kind: ReadKind, max: number, line: boolean): Uint8Array | WaitQueue {
    const r = this.readNow(pid, kind, max, line);
    if (kind === "command") this.onCommandRead?.(pid, r instanceof Uint8Array ? r : null);
    return r;
  }

  private readNow(pid: number, kind: ReadKind, max: number, line: boolean): Uint8Array | WaitQueue {
    const first = this.lines[this.linesHead];
    if (first === undefined) {
      this.readKinds.set(pid, kind);
      this.onChange?.();
      return this.readable;
    }
    this.readKinds.delete(pid);
    if (first === EOF_MARK) {
      this.nextLine();
      return EMPTY;
    }
    if (this.raw) return this.readBytes(kind, max, line);
    // echoed when first read as a line (the part a non-canonical reader left, when it took some)
    if (!this.headEchoed && this.echo && this.modes.echo && this.terminal) this.push(first.subarray(this.lineOffset), kind !== "data");
    this.headEchoed = true;
    let end = Math.min(first.length, this.lineOffset + max);
    if (line) end = first.length <= this.lineOffset + max ? first.length : end;
    const out = first.subarray(this.lineOffset, end);
    if (end >= first.length) {
      this.nextLine();
      this.lineOffset = 0;
    } else this.lineOffset = end;
    return out;
  }

  /**
   * Non-canonical read (VMIN 1, VTIME 0): what was typed, across what the host typed in pieces,
   * up to `max` bytes, stopping before an end of file the host typed (Ctrl-D on a line it still
   * edited) and after a newline when `line`. Echoed as it is read when ECHO is on; otherwise
   * noted for transcripts.
   */
  private readBytes(kind: ReadKind, max: number, line: boolean): Uint8Array {
    const parts: Uint8Array[] = [];
    let n = 0;
    for (let chunk = this.lines[this.linesHead]; chunk !== undefined && chunk !== EOF_MARK && n < max; chunk = this.lines[this.linesHead]) {
      let end = Math.min(chunk.length, this.lineOffset + max - n);
      if (line) {
        const nl = chunk.indexOf(10, this.lineOffset);
        if (nl >= 0 && nl < end) end = nl + 1;
      }
      const part = chunk.subarray(this.lineOffset, end);
      parts.push(part);
      n += part.length;
      if (end >= chunk.length) {
        this.nextLine();
        this.lineOffset = 0;
      } else this.lineOffset = end;
      if (line && part[part.length - 1] === 10) break;
    }
    const out = parts.length === 1 ? parts[0]! : concat(parts, n);
    if (this.terminal) {
      if (this.modes.echo && this.echo) this.push(out, kind !== "data");
      else if (!this.modes.echo) this.pushKeys(out);
    }
    return out;
  }

  /** the first line is read: the next one is first (the read ones go now and then) */
  private nextLine(): void {
    this.headEchoed = false;
    this.linesHead++;
    if (this.linesHead === this.lines.length) {
      this.lines = [];
      this.linesHead = 0;
    } else if (this.linesHead >= 1024 && this.linesHead * 2 >= this.lines.length) {
      this.lines = this.lines.slice(this.linesHead);
      this.linesHead = 0;
    }
  }

  write(data: Uint8Array, soft: boolean): number | WaitQueue {
    if (data.length === 0) return 0;
    if (!soft && this.outBytes >= this.outCapacity) return this.writable;
    this.push(data, false);
    return data.length;
  }

  /** the shell's prompt: dressing, not output */
  prompt(text: string): void {
    this.push(encode(text), true);
  }

  private push(data: Uint8Array, decor: boolean): void {
    if (data.length === 0) return;
    this.out.push({ data, decor });
    this.outBytes += data.length;
    this.onChange?.();
  }

  /** keys read without echo: for transcripts, never for a screen */
  private pushKeys(data: Uint8Array): void {
    if (data.length === 0) return;
    this.out.push({ data: data.slice(), decor: false, keys: true });
    this.outBytes += data.length;
    this.onChange?.();
  }
}

function concat(parts: Uint8Array[], n: number): Uint8Array {
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export interface TtyOutput {
  data: Uint8Array;
  /** the prompt or the echo of a command line (see above) */
  decor: boolean;
  /** keys a program read without echo (see above): a transcript shows them, a screen does not */
  keys?: boolean;
}
