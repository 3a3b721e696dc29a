// Reading files, devices and standard input as streams: a chunk at a time, each chunk one step of
// the process (it gives the processor back when its quantum is used), never the whole thing in
// memory. A named file is opened on a descriptor of the process, so fuser sees it and its file
// system is busy while the command reads it, as on the real system.
import { isKernelError, kerr } from "../../kernel/errno.js";
import type { Co } from "../../kernel/proc/wait.js";
import { READ_CHUNK, type Sys } from "../../kernel/sys.js";
import type { CommandContext } from "../types.js";
import { zeros } from "../../kernel/dev/devsw.js";
import { deviceOf } from "./lib.js";

export interface Reader {
  /** up to `max` bytes (what there is, at least one); empty at the end */
  read(max?: number): Co<Uint8Array>;
  /** let go of the file (standard input stays open) */
  close(): void;
  /** the size of a regular file or device, null for a pipe or the terminal */
  readonly size: number | null;
  /** move to a byte position; false when the source cannot seek */
  seek(pos: number): boolean;
  /** the descriptor a named file is open on */
  readonly fd?: number;
}

/** standard input, as a Reader */
export function stdinReader(ctx: CommandContext): Reader {
  return {
    *read(max = READ_CHUNK) {
      if (ctx.sys.tick()) yield undefined;
      return yield* ctx.stdin.read(max);
    },
    close() {},
    size: null,
    seek: () => false,
  };
}

/**
 * A named file or device (null or "-": standard input). Opening errors are thrown (the caller
 * prints its own message): ENOENT, EACCES, EISDIR …
 */
export function openReader(ctx: CommandContext, path: string | null): Reader {
  if (path === null || path === "-") return stdinReader(ctx);
  const sys = ctx.sys;
  const dev = deviceOf(ctx, path);
  if (dev === "null") return { *read() { return new Uint8Array(0); }, close() {}, size: 0, seek: () => true };
  if (dev === "zero") {
    return {
      *read(max = READ_CHUNK) {
        if (sys.tick()) yield undefined;
        return zeros(max);
      },
      close() {},
      size: null,
      seek: () => true,
    };
  }
  if (dev !== null) {
    // a block device (a loop device, a logical volume): its blocks through the driver
    let pos = 0;
    return {
      *read(max = READ_CHUNK) {
        if (sys.tick()) yield undefined;
        const b = dev.read(pos, max);
        pos += b.length;
        return b;
      },
      close() {},
      size: dev.size(),
      seek(p) {
        pos = p;
        return true;
      },
    };
  }
  return fdReader(sys, sys.openFd(path, { read: true }));
}

/** a descriptor the process holds, as a Reader (closing it closes the descriptor) */
export function fdReader(sys: Sys, fd: number): Reader {
  const file = sys.file(fd);
  const a = file.vnode?.getattr();
  const regular = a?.type === "VREG";
  let open = true;
  return {
    *read(max = READ_CHUNK) {
      if (sys.tick()) yield undefined;
      return yield* sys.read(fd, max);
    },
    close() {
      if (!open) return;
      open = false;
      try {
        sys.close(fd);
      } catch (e) {
        if (!isKernelError(e, "EBADF")) throw e;
      }
    },
    size: regular ? a!.size : null,
    fd,
    seek(p) {
      if (!regular) return false;
      (file as unknown as { pos: number }).pos = p;
      return true;
    },
  };
}

/** the lines of a Reader, each with its newline (the last one may lack it) */
export class LineReader {
  private buf: Uint8Array = new Uint8Array(0);
  private pos = 0;
  private eof = false;
  constructor(
    private r: Reader,
    /** the most a line may hold (the process's data limit): beyond it, ENOMEM */
    private limit = Infinity,
  ) {}

  /** read ahead (a read error comes now, before any line is taken) */
  *peek(): Co<void> {
    if (this.pos < this.buf.length || this.eof) return;
    const chunk = yield* this.r.read();
    if (chunk.length === 0) this.eof = true;
    else {
      this.buf = chunk;
      this.pos = 0;
    }
  }

  /** the next line, or null at the end */
  *next(): Co<Uint8Array | null> {
    for (;;) {
      const nl = this.buf.indexOf(10, this.pos);
      if (nl >= 0) {
        const line = this.buf.subarray(this.pos, nl + 1);
        this.pos = nl + 1;
        return line;
      }
      if (this.eof) {
        if (this.pos >= this.buf.length) return null;
        const rest = this.buf.subarray(this.pos);
        this.pos = this.buf.length;
        return rest;
      }
      const chunk = yield* this.r.read();
      if (chunk.length === 0) {
        this.eof = true;
        continue;
      }
      const rest = this.buf.subarray(this.pos);
      if (rest.length + chunk.length > this.limit) throw kerr("ENOMEM");
      if (rest.length === 0) this.buf = chunk;
      else {
        const b = new Uint8Array(rest.length + chunk.length);
        b.set(rest, 0);
        b.set(chunk, rest.length);
        this.buf = b;
      }
      this.pos = 0;
    }
  }
}


/**
 * What a command may hold in memory at once: the process's data limit (ulimit -d). A command that
 * must keep a stream (tail of a pipe, a line without end) fails as the real one fails when malloc
 * does, instead of taking the host's memory.
 */
export function dataLimit(ctx: CommandContext): number {
  return ctx.sys.proc.dataLimit;
}
