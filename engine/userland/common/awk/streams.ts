// The files and commands awk opens by name: print's > (truncate once, then keep writing), >>,
// | cmd (one process per command string, fed until close), getline < file and cmd | getline.
// close(name) ends one; at exit all are closed and their commands waited for. Standard output is
// kept in a buffer that goes out before awk reads, runs a command or writes elsewhere, so the order
// of what appears is the order awk wrote it in.
import { isKernelError } from "../../../kernel/errno.js";
import type { Co } from "../../../kernel/proc/wait.js";
import type { Sys } from "../../../kernel/sys.js";
import type { CommandContext } from "../../types.js";
import { openReader } from "../stream.js";
import { AwkFatal } from "./errors.js";
import { reap, RecordReader, spawnShell } from "./io.js";
import { fdReader } from "../stream.js";

type Output = { kind: "stdout" } | { kind: "stderr" } | { kind: "file"; fd: number } | { kind: "pipe"; fd: number; child: Sys };
type Input = { kind: "file"; rr: RecordReader } | { kind: "cmd"; rr: RecordReader; child: Sys };

/** how much standard output awk keeps before writing it */
const BUFFER = 8192;

export class Streams {
  private outs = new Map<string, Output>();
  private ins = new Map<string, Input>();
  private buf = "";
  /** written at once (a terminal, or awk -u) */
  unbuffered: boolean;

  constructor(private ctx: CommandContext) {
    this.unbuffered = ctx.stdout.isatty === true;
  }

  private get limit(): number {
    return this.ctx.sys.proc.dataLimit;
  }

  /** standard output goes out now */
  *flush(): Co<void> {
    if (this.buf === "") return;
    const b = this.buf;
    this.buf = "";
    yield* this.ctx.stdout.put(b);
  }

  /** standard output goes out now, without waiting (before a warning on standard error) */
  flushNow(): void {
    if (this.buf === "") return;
    this.ctx.stdout.write(this.buf);
    this.buf = "";
  }

  /** text for standard output: true when it should go out now (flush) */
  add(s: string): boolean {
    this.buf += s;
    return this.unbuffered || this.buf.length >= BUFFER;
  }

  *stdout(s: string): Co<void> {
    this.buf += s;
    if (this.unbuffered || this.buf.length >= BUFFER) yield* this.flush();
  }

  /** what a reader does before it may wait: let the output go */
  readonly beforeRead = (): Co<void> => this.flush();

  /** the descriptors of awk's redirections (a command awk starts must not hold them) */
  fds(): number[] {
    const out: number[] = [];
    for (const o of this.outs.values()) if (o.kind === "file" || o.kind === "pipe") out.push(o.fd);
    for (const i of this.ins.values()) if (i.rr.src.fd !== undefined) out.push(i.rr.src.fd);
    return out;
  }

  private open(op: ">" | ">>" | "|", name: string): Output {
    if (name === "/dev/stdout" || name === "-") return { kind: "stdout" };
    if (name === "/dev/stderr") return { kind: "stderr" };
    const sys = this.ctx.sys;
    if (op === "|") {
      const [r, w] = sys.pipe();
      const child = spawnShell(this.ctx, name, r, null, [w, ...this.fds()]);
      sys.close(r);
      return { kind: "pipe", fd: w, child };
    }
    try {
      return { kind: "file", fd: sys.openFd(name, { write: true, create: true, trunc: op === ">", append: op === ">>" }) };
    } catch (e) {
      if (isKernelError(e)) throw new AwkFatal("awk.outopen", [name]);
      throw e;
    }
  }

  /** print's output to a file or command */
  *write(op: ">" | ">>" | "|", name: string, s: string): Co<void> {
    if (name === "") throw new AwkFatal("awk.nullname");
    let o = this.outs.get(name);
    if (!o) {
      yield* this.flush();
      o = this.open(op, name);
      this.outs.set(name, o);
    }
    if (o.kind === "stdout") return yield* this.stdout(s);
    yield* this.flush();
    if (o.kind === "stderr") return yield* this.ctx.stderr.put(s);
    yield* this.ctx.sys.write(o.fd, s);
  }

  /** the next record of a file or a command's output: null at its end, -1 if it cannot be read */
  *getline(kind: "file" | "cmd", name: string, rs: string): Co<string | null | -1> {
    let i = this.ins.get(name);
    if (!i) {
      yield* this.flush();
      if (kind === "cmd") {
        const sys = this.ctx.sys;
        const [r, w] = sys.pipe();
        const child = spawnShell(this.ctx, name, null, w, [r, ...this.fds()]);
        sys.close(w);
        i = { kind: "cmd", rr: new RecordReader(fdReader(sys, r), this.limit, this.beforeRead), child };
      } else {
        try {
          i = { kind: "file", rr: new RecordReader(openReader(this.ctx, name), this.limit, this.beforeRead) };
        } catch (e) {
          if (isKernelError(e)) return -1;
          throw e;
        }
      }
      this.ins.set(name, i);
    }
    try {
      return yield* i.rr.next(rs);
    } catch (e) {
      if (isKernelError(e) && e.errno !== "EINTR") return -1;
      throw e;
    }
  }

  /** close(name): 0, or a command's exit status; -1 when nothing of that name is open */
  *close(name: string): Co<number> {
    let status = -1;
    const o = this.outs.get(name);
    if (o) {
      this.outs.delete(name);
      status = yield* this.closeOutput(o);
    }
    const i = this.ins.get(name);
    if (i) {
      this.ins.delete(name);
      i.rr.close();
      status = i.kind === "cmd" ? yield* reap(this.ctx, i.child) : 0;
    }
    return status;
  }

  private *closeOutput(o: Output): Co<number> {
    if (o.kind === "stdout") {
      yield* this.flush();
      return 0;
    }
    if (o.kind === "stderr") return 0;
    this.ctx.sys.close(o.fd);
    return o.kind === "pipe" ? yield* reap(this.ctx, o.child) : 0;
  }

  /** at exit: standard output first, then every file and command, in the order they were opened */
  *closeAll(): Co<void> {
    yield* this.flush();
    for (const name of [...this.outs.keys()]) yield* this.close(name);
    for (const name of [...this.ins.keys()]) yield* this.close(name);
  }
}
