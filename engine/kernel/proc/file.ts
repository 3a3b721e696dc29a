// Open files: what a descriptor points at. Several descriptors (dup, fork) share one open file and
// its offset; the last close releases it (a pipe end closes, the terminal stays).
//
// read and write never block inside: they return a wait queue instead, and the kernel's
// coroutine calls (sys.ts) sleep on it and try again. That keeps every file kind simple and every
// wait visible to the scheduler.
import { kerr } from "../errno.js";
import type { Vnode } from "../vfs/vnode.js";
import type { Pipe } from "./pipe.js";
import type { Proc } from "./proc.js";
import type { ReadKind, Tty } from "./tty.js";
import type { WaitQueue } from "./wait.js";

export interface File {
  readonly kind: "vnode" | "pipe" | "tty" | "mem";
  /** descriptors (in all processes) that point at it */
  refs: number;
  readonly readable: boolean;
  readonly writable: boolean;
  /** the vnode it has open (what makes its file system busy); null for a pipe or the terminal */
  readonly vnode: Vnode | null;
  /** data, end of file (empty), or a queue to sleep on; `line`: stop after a newline */
  read(max: number, line: boolean, p: Proc, kind: ReadKind): Uint8Array | WaitQueue;
  /** bytes taken, or a queue to sleep on; `soft`: take it all now (see Pipe.write) */
  write(data: Uint8Array, soft: boolean, p: Proc): number | WaitQueue;
  isatty(): boolean;
  /** the last reference is gone */
  release(): void;
}

export function hold<F extends File>(f: F): F {
  f.refs++;
  return f;
}

export function closeFile(f: File): void {
  if (--f.refs === 0) f.release();
}

export class PipeEnd implements File {
  readonly kind = "pipe";
  refs = 1;
  readonly vnode = null;
  readonly readable: boolean;
  readonly writable: boolean;
  constructor(
    readonly pipe: Pipe,
    end: "read" | "write",
  ) {
    this.readable = end === "read";
    this.writable = end === "write";
    if (this.readable) pipe.readers++;
    else pipe.writers++;
  }
  read(max: number, line: boolean): Uint8Array | WaitQueue {
    if (!this.readable) throw kerr("EBADF");
    return this.pipe.read(max, line);
  }
  write(data: Uint8Array, soft: boolean): number | WaitQueue {
    if (!this.writable) throw kerr("EBADF");
    return this.pipe.write(data, soft);
  }
  isatty(): boolean {
    return false;
  }
  release(): void {
    if (this.readable) this.pipe.closeReader();
    else this.pipe.closeWriter();
  }
}

export class TtyFile implements File {
  readonly kind = "tty";
  refs = 1;
  readonly vnode = null;
  readonly readable = true;
  readonly writable = true;
  /** the file offset: the bytes read and written through this open file (a character device's
   *  uio offset moves as on any file; pfiles shows it) */
  pos = 0;
  constructor(readonly tty: Tty) {}
  read(max: number, line: boolean, p: Proc, kind: ReadKind): Uint8Array | WaitQueue {
    const r = this.tty.read(p.pid, kind, max, line);
    if (r instanceof Uint8Array) this.pos += r.length;
    return r;
  }
  write(data: Uint8Array, soft: boolean): number | WaitQueue {
    const n = this.tty.write(data, soft);
    if (typeof n === "number") this.pos += n;
    return n;
  }
  isatty(): boolean {
    return this.tty.terminal;
  }
  release(): void {}
}

/** bytes in memory, read through a descriptor: a here-document's body (ksh keeps it in a temporary file) */
export class MemFile implements File {
  readonly kind = "mem";
  refs = 1;
  readonly vnode = null;
  readonly readable = true;
  readonly writable = false;
  private pos = 0;
  constructor(private data: Uint8Array) {}
  /** the text's length and how far it has been read (pfiles shows the shell's temporary file) */
  get size(): number {
    return this.data.length;
  }
  get offset(): number {
    return this.pos;
  }
  read(max: number, line: boolean): Uint8Array {
    let end = Math.min(this.data.length, this.pos + max);
    if (line) {
      const nl = this.data.indexOf(10, this.pos);
      if (nl >= 0 && nl < end) end = nl + 1;
    }
    const out = this.data.subarray(this.pos, end);
    this.pos = end;
    return out;
  }
  write(): number {
    throw kerr("EBADF");
  }
  isatty(): boolean {
    return false;
  }
  release(): void {}
}
