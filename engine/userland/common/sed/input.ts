// sed's input: the lines of its files one after another (standard input without files), read a
// chunk at a time so a pipe or a terminal is streamed. Like gline() in AIX sed1.c it reads ahead
// after each line to know whether it was the last ($): the last line is the last of the last
// file operand. A file that cannot be opened gets its message and is skipped (status 2); a
// read error (a directory) ends that file quietly.
import { isKernelError, kerr } from "../../../kernel/errno.js";
import type { Co } from "../../../kernel/proc/wait.js";
import { concat, type CommandContext } from "../../types.js";
import { openReader, type Reader } from "../stream.js";
import { err } from "../msg.js";

const dec = new TextDecoder();
const EMPTY = new Uint8Array(0);

export class Input {
  /** the line just read was the last one */
  last = false;
  /** a file could not be opened */
  failed = false;
  private idx = 0;
  private reader: Reader | null = null;
  private buf: Uint8Array = EMPTY;
  private pos = 0;
  private eof = false;
  /** the start of a line read so far */
  private pending: Uint8Array[] = [];
  private pendingLen = 0;

  constructor(
    private ctx: CommandContext,
    private files: (string | null)[],
    /** output waiting to be written: it goes out before sed waits for more input */
    private flush: () => Co<void>,
    private limit: number,
  ) {}

  private get lastFile(): boolean {
    return this.idx === this.files.length - 1;
  }

  /** open the next file that can be opened; false when there is none */
  private open(): boolean {
    while (this.idx < this.files.length) {
      const f = this.files[this.idx]!;
      try {
        this.reader = openReader(this.ctx, f);
        this.buf = EMPTY;
        this.pos = 0;
        this.eof = false;
        return true;
      } catch (e) {
        if (!isKernelError(e)) throw e;
        err(this.ctx, "sed.cantopen", f ?? "-");
        this.failed = true;
        this.idx++;
      }
    }
    return false;
  }

  /** the next chunk of the current file as the buffer; false at its end */
  private *fill(): Co<boolean> {
    if (this.eof) return false;
    yield* this.flush();
    let chunk: Uint8Array;
    try {
      chunk = yield* this.reader!.read();
    } catch (e) {
      if (!isKernelError(e) || e.errno === "EINTR") throw e;
      chunk = EMPTY;
    }
    if (chunk.length === 0) {
      this.eof = true;
      return false;
    }
    this.buf = chunk;
    this.pos = 0;
    return true;
  }

  /** keep the start of a line that goes on in the next chunk (no copying until it ends) */
  private keep(piece: Uint8Array): void {
    if (piece.length === 0) return;
    this.pendingLen += piece.length;
    if (this.pendingLen > this.limit) throw kerr("ENOMEM");
    this.pending.push(piece);
  }

  /** the kept pieces and `last` as one line */
  private line(last: Uint8Array): string {
    if (this.pending.length === 0) return dec.decode(last);
    this.pending.push(last);
    const text = dec.decode(concat(this.pending));
    this.pending = [];
    this.pendingLen = 0;
    return text;
  }

  private close(): void {
    this.reader?.close();
    this.reader = null;
    this.idx++;
  }

  /** the next line without its newline, or null at the end of the input */
  *next(): Co<string | null> {
    for (;;) {
      if (this.reader === null && !this.open()) return null;
      const nl = this.buf.indexOf(10, this.pos);
      if (nl >= 0) {
        const line = this.line(this.buf.subarray(this.pos, nl));
        this.pos = nl + 1;
        this.last = this.lastFile && this.pos >= this.buf.length && !(yield* this.fill());
        return line;
      }
      this.keep(this.buf.subarray(this.pos));
      this.buf = EMPTY;
      this.pos = 0;
      if (yield* this.fill()) continue;
      if (this.pendingLen > 0) {
        this.last = this.lastFile;
        return this.line(EMPTY);
      }
      this.close();
    }
  }

  /** let go of the open file (q ends sed early) */
  done(): void {
    this.reader?.close();
    this.reader = null;
  }
}
