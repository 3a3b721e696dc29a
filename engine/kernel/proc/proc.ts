// A process as the kernel keeps it: identity (pid, parent, process group, session), where it
// stands in the file tree (cwd, root), credentials, its open files, what it runs (argv and the
// coroutine that is its body), how it treats signals, and how it ended.
//
// What a process holds — its cwd, its root, the vnodes of its open files and the program it runs
// (text) — is, with the mounts and the loop driver's images, what makes a mount busy
// (kernel/vfs/refs.ts finds them all); fuser reports the first three.
import type { Vnode } from "../vfs/vnode.js";
import type { File } from "./file.js";
import type { Signal } from "./signal.js";
import type { Tty } from "./tty.js";
import { WaitQueue, type Co } from "./wait.js";

export type ProcState = "run" | "sleep" | "stop" | "zombie";

/** how a process ended: it called exit, or a signal ended it */
export type ExitStatus = { code: number } | { signal: Signal; core: boolean };

/** a change of a child that wait() reports */
export type ChildEvent =
  | { pid: number; kind: "exit"; status: ExitStatus }
  | { pid: number; kind: "stop"; signal: Signal }
  | { pid: number; kind: "cont" };

/** a resource limit as getrlimit(2) gives it: the soft limit (cur) and the hard one (max);
 *  Infinity is RLIM_INFINITY */
export interface Rlimit {
  cur: number;
  max: number;
}

export class Proc {
  ppid: number;
  pgid: number;
  sid: number;
  state: ProcState = "run";
  cwd: Vnode;
  root: Vnode;
  /** the program it runs: the executable's vnode, which the kernel holds while it runs (AIX's
   *  text file, BSD's p_textvp) — why a running system's /usr cannot be unmounted. Null where the
   *  lab runs no program file (its commands are the lab's own code); fork does not pass it on,
   *  since the lab's fork is also its exec. */
  text: Vnode | null = null;
  uid: number;
  gid: number;
  umask: number;
  /** ulimit -f in bytes: a write past it fails with EFBIG */
  fsizeLimit = Infinity;
  /** ulimit -d in bytes: what a command may hold in memory (more: ENOMEM, as malloc fails) */
  dataLimit = 128 << 20;
  /** getrlimit's limits by resource (core, data, stack, cpu, nofile, vmem, and fsize's hard
   *  limit), in bytes, seconds or descriptors, as the OS's boot gives them to every process
   *  (Scheduler.rlimits): the lab keeps and reports them (bash's ulimit, pfiles) but enforces
   *  only fsizeLimit, the soft file size, and its own dataLimit. Empty on a system whose boot
   *  gives none (AIX's ksh keeps its ulimits in the shell). */
  readonly rlimits = new Map<string, Rlimit>();
  /** descriptor → open file (shared with other descriptors and processes that dup'd it) */
  readonly fds = new Map<number, File>();
  /** what ps shows: the arguments the process was started with (a login shell's argv[0] is -ksh) */
  argv: string[];
  tty: Tty | null;
  /** machine clock when it started (ps STIME) */
  start: number;
  /** steps it has run (ps TIME) */
  steps = 0;
  /** its code: null before it starts, and after it ended */
  body: Co<number> | null = null;
  /** the queue it sleeps on */
  wchan: WaitQueue | null = null;
  /** on the run queue */
  queued = false;
  /** collects its children as soon as they end (init, and the system's processes that only wait) */
  autoReap = false;
  /** woken while stopped: it runs again when continued */
  wakePending = false;
  /** a signal that ends it the next time it gives the processor back (it was running then) */
  doomed: { signal: Signal; core: boolean } | null = null;
  /** a stop that takes effect the next time it gives the processor back */
  stopPending: Signal | null = null;
  status: ExitStatus | null = null;
  /** signals this process ignores or catches (the rest take their default action) */
  readonly handlers = new Map<Signal, "ignore" | "catch">();
  /** caught signals not yet handled, in the order they came */
  readonly pending: Signal[] = [];
  /** while above 0, a caught signal does not interrupt a wait (a shell waiting for its
   *  foreground job handles its traps after the job, as ksh does) */
  deferSignals = 0;
  /** what its parent has not yet collected with wait() */
  readonly events: ChildEvent[] = [];
  /** children it has made (it looks for its children only if it ever had some) */
  forks = 0;
  /** the machine time a sleep ends (null: not sleeping on the clock) */
  alarm: number | null = null;
  private _childq: WaitQueue | null = null;
  private _timerq: WaitQueue | null = null;

  /** the parent sleeps here waiting for a child (made when first needed: most processes never wait) */
  get childq(): WaitQueue {
    return (this._childq ??= new WaitQueue("wait"));
  }

  /** a sleep waits here for its alarm */
  get timerq(): WaitQueue {
    return (this._timerq ??= new WaitQueue("sleep"));
  }

  constructor(
    readonly pid: number,
    init: { ppid: number; pgid: number; sid: number; cwd: Vnode; root: Vnode; uid: number; gid: number; umask: number; argv: string[]; tty: Tty | null; start: number },
  ) {
    this.ppid = init.ppid;
    this.pgid = init.pgid;
    this.sid = init.sid;
    this.cwd = init.cwd;
    this.root = init.root;
    this.uid = init.uid;
    this.gid = init.gid;
    this.umask = init.umask;
    this.argv = init.argv;
    this.tty = init.tty;
    this.start = init.start;
  }

  /** the lowest descriptor not in use, from `from` (open, dup and pipe take it) */
  freeFd(from = 0): number {
    let fd = from;
    while (this.fds.has(fd)) fd++;
    return fd;
  }

  /** the host ends what the process waits for (the lab's step budget ends a shell's `wait`):
   *  its wait fails with EINTR as if a caught signal had come, and its code sees why */
  hostAbort = false;

  /** has a caught signal come that its code should handle (interrupting a wait: EINTR)? */
  get interrupted(): boolean {
    return (this.pending.length > 0 || this.hostAbort) && this.deferSignals === 0;
  }

  /** p_comm when it is not argv[0]'s last component: a process that rewrote its argv
   *  (setproctitle: `sshd: root@ttyp0`) still runs `sshd`; a kernel process has its own name */
  name: string | null = null;

  /** the command name (ps's CMD without -f, fstat's CMD) */
  get comm(): string {
    if (this.name !== null) return this.name;
    const a = this.argv[0] ?? "";
    return a.slice(a.lastIndexOf("/") + 1);
  }
}
