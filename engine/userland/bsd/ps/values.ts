// What BSD/OS's ps (bin/ps/print.c) shows of a process, from the lab's process table. What the
// lab does not model (sizes, priority, wait channel) are fixed values or functions of the pid
// and name; what it has no model for at all is the value a process with 0 there shows
// (docs/fidelity/bsd.md, "ps keywords").
import type { Proc } from "../../../kernel/proc/proc.js";
import { STEPS_PER_CPU_SECOND } from "../../../os/aix/procs.js";
import { civil, MONTHS, pad2, WEEKDAYS } from "../../common/lib.js";
import type { CommandContext } from "../../types.js";

/** the terminal as ps names it: ttyp0 → p0, the console co, none ?? */
export function tt(p: Proc): string {
  if (!p.tty || p.state === "zombie") return "??";
  const n = p.tty.name;
  if (n === "console") return "co";
  return n.startsWith("tty") ? n.slice(3) : n;
}

/** print.c tname(): the name right-justified in width-1 columns (cut to them), then a space (its
 *  controlling terminal); no terminal: "?? " right-justified */
export function ttCell(p: Proc, width: number): string {
  const t = tt(p);
  return t === "??" ? "?? ".padStart(width) : t.slice(0, width - 1).padStart(width - 1) + " ";
}

/** longtname(): the device's name (ttyp0, console), ?? with none */
export function ttyName(p: Proc): string {
  return !p.tty || p.state === "zombie" ? "??" : p.tty.name;
}

const kernelProc = (p: Proc): boolean => p.argv[0]?.startsWith("(") ?? false;

/** R runs, T stopped, Z zombie, S asleep, I asleep for more than 20 seconds, D a kernel wait;
 *  then s a session leader, + in the terminal's foreground group */
export function state(p: Proc, ctx: CommandContext): string {
  let s: string;
  if (p.state === "zombie") s = "Z";
  else if (p.state === "stop") s = "T";
  else if (p.state === "run" && !waitsForForeground(p, ctx)) s = "R";
  else if (kernelProc(p)) s = "DL";
  else s = ctx.machine.clock.now() - p.start > 20 ? "I" : "S";
  if (p.sid === p.pid && !kernelProc(p)) s += "s";
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

/** sl: seconds asleep (p_slptime), which the lab counts from the start as state()'s I does */
export function sleptFor(p: Proc, ctx: CommandContext): number {
  return /^[SI]/.test(state(p, ctx)) ? ctx.machine.clock.now() - p.start : 0;
}

/** cputime(): minutes:seconds.hundredths; a zombie's is 0 */
export function cputime(p: Proc): string {
  const cs = p.state === "zombie" ? 0 : Math.floor((p.steps * 100) / STEPS_PER_CPU_SECOND);
  const secs = Math.floor(cs / 100);
  return `${String(Math.floor(secs / 60)).padStart(3)}:${pad2(secs % 60)}.${pad2(cs % 100)}`;
}

/** fmt_argv(): the arguments, and the command's name in parentheses when argv[0] is not it
 *  (-sh (sh)) */
export function command(p: Proc): string {
  // a zombie has no address space to read its arguments from: fmt_argv's "(p_comm)"
  if (p.state === "zombie") return `(${ucomm(p)})`;
  const args = p.argv.join(" ");
  const a0 = p.argv[0] ?? "";
  if (a0.startsWith("(")) return a0;
  const comm = a0.slice(a0.lastIndexOf("/") + 1).replace(/^-/, "").replace(/:$/, "");
  const base = a0.slice(a0.lastIndexOf("/") + 1);
  return base === comm ? args : `${args} (${comm})`;
}

/** p_comm: the program's name (a login shell's -sh runs sh) */
export const ucomm = (p: Proc): string => p.comm.replace(/^-/, "");

/** a size in kilobytes that stays the same for the same program */
export function size(p: Proc, scale: number): number {
  let h = 7;
  for (const c of p.comm) h = (h * 31 + c.charCodeAt(0)) % 997;
  return kernelProc(p) ? 0 : scale + (h % (scale / 2 || 1));
}

/** STARTED: `%l:%M%p` today, `%a%I%p` this week, else `%e%b%y` */
export function started(p: Proc, ctx: CommandContext): string {
  const now = ctx.machine.clock.now();
  const c = civil(p.start);
  const h = c.hour % 12 === 0 ? 12 : c.hour % 12;
  const ampm = c.hour < 12 ? "AM" : "PM";
  if (now - p.start < 86400) return `${String(h).padStart(2)}:${pad2(c.minute)}${ampm}`;
  if (now - p.start < 7 * 86400) return `${WEEKDAYS[c.weekday]}${pad2(h)}${ampm}`;
  return `${String(c.day).padStart(2)}${MONTHS[c.month - 1]}${pad2(c.year % 100)}`;
}

/** lstart: `%a %b %e %H:%M:%S %Y` */
export function lstarted(p: Proc): string {
  const c = civil(p.start);
  return `${WEEKDAYS[c.weekday]} ${MONTHS[c.month - 1]} ${String(c.day).padStart(2)} ${pad2(c.hour)}:${pad2(c.minute)}:${pad2(c.second)} ${c.year}`;
}

/** -l's PRI (p_priority - PZERO): 10 asleep, 28 running */
export function pri(p: Proc, ctx: CommandContext): number {
  return state(p, ctx).startsWith("R") ? 28 : 10;
}

/** wchan's wait message: wait for a shell, select for another sleeper, - for one that runs */
export function wchan(p: Proc, ctx: CommandContext): string {
  if (!/^[SI]/.test(state(p, ctx))) return "-";
  return p.comm.replace(/^-/, "").endsWith("sh") ? "wait" : "select";
}

/** SESS: the session's kernel address (less kernbase), in hex */
export const sessAddr = (sid: number): string => (0xf2a000 + sid * 0x40).toString(16);
