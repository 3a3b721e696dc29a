// The processes of a booted Solaris 11.1 machine: the kernel's own (sched, pageout, fsflush, the
// zpool and kmem threads), init, the service manager (svc.startd, svc.configd) and the daemons
// SMF starts on a fresh install, and the root login on pts/1: sshd's process for the session and
// the login shell, -bash. Pids count up as the kernel hands them out, so the daemons of a boot have
// small numbers in start order. They only wait: the lab runs no daemon code.
import { isKernelError } from "../../kernel/errno.js";
import type { Machine } from "../../kernel/machine.js";
import type { Proc } from "../../kernel/proc/proc.js";
import type { Tty } from "../../kernel/proc/tty.js";
import type { Vnode } from "../../kernel/vfs/vnode.js";
import type { Sys } from "../../kernel/sys.js";
import { STEPS_PER_CPU_SECOND } from "../aix/procs.js";
import { BsdPids, programFile } from "../bsd/procs.js";

/** how long the machine has been up when the lab starts */
export const UPTIME_SECONDS = 3 * 86400 + 2 * 3600 + 17 * 60;

interface Daemon {
  pid: number;
  argv: string[];
  /** the program file it runs; none for a kernel process */
  program?: string;
  parent: number;
  uid?: number;
  /** seconds after boot it started */
  after: number;
  /** processor time used so far, in hundredths of a second */
  cpu: number;
  /** its working directory, when it is not / */
  cwd?: string;
}

const TTYMON = ["/usr/lib/saf/ttymon", "-g", "-d", "/dev/console", "-l", "console", "-m", "ldterm,ttcompat", "-h", "-p", "solaris console login: "];

/** in pid order; init is pid 1 (below) */
const DAEMONS: Daemon[] = [
  { pid: 0, argv: ["sched"], parent: 0, after: 0, cpu: 100 },
  { pid: 2, argv: ["pageout"], parent: 0, after: 0, cpu: 0 },
  { pid: 3, argv: ["fsflush"], parent: 0, after: 0, cpu: 1460 },
  { pid: 5, argv: ["zpool-rpool"], parent: 0, after: 0, cpu: 310 },
  { pid: 6, argv: ["kmem_task"], parent: 0, after: 0, cpu: 20 },
  { pid: 7, argv: ["intrd"], parent: 0, after: 1, cpu: 480 },
  { pid: 8, argv: ["vmtasks"], parent: 0, after: 1, cpu: 80 },
  { pid: 11, argv: ["/lib/svc/bin/svc.startd"], program: "/lib/svc/bin/svc.startd", parent: 1, after: 4, cpu: 210 },
  { pid: 13, argv: ["/lib/svc/bin/svc.configd"], program: "/lib/svc/bin/svc.configd", parent: 1, after: 4, cpu: 1050 },
  { pid: 45, argv: ["/usr/sbin/dlmgmtd"], program: "/usr/sbin/dlmgmtd", parent: 1, uid: 15, after: 6, cpu: 3 },
  { pid: 53, argv: ["/lib/inet/netcfgd"], program: "/lib/inet/netcfgd", parent: 1, uid: 17, after: 6, cpu: 4 },
  { pid: 68, argv: ["/usr/lib/pfexecd"], program: "/usr/lib/pfexecd", parent: 1, after: 7, cpu: 1 },
  { pid: 89, argv: ["/lib/inet/ipmgmtd"], program: "/lib/inet/ipmgmtd", parent: 1, uid: 16, after: 7, cpu: 6 },
  { pid: 107, argv: ["/lib/inet/in.mpathd"], program: "/lib/inet/in.mpathd", parent: 1, after: 8, cpu: 2 },
  { pid: 116, argv: ["/usr/lib/sysevent/syseventd"], program: "/usr/lib/sysevent/syseventd", parent: 1, after: 8, cpu: 5 },
  { pid: 166, argv: ["/lib/inet/nwamd"], program: "/lib/inet/nwamd", parent: 1, uid: 16, after: 9, cpu: 12 },
  { pid: 209, argv: ["/usr/lib/devfsadm/devfsadmd"], program: "/usr/lib/devfsadm/devfsadmd", parent: 1, after: 10, cpu: 40 },
  { pid: 395, argv: ["/usr/lib/zones/zonestatd"], program: "/usr/lib/zones/zonestatd", parent: 1, after: 14, cpu: 9 },
  { pid: 431, argv: ["/usr/sbin/rpcbind"], program: "/usr/sbin/rpcbind", parent: 1, uid: 1, after: 15, cpu: 2 },
  { pid: 452, argv: ["/usr/sbin/nscd"], program: "/usr/sbin/nscd", parent: 1, after: 15, cpu: 35 },
  { pid: 464, argv: ["/usr/lib/utmpd"], program: "/usr/lib/utmpd", parent: 1, after: 16, cpu: 0 },
  { pid: 487, argv: ["/usr/sbin/cron"], program: "/usr/sbin/cron", parent: 1, after: 16, cpu: 8, cwd: "/var/spool/cron/crontabs" },
  { pid: 495, argv: ["/usr/lib/inet/inetd", "start"], program: "/usr/lib/inet/inetd", parent: 1, after: 16, cpu: 7 },
  { pid: 510, argv: ["/usr/lib/fm/fmd/fmd"], program: "/usr/lib/fm/fmd/fmd", parent: 1, after: 17, cpu: 190 },
  { pid: 523, argv: ["/usr/sbin/syslogd"], program: "/usr/sbin/syslogd", parent: 1, after: 17, cpu: 3 },
  { pid: 557, argv: ["/usr/lib/ssh/sshd"], program: "/usr/lib/ssh/sshd", parent: 1, after: 18, cpu: 2 },
  { pid: 571, argv: TTYMON, program: "/usr/lib/saf/ttymon", parent: 11, after: 18, cpu: 1 },
  { pid: 588, argv: ["/usr/lib/rad/rad", "-sp"], program: "/usr/lib/rad/rad", parent: 1, after: 19, cpu: 14 },
  { pid: 603, argv: ["/usr/lib/sendmail", "-bd", "-q15m"], program: "/usr/lib/sendmail", parent: 1, after: 20, cpu: 5 },
  { pid: 605, argv: ["/usr/lib/sendmail", "-Ac", "-q15m"], program: "/usr/lib/sendmail", parent: 1, uid: 25, after: 20, cpu: 2 },
];

/** init as bootSolarisProcesses starts it */
const INIT: Daemon = { pid: 1, argv: ["/usr/sbin/init"], parent: 0, after: 2, cpu: 30 };

/** the first pid after the boot's own (the login's sshd process takes it) */
const FIRST_FREE = 1021;

/** the kernel's processes, init and the daemons, as the boot left them (all in /) */
export function bootSolarisProcesses(m: Machine, root: Vnode): void {
  const k = m.sched;
  const boot = m.clock.now() - UPTIME_SECONDS;
  const start = (d: Daemon) => {
    const p = k.system({ pid: d.pid, ppid: d.parent, argv: d.argv, cwd: root, root, uid: d.uid ?? 0, start: boot + d.after });
    p.steps = (d.cpu * STEPS_PER_CPU_SECOND) / 100;
  };
  const [kernel, daemons] = [DAEMONS.filter((d) => d.parent === 0), DAEMONS.filter((d) => d.parent !== 0)];
  for (const d of kernel) start(d);
  start(INIT);
  for (const d of daemons) start(d);
  k.pids = new BsdPids(FIRST_FREE);
}

/**
 * What the running system holds once its file systems are mounted: each daemon's program (its
 * text) on the root dataset, and cron's working directory in /var (cron works in its crontabs
 * directory). These references keep / and /var busy for umount (kernel/vfs/refs.ts), as on a
 * running Solaris. The programs belong to root:bin, mode 0555, as the packages install them.
 */
export function holdPrograms(m: Machine, sys: Sys): void {
  const owner = { uid: 0, gid: 2 };
  const byPid = new Map<number, Daemon>(DAEMONS.map((d) => [d.pid, d]));
  for (const p of m.procs()) {
    const d = p.pid === 1 ? { program: "/usr/sbin/init" } : byPid.get(p.pid);
    if (d?.program !== undefined) {
      p.text = programFile(sys, d.program, owner);
      // pr_fname: the program's last component, whatever its argv says
      p.name = d.program.slice(d.program.lastIndexOf("/") + 1);
    } else if (d !== undefined) p.name = p.argv[0] ?? null;
    const cwd = byPid.get(p.pid)?.cwd;
    if (cwd !== undefined) {
      sys.mkdirp(cwd);
      p.cwd = sys.resolve(cwd);
    }
  }
}

/** the root login on pts/1: sshd's process for the session, and the -bash it started */
export function solarisLoginProcesses(m: Machine, tty: Tty, root: Vnode): Proc {
  const k = m.sched;
  const sshd = [...m.procs()].find((p) => p.argv[0] === "/usr/lib/ssh/sshd");
  const session = k.system({ ppid: sshd?.pid ?? 1, argv: ["/usr/lib/ssh/sshd"], cwd: root, root, start: m.clock.now() });
  session.text = sshd?.text ?? null;
  session.name = "sshd";
  // login changes to the home directory before it execs the shell
  let home = root;
  try {
    home = root.lookup("root");
  } catch (e) {
    if (!isKernelError(e)) throw e;
  }
  const shell = k.create({ ppid: session.pid, argv: ["-bash"], cwd: home, root, tty });
  try {
    shell.text = root.lookup("usr").lookup("bin").lookup("bash");
  } catch (e) {
    if (!isKernelError(e)) throw e;
  }
  shell.name = "bash";
  tty.sid = shell.pid;
  tty.pgrp = shell.pgid;
  return shell;
}

/** a kernel process (SSYS: sched, pageout, fsflush, zpool-rpool …): no program, no descriptors
 *  to examine, no signals from users; the kernel started it (parent 0), init aside */
export function isSystemProcess(p: Proc): boolean {
  return p.pid === 0 || (p.ppid === 0 && p.pid !== 1);
}

/**
 * A restart (reboot.ts): the boot's processes begin again at `boot` — the same pids, as a fresh
 * kernel hands them out alike, every one at / — the processes in `keep` (the login's) go on at /
 * as if started at `loginAt`, and every other process is killed.
 */
export function restartSolarisProcesses(m: Machine, boot: number, keep: ReadonlySet<Proc>, loginAt: number): void {
  const root = m.mounts.all().find((x) => x.covered === null)!.vfs.root();
  const byPid = new Map<number, Daemon>([...DAEMONS, INIT].map((d) => [d.pid, d]));
  for (const p of [...m.procs()]) {
    const d = byPid.get(p.pid);
    if (d !== undefined && p.argv[0] === d.argv[0]) {
      p.start = boot + d.after;
      p.steps = (d.cpu * STEPS_PER_CPU_SECOND) / 100;
    } else if (!keep.has(p)) {
      m.sched.signal(p, "SIGKILL");
      continue;
    } else p.start = loginAt;
    p.cwd = root;
    p.root = root;
  }
}
