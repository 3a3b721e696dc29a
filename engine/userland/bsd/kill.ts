// kill (/bin/kill) of 4.4BSD: sends a signal to processes. On BSD it is a program, not a
// built-in of sh, so it knows no jobs (kill %1 is an illegal process id). Its flow follows
// kill.c: -l lists sys_signame (or names one number, an exit status above 128 less 128), -s or
// -NAME or -NUMBER picks the signal, an unknown one prints the list and ends with 1, and each
// pid kill(2) refuses is reported with warn(3) (kill: 123: No such process), status 1.
import type { Errno } from "../../kernel/errno.js";
import type { Signal } from "../../kernel/proc/signal.js";
import { err } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";

function usage(ctx: CommandContext): number {
  err(ctx, "kill.usage");
  return 1;
}

/** nosig(): the name that is no signal, then the list of them on standard error */
function nosig(ctx: CommandContext, name: string): number {
  err(ctx, "kill.badsig", name);
  ctx.stderr.write(ctx.os.shell.signalList?.(ctx.os.signals) ?? "");
  return 1;
}

/** signame_to_signum: a name with or without SIG, in any case */
function byName(ctx: CommandContext, s: string): Signal | null {
  return /^[0-9]/.test(s) ? null : ctx.os.signals.lookup(s.replace(/^sig/i, ""));
}

/** kill(2) of one pid (0: the caller's group, below 0: that group) */
function send(ctx: CommandContext, pid: number, sig: Signal | null): Errno | null {
  const k = ctx.machine.sched;
  if (pid === -1) return k.signalAll(ctx.sys.proc, sig, ctx.os.formats.killAllSparesCaller === true) ? null : "ESRCH";
  if (pid <= 0) {
    const pgid = pid === 0 ? ctx.sys.proc.pgid : -pid;
    if (k.group(pgid).length === 0) return "ESRCH";
    if (sig !== null) k.signalGroup(pgid, sig);
    return null;
  }
  const p = k.table.get(pid);
  if (!p || p.state === "zombie") return "ESRCH";
  if (ctx.sys.proc.uid !== 0 && p.uid !== ctx.sys.proc.uid) return "EPERM";
  // init takes no signal it has not asked for
  if (sig !== null && pid !== 1) k.signal(p, sig);
  return null;
}

function listOne(ctx: CommandContext, a: string): number {
  if (!/^[0-9]/.test(a)) return usage(ctx);
  if (!/^[0-9]+$/.test(a)) {
    err(ctx, "kill.badnum", a);
    return 1;
  }
  let n = Number(a);
  if (n >= 128) n -= 128;
  // sys_signame[0] is "Signal 0"
  const name = n === 0 ? "Signal 0" : ctx.os.signals.nameOf(n)?.toLowerCase() ?? null;
  if (name === null) return nosig(ctx, a);
  ctx.stdout.write(name + "\n");
  return 0;
}

/** the signal of -s NAME, -NAME or -NUMBER; a number is the exit status when kill ends here */
function signalArg(ctx: CommandContext, args: string[]): { sig: Signal | null } | number {
  if (args[0] === "-s") {
    args.shift();
    const name = args.shift();
    if (name === undefined) {
      err(ctx, "kill.needarg");
      return usage(ctx);
    }
    if (name === "0") return { sig: null };
    const sig = byName(ctx, name);
    return sig === null ? nosig(ctx, name) : { sig };
  }
  const a = args[0]!;
  if (!a.startsWith("-")) return { sig: "SIGTERM" };
  args.shift();
  const s = a.slice(1);
  if (/^[A-Za-z]/.test(s)) {
    const sig = byName(ctx, s);
    return sig === null ? nosig(ctx, s) : { sig };
  }
  if (!/^[0-9]/.test(s)) return nosig(ctx, s);
  if (!/^[0-9]+$/.test(s)) {
    err(ctx, "kill.badnum", s);
    return 1;
  }
  const n = Number(s);
  if (n === 0) return { sig: null };
  const name = ctx.os.signals.nameOf(n);
  return name === null ? nosig(ctx, s) : { sig: ctx.os.signals.lookup(name)! };
}

function run(ctx: CommandContext): number {
  const args = ctx.argv.slice(1);
  if (args.length === 0) return usage(ctx);
  if (args[0] === "-l") {
    if (args.length > 2) return usage(ctx);
    if (args.length === 2) return listOne(ctx, args[1]!);
    ctx.stdout.write(ctx.os.shell.signalList?.(ctx.os.signals) ?? "");
    return 0;
  }
  const got = signalArg(ctx, args);
  if (typeof got === "number") return got;
  if (args.length === 0) return usage(ctx);
  let status = 0;
  for (const a of args) {
    if (!/^-?[0-9]+$/.test(a)) {
      err(ctx, "kill.badpid", a);
      status = 1;
      continue;
    }
    const e = send(ctx, Number(a), got.sig);
    if (e !== null) {
      err(ctx, "kill.failed", a, ctx.os.strerror(e));
      status = 1;
    }
  }
  return status;
}

export const bsdKill: CommandDef = {
  name: "kill",
  path: "/bin/kill",
  summary: "Terminates or signals a process.",
  flags: ["-l", "-s"],
  run,
  man: `kill Command

Purpose
       Terminates or signals a process.

Syntax
       kill [ -s SignalName ] PID ...
       kill -l [ ExitStatus ]
       kill -SignalName PID ...
       kill -SignalNumber PID ...

Description
       The kill command (/bin/kill) sends a signal, TERM unless another is
       named, to each process whose PID is given. A PID of 0 means the
       processes of the caller's process group, a negative PID the process
       group of that number. Only root may signal the processes of other
       users. On BSD kill is a program, not a built-in of sh: it knows no
       jobs, and kill %1 is an illegal process id.

Flags
       -s SignalName
            The signal to send, by name (HUP, hup or SIGHUP).
       -l   Lists the signal names, or writes the name of the signal that
            ended a process with the ExitStatus given (above 128: less 128).
       -SignalName, -SignalNumber
            The signal to send, by name or number.

Messages
       kill: illegal process id: PID
       kill: PID: No such process
       kill: unknown signal NAME; valid signals:  (then the list)
       kill: illegal signal number: NUMBER

Exit Status
       0    Every process was signalled.
       1    A PID was not valid, kill(2) failed for one, or the usage was
            wrong.
`,
};
