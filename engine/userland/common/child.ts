// Running another command as a child process, the way a C program does with fork and execvp
// (xargs): the child is a process of its own (ps shows it, its pid is new, it inherits the
// descriptors), it runs the command of the system by its name or path, and the parent waits for
// its end (xargs, find -exec). A name without a slash is any command of the system (they are all on the default
// PATH); a path must name the command's file, or an executable file, which runs as a ksh script.
// The terminal, for commands that ask a question: /dev/tty of the process.
import { isKernelError, type Errno } from "../../kernel/errno.js";
import type { ExitStatus } from "../../kernel/proc/proc.js";
import type { Co } from "../../kernel/proc/wait.js";
import { Sys } from "../../kernel/sys.js";
import { FdIn, FdOut } from "../streams.js";
import type { CommandContext, CommandDef, ShellState } from "../types.js";
import { osStatus } from "../formats.js";

export type Resolved = { def: CommandDef; argv: string[] } | { errno: Errno };

/** what execvp would run for argv, or the errno it would fail with */
export function resolve(ctx: CommandContext, argv: readonly string[]): Resolved {
  const name = argv[0]!;
  const base = name.slice(name.lastIndexOf("/") + 1);
  const def = ctx.os.commands.get(base);
  if (!name.includes("/")) return def ? { def, argv: [...argv] } : { errno: "ENOENT" };
  let a;
  try {
    a = ctx.sys.stat(name);
  } catch (e) {
    if (!isKernelError(e)) throw e;
    return { errno: e.errno };
  }
  if (def?.path) {
    try {
      const c = ctx.sys.stat(def.path);
      if (c.fsid === a.fsid && c.fileid === a.fileid) return { def, argv: [...argv] };
    } catch (e) {
      if (!isKernelError(e)) throw e;
    }
  }
  if (a.type !== "VREG" || (a.mode & 0o111) === 0) return { errno: "EACCES" };
  const ksh = ctx.os.commands.get("ksh");
  return ksh ? { def: ksh, argv: ["ksh", ...argv] } : { errno: "EACCES" };
}

/** the shell state a new program starts with: the environment copied, nothing shared back */
export function freshState(s: ShellState): ShellState {
  const copy = { ...s } as ShellState & Record<string, unknown>;
  const env = s.env as ShellState["env"] & { clone?: () => ShellState["env"] };
  copy.env = env.clone ? env.clone() : env;
  copy.exitRequested = null;
  copy.lastStatus = 0;
  for (const [k, v] of Object.entries(copy)) {
    if (v instanceof Map) copy[k] = new Map(v);
    else if (v instanceof Set) copy[k] = new Set(v);
    else if (Array.isArray(v) && k !== "history") copy[k] = [...v];
  }
  return copy;
}

/** the command a name or path runs when it is one of the system's own programs (not a script), else null */
export function commandFor(ctx: CommandContext, name: string): CommandDef | null {
  const r = resolve(ctx, [name]);
  return "def" in r && r.argv[0] === name ? r.def : null;
}

/** the body of the child: the command's status; what escapes it gets a line, as the shell does */
function* body(ctx: CommandContext, def: CommandDef | ((c: CommandContext) => number)): Co<number> {
  try {
    const r = typeof def === "function" ? def(ctx) : def.run(ctx);
    const status = (typeof r === "number" ? r : yield* r) & 0xff;
    return typeof def === "function" ? status : osStatus(ctx.os.formats, def.name, status);
  } catch (e) {
    const name = ctx.argv[0]!;
    if (isKernelError(e, "EINTR")) return 128 + ctx.os.signals.number(ctx.sys.proc.pending[0] ?? "SIGINT");
    if (isKernelError(e)) ctx.stderr.write(`${name}: ${ctx.os.strerror(e.errno)}\n`);
    else ctx.stderr.write(`looplab: internal error in ${name}: ${(e as Error)?.message ?? String(e)}\n`);
    return 1;
  }
}

/**
 * fork, exec the resolved command (standard input from /dev/null when asked) and wait for it:
 * how it ended. `def` may be the child's own code instead (what a C child does when execvp fails:
 * its message and its status). `output`: the child's standard output is that descriptor of the
 * parent (the descriptors in `close` it does not keep).
 */
export function* runChild(
  ctx: CommandContext,
  r: { def: CommandDef | ((c: CommandContext) => number); argv: string[] },
  opts: { nullInput: boolean; output?: { fd: number; close: number[] } },
): Co<ExitStatus> {
  const csys = ctx.sys.fork(r.argv);
  if (opts.output) {
    // its standard output a descriptor of the parent (a pipe's write end), the other end closed
    for (const fd of opts.output.close) csys.close(fd);
    if (opts.output.fd !== 1) {
      csys.dup2(opts.output.fd, 1);
      csys.close(opts.output.fd);
    }
  }
  if (opts.nullInput) {
    try {
      csys.openFd("/dev/null", { read: true }, 0o666, 0);
    } catch (e) {
      if (!isKernelError(e)) throw e;
    }
  }
  ctx.machine.sched.exec(csys.proc, r.argv, typeof r.def === "function" ? r.argv[0] : (r.def.path ?? r.argv[0]));
  const cctx: CommandContext = {
    argv: r.argv,
    stdin: new FdIn(csys, 0),
    stdout: new FdOut(csys, 1),
    stderr: new FdOut(csys, 2),
    sys: csys,
    machine: ctx.machine,
    shell: freshState(ctx.shell),
    os: ctx.os,
    columns: ctx.columns,
  };
  csys.startInline(body(cctx, r.def));
  for (;;) {
    const e = yield* ctx.sys.wait(csys.pid, false);
    if (e.kind === "exit") return e.status;
  }
}

/** the process's terminal opened on a new descriptor (/dev/tty), or null when it has none */
export function openTty(ctx: CommandContext): number | null {
  const tty = ctx.sys.proc.tty;
  if (!tty || !tty.terminal) return null;
  return ctx.sys.install(Sys.ttyFile(tty));
}
