// nohup: runs a command that a hangup does not end. SIGHUP is ignored for it (and for what it
// runs); when standard output is the terminal it goes to nohup.out in the current directory
// (appended; created 0600), or $HOME/nohup.out when that cannot be opened, and standard error
// follows it when that is the terminal too. AIX 4.1.3 nohup.c / nohup.msg.
import { isKernelError, type Errno } from "../../kernel/errno.js";
import type { Co } from "../../kernel/proc/wait.js";
import type { CommandContext, CommandDef } from "../types.js";
import { err } from "./msg.js";

/** open nohup.out for appending at descriptor 1; the path used, or the errno of the last try */
function redirectOutput(ctx: CommandContext): string | { errno: Errno } {
  const sys = ctx.sys;
  const mask = sys.proc.umask;
  sys.proc.umask = 0o066;
  let errno: Errno = "ENOENT";
  try {
    for (const path of ["nohup.out", ctx.shell.env.get("HOME") === undefined ? null : `${ctx.shell.env.get("HOME")}/nohup.out`]) {
      if (path === null) return { errno };
      try {
        sys.openFd(path, { write: true, create: true, append: true }, 0o666, 1);
        return path;
      } catch (e) {
        if (!isKernelError(e)) throw e;
        errno = e.errno;
      }
    }
    return { errno };
  } finally {
    sys.proc.umask = mask;
  }
}

function* run(ctx: CommandContext): Co<number> {
  let args = ctx.argv.slice(1);
  if (args[0] === "--") args = args.slice(1);
  if (args.length === 0) {
    err(ctx, "nohup.usage");
    return 127;
  }
  ctx.sys.proc.handlers.set("SIGHUP", "ignore");
  if (ctx.sys.isatty(1)) {
    const path = redirectOutput(ctx);
    if (typeof path !== "string") {
      // the reason is for systems that give it (Solaris: cannot open/create nohup.out: reason)
      err(ctx, "nohup.nocreate", ctx.os.strerror(path.errno));
      return 127;
    }
    err(ctx, "nohup.sending", path);
  }
  const name = args[0]!;
  const def = ctx.os.commands.get(name.includes("/") ? name.slice(name.lastIndexOf("/") + 1) : name);
  if (!def) {
    // nohup.c writes this to /dev/tty: the terminal, not nohup.out
    err(ctx, "nohup.cannotrun", name, ctx.os.strerror("ENOENT"));
    return 127;
  }
  if (ctx.sys.isatty(2)) ctx.sys.dup2(1, 2);
  ctx.machine.sched.exec(ctx.sys.proc, args, def.path ?? name);
  const r = def.run({ ...ctx, argv: args });
  return typeof r === "number" ? r : yield* r;
}

export const nohup: CommandDef = {
  name: "nohup",
  path: "/usr/bin/nohup",
  summary: "Runs a command without hangups.",
  run,
  man: `nohup Command

Purpose
       Runs a command without hangups.

Syntax
       nohup Command [ Argument ... ]

Description
       The nohup command runs the command specified by the Command parameter
       and any related Argument parameters, ignoring all hangup (SIGHUP)
       signals. Use the nohup command to run programs in the background after
       logging off the system. To run a nohup command in the background, add
       an & (ampersand) to the end of the command.

       If standard output is the terminal, the output of the command is
       appended to the nohup.out file in the current directory; if that file
       cannot be written, to $HOME/nohup.out. The file is created readable and
       writable by its owner only. If standard error is the terminal, it is
       written to the same file.

Exit Status
       126    The command was found but could not be started.
       127    An error occurred in nohup, or the command was not found.
       Otherwise the exit status is that of the command.

Examples
       nohup tail -f /cdmount/README &
`,
};
