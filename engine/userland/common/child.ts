// A command that runs other commands (find -exec): fork, exec, wait, as execvp(3) and wait(2) do
// in the C command. The child is a process of its own (ps and fuser see it, Ctrl-C reaches it);
// the command waits for it without holding the host.
import { isKernelError } from "../../kernel/errno.js";
import type { ExitStatus } from "../../kernel/proc/proc.js";
import type { Co } from "../../kernel/proc/wait.js";
import type { Sys } from "../../kernel/sys.js";
import { FdIn, FdOut } from "../streams.js";
import type { CommandContext, CommandDef } from "../types.js";

/** the command a name runs: a path names the command whose file it is, a name is looked up */
export function commandFor(ctx: CommandContext, name: string): CommandDef | null {
  const base = name.includes("/") ? name.slice(name.lastIndexOf("/") + 1) : name;
  const def = ctx.os.commands.get(base === "[" ? "test" : base);
  if (!def) return null;
  if (name.includes("/")) {
    // the path must be that command's own file (a script or another file is not simulated)
    try {
      const a = ctx.sys.stat(name);
      const c = ctx.sys.stat(def.path ?? `/usr/bin/${base}`);
      if (a.fsid !== c.fsid || a.fileid !== c.fileid) return null;
    } catch (e) {
      if (!isKernelError(e)) throw e;
      return null;
    }
  }
  return def;
}

/** the context the child's command gets: its own descriptors, the same environment */
function childContext(ctx: CommandContext, csys: Sys, argv: string[]): CommandContext {
  return { ...ctx, argv, stdin: new FdIn(csys, 0), stdout: new FdOut(csys, 1), stderr: new FdOut(csys, 2), sys: csys };
}

/** the child's body: the command, or `missing` when execvp fails; an escaped kernel error gets its text */
function* body(ctx: CommandContext, def: CommandDef | null, missing: (c: CommandContext) => number): Co<number> {
  if (def === null) return missing(ctx);
  try {
    const r = def.run(ctx);
    return (typeof r === "number" ? r : yield* r) & 0xff;
  } catch (e) {
    if (!isKernelError(e) || e.errno === "EINTR") throw e;
    ctx.stderr.write(`${ctx.argv[0]}: ${ctx.os.strerror(e.errno)}\n`);
    return 1;
  }
}

/**
 * Fork a child that runs argv and wait for it to end: its exit status. `missing` runs in the
 * child when the command cannot be found (it prints the caller's message and returns the
 * child's status).
 */
export function* runChild(ctx: CommandContext, argv: string[], missing: (c: CommandContext) => number): Co<ExitStatus> {
  const csys = ctx.sys.fork(argv);
  ctx.machine.sched.exec(csys.proc, argv);
  const def = commandFor(ctx, argv[0]!);
  csys.startInline(body(childContext(ctx, csys, argv), def, missing));
  for (;;) {
    const e = yield* ctx.sys.wait(csys.pid, false);
    if (e.kind === "exit") return e.status;
  }
}
