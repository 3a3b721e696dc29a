// What ps reads about each process, from the kernel's process table: one snapshot per run (the
// widths AIX's ps computes from the whole table: PidLen, UidLen) and the values of each column.
//
// Most columns are the kernel's state: pid, parent, group, session, terminal, user, start time,
// processor time (steps) and the state (A for a process that runs or sleeps, T stopped, Z a
// zombie: AIX's process states, ps.c PI_STAT "O???IZTAW?"). F is computed from that state with
// AIX's p_flag bits (sys/proc.h). What the lab does not model — memory sizes, the address space,
// the wait channel's address, priority and nice — are fixed values or functions of the pid and
// the command, so the same machine always prints the same thing (docs/fidelity/aix.md lists them).
import { cFixed } from "../../common/cformat.js";
import type { Proc } from "../../../kernel/proc/proc.js";
import { bootTime, STEPS_PER_CPU_SECOND } from "../../../os/aix/procs.js";
import { civil, lazyNames, MONTHS, pad2 } from "../../common/lib.js";
import type { CommandContext } from "../../types.js";

export interface Snap {
  /** every process, by ascending pid (AIX's table order: the slot is the pid's high bits) */
  procs: Proc[];
  byPid: Map<number, Proc>;
  /** digits of the largest pid in the table */
  pidLen: number;
  /** digits of the largest uid in the table, 3 to 8 */
  uidLen: number;
  /** the width of STIME (08:15:00 or Nov 24) */
  dateLen: number;
  now: number;
  boot: number;
  /** processors (%CPU is divided by them) */
  cpus: number;
  names: ReturnType<typeof lazyNames>;
  orphaned: Map<number, boolean>;
}

export function snapshot(ctx: CommandContext): Snap {
  const procs = [...ctx.machine.sched.table.values()].sort((a, b) => a.pid - b.pid);
  const digits = (n: number) => String(Math.max(0, n)).length;
  let cpus = 0;
  for (const d of ctx.machine.odm?.get("CuDv") ?? []) if (String(d.PdDvLn).startsWith("processor/") && Number(d.status) === 1) cpus++;
  return {
    procs,
    byPid: new Map(procs.map((p) => [p.pid, p])),
    pidLen: digits(Math.max(0, ...procs.map((p) => p.pid))),
    uidLen: Math.min(8, Math.max(3, digits(Math.max(0, ...procs.map((p) => p.uid))))),
    dateLen: 8,
    now: Math.floor(ctx.machine.clock.now()),
    boot: bootTime(ctx.machine),
    cpus: Math.max(1, cpus),
    names: lazyNames(ctx),
    orphaned: new Map(),
  };
}

// ---- identity ----

/** the terminal as ps names it: pts/0, - without one, cons for the console */
export function ttyOf(p: Proc): string {
  if (p.state === "zombie" || !p.tty) return "-";
  return p.tty.name === "console" ? "cons" : p.tty.name;
}

/** the command name (u_comm): the file executed, without its directory; a login shell's - dropped */
export function commOf(p: Proc): string {
  // a daemon that rewrote its arguments (sshd: root@pts/0) keeps its program's name
  return printable(p.comm.replace(/^-/, "").replace(/:$/, ""));
}

/** the argument list as ps -f shows it: every argument followed by a blank */
export function argsOf(p: Proc): string {
  return printable(p.argv.map((a) => a + " ").join(""));
}

/** ps replaces what cannot be printed with ? */
function printable(s: string): string {
  return s.replace(/[\x00-\x1f\x7f]/g, "?");
}

/** at most `len` columns of `s` (print_comm) */
export function clip(s: string, len: number): string {
  return len <= 0 ? "" : s.slice(0, len);
}

export function userName(snap: Snap, uid: number): string | undefined {
  return snap.names.user(uid);
}

export function groupName(snap: Snap, gid: number): string | undefined {
  return snap.names.group(gid);
}

// ---- state ----

/** the S and STAT letter: A active (running or sleeping), T stopped, Z zombie */
export function stat(p: Proc): string {
  return p.state === "stop" ? "T" : p.state === "zombie" ? "Z" : "A";
}

/** processor time in whole seconds */
export function cpuSecs(p: Proc): number {
  return Math.floor(p.steps / STEPS_PER_CPU_SECOND);
}

/** TIME as -f, -l and BSD print it: minutes (not capped) and seconds, %2ld:%.2ld */
export function mmss(secs: number): string {
  return `${String(Math.floor(secs / 60)).padStart(2)}:${pad2(secs % 60)}`;
}

/** mktimestr: TIME [dd-]hh:mm:ss, ELAPSED [[dd-]hh:]mm:ss */
export function timeStr(secs: number, elapsed: boolean): string {
  const hh = Math.floor(secs / 3600);
  const dd = Math.floor(hh / 24);
  const h = hh % 24;
  const mmss2 = `${pad2(Math.floor((secs % 3600) / 60))}:${pad2(secs % 60)}`;
  if (dd > 0) return `${dd}-${pad2(h)}:${mmss2}`;
  if (h > 0 || !elapsed) return `${pad2(h)}:${mmss2}`;
  return mmss2;
}

/** STIME: the time of day for a process started less than 24 hours ago, else month and day */
export function stime(p: Proc, now: number): string {
  const c = civil(p.start);
  if (now - p.start < 86400) return `${pad2(c.hour)}:${pad2(c.minute)}:${pad2(c.second)}`;
  return `${MONTHS[c.month - 1]} ${pad2(c.day)}`;
}

/** %CPU: processor time over the time since the process started, shared by the processors */
export function pcpu(p: Proc, snap: Snap): number {
  const elapse = snap.now - Math.floor(p.start);
  return elapse > 0 ? ((cpuSecs(p) / elapse) * 100) / snap.cpus : 0;
}

/** C's %.1f (a tie to the even digit) */
export function fixed1(x: number): string {
  return cFixed(x, 1);
}

// ---- p_flag (AIX sys/proc.h) ----

const SLOAD = 0x1;
const SNOSWAP = 0x2;
const SSIGNOCHLD = 0x400;
const SORPHANPGRP = 0x40000;
const SEXECED = 0x200000;

const SHELLS = new Set(["ksh", "sh", "ksh93", "bsh", "csh", "psh", "rksh", "tsh"]);

/**
 * F: in memory (always), init cannot be swapped, a shell asks for SIGCHLD, the process group is
 * orphaned (no member's parent is in another group of the session: daemons, a login session),
 * the process has exec'd (not a subshell, which shares its parent's arguments). Real values:
 * init 200003, sshd 240001, an interactive shell 200401, a subshell 401, sleep 200001.
 */
export function flags(p: Proc, snap: Snap): number {
  let f = SLOAD;
  if (p.pid === 1) f |= SNOSWAP;
  if (SHELLS.has(commOf(p))) f |= SSIGNOCHLD;
  if (p.pid !== 1 && orphaned(p.pgid, snap)) f |= SORPHANPGRP;
  if (p.argv !== snap.byPid.get(p.ppid)?.argv) f |= SEXECED;
  return f;
}

function orphaned(pgid: number, snap: Snap): boolean {
  let o = snap.orphaned.get(pgid);
  if (o === undefined) {
    o = true;
    for (const m of snap.procs) {
      if (m.pgid !== pgid) continue;
      const parent = snap.byPid.get(m.ppid);
      if (parent && parent.pgid !== pgid && parent.sid === m.sid) o = false;
    }
    snap.orphaned.set(pgid, o);
  }
  return o;
}

/** the lab has no nice: every process runs at AIX's default (NI 20, PRI 60 with C 0) */
export const NICE = 20;
export const PRI = 60;
/** C: recent processor use; the lab does not decay usage, so 0 */
export const CPU = 0;

// ---- what the lab does not model: fixed per command, or a function of the pid ----

/** a stable 32-bit mix of n */
function mix(n: number): number {
  let x = Math.imul(n ^ 0x5bd1e995, 0x9e3779b1);
  x ^= x >>> 15;
  return Math.imul(x, 0x85ebca6b) >>> 0;
}

/** ADDR: the segment of the process's address space (hex, like b227a9480) */
export function addr(p: Proc): string {
  return ((mix(p.pid) & 0xfffffff) | 0x1000000).toString(16) + "480";
}

interface Sizes {
  /** SZ, SIZE, VSZ: data pages in KB */
  sz: number;
  /** TSIZ: the program text in KB */
  tsiz: number;
  /** TRS: text in memory, KB */
  trs: number;
}

const SIZES: Record<string, [number, number, number]> = {
  init: [764, 32, 28],
  shlap64: [436, 12, 8],
  errdemon: [1004, 64, 48],
  syncd: [484, 4, 4],
  srcmstr: [936, 56, 44],
  syslogd: [448, 40, 32],
  portmap: [372, 24, 20],
  inetd: [476, 44, 36],
  "sendmail:": [1312, 620, 480],
  snmpd: [1148, 316, 232],
  qdaemon: [384, 44, 36],
  writesrv: [396, 24, 20],
  rmcd: [4712, 912, 600],
  cron: [432, 36, 28],
  "IBM.ServiceRMd": [3876, 412, 320],
  "IBM.DRMd": [4052, 520, 396],
  uprintfd: [212, 4, 4],
  sshd: [1160, 536, 404],
  "sshd:": [1196, 536, 404],
  ksh: [416, 276, 228],
  sh: [416, 276, 228],
  sleep: [168, 4, 4],
  ps: [392, 56, 48],
};

export function sizes(p: Proc): Sizes {
  const [sz, tsiz, trs] = SIZES[p.comm.replace(/^-/, "")] ?? [224, 16, 12];
  return { sz, tsiz, trs };
}

/** RSS: what is in memory, data and text */
export function rss(p: Proc): number {
  const s = sizes(p);
  return s.sz + s.trs;
}

/** PGIN: page faults that read the disk; the boot's daemons have some, the lab's commands none */
export function pgin(p: Proc, snap: Snap): number {
  return p.start < snap.boot + 3600 ? mix(p.pid) % 97 : 0;
}

/** the queues several processes may sleep on (the others are a process's own) */
const SHARED = new Set(["pipe", "ttyin", "ttyout", "follow"]);

/** the wait channel of a sleeping process: an address (nwchan, -l) and the kind of wait (wchan, l) */
export function wchan(p: Proc): { addr: string; type: string } | null {
  const q = p.wchan;
  if (p.state !== "sleep" || q === null) return null;
  // a queue of its own (its children, its timer) or one it shares (a pipe, the terminal): those
  // sleeping on the same queue show the same channel
  const own = !SHARED.has(q.name);
  const basis = own ? p.pid : Math.min(...q.sleepers.map((s) => s.pid), p.pid);
  let salt = 0;
  for (const c of q.name) salt = (salt * 31 + c.charCodeAt(0)) | 0;
  const low = ((mix(basis ^ salt) & 0x3ffffff8) >>> 0).toString(16).padStart(8, "0");
  return { addr: "f1000e00" + low, type: "EVENT" };
}
