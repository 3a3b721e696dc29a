// ps of Solaris 11.1 (illumos usr/src/cmd/ps/ps.c, prcom()): the System V layouts of plain ps and
// ps -f over the processes -e/-A (all), -a (all with a terminal but session leaders), -d (all
// but session leaders), -p (these pids) select; with none of them, the caller's processes on its
// terminal. Columns: "%8.8s " user (-f), "%5d" PID, " %5d" PPID and " %3d" C (-f), STIME
// "%9.9s" (-f: hh:mm:ss, or "Mon dd" after 24 hours), " %-8.14s" TTY ("?" without one),
// " %4ld:%.2ld" TIME, then pr_fname (the program's name, 8 columns) or with -f the arguments.
import { STEPS_PER_CPU_SECOND } from "../../os/aix/procs.js";
import type { Proc } from "../../kernel/proc/proc.js";
import { getopt, reportOpt } from "../common/lib.js";
import { err } from "../common/msg.js";
import { snapshot, stime, type Snap } from "../aix/ps/model.js";
import type { CommandContext, CommandDef } from "../types.js";

const PIDWIDTH = 5;
/** the bytes of the arguments the kernel keeps for ps (pr_psargs), with their NUL */
const PRARGSZ = 80;

interface Sel {
  all: boolean;
  a: boolean;
  d: boolean;
  f: boolean;
  pids: number[] | null;
}

/** the processes the options select, in pid order */
function selected(ctx: CommandContext, snap: Snap, s: Sel): Proc[] {
  const me = ctx.sys.proc;
  const leader = (p: Proc) => p.pid === p.sid;
  return snap.procs.filter((p) => {
    if (s.all) return true;
    if (s.pids !== null && s.pids.includes(p.pid)) return true;
    if (s.d && !leader(p)) return true;
    if (s.a && !leader(p) && p.tty !== null) return true;
    if (s.pids !== null || s.a || s.d) return false;
    // no selection: the processes of the caller's euid on its terminal
    return p.uid === me.uid && p.tty !== null && p.tty === me.tty;
  });
}

const ttyName = (p: Proc) => (p.tty && p.state !== "zombie" ? p.tty.name : "?");

/** pr_fname: the program's last component, 16 bytes, as plain ps prints it in 8 columns */
const fname = (p: Proc) => (p.name ?? p.argv[0]?.replace(/^.*\//, "") ?? "").replace(/^-/, "").slice(0, 8);

function line(p: Proc, snap: Snap, s: Sel): string {
  let out = "";
  if (s.f) {
    const name = snap.names.user(p.uid);
    out += (name === undefined ? String(p.uid).padStart(7) : name.slice(0, 8).padStart(8)) + " ";
  }
  out += String(p.pid).padStart(PIDWIDTH);
  if (s.f) out += " " + String(p.ppid).padStart(PIDWIDTH) + " " + "0".padStart(3) + " " + stime(p, snap.now).padStart(8);
  const secs = Math.round(p.steps / STEPS_PER_CPU_SECOND);
  out += " " + ttyName(p).padEnd(8) + " " + `${String(Math.floor(secs / 60)).padStart(4)}:${String(secs % 60).padStart(2, "0")}`;
  if (p.state === "zombie") return out + " <defunct>\n";
  return out + " " + (s.f ? p.argv.join(" ").slice(0, PRARGSZ - 1) : fname(p)) + "\n";
}

function run(ctx: CommandContext): number {
  const r = getopt(ctx.argv.slice(1), "aAdefp:");
  const s: Sel = { all: false, a: false, d: false, f: false, pids: null };
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      err(ctx, "ps.sol.usage");
      return 1;
    }
    if (it.flag === "e" || it.flag === "A") s.all = true;
    else if (it.flag === "a") s.a = true;
    else if (it.flag === "d") s.d = true;
    else if (it.flag === "f") s.f = true;
    else if (it.flag === "p") {
      const ids = (it.value ?? "").split(/[ ,]+/).filter(Boolean);
      const bad = ids.find((x) => !/^\d+$/.test(x));
      if (bad !== undefined) {
        err(ctx, "ps.sol.badpid", bad);
        err(ctx, "ps.sol.usage");
        return 1;
      }
      s.pids = [...(s.pids ?? []), ...ids.map(Number)];
    }
  }
  if (r.operands.length > 0) {
    err(ctx, "ps.sol.usage");
    return 1;
  }
  const snap = snapshot(ctx);
  const head = (s.f ? "     UID " : "") + "PID".padStart(PIDWIDTH) + (s.f ? " " + "PPID".padStart(PIDWIDTH) + "   C    STIME" : "") + " TTY         TIME CMD\n";
  const procs = selected(ctx, snap, s);
  ctx.stdout.write(head + procs.map((p) => line(p, snap, s)).join(""));
  // ps.c: exit status 1 when -p named no process it found
  return procs.length === 0 && s.pids !== null ? 1 : 0;
}

export const solarisPs: CommandDef = {
  name: "ps",
  path: "/usr/bin/ps",
  summary: "Reports process status.",
  flags: ["-e", "-A", "-a", "-d", "-f", "-p"],
  run,
  man: `ps Command

Purpose
       Reports process status (Solaris 11.1 /usr/bin/ps).

Syntax
       ps [-aAdef] [-p proclist]

Description
       The ps command prints information about active processes. Without
       options, ps prints information about processes that have the same
       effective user ID and the same controlling terminal as the invoker.
       The output contains only the process ID, terminal identifier,
       cumulative execution time, and the command name.

Flags
       -a   Lists information about all processes most frequently requested:
            all those except process group leaders and processes not
            associated with a terminal.
       -A   Lists information for all processes. Identical to -e.
       -d   Lists information about all processes except session leaders.
       -e   Lists information about every process now running.
       -f   Generates a full listing: UID PID PPID C STIME TTY TIME CMD.
            STIME is the starting time of the process, given in hours,
            minutes and seconds, or as month and day after 24 hours.
       -p proclist
            Lists only process data whose process ID numbers are given in
            proclist.

Exit Status
       0    Successful completion.
       1    An error occurred, or -p named no process.

Messages
       usage: ps [ -aAdefHlcjLPyZ ] [ -o format ] [ -t termlist ] ...
       ps: illegal option -- x
`,
};
