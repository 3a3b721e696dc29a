// ps (AIX): the status of processes, from the kernel's process table. The layout is AIX's ps.c:
// the PID columns are as wide as the largest pid on the system (not only the ones listed), STIME
// is the time of day for a process started less than 24 hours ago and the date otherwise, TIME
// is the processor time as M:SS, and with -f the command is the whole argument list followed by a
// blank (ps prints the NUL after each argument as a space). Without -e, -A, -p, -t or -u only the
// processes of the caller's terminal and user are shown. The exit status is 1 when no process
// was listed.
import type { Proc } from "../../kernel/proc/proc.js";
import { STEPS_PER_CPU_SECOND } from "../../os/aix/procs.js";
import { civil, getopt, lazyNames, MONTHS, pad2, reportOpt } from "../common/lib.js";
import { err } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";

interface Select {
  /** -e / -A: all; -a: those with a terminal but session leaders; -d: all but session leaders */
  all: "" | "e" | "a" | "d";
  pids: number[] | null;
  ttys: string[] | null;
  users: string[] | null;
}

function run(ctx: CommandContext): number {
  const r = getopt(ctx.argv.slice(1), "Aaedfp:t:u:");
  const sel: Select = { all: "", pids: null, ttys: null, users: null };
  let full = false;
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      err(ctx, "ps.usage");
      return 1;
    }
    switch (it.flag) {
      case "A":
      case "e":
        sel.all = "e";
        break;
      case "a":
      case "d":
        if (sel.all !== "e") sel.all = it.flag;
        break;
      case "f":
        full = true;
        break;
      case "p": {
        const list = it.value!.split(/[ ,]+/).filter(Boolean);
        if (list.length === 0 || list.length > 128 || list.some((x) => !/^[0-9]+$/.test(x))) {
          err(ctx, "ps.badlist", "p");
          err(ctx, "ps.usage");
          return 1;
        }
        sel.pids = [...(sel.pids ?? []), ...list.map(Number)];
        break;
      }
      case "t":
        sel.ttys = [...(sel.ttys ?? []), ...it.value!.split(/[ ,]+/).filter(Boolean).map((t) => t.replace(/^\/dev\//, ""))];
        break;
      case "u":
        sel.users = [...(sel.users ?? []), ...it.value!.split(/[ ,]+/).filter(Boolean)];
        break;
    }
  }
  if (r.operands.length > 0) {
    err(ctx, "ps.usage");
    return 1;
  }
  const k = ctx.machine.sched;
  const names = lazyNames(ctx);
  const table = [...k.table.values()].sort((a, b) => a.pid - b.pid);
  // the pid columns fit the largest pid anywhere in the table
  const pidLen = Math.max(1, ...table.map((p) => String(p.pid).length));
  const me = ctx.sys.proc;
  const myTty = me.tty?.name ?? null;
  const listed = table.filter((p) => {
    if (sel.pids || sel.ttys || sel.users) {
      if (sel.pids?.includes(p.pid)) return true;
      if (sel.ttys && p.tty && sel.ttys.includes(p.tty.name)) return true;
      if (sel.users && sel.users.some((u) => u === String(p.uid) || u === names.user(p.uid))) return true;
      return false;
    }
    const leader = p.sid === p.pid;
    if (sel.all === "e") return true;
    if (sel.all === "a") return !leader && p.tty !== null;
    if (sel.all === "d") return !leader;
    return p.tty !== null && p.tty.name === myTty && p.uid === me.uid;
  });
  const now = ctx.machine.clock.now();
  let out = full
    ? `${"UID".padStart(8)} ${"PID".padStart(pidLen)} ${"PPID".padStart(pidLen)} ${"C".padStart(3)} ${"STIME".padStart(8)} ${"TTY".padStart(6)} ${"TIME".padStart(5)} CMD\n`
    : ` ${"PID".padStart(pidLen)}    TTY  TIME CMD\n`;
  for (const p of listed) {
    const tty = p.tty?.name ?? "-";
    const time = cpuTime(p);
    const zombie = p.state === "zombie";
    if (full) {
      const user = (names.user(p.uid) ?? String(p.uid)).slice(0, 8).padStart(8);
      const stime = zombie ? "" : startTime(p.start, now);
      const cmd = zombie ? "<defunct>" : p.argv.map((a) => a + " ").join("");
      out += `${user} ${String(p.pid).padStart(pidLen)} ${String(p.ppid).padStart(pidLen)} ${"0".padStart(3)} ${stime.padStart(8)} ${(zombie ? "" : tty).padStart(6)} ${time} ${cmd}\n`;
    } else out += ` ${String(p.pid).padStart(pidLen)} ${tty.padStart(6)} ${time} ${zombie ? "<defunct>" : p.comm.replace(/^-/, "")}\n`;
  }
  ctx.stdout.write(out);
  return listed.length > 0 ? 0 : 1;
}

/** processor time as ps prints it: minutes (not capped) and seconds, in 5 columns */
function cpuTime(p: Proc): string {
  const s = Math.floor(p.steps / STEPS_PER_CPU_SECOND);
  return `${String(Math.floor(s / 60)).padStart(2)}:${pad2(s % 60)}`;
}

/** STIME: the time of day within the last 24 hours, else the month and day */
function startTime(t: number, now: number): string {
  const c = civil(t);
  if (now - t < 86400) return `${pad2(c.hour)}:${pad2(c.minute)}:${pad2(c.second)}`;
  return `${MONTHS[c.month - 1]} ${pad2(c.day)}`;
}

export const ps: CommandDef = {
  name: "ps",
  path: "/usr/bin/ps",
  summary: "Shows current status of processes.",
  flags: ["-A", "-a", "-d", "-e", "-f", "-p", "-t", "-u"],
  run,
  man: `ps Command

Purpose
       Shows current status of processes.

Syntax
       ps [ -A ] [ -a ] [ -d ] [ -e ] [ -f ] [ -p ProcessNumber ]
          [ -t Terminal ] [ -u User ]

Description
       The ps command writes the current status of active processes to
       standard output. Without flags it lists the processes of your
       terminal. Every column comes from the process table: PID and PPID,
       STIME (the time of day for a process started in the last 24 hours,
       otherwise the date), TTY (- when the process has no terminal), TIME
       (processor time used) and CMD.

Flags
       -A   Writes information about all processes to standard output.
       -a   Writes information about all processes except the session
            leaders and processes not associated with a terminal.
       -d   Writes information to standard output about all processes,
            except the session leaders.
       -e   Writes information to standard output about all processes,
            except kernel processes.
       -f   Generates a full listing: UID, PID, PPID, C, STIME, TTY, TIME
            and the whole command line (CMD).
       -p ProcessNumber
            Writes information only about the processes in the list.
       -t Terminal
            Writes information only about the processes of the terminals in
            the list (pts/0).
       -u User
            Writes information only about the processes of the users in the
            list.

Exit Status
       0    At least one process was listed.
       1    No process matched.

Examples
       ps -ef                 every process, full listing
       ps -fp 4128974         one process
       ps -ef | grep sleep    find a command
`,
};
