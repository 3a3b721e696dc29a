// ulimit as bash 4.1's built-in on Solaris 11.1 (builtins/ulimit.def): the limits[] rows whose
// resource Solaris has (no RLIMIT_NICE, SIGPENDING, MEMLOCK, RSS, MSGQUEUE, RTPRIO, NPROC, SWAP or
// LOCKS there), read from and set on the shell's process (Proc.rlimits, the soft file size
// Proc.fsizeLimit, which writes obey): the same numbers pfiles shows.
//   ulimit -a            printone's "%-20s %16s" rows: description, then "(units, -x) "
//   ulimit [-SH] -n      one value (the soft limit unless -H); two or more options: with their rows
//   ulimit -n 100        sets both limits (-S or -H: that one); `soft`, `hard`, `unlimited`
// -p (PIPE_BUF) and -u (sysconf CHILD_MAX) are not limits and cannot be set (EINVAL).
import type { Rlimit } from "../../kernel/proc/proc.js";
import type { Errno } from "../../kernel/errno.js";
import { CHILD_MAX, PIPE_BUF, RLIM_FD_MAX } from "../../os/solaris/rlimits.js";
import { err } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { bashGetopt } from "./bashopts.js";

interface Row {
  opt: string;
  /** the process's resource, or a value of the system that is no limit */
  res: string;
  factor: number;
  desc: string;
  units: string | null;
}

/** ulimit.def limits[] as compiled on Solaris, in its order */
const LIMITS: readonly Row[] = [
  { opt: "c", res: "core", factor: 1024, desc: "core file size", units: "blocks" },
  { opt: "d", res: "data", factor: 1024, desc: "data seg size", units: "kbytes" },
  { opt: "f", res: "fsize", factor: 1024, desc: "file size", units: "blocks" },
  { opt: "n", res: "nofile", factor: 1, desc: "open files", units: null },
  { opt: "p", res: "pipe", factor: 512, desc: "pipe size", units: "512 bytes" },
  { opt: "s", res: "stack", factor: 1024, desc: "stack size", units: "kbytes" },
  { opt: "t", res: "cpu", factor: 1, desc: "cpu time", units: "seconds" },
  { opt: "u", res: "maxuproc", factor: 1, desc: "max user processes", units: null },
  { opt: "v", res: "vmem", factor: 1024, desc: "virtual memory", units: "kbytes" },
];

const SOFT = 2;
const HARD = 1;

/** get_limit: a resource's soft and hard limits */
function getLimit(ctx: CommandContext, row: Row): Rlimit {
  const proc = ctx.sys.proc;
  if (row.res === "pipe") return { cur: PIPE_BUF, max: PIPE_BUF };
  if (row.res === "maxuproc") return { cur: CHILD_MAX, max: CHILD_MAX };
  const l = proc.rlimits.get(row.res) ?? { cur: Infinity, max: Infinity };
  return row.res === "fsize" ? { cur: proc.fsizeLimit, max: l.max } : l;
}

/** setrlimit: EINVAL for what is no limit or a soft limit above the hard one, EPERM for
 *  raising a hard limit without privilege */
function setLimit(ctx: CommandContext, row: Row, value: number, mode: number): Errno | null {
  const proc = ctx.sys.proc;
  if (row.res === "pipe" || row.res === "maxuproc") return "EINVAL";
  const old = getLimit(ctx, row);
  // set_limit: a user's `unlimited` for the soft limit alone means the hard limit
  const val = proc.uid !== 0 && value === Infinity && (mode & HARD) === 0 && old.cur <= old.max ? old.max : value;
  const next = { cur: mode & SOFT ? val : old.cur, max: mode & HARD ? val : old.max };
  if (next.cur > next.max) return "EINVAL";
  if (next.max > old.max && proc.uid !== 0) return "EPERM";
  // process.max-file-descriptor: no more than rlim_fd_max descriptors, even for root
  if (row.res === "nofile" && next.max > RLIM_FD_MAX) return "EINVAL";
  if (row.res === "fsize") proc.fsizeLimit = next.cur;
  proc.rlimits.set(row.res, next);
  return null;
}

/** printone: the row's head when asked for, then the value in the row's units */
function printone(ctx: CommandContext, row: Row, value: number, withDesc: boolean): void {
  let out = "";
  if (withDesc) {
    const unit = row.units !== null ? `(${row.units}, -${row.opt}) ` : `(-${row.opt}) `;
    out = row.desc.padEnd(20) + " " + unit.padStart(16);
  }
  out += value === Infinity ? "unlimited" : String(Math.floor(value / row.factor));
  ctx.stdout.write(out + "\n");
}

/** internal_getopt with "aSH" and each row's letter taking an optional argument (`x;`): the
 *  argument attached, or the next word unless it starts with - */
function parse(ctx: CommandContext, args: string[]): { mode: number; all: boolean; cmds: [string, string | null][]; rest: string[] } | null {
  const r = bashGetopt(args, "aSH" + LIMITS.map((row) => row.opt + ";").join(""));
  if (!r.ok) {
    err(ctx, "sh.badopt", "ulimit", "-" + r.flag);
    err(ctx, "ulimit.usage");
    return null;
  }
  let mode = 0;
  let all = false;
  const cmds: [string, string | null][] = [];
  for (const { flag, value } of r.opts) {
    if (flag === "a") all = true;
    else if (flag === "S") mode |= SOFT;
    else if (flag === "H") mode |= HARD;
    else cmds.push([flag, value]);
  }
  return { mode, all, cmds, rest: r.rest };
}

/** ulimit_internal: print one limit, or set it */
function one(ctx: CommandContext, row: Row, arg: string | null, mode: number, multiple: boolean): boolean {
  if (mode === 0) mode = arg !== null ? HARD | SOFT : SOFT;
  const l = getLimit(ctx, row);
  if (arg === null) {
    printone(ctx, row, mode & SOFT ? l.cur : l.max, multiple);
    return true;
  }
  let value: number;
  if (arg === "hard") value = l.max;
  else if (arg === "soft") value = l.cur;
  else if (arg === "unlimited") value = Infinity;
  else if (/^[0-9]+$/.test(arg)) value = Number(arg) * row.factor;
  else {
    err(ctx, "ulimit.badnum", arg);
    return false;
  }
  const e = setLimit(ctx, row, value, mode);
  if (e !== null) err(ctx, "ulimit.cannot", row.desc, ctx.os.strerror(e));
  return e === null;
}

function run(ctx: CommandContext): number {
  const p = parse(ctx, ctx.argv.slice(1));
  if (p === null) return 2;
  if (p.all) {
    const mode = p.mode === 0 ? SOFT : p.mode;
    for (const row of LIMITS) {
      const l = getLimit(ctx, row);
      printone(ctx, row, mode & SOFT ? l.cur : l.max, true);
    }
    return 0;
  }
  // `ulimit` and `ulimit 100` are -f
  const cmds = p.cmds.length > 0 ? p.cmds : [["f", p.rest[0] ?? null] as [string, string | null]];
  for (const [opt, arg] of cmds) {
    if (!one(ctx, LIMITS.find((r) => r.opt === opt)!, arg, p.mode, cmds.length > 1)) return 1;
  }
  return 0;
}

export const bashUlimit: CommandDef = {
  name: "ulimit",
  summary: "Reports or sets the shell's resource limits (bash built-in).",
  run,
  man: `ulimit Command (bash built-in)

Purpose
       Reports or sets the shell's resource limits (bash built-in).

Syntax
       ulimit [-SHacdefilmnpqrstuvx] [limit]

Description
       Without limit, ulimit writes the soft limit of the resource (-f, the
       file size, when no option is given); with -H the hard one. With two
       or more options, or -a, each value is written after its name:
              open files                      (-n) 256
       With limit, a number, soft, hard or unlimited, it sets the resource's
       soft and hard limits (only the one -S or -H names). Values are in
       1024-byte blocks, except -n, -t (seconds), -p (512-byte units) and -u
       (processes). Only root can raise a hard limit. The limits are the
       shell process's own and pass to the commands it starts; pfiles shows
       the same descriptor limit.

Flags
       -a     All current limits are reported.
       -c     The maximum size of core files created.
       -d     The maximum size of a process's data segment.
       -f     The maximum size of files written by the shell and its
              children.
       -H     The hard limit.   -S  The soft limit.
       -n     The maximum number of open file descriptors.
       -p     The pipe buffer size (cannot be set).
       -s     The maximum stack size.
       -t     The maximum amount of cpu time in seconds.
       -u     The maximum number of user processes (cannot be set).
       -v     The size of virtual memory.

Messages
       bash: ulimit: -x: invalid option
       ulimit: usage: ulimit [-SHacdefilmnpqrstuvx] [limit]
       bash: ulimit: abc: invalid number
       bash: ulimit: open files: cannot modify limit: Not owner

Exit Status
       0    Successful completion.
       1    A limit could not be set, or limit is not a number.
       2    An invalid option.
`,
};
