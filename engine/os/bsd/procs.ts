// The processes of a booted BSD/OS machine: init, the pagedaemon, what /etc/rc starts (update,
// syslogd, portmap, inetd, cron, sendmail, lpd, sshd) and the root login on ttyp0: sshd's
// session process for it and the login shell. Pids count up from 1 as the kernel hands them out
// (4.4BSD fork1: nextpid++), so the daemons of a boot have small numbers in start order.
// They only wait: the lab runs no daemon code.
import { isKernelError, kerr } from "../../kernel/errno.js";
import type { Machine } from "../../kernel/machine.js";
import type { Proc } from "../../kernel/proc/proc.js";
import type { Tty } from "../../kernel/proc/tty.js";
import type { PidAllocator } from "../../kernel/proc/sched.js";
import type { Vnode } from "../../kernel/vfs/vnode.js";
import type { Sys } from "../../kernel/sys.js";
import { STEPS_PER_CPU_SECOND } from "../aix/procs.js";

/** how long the machine has been up when the lab starts */
export const UPTIME_SECONDS = 2 * 86400 + 5 * 3600 + 41 * 60;

interface Daemon {
  pid: number;
  argv: string[];
  /** the program file it runs (its text); none for a kernel process */
  program?: string;
  parent?: number;
  /** seconds after boot it started */
  after: number;
  /** processor time used so far, in hundredths of a second */
  cpu: number;
}

// argv as rc starts them (by name, found in PATH); a kernel process has no arguments ps can
// read, and ps shows its name in parentheses
const DAEMONS: Daemon[] = [
  { pid: 2, argv: ["(pagedaemon)"], parent: 0, after: 0, cpu: 25 },
  { pid: 19, argv: ["update"], program: "/usr/sbin/update", after: 6, cpu: 140 },
  { pid: 27, argv: ["syslogd"], program: "/usr/sbin/syslogd", after: 7, cpu: 35 },
  { pid: 38, argv: ["portmap"], program: "/usr/sbin/portmap", after: 8, cpu: 2 },
  { pid: 61, argv: ["inetd"], program: "/usr/sbin/inetd", after: 9, cpu: 5 },
  { pid: 65, argv: ["cron"], program: "/usr/sbin/cron", after: 9, cpu: 30 },
  { pid: 71, argv: ["sendmail:", "accepting", "connections"], program: "/usr/sbin/sendmail", after: 10, cpu: 6 },
  { pid: 76, argv: ["lpd"], program: "/usr/sbin/lpd", after: 10, cpu: 1 },
  { pid: 84, argv: ["/usr/sbin/sshd"], program: "/usr/sbin/sshd", after: 11, cpu: 4 },
];

/** the first pid after the boot's own (the login's sshd session process takes it) */
const FIRST_FREE = 112;

/** init and the daemons, as the boot left them */
export function bootBsdProcesses(m: Machine, root: Vnode): void {
  const k = m.sched;
  const boot = m.clock.now() - UPTIME_SECONDS;
  const init = k.system({ pid: 1, ppid: 0, argv: ["/sbin/init", "--"], cwd: root, root, start: boot });
  init.steps = (3 * STEPS_PER_CPU_SECOND) / 100;
  for (const d of DAEMONS) {
    const p = k.system({ pid: d.pid, ppid: d.parent ?? init.pid, argv: d.argv, cwd: root, root, start: boot + d.after });
    p.steps = (d.cpu * STEPS_PER_CPU_SECOND) / 100;
  }
  k.pids = new BsdPids(FIRST_FREE);
}

/** the vnode at a path below `dir` (no mount crossing: / and its own files), or null */
function lookupPath(dir: Vnode, path: string): Vnode | null {
  let v = dir;
  for (const c of path.split("/")) {
    try {
      v = v.lookup(c);
    } catch (e) {
      if (!isKernelError(e)) throw e;
      return null;
    }
  }
  return v;
}

/** 4.4BSD fork1: the number after the last one handed out, skipping those in use; past PID_MAX
 *  (30000) it starts again at 100 */
export class BsdPids implements PidAllocator {
  constructor(private next: number) {}
  alloc(used: (pid: number) => boolean): number {
    for (let tries = 0; tries < 30000; tries++) {
      if (this.next >= 30000) this.next = 100;
      const pid = this.next++;
      if (!used(pid)) return pid;
    }
    // every number in use: fork fails as on a full process table
    throw kerr("EAGAIN");
  }
  free(): void {}
}

/**
 * What the running system holds in its file systems once they are mounted: each process's
 * program (its text, p_textvp), files of their own at their BSD/OS paths. These references keep
 * / and /usr busy for umount (kernel/vfs/refs.ts), as on a running BSD/OS. The programs belong
 * to bin:bin, mode 0555, as BSD installs them.
 */
export function holdPrograms(m: Machine, sys: Sys): void {
  const byPid = new Map<number, string>([[1, "/sbin/init"], ...DAEMONS.filter((d) => d.program).map((d) => [d.pid, d.program!] as const)]);
  for (const p of m.procs()) {
    const path = byPid.get(p.pid);
    if (path !== undefined) p.text = programFile(sys, path);
    // p_comm: the program's name, whatever the process made of its argv; a kernel process's own
    if (path !== undefined && path !== p.argv[0]) p.name = path.slice(path.lastIndexOf("/") + 1);
    else if (/^\(.*\)$/.test(p.argv[0] ?? "")) p.name = p.argv[0]!.slice(1, -1);
  }
}

/** the file of a program, made when the system has none yet (owned by bin:bin unless the system
 *  says otherwise) */
export function programFile(sys: Sys, path: string, owner = { uid: 3, gid: 7 }): Vnode {
  if (!sys.exists(path)) {
    const f = sys.open(path, { write: true, create: true }, 0o555);
    let h = 0;
    for (const c of path) h = (h * 31 + c.charCodeAt(0)) % 65521;
    f.vnode.setattr({ size: 8192 + h * 5, uid: owner.uid, gid: owner.gid, mode: 0o555 });
  }
  return sys.resolve(path);
}

/** the root login on ttyp0: sshd's process for the session, and the shell it started */
export function bsdLoginProcesses(m: Machine, tty: Tty, root: Vnode): Proc {
  const k = m.sched;
  const sshd = [...m.procs()].find((p) => p.argv[0] === "/usr/sbin/sshd");
  const session = k.system({ ppid: sshd?.pid ?? 1, argv: ["sshd:", "root@ttyp0"], cwd: root, root, start: m.clock.now() });
  session.text = sshd?.text ?? null;
  session.name = "sshd";
  // login(1) changes to the home directory before it execs the shell
  let home = root;
  try {
    home = root.lookup("root");
  } catch (e) {
    // no /root: the shell starts in /, as login does when it cannot chdir
    if (!isKernelError(e)) throw e;
  }
  const shell = k.create({ ppid: session.pid, argv: ["-sh"], cwd: home, root, tty });
  shell.text = lookupPath(root, "bin/sh");
  tty.sid = shell.pid;
  tty.pgrp = shell.pgid;
  return shell;
}
