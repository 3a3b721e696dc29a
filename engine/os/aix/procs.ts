// The processes of a booted AIX 7.2 LPAR, as ps -ef shows them: init, the SRC-controlled daemons,
// sshd, and the root login on pts/0. Names and parentage follow real AIX 7.x listings (a
// cfengine capture and others, see docs/fidelity/aix.md); the pids are AIX's slot-and-generation
// pids at slots a boot could have left them in. They only wait: the lab runs no daemon code.
import { MemVfs } from "../../kernel/fs/memfs/memfs.js";
import type { Machine } from "../../kernel/machine.js";
import { OpenFile } from "../../kernel/sys.js";
import type { Proc } from "../../kernel/proc/proc.js";
import type { Tty } from "../../kernel/proc/tty.js";
import type { Mount } from "../../kernel/vfs/mount.js";
import type { Vfs, Vnode } from "../../kernel/vfs/vnode.js";
import { aixPid, AixPids } from "./pids.js";

/** how long the LPAR has been up when the lab starts (the daemons' STIME is that far back) */
export const UPTIME_SECONDS = 3 * 86400 + 4 * 3600 + 17 * 60;

interface Daemon {
  argv: string[];
  slot: number;
  gen: number;
  /** the parent's argv[0]; init by default */
  parent?: string;
  /** CPU seconds used so far */
  cpu?: number;
  /** seconds after boot it started */
  after?: number;
  /** the program file it runs, where that is not argv[0] */
  program?: string;
}

/** RSCT 3.2 (AIX 7.2) installs in /opt/rsct; /usr/sbin/rsct is a symbolic link to it, so the
 *  resource managers started by that name run programs of the /opt file system */
const RSCT = "/opt/rsct/bin/";

const DAEMONS: Daemon[] = [
  { argv: ["/usr/ccs/bin/shlap64"], slot: 0x09, gen: 0x33, after: 2 },
  { argv: ["/usr/lib/errdemon"], slot: 0x1c, gen: 0x28, after: 9 },
  { argv: ["/usr/sbin/syncd", "60"], slot: 0x20, gen: 0x5d, cpu: 14, after: 9 },
  { argv: ["/usr/sbin/srcmstr"], slot: 0x34, gen: 0x64, after: 11 },
  { argv: ["/usr/sbin/syslogd"], slot: 0x42, gen: 0x6e, parent: "/usr/sbin/srcmstr", after: 12 },
  { argv: ["/usr/sbin/portmap"], slot: 0x44, gen: 0x12, parent: "/usr/sbin/srcmstr", after: 12 },
  { argv: ["/usr/sbin/inetd"], slot: 0x46, gen: 0x3a, parent: "/usr/sbin/srcmstr", after: 12 },
  { argv: ["sendmail:", "accepting", "connections"], slot: 0x49, gen: 0x0b, parent: "/usr/sbin/srcmstr", after: 13, program: "/usr/sbin/sendmail" },
  { argv: ["/usr/sbin/snmpd"], slot: 0x4c, gen: 0x51, parent: "/usr/sbin/srcmstr", cpu: 3, after: 13 },
  { argv: ["/usr/sbin/qdaemon"], slot: 0x50, gen: 0x1f, parent: "/usr/sbin/srcmstr", after: 14 },
  { argv: ["/usr/sbin/writesrv"], slot: 0x52, gen: 0x47, parent: "/usr/sbin/srcmstr", after: 14 },
  { argv: ["/usr/sbin/rsct/bin/rmcd", "-a", "IBM.LPCommands", "-r"], slot: 0x55, gen: 0x08, parent: "/usr/sbin/srcmstr", cpu: 21, after: 15, program: RSCT + "rmcd" },
  { argv: ["/usr/sbin/cron"], slot: 0x5a, gen: 0x61, cpu: 1, after: 15 },
  { argv: ["/usr/sbin/rsct/bin/IBM.ServiceRMd"], slot: 0x5e, gen: 0x71, parent: "/usr/sbin/srcmstr", after: 16, program: RSCT + "IBM.ServiceRMd" },
  { argv: ["/usr/sbin/rsct/bin/IBM.DRMd"], slot: 0x60, gen: 0x27, parent: "/usr/sbin/srcmstr", after: 16, program: RSCT + "IBM.DRMd" },
  { argv: ["/usr/sbin/uprintfd"], slot: 0x63, gen: 0x59, after: 17 },
  { argv: ["/usr/sbin/sshd"], slot: 0x2e, gen: 0x3c, parent: "/usr/sbin/srcmstr", after: 13 },
];

const boots = new WeakMap<Machine, number>();

/** the machine's boot time on its clock */
export function bootTime(m: Machine): number {
  return boots.get(m) ?? m.clock.now();
}

/** init and the daemons, as a boot left them */
export function bootProcesses(m: Machine, root: Vnode): void {
  const k = m.sched;
  k.pids = new AixPids();
  const boot = m.clock.now() - UPTIME_SECONDS;
  boots.set(m, boot);
  const init = k.system({ pid: 1, ppid: 0, argv: ["/etc/init"], cwd: root, root, start: boot });
  init.steps = cpuSteps(1);
  const byName = new Map<string, Proc>([["/etc/init", init]]);
  for (const d of DAEMONS) {
    const parent = byName.get(d.parent ?? "/etc/init") ?? init;
    const p = k.system({ pid: aixPid(d.slot, d.gen), ppid: parent.pid, argv: d.argv, cwd: root, root, start: boot + (d.after ?? 0) });
    p.steps = cpuSteps(d.cpu ?? 0);
    byName.set(d.argv[0]!, p);
  }
}

/**
 * What the running system holds in its file systems, once they are mounted: each daemon's
 * program (its text) and errdemon's error log, open for writing. These are the references that
 * keep /, /usr, /opt and /var busy for umount (vfs/refs.ts), as on a real LPAR. The files are
 * ones the lab does not list (memfs unlisted: in the base counts, in no directory).
 */
export function holdSystemFiles(m: Machine): void {
  const files = new Map<string, Vnode>();
  const unlisted = (path: string, mode: number): Vnode | null => {
    let v = files.get(path);
    if (!v) {
      const vfs = vfsOfPath(m, path);
      if (!(vfs instanceof MemVfs)) return null;
      v = vfs.unlisted(mode);
      files.set(path, v);
    }
    return v;
  };
  const byArgv0 = new Map([["/etc/init", "/etc/init"], ...DAEMONS.map((d) => [d.argv[0]!, d.program ?? d.argv[0]!] as const)]);
  for (const p of m.procs()) {
    const program = byArgv0.get(p.argv[0] ?? "");
    if (program) p.text = unlisted(program, 0o555);
  }
  const errdemon = [...m.procs()].find((p) => p.argv[0] === "/usr/lib/errdemon");
  const log = unlisted("/var/adm/ras/errlog", 0o664);
  if (errdemon && log) errdemon.fds.set(errdemon.freeFd(3), new OpenFile(log, { read: true, write: true }));
}

/** the file system a path is in, by the mount points' names (the files need not exist) */
function vfsOfPath(m: Machine, path: string): Vfs | undefined {
  let best: Mount | null = null;
  for (const mt of m.mounts.all()) {
    const inside = mt.path === "/" || path === mt.path || path.startsWith(mt.path + "/");
    if (inside && (!best || mt.path.length > best.path.length)) best = mt;
  }
  return best?.vfs;
}

/** the root login on the terminal: sshd's session process and the login shell (not started) */
export function loginProcesses(m: Machine, tty: Tty, root: Vnode): Proc {
  const k = m.sched;
  const sshd = [...m.procs()].find((p) => p.argv[0] === "/usr/sbin/sshd");
  const session = k.system({ pid: aixPid(0x33, 0x67), ppid: sshd?.pid ?? 1, argv: ["sshd:", "root@pts/0"], cwd: root, root, start: m.clock.now() });
  const shell = k.create({ pid: aixPid(0x3f, 0x67), ppid: session.pid, argv: ["-ksh"], cwd: root, root, tty });
  tty.sid = shell.pid;
  tty.pgrp = shell.pgid;
  return shell;
}

/** the steps of processor time that ps shows as `seconds` */
export function cpuSteps(seconds: number): number {
  return seconds * STEPS_PER_CPU_SECOND;
}

/** steps counted as one second of processor time (ps TIME) */
export const STEPS_PER_CPU_SECOND = 2_000_000;
