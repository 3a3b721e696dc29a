// awk's input and output beyond its standard streams: records read by RS (one character, or ""
// for paragraphs), files and commands opened by name for getline and for print's > >> |, and the
// shell commands that `system`, `cmd | getline` and `print | cmd` run — real child processes of
// awk's, `sh -c cmd`, as popen and system start them.
import { isKernelError } from "../../../kernel/errno.js";
import type { Co } from "../../../kernel/proc/wait.js";
import type { Sys } from "../../../kernel/sys.js";
import { FdIn, FdOut } from "../../streams.js";
import type { CommandContext } from "../../types.js";
import { freshState } from "../child.js";
import type { Reader } from "../stream.js";
import { AwkFatal } from "./errors.js";

const dec = new TextDecoder();
const enc = new TextEncoder();
const EMPTY = new Uint8Array(0);

/** the records of a stream */
export class RecordReader {
  /** bytes read and not yet taken are store[pos, len); the store doubles as a record grows, so
   *  a long record (or one that never ends: /dev/zero) costs time in proportion to its length */
  private store: Uint8Array = EMPTY;
  private len = 0;
  private pos = 0;
  private eof = false;
  constructor(
    readonly src: Reader,
    /** the longest record (the process's data limit) */
    private limit: number,
    /** before each read that may wait (awk's output goes out first) */
    private before: () => Co<void>,
  ) {}

  close(): void {
    this.src.close();
  }

  /** more bytes after what is left; false at the end */
  private *fill(): Co<boolean> {
    if (this.eof) return false;
    yield* this.before();
    const chunk = yield* this.src.read();
    if (chunk.length === 0) {
      this.eof = true;
      return false;
    }
    const rest = this.len - this.pos;
    if (rest + chunk.length > this.limit) throw new AwkFatal("awk.nomem");
    if (rest === 0) {
      this.store = chunk;
      this.len = chunk.length;
      this.pos = 0;
      return true;
    }
    if (this.pos + rest + chunk.length > this.store.length || this.store === chunk) {
      const need = rest + chunk.length;
      const next = new Uint8Array(Math.max(need, 2 * rest, 65536));
      next.set(this.store.subarray(this.pos, this.len), 0);
      this.store = next;
      this.len = rest;
      this.pos = 0;
    }
    this.store.set(chunk, this.len);
    this.len += chunk.length;
    return true;
  }

  /** the first `byte` at or after `from`, -1 if none before the end of what was read */
  private find(byte: number, from: number): number {
    return this.store.subarray(0, this.len).indexOf(byte, from);
  }

  private take(end: number, skip: number): string {
    const s = dec.decode(this.store.subarray(this.pos, end));
    this.pos = end + skip;
    return s;
  }

  /** the next record, null at the end */
  *next(rs: string): Co<string | null> {
    if (rs === "") return yield* this.paragraph();
    const sep = rs.charCodeAt(0) < 0x80 ? rs.charCodeAt(0) : enc.encode(rs)[0]!;
    let from = this.pos;
    for (;;) {
      const i = this.find(sep, from);
      if (i >= 0) return this.take(i, 1);
      const scanned = this.len - this.pos;
      if (!(yield* this.fill())) return this.pos < this.len ? this.take(this.len, 0) : null;
      from = this.pos + scanned;
    }
  }

  /** RS = "": records end at a blank line; newlines before one are skipped */
  private *paragraph(): Co<string | null> {
    for (;;) {
      while (this.pos < this.len && this.store[this.pos] === 10) this.pos++;
      if (this.pos < this.len) break;
      if (!(yield* this.fill())) return null;
    }
    let from = this.pos;
    for (;;) {
      const i = this.find(10, from);
      if (i >= 0 && i + 1 < this.len) {
        if (this.store[i + 1] === 10) return this.take(i, 2);
        from = i + 1;
        continue;
      }
      const keep = (i >= 0 ? i : this.len) - this.pos;
      if (!(yield* this.fill())) return this.take(i >= 0 ? i : this.len, this.len);
      from = this.pos + keep;
    }
  }
}


/** a command run by the system's shell in a child of awk's: `sh -c cmd`, its standard input from
 *  `stdin` and its standard output to `stdout` (descriptors of awk's that the child takes over),
 *  without the descriptors in `close` (awk's other redirections); `wait`: awk waits for it now */
export function spawnShell(ctx: CommandContext, cmd: string, stdin: number | null, stdout: number | null, close: number[], wait = false): Sys {
  const argv = ["sh", "-c", cmd];
  const csys = ctx.sys.fork(argv);
  for (const fd of close) if (csys.proc.fds.has(fd)) csys.close(fd);
  if (stdin !== null) {
    csys.dup2(stdin, 0);
    csys.close(stdin);
  }
  if (stdout !== null) {
    csys.dup2(stdout, 1);
    csys.close(stdout);
  }
  ctx.machine.sched.exec(csys.proc, argv, ctx.os.commands.get("sh")?.path ?? "sh");
  const cctx: CommandContext = {
    ...ctx,
    shell: freshState(ctx.shell),
    argv,
    stdin: new FdIn(csys, 0),
    stdout: new FdOut(csys, 1),
    stderr: new FdOut(csys, 2),
    sys: csys,
  };
  // system() waits for the command: it runs at once; a pipe's command runs when awk gives the
  // processor back, as after a real fork the parent usually goes on first
  if (wait) csys.startInline(runShell(cctx));
  else csys.start(runShell(cctx));
  return csys;
}

function* runShell(c: CommandContext): Co<number> {
  const def = c.os.commands.get("sh");
  if (!def) return 127;
  try {
    const r = def.run(c);
    return (typeof r === "number" ? r : yield* r) & 0xff;
  } catch (e) {
    if (!isKernelError(e)) throw e;
    if (e.errno !== "EINTR") c.stderr.write(`sh: ${c.os.strerror(e.errno)}\n`);
    return 1;
  }
}

/** wait for a child of awk's to end: its exit code, or for a signal its number / 256 (what
 *  one-true-awk's system() makes of the wait status) */
export function* reap(ctx: CommandContext, child: Sys): Co<number> {
  for (;;) {
    const e = yield* ctx.sys.wait(child.pid, false);
    if (e.kind !== "exit") continue;
    const st = e.status;
    return "code" in st ? st.code : ctx.os.signals.number(st.signal) / 256;
  }
}
