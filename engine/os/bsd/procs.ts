// The processes of a booted BSD/OS machine: init, the pagedaemon, what /etc/rc starts (update,
// syslogd, portmap, inetd, cron, sendmail, lpd) and the root login on ttyp0: inetd's telnetd
// and the login shell login(1) became. Pids count up from 1 as the kernel hands them out
// (4.4BSD fork1: nextpid++), so the daemons of a boot have small numbers in start order.
// They only wait: the lab runs no daemon code.
import { isKernelError, kerr } from "../../kernel/errno.js";
import type { Machine } from "../../kernel/machine.js";
import type { Proc } from "../../kernel/proc/proc.js";
import type { Tty } from "../../kernel/proc/tty.js";
import type { PidAllocator } from "../../kernel/proc/sched.js";
import type { Vnode } from "../../kernel/vfs/vnode.js";
import { STEPS_PER_CPU_SECOND } from "../aix/procs.js";

/** how long the machine has been up when the lab starts */
export const UPTIME_SECONDS = 2 * 86400 + 5 * 3600 + 41 * 60;

interface Daemon {
  pid: number;
  argv: string[];
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
  { pid: 19, argv: ["update"], after: 6, cpu: 140 },
  { pid: 27, argv: ["syslogd"], after: 7, cpu: 35 },
  { pid: 38, argv: ["portmap"], after: 8, cpu: 2 },
  { pid: 61, argv: ["inetd"], after: 9, cpu: 5 },
  { pid: 65, argv: ["cron"], after: 9, cpu: 30 },
  { pid: 71, argv: ["sendmail:", "accepting", "connections"], after: 10, cpu: 6 },
  { pid: 76, argv: ["lpd"], after: 10, cpu: 1 },
];

/** the first pid after the boot's own (the login's telnetd takes it) */
const FIRST_FREE = 112;

const boots = new WeakMap<Machine, number>();

/** the machine's boot time on its clock */
export function bsdBootTime(m: Machine): number {
  return boots.get(m) ?? m.clock.now();
}

/** init and the daemons, as the boot left them */
export function bootBsdProcesses(m: Machine, root: Vnode): void {
  const k = m.sched;
  const boot = m.clock.now() - UPTIME_SECONDS;
  boots.set(m, boot);
  const init = k.system({ pid: 1, ppid: 0, argv: ["/sbin/init", "--"], cwd: root, root, start: boot });
  init.steps = (3 * STEPS_PER_CPU_SECOND) / 100;
  for (const d of DAEMONS) {
    const p = k.system({ pid: d.pid, ppid: d.parent ?? init.pid, argv: d.argv, cwd: root, root, start: boot + d.after });
    p.steps = (d.cpu * STEPS_PER_CPU_SECOND) / 100;
  }
  k.pids = new BsdPids(FIRST_FREE);
}

/** 4.4BSD fork1: the number after the last one handed out, skipping those in use; past PID_MAX
 *  (30000) it starts again at 100 */
class BsdPids implements PidAllocator {
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

/** the root login on ttyp0: inetd's telnetd, and the shell login(1) exec'd into */
export function bsdLoginProcesses(m: Machine, tty: Tty, root: Vnode): Proc {
  const k = m.sched;
  const inetd = [...m.procs()].find((p) => p.argv[0] === "inetd");
  const telnetd = k.system({ ppid: inetd?.pid ?? 1, argv: ["telnetd"], cwd: root, root, start: m.clock.now() });
  // login(1) changes to the home directory before it execs the shell
  let home = root;
  try {
    home = root.lookup("root");
  } catch (e) {
    // no /root: the shell starts in /, as login does when it cannot chdir
    if (!isKernelError(e)) throw e;
  }
  const shell = k.create({ ppid: telnetd.pid, argv: ["-sh"], cwd: home, root, tty });
  tty.sid = shell.pid;
  tty.pgrp = shell.pgid;
  return shell;
}
