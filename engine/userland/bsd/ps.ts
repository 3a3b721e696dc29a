// ps of 4.4BSD (bin/ps: ps.c, keyword.c, print.c): process status. Flags with or without a
// dash (ps aux is ps -aux, as ps.c's kludge_oldps_options makes it). Without -a only the
// user's own processes, without -x only those with a terminal; -p one process, -t one
// terminal. Layouts: the default (pid tt state time command), -j, -l and -u, one of them.
// Rows are sorted by terminal, then pid (pscomp), the processes with no terminal first. The
// command column is cut at the window's width unless -w. What the lab does not model (sizes,
// priority, wait channel) are fixed values or functions of the pid and name (docs/fidelity/bsd.md).
import type { Proc } from "../../kernel/proc/proc.js";
import { STEPS_PER_CPU_SECOND } from "../../os/aix/procs.js";
import { civil, getopt, lazyNames, MONTHS, pad2, reportOpt, WEEKDAYS } from "../common/lib.js";
import { err } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";

interface Col {
  head: string;
  width: number;
  /** LJUST: header and value left-justified */
  left?: boolean;
  /** the value left-justified under a right-justified header (state, wchan's printf) */
  cellLeft?: boolean;
  value(p: Proc, ctx: CommandContext): string;
}

/** the terminal as ps names it: ttyp0 → p0, the console co, none ?? */
function tt(p: Proc): string {
  if (!p.tty || p.state === "zombie") return "??";
  const n = p.tty.name;
  if (n === "console") return "co";
  return n.startsWith("tty") ? n.slice(3) : n;
}

/** print.c tname(): the name right-justified in three columns, then a space (its controlling
 *  terminal); no terminal: "?? " */
function ttCell(p: Proc): string {
  const t = tt(p);
  return t === "??" ? " ?? " : t.slice(0, 3).padStart(3) + " ";
}

/** R runs, T stopped, Z zombie, S asleep, I asleep for more than 20 seconds, D a kernel wait;
 *  then s a session leader, + in the terminal's foreground group */
function state(p: Proc, ctx: CommandContext): string {
  let s: string;
  if (p.state === "zombie") s = "Z";
  else if (p.state === "stop") s = "T";
  else if (p.state === "run" && !waitsForForeground(p, ctx)) s = "R";
  else if (p.argv[0]?.startsWith("(")) s = "DL";
  else s = ctx.machine.clock.now() - p.start > 20 ? "I" : "S";
  if (p.sid === p.pid && !p.argv[0]?.startsWith("(")) s += "s";
  if (p.tty && p.tty.pgrp === p.pgid && p.state !== "zombie") s += "+";
  return s;
}

/**
 * A shell whose command runs in the foreground is in wait4(2) on a real system, asleep; the lab's
 * shell may still be on the run queue when its child runs first. It shows as the real one would.
 */
function waitsForForeground(p: Proc, ctx: CommandContext): boolean {
  if (p === ctx.sys.proc || !p.tty) return false;
  const fg = p.tty.pgrp;
  if (fg === p.pgid) return false;
  for (const c of ctx.machine.sched.table.values()) if (c.ppid === p.pid && c.pgid === fg && c.state !== "zombie") return true;
  return false;
}

/** cputime(): minutes:seconds.hundredths */
function cputime(p: Proc): string {
  const cs = Math.floor((p.steps * 100) / STEPS_PER_CPU_SECOND);
  const secs = Math.floor(cs / 100);
  return `${String(Math.floor(secs / 60)).padStart(3)}:${pad2(secs % 60)}.${pad2(cs % 100)}`;
}

/** the arguments, and the command's name in parentheses when argv[0] is not it (-sh (sh)) */
function command(p: Proc): string {
  if (p.state === "zombie") return "<defunct>";
  const args = p.argv.join(" ");
  const a0 = p.argv[0] ?? "";
  if (a0.startsWith("(")) return a0;
  const comm = a0.slice(a0.lastIndexOf("/") + 1).replace(/^-/, "").replace(/:$/, "");
  const base = a0.slice(a0.lastIndexOf("/") + 1);
  return base === comm ? args : `${args} (${comm})`;
}

/** a size in kilobytes that stays the same for the same program */
function size(p: Proc, scale: number): number {
  let h = 7;
  for (const c of p.comm) h = (h * 31 + c.charCodeAt(0)) % 997;
  return p.argv[0]?.startsWith("(") ? 0 : scale + (h % (scale / 2 || 1));
}

/** STARTED: the time today, the weekday this week, else the date */
function started(p: Proc, ctx: CommandContext): string {
  const now = ctx.machine.clock.now();
  const c = civil(p.start);
  const h = c.hour % 12 === 0 ? 12 : c.hour % 12;
  const ampm = c.hour < 12 ? "AM" : "PM";
  // strftime's %l pads the hour with a space
  if (now - p.start < 86400) return `${String(h).padStart(2)}:${pad2(c.minute)}${ampm}`;
  if (now - p.start < 7 * 86400) return `${WEEKDAYS[c.weekday]}${pad2(h)}${ampm}`;
  return `${pad2(c.day)}${MONTHS[c.month - 1]}${pad2(c.year % 100)}`;
}

const PID: Col = { head: "PID", width: 5, value: (p) => String(p.pid) };
// keyword.c: " TT", left-justified in 4; STAT's header right-justified, its value left (state())
const TT: Col = { head: " TT", width: 4, left: true, value: (p) => ttCell(p) };
const STAT: Col = { head: "STAT", width: 4, cellLeft: true, value: (p, c) => state(p, c) };
const TIME: Col = { head: "TIME", width: 9, value: (p) => cputime(p) };
const PPID: Col = { head: "PPID", width: 5, value: (p) => String(p.ppid) };

function layout(kind: string, names: ReturnType<typeof lazyNames>): Col[] {
  const user: Col = { head: "USER", width: 8, left: true, value: (p) => names.user(p.uid) ?? String(p.uid) };
  switch (kind) {
    case "u":
      return [user, PID, { head: "%CPU", width: 4, value: () => "0.0" }, { head: "%MEM", width: 4, value: (p) => (size(p, 64) / 640).toFixed(1) },
        { head: "VSZ", width: 5, value: (p) => String(size(p, 256)) }, { head: "RSS", width: 4, value: (p) => String(size(p, 128)) },
        TT, STAT, { head: "STARTED", width: 8, left: true, value: started }, TIME];
    case "l":
      return [{ head: "UID", width: 5, value: (p) => String(p.uid) }, PID, PPID, { head: "CPU", width: 3, value: () => "0" },
        { head: "PRI", width: 3, value: (p, c) => (state(p, c).startsWith("R") ? "28" : "10") }, { head: "NI", width: 2, value: () => "0" },
        { head: "VSZ", width: 5, value: (p) => String(size(p, 256)) }, { head: "RSS", width: 4, value: (p) => String(size(p, 128)) },
        { head: "WCHAN", width: 6, left: true, value: (p, c) => (/^[SI]/.test(state(p, c)) ? (p.comm.replace(/^-/, "").endsWith("sh") ? "wait" : "select") : "-") },
        STAT, TT, TIME];
    case "j":
      // SESS is the session's kernel address (less kernbase), in hex
      return [user, PID, PPID, { head: "PGID", width: 5, value: (p) => String(p.pgid) }, { head: "SESS", width: 6, value: (p) => (0xf2a000 + p.sid * 0x40).toString(16) },
        { head: "JOBC", width: 4, value: (p) => (p.tty ? "1" : "0") }, STAT, TT, TIME];
    default:
      return [PID, TT, STAT, TIME];
  }
}

function cell(c: Col, text: string): string {
  return c.left || c.cellLeft ? text.padEnd(c.width) : text.padStart(c.width);
}

function head(c: Col): string {
  return c.left ? c.head.padEnd(c.width) : c.head.padStart(c.width);
}

/**
 * kludge_oldps_options: the first word gets a dash (ps aux is ps -aux); a trailing t without a
 * dash means this terminal (T); a trailing number is a pid (ps 34 is ps -p34).
 */
function argsOf(argv: string[]): string[] {
  const a = argv.slice(1);
  const w = a[0];
  if (w === undefined || w === "") return a;
  let s = w.startsWith("-") ? w : "-" + w;
  if (!w.startsWith("-") && s.endsWith("t")) s = s.slice(0, -1) + "T";
  else {
    const m = /^(.*?)([0-9]+)$/.exec(s);
    if (m && !/[EUpt]$/.test(m[1]!) && !/t.$/.test(m[1]!)) s = `${m[1]}p${m[2]}`;
  }
  a[0] = s;
  return a;
}

function run(ctx: CommandContext): number {
  const r = getopt(argsOf(ctx.argv), "ajlp:Tt:uwx");
  let all = false;
  let noTty = false;
  let wide = 0;
  let kind = "";
  let pid: number | null = null;
  let term: string | null = null;
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      err(ctx, "ps.usage");
      return 1;
    }
    if (it.flag === "a") all = true;
    else if (it.flag === "x") noTty = true;
    else if (it.flag === "w") wide++;
    else if (it.flag === "p") {
      // -p shows the process whatever its terminal (ps.c: xflg = 1)
      pid = Number.parseInt(it.value!, 10) || 0;
      noTty = true;
    } else if (it.flag === "t") term = it.value!.replace(/^\/dev\//, "").replace(/^tty/, "");
    else if (it.flag === "T") term = ctx.sys.proc.tty ? tt(ctx.sys.proc) : "??";
    else kind = it.flag;
  }
  if (r.operands.length > 0) {
    err(ctx, "ps.usage");
    return 1;
  }
  const me = ctx.sys.proc.uid;
  let procs = [...ctx.machine.sched.table.values()].filter((p) => {
    // what ps asks the kernel for: one pid, one terminal's, the user's own (without -a), or all
    if (pid !== null ? p.pid !== pid : term !== null ? tt(p) !== term : !all && p.uid !== me) return false;
    return noTty || (p.tty !== null && p.state !== "zombie");
  });
  procs = procs.sort((a, b) => (a.tty ? 1 : 0) - (b.tty ? 1 : 0) || a.pid - b.pid);
  const cols = layout(kind, lazyNames(ctx));
  const header = cols.map(head).join(" ") + " COMMAND";
  // termwidth: the window's width less one, 79 when standard output is no terminal; -w makes it
  // at least 131, -ww takes the limit away
  let termwidth = ctx.stdout.isatty ? ctx.columns - 1 : 79;
  if (wide === 1) termwidth = Math.max(termwidth, 131);
  let out = header + "\n";
  for (const p of procs) {
    ctx.sys.charge(1);
    const line = cols.map((c) => cell(c, c.value(p, ctx))).join(" ") + " ";
    const cmd = command(p);
    out += line + (wide > 1 ? cmd : cmd.slice(0, Math.max(1, termwidth - line.length))) + "\n";
  }
  ctx.stdout.write(out);
  return 0;
}

export const bsdPs: CommandDef = {
  name: "ps",
  path: "/bin/ps",
  summary: "Process status.",
  flags: ["-a", "-j", "-l", "-p", "-t", "-u", "-w", "-x"],
  run,
  man: `ps Command

Purpose
       Process status.

Syntax
       ps [ -a ] [ -j | -l | -u ] [ -w ] [ -x ] [ -p PID ] [ -t Terminal ]

Description
       The ps command shows a line for each of your processes that has a
       controlling terminal: its PID, terminal (TT), state (STAT), processor
       time (TIME) and command. The flags may be given without a dash (ps
       aux). STAT is a letter (R runnable, S sleeping, I idle: asleep for
       more than 20 seconds, T stopped, Z dead, D in a wait of the kernel)
       and flags: s a session leader, + in the foreground process group of
       its terminal. A command whose name differs from its first argument is
       followed by the name in parentheses: -sh (sh).

Flags
       -a   Also the processes of other users.
       -j   Shows the user, parent, process group, session and job control
            count of each process.
       -l   Shows the uid, parent, CPU, priority, nice, sizes and wait
            channel.
       -p PID
            Shows the process with this PID only.
       -t Terminal
            Shows the processes of this terminal only (p0 or ttyp0).
       -u   Shows the user, %CPU, %MEM, sizes and start time of each process.
       -w   Does not cut the command at the width of the window.
       -x   Also the processes with no controlling terminal.

Exit Status
       0    The status was written.
       >0   An error occurred.
`,
};
