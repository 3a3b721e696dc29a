// kill (/usr/bin/kill): sends a signal to processes. At the prompt `kill` is ksh's built-in (which
// knows jobs, %1); this is the command of the file system, run by path or from another program.
// Signal names are taken with or without SIG, in any case; numbers as they are (kill.c).
import type { Signal } from "../../kernel/proc/signal.js";
import type { CommandContext, CommandDef } from "../types.js";
import { err } from "./msg.js";

function lookup(ctx: CommandContext, s: string): Signal | null {
  return ctx.os.signals.lookup(s.replace(/^sig/i, ""));
}

function usage(ctx: CommandContext): number {
  err(ctx, "kill.usage");
  return 2;
}

function run(ctx: CommandContext): number {
  const args = ctx.argv.slice(1);
  const sigs = ctx.os.signals;
  if (args[0] === "-l") {
    if (args.length > 1) {
      const n = Number(args[1]);
      if (!Number.isInteger(n) || n < 0) {
        err(ctx, "kill.badstatus", args[1]!);
        return 2;
      }
      const name = sigs.nameOf(n > 128 ? n - 128 : n);
      if (name === null) {
        err(ctx, "kill.badstatus", args[1]!);
        return 2;
      }
      ctx.stdout.write(name + "\n");
      return 0;
    }
    const own = ctx.os.shell.signalList;
    if (own) {
      ctx.stdout.write(own(sigs));
      return 0;
    }
    const names: string[] = [];
    for (let n = 1; n <= sigs.max; n++) {
      const x = sigs.nameOf(n);
      if (x !== null) names.push(x);
    }
    const width = ctx.stdout.isatty ? ctx.columns - 1 : 80;
    let line = "";
    let out = "";
    for (const n of ["NULL", ...names]) {
      if (line.length + n.length + 1 > width) {
        out += line + "\n";
        line = "";
      }
      line += n + " ";
    }
    ctx.stdout.write(out + line.replace(/ $/, "\n"));
    return 0;
  }
  let sig: Signal | null = "SIGTERM";
  let zero = false;
  let i = 0;
  if (args[0] === "-s") {
    if (args[1] === undefined) return usage(ctx);
    zero = args[1] === "0" || /^null$/i.test(args[1]);
    sig = zero ? null : lookup(ctx, args[1]);
    if (sig === null && !zero) {
      err(ctx, "kill.badsig", args[1]);
      return usage(ctx);
    }
    i = 2;
  } else if (args[0] !== undefined && /^-./.test(args[0]) && args[0] !== "--") {
    const s = args[0].slice(1);
    zero = s === "0" || /^null$/i.test(s);
    sig = zero ? null : lookup(ctx, s);
    if (sig === null && !zero) {
      err(ctx, "kill.badsig", s);
      return usage(ctx);
    }
    i = 1;
  }
  if (args[i] === "--") i++;
  const pids = args.slice(i);
  if (pids.length === 0 || pids.some((p) => !/^-?[0-9]+$/.test(p))) return usage(ctx);
  const k = ctx.machine.sched;
  let status = 0;
  for (const a of pids) {
    const pid = Number(a);
    if (pid === -1) {
      if (!k.signalAll(ctx.sys.proc, sig, ctx.os.formats.killAllSparesCaller === true)) {
        err(ctx, "kill.noproc", a);
        status = 2;
      }
      continue;
    }
    if (pid <= 0) {
      const pgid = pid === 0 ? ctx.sys.proc.pgid : -pid;
      if (k.group(pgid).length === 0) {
        err(ctx, "kill.nogroup", a);
        status = 2;
      } else if (sig !== null) k.signalGroup(pgid, sig);
      continue;
    }
    const p = k.table.get(pid);
    if (!p || p.state === "zombie") {
      err(ctx, "kill.noproc", a);
      status = 2;
      continue;
    }
    if (ctx.sys.proc.uid !== 0 && p.uid !== ctx.sys.proc.uid) {
      err(ctx, "kill.perm", a);
      status = 2;
      continue;
    }
    // init takes no signal it has not asked for
    if (sig !== null && pid !== 1) k.signal(p, sig);
  }
  return status;
}

export const killCmd: CommandDef = {
  name: "kill",
  path: "/usr/bin/kill",
  summary: "Sends a signal to running processes.",
  flags: ["-l", "-s"],
  run,
  man: `kill Command

Purpose
       Sends a signal to running processes.

Syntax
       kill [ -s { SignalName | SignalNumber } ] ProcessID ...
       kill [ - SignalName | - SignalNumber ] ProcessID ...
       kill -l [ ExitStatus ]

Description
       The kill command sends a signal (by default, the SIGTERM signal) to a
       running process. The default action normally stops processes. The
       ProcessID parameter is a process number, a negative number for a
       process group, or 0 for the processes of the current process group.

       The Korn shell has its own kill: at the prompt, kill %1 names a job.

Flags
       -l   Lists the signal names, or the name of the signal that ended a
            process with the ExitStatus given.
       -s Signal
            Specifies the signal, by name (TERM, SIGTERM) or number.
       -SignalName, -SignalNumber
            The same.

Exit Status
       0    At least one matching process was found for each ProcessID
            operand, and the specified signal was successfully processed.
       >0   An error occurred.

Examples
       kill 1095         sends SIGTERM to process 1095
       kill -9 1095      sends SIGKILL, which cannot be caught or ignored
       kill -l 143       names the signal (TERM) of an exit status
`,
};
