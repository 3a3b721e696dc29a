// The process table and the scheduler.
//
// Every process is a coroutine (a generator, see wait.ts). The scheduler keeps a run queue and
// resumes one process at a time for at most a quantum of steps; a process counts its own steps
// (`tick()` at each command, loop iteration and chunk of I/O) and gives the processor back when
// its quantum is used, or earlier when it must wait. `run(n)` runs processes until n steps are
// used or nobody can run, and returns to its host: the terminal UI draws a frame and reads the
// keyboard between two calls, the headless driver just calls again. Nothing here reads the host
// clock: the order in which processes run and how long each runs is counted in steps, so the same
// input gives the same output.
//
// Signals follow the real rules. SIGKILL ends a process at once; a signal the process catches
// (only shells catch: traps, and the interactive shell's SIGINT) is queued for it and wakes it if
// it sleeps, so the wait it was in fails with EINTR and its code handles the signal; otherwise
// the default action applies (end, end with a core, stop, continue, nothing). A process cannot be
// ended in the middle of its own turn — its code is running — so a signal it sends itself (SIGPIPE
// from a write) takes effect when it next gives the processor back, and its code never runs again.
//
// Time: a process that sleeps sets an alarm on the machine clock. The clock does not run by itself;
// the host moves it to the next alarm when that is all the machine is waiting for (headless: at
// once; the terminal: after waiting as long in real time).
import type { Clock } from "../clock.js";
import type { Vnode } from "../vfs/vnode.js";
import { closeFile, hold } from "./file.js";
import { Pipe } from "./pipe.js";
import { Proc, type ChildEvent, type ExitStatus, type Rlimit } from "./proc.js";
import { defaultAction, type Signal } from "./signal.js";
import { Tty } from "./tty.js";
import { WaitQueue, type Co } from "./wait.js";

/** what a turn of a process gave: its coroutine's step, or what its code threw (a bug of the lab) */
type Turn = IteratorResult<WaitQueue | undefined, number> | { crashed: unknown };

/** resume a process's coroutine for a turn */
function resume(p: Proc): Turn {
  try {
    return p.body!.next();
  } catch (e) {
    return { crashed: e };
  }
}

/** how many first turns may run inside each other (see startInline) */
const MAX_INLINE_DEPTH = 8;

export interface Waker {
  wake(q: WaitQueue): void;
}

export interface SchedulerOptions {
  /** steps a process runs before the others get their turn */
  quantum?: number;
  /** bytes a pipe holds */
  pipeCapacity?: number;
}

/** how a system numbers its processes (AIX: slot and generation; others: the next number) */
export interface PidAllocator {
  /** a pid not in use (`used` tells which are) */
  alloc(used: (pid: number) => boolean): number;
  /** the process left the table: its number may come back */
  free(pid: number): void;
  /** a process was made with this pid (the system's own at boot) */
  reserve?(pid: number): void;
}

/** 2, 3, 4 … as most systems count */
export class SequentialPids implements PidAllocator {
  private next = 2;
  alloc(used: (pid: number) => boolean): number {
    while (used(this.next)) this.next++;
    return this.next++;
  }
  free(): void {}
}

/** a queue nobody wakes: system processes that only wait (init, daemons) sleep on it */
const FOREVER = new WaitQueue("forever");

export class Scheduler implements Waker {
  /** every process that exists, zombies included, by pid */
  readonly table = new Map<number, Proc>();
  /** the process running now (null between turns) */
  current: Proc | null = null;
  /** steps run since the machine started */
  steps = 0;
  /** steps of the running turn that children's first turns used (startInline): theirs, not its */
  private lent = 0;
  /** first turns running inside each other now */
  private inlineDepth = 0;
  readonly quantum: number;
  readonly pipeCapacity: number;
  /** called when a process's code throws (a lab bug): the host says so and the session goes on */
  onCrash: ((p: Proc, e: unknown) => void) | null = null;
  private runq: Proc[] = [];
  private runHead = 0;
  private left = 0;
  private sleepers = new Set<Proc>();
  /** set by the OS personality at boot */
  pids: PidAllocator = new SequentialPids();
  /** the limits every new process starts with (the system's defaults: rlim_fd_cur …), set by
   *  the OS's boot; a fork copies its parent's */
  rlimits: ReadonlyMap<string, Rlimit> = new Map();

  constructor(
    readonly clock: Clock,
    opts: SchedulerOptions = {},
  ) {
    this.quantum = opts.quantum ?? 2000;
    this.pipeCapacity = opts.pipeCapacity ?? 32768;
  }

  // ---- steps ----

  /** one step of the running process: true when its quantum is used (then it must yield) */
  tick(): boolean {
    return --this.left <= 0;
  }

  /** `n` steps of work done at once (a chunk of bytes scanned); true when the quantum is used */
  charge(n: number): boolean {
    this.left -= n;
    return this.left <= 0;
  }

  /** some process can run now */
  get runnable(): boolean {
    for (let i = this.runHead; i < this.runq.length; i++) if (this.runq[i]!.state === "run") return true;
    return false;
  }

  /** the processes that can run now */
  *runnableProcs(): Generator<Proc> {
    for (let i = this.runHead; i < this.runq.length; i++) {
      const p = this.runq[i]!;
      if (p.state === "run" && p.body) yield p;
    }
  }

  /**
   * Run processes until `max` steps are used or nobody can run. Returns the steps used.
   */
  run(max: number): number {
    let ran = 0;
    while (ran < max) {
      const p = this.dequeue();
      if (p === null) break;
      const quantum = Math.min(this.quantum, max - ran);
      this.left = quantum;
      this.lent = 0;
      this.current = p;
      const r = resume(p);
      this.current = null;
      const used = Math.max(1, quantum - this.left);
      p.steps += Math.max(1, used - this.lent);
      ran += used;
      this.steps += used;
      this.afterTurn(p, r, false);
    }
    return ran;
  }

  private dequeue(): Proc | null {
    while (this.runHead < this.runq.length) {
      const p = this.runq[this.runHead++]!;
      p.queued = false;
      if (this.runHead > 1024 && this.runHead * 2 > this.runq.length) {
        this.runq = this.runq.slice(this.runHead);
        this.runHead = 0;
      }
      if (p.state === "run" && p.body) return p;
    }
    return null;
  }

  private enqueue(p: Proc): void {
    p.state = "run";
    if (p.queued) return;
    p.queued = true;
    this.runq.push(p);
  }

  private sleepOn(p: Proc, q: WaitQueue): void {
    p.state = "sleep";
    p.wchan = q;
    q.sleepers.push(p);
  }

  private unsleep(p: Proc): void {
    const q = p.wchan;
    if (q === null) return;
    const i = q.sleepers.indexOf(p);
    if (i >= 0) q.sleepers.splice(i, 1);
    p.wchan = null;
  }

  wake(q: WaitQueue): void {
    if (q.sleepers.length === 0) return;
    const all = q.sleepers.splice(0);
    for (const p of all) {
      p.wchan = null;
      if (p.state === "stop") p.wakePending = true;
      else if (p.state === "sleep") this.enqueue(p);
    }
  }

  // ---- processes ----

  newPid(): number {
    return this.pids.alloc((pid) => this.table.has(pid));
  }

  /** the process leaves the table (it was reaped) */
  private forget(pid: number): void {
    if (this.table.delete(pid)) this.pids.free(pid);
  }

  /** a new process leading its own session and group, not started (the login shell, a test's) */
  create(init: { pid?: number; ppid: number; argv: string[]; cwd: Vnode; root: Vnode; uid?: number; gid?: number; tty?: Tty | null }): Proc {
    const pid = init.pid ?? this.newPid();
    if (init.pid !== undefined) this.pids.reserve?.(pid);
    const p = new Proc(pid, {
      ppid: init.ppid, pgid: pid, sid: pid, cwd: init.cwd, root: init.root, uid: init.uid ?? 0, gid: init.gid ?? 0,
      umask: 0o022, argv: init.argv, tty: init.tty ?? null, start: this.clock.now(),
    });
    for (const [r, l] of this.rlimits) p.rlimits.set(r, { ...l });
    this.table.set(pid, p);
    return p;
  }

  /** a process of the system itself (init, a daemon): it only waits, for ever */
  system(init: { pid?: number; ppid: number; argv: string[]; cwd: Vnode; root: Vnode; uid?: number; start?: number }): Proc {
    const p = this.create(init);
    if (init.start !== undefined) p.start = init.start;
    p.autoReap = true;
    this.sleepOn(p, FOREVER);
    return p;
  }

  /**
   * fork(): a copy of `parent` — directories, credentials, limits, signal dispositions, process
   * group, terminal — sharing its open files. It runs `body` once started.
   */
  fork(parent: Proc, argv: string[] = parent.argv): Proc {
    const pid = this.newPid();
    const p = new Proc(pid, {
      ppid: parent.pid, pgid: parent.pgid, sid: parent.sid, cwd: parent.cwd, root: parent.root, uid: parent.uid,
      gid: parent.gid, umask: parent.umask, argv, tty: parent.tty, start: this.clock.now(),
    });
    parent.forks++;
    p.fsizeLimit = parent.fsizeLimit;
    p.dataLimit = parent.dataLimit;
    for (const [r, l] of parent.rlimits) p.rlimits.set(r, { ...l });
    for (const [fd, f] of parent.fds) p.fds.set(fd, hold(f));
    for (const [sig, h] of parent.handlers) p.handlers.set(sig, h);
    this.table.set(pid, p);
    return p;
  }

  /** the process starts running `body` (it goes to the front: a child runs before its parent goes on) */
  start(p: Proc, body: Co<number>): void {
    p.body = body;
    p.state = "run";
    p.queued = true;
    this.runq.splice(this.runHead, 0, p);
  }

  /**
   * The process starts running `body`, its first turn now, inside the turn of the running
   * process that made it (a shell that starts a command and will wait for it): a command that
   * never waits runs to its end without a trip through the run queue, and one that does waits
   * from where it got to. It is `current` meanwhile, so a signal it sends itself acts as in a turn
   * of its own; it uses what is left of the quantum, and its steps are its own. True when it
   * has ended (a zombie for its parent to collect); else it is asleep or runs next.
   */
  startInline(p: Proc, body: Co<number>): boolean {
    // each first turn inside another is a frame of the host's stack: past a few, a child waits
    // for its turn in the queue like any other (a script that runs itself, deeply nested ( ))
    if (this.inlineDepth >= MAX_INLINE_DEPTH || this.current === null) {
      this.start(p, body);
      return false;
    }
    const parent = this.current;
    const before = this.left;
    const lentBefore = this.lent;
    this.lent = 0;
    p.body = body;
    p.state = "run";
    this.current = p;
    this.inlineDepth++;
    const r = resume(p);
    this.current = parent;
    this.inlineDepth--;
    // the steps were taken from the parent's quantum: they are the child's (less what it lent on
    // to children of its own), and the parent's turn is charged without them
    const used = Math.max(1, before - this.left);
    p.steps += Math.max(0, used - this.lent);
    this.lent = lentBefore + used;
    return this.afterTurn(p, r, true);
  }

  /**
   * After a turn: the process ended (its code returned or threw, or a signal doomed it: true), or
   * it sleeps on the queue it yielded, or it goes on running (at the front of the queue when
   * `front`: a child's first turn, before its parent goes on).
   */
  private afterTurn(p: Proc, r: Turn, front: boolean): boolean {
    if ("crashed" in r) {
      this.onCrash?.(p, r.crashed);
      this.exit(p, p.doomed ?? { code: 1 });
      return true;
    }
    if (p.doomed) {
      this.exit(p, p.doomed);
      return true;
    }
    if (r.done) {
      this.exit(p, { code: r.value & 0xff });
      return true;
    }
    const q = r.value;
    if (q !== undefined && !p.interrupted) this.sleepOn(p, q);
    else if (!front) this.enqueue(p);
    else {
      p.state = "run";
      p.queued = true;
      this.runq.splice(this.runHead, 0, p);
    }
    if (p.stopPending) {
      const sig = p.stopPending;
      p.stopPending = null;
      this.stop(p, sig);
    }
    return false;
  }

  /** told of every exec (the machine turns it into an "exec" event: practice goals read it) */
  onExec: ((p: Proc, path: string) => void) | null = null;

  /** exec(): the process runs a new program: caught signals go back to their default action.
   *  `path`: the program's file, as the kernel resolved it (argv[0] when the caller has none) */
  exec(p: Proc, argv: string[], path: string = argv[0] ?? ""): void {
    p.argv = argv;
    this.onExec?.(p, path);
    for (const [sig, h] of p.handlers) if (h === "catch") p.handlers.delete(sig);
    p.pending.length = 0;
  }

  /** the process ends: its files close, its children go to init, its parent hears of it */
  exit(p: Proc, status: ExitStatus): void {
    if (p.state === "zombie") return;
    if (this.current === p) {
      // it cannot end during its own turn; it ends when it yields (see run)
      p.doomed = "signal" in status ? status : { signal: "SIGKILL", core: false };
      return;
    }
    for (const f of p.fds.values()) closeFile(f);
    p.fds.clear();
    this.unsleep(p);
    this.sleepers.delete(p);
    p.alarm = null;
    p.body = null;
    p.state = "zombie";
    p.status = status;
    p.pending.length = 0;
    if (p.forks > 0) {
      const groups = new Set<number>([p.pgid]);
      for (const c of this.table.values()) {
        if (c.ppid !== p.pid || c === p) continue;
        c.ppid = 1;
        if (c.state === "zombie" && this.autoReaps(1)) this.forget(c.pid);
        else groups.add(c.pgid);
      }
      for (const g of groups) this.orphaned(g);
    }
    const parent = this.table.get(p.ppid);
    if (!parent || parent.state === "zombie" || this.autoReaps(p.ppid)) {
      this.forget(p.pid);
      return;
    }
    parent.events.push({ pid: p.pid, kind: "exit", status });
    this.wake(parent.childq);
    this.signal(parent, "SIGCHLD");
  }

  /**
   * POSIX: a process group that an exit leaves orphaned (no member has a parent in another group
   * of its session, so no shell will ever continue it) and that has a stopped member gets SIGHUP
   * and then SIGCONT: what stopped is not left stopped for ever.
   */
  private orphaned(pgid: number): void {
    const members = this.group(pgid);
    if (!members.some((m) => m.state === "stop")) return;
    for (const m of members) {
      const parent = this.table.get(m.ppid);
      if (parent && parent.state !== "zombie" && parent.pgid !== pgid && parent.sid === m.sid) return;
    }
    this.signalGroup(pgid, "SIGHUP");
    this.signalGroup(pgid, "SIGCONT");
  }

  /** init (and a missing parent) collects its children as soon as they end */
  private autoReaps(pid: number): boolean {
    const p = this.table.get(pid);
    return !p || p.autoReap;
  }

  /**
   * wait(): the next change of a child of `parent` (of `pid` only when given, of any child in
   * process group -pid when negative). An ended child is removed from the table. null: none yet;
   * undefined: no such child at all (ECHILD).
   */
  waitChild(parent: Proc, pid = 0, untraced = true): ChildEvent | null | undefined {
    const match = (id: number) => {
      if (pid > 0) return id === pid;
      if (pid < 0) return this.table.get(id)?.pgid === -pid;
      return true;
    };
    const events = parent.events;
    for (let i = 0; i < events.length; i++) {
      const e = events[i]!;
      if (!match(e.pid) || !(untraced || e.kind === "exit")) continue;
      if (i === 0) events.shift();
      else events.splice(i, 1);
      if (e.kind === "exit") this.forget(e.pid);
      return e;
    }
    for (const c of this.table.values()) if (c.ppid === parent.pid && c !== parent && match(c.pid)) return null;
    return undefined;
  }

  /** the processes of a process group */
  group(pgid: number): Proc[] {
    const out: Proc[] = [];
    for (const p of this.table.values()) if (p.pgid === pgid && p.state !== "zombie") out.push(p);
    return out;
  }

  // ---- signals ----

  /** the host ends the wait of `p` (see Proc.hostAbort) */
  abortWait(p: Proc): void {
    p.hostAbort = true;
    if (p.state === "sleep" && p.deferSignals === 0) {
      this.unsleep(p);
      this.sleepers.delete(p);
      this.enqueue(p);
    }
  }

  /** send a signal to one process */
  signal(p: Proc, sig: Signal): void {
    if (p.state === "zombie") return;
    if (sig === "SIGKILL") {
      this.terminate(p, sig, false);
      return;
    }
    if (sig === "SIGCONT") this.cont(p);
    const h = p.handlers.get(sig);
    if (h === "ignore") return;
    if (h === "catch") {
      if (!p.pending.includes(sig)) p.pending.push(sig);
      // a caught signal interrupts a wait: the process runs and finds it
      if (p.state === "sleep" && p.deferSignals === 0) {
        this.unsleep(p);
        this.sleepers.delete(p);
        this.enqueue(p);
      }
      return;
    }
    switch (defaultAction(sig)) {
      case "term":
        this.terminate(p, sig, false);
        return;
      case "core":
        this.terminate(p, sig, true);
        return;
      case "stop":
        this.stop(p, sig);
        return;
      default:
        return;
    }
  }

  /**
   * kill(-1, sig): every process the sender may signal but the system's — pid 0 and init, and the
   * kernel's own (the children of pid 0: pageout and fsflush, AIX's kprocs) — and the sender too
   * unless `spareSender` (4.4BSD killpg1 skips `p == cp`; AIX and Solaris do not, so root's
   * `kill -9 -1` ends the login shell there). `sig` null: only whether there is any. False when
   * there is none (ESRCH).
   */
  signalAll(sender: Proc, sig: Signal | null, spareSender: boolean): boolean {
    const targets = [...this.table.values()].filter(
      (p) => p.pid > 1 && p.ppid !== 0 && p.state !== "zombie" && !(spareSender && p === sender) && (sender.uid === 0 || p.uid === sender.uid),
    );
    if (sig !== null) for (const p of targets) this.signal(p, sig);
    return targets.length > 0;
  }

  /** send a signal to every process of a group; false when the group is empty */
  signalGroup(pgid: number, sig: Signal): boolean {
    const members = this.group(pgid);
    for (const p of members) this.signal(p, sig);
    return members.length > 0;
  }

  private terminate(p: Proc, sig: Signal, core: boolean): void {
    if (this.current === p) {
      p.doomed ??= { signal: sig, core };
      return;
    }
    this.exit(p, { signal: sig, core });
  }

  private stop(p: Proc, sig: Signal): void {
    if (p.state === "stop" || p.state === "zombie") return;
    if (this.current === p) {
      p.stopPending = sig;
      return;
    }
    if (p.state === "run") p.wakePending = true;
    p.state = "stop";
    this.report(p, { pid: p.pid, kind: "stop", signal: sig });
  }

  private cont(p: Proc): void {
    if (p.state !== "stop") return;
    if (p.wchan !== null && !p.wakePending) p.state = "sleep";
    else {
      p.wakePending = false;
      this.unsleep(p);
      this.enqueue(p);
    }
    // a stop the parent has not collected yet is taken back (wait reports only a child that is
    // still stopped); one it has seen is followed by the news that the child runs again
    const parent = this.table.get(p.ppid);
    const i = parent ? parent.events.findIndex((e) => e.pid === p.pid && e.kind === "stop") : -1;
    if (i >= 0) parent!.events.splice(i, 1);
    else this.report(p, { pid: p.pid, kind: "cont" });
  }

  private report(p: Proc, e: ChildEvent): void {
    const parent = this.table.get(p.ppid);
    if (!parent || parent.state === "zombie") return;
    parent.events.push(e);
    this.wake(parent.childq);
    this.signal(parent, "SIGCHLD");
  }

  // ---- time ----

  /** the process sleeps until the machine clock reaches `at` (the caller yields p.timerq) */
  setAlarm(p: Proc, at: number): void {
    p.alarm = at;
    this.sleepers.add(p);
  }

  clearAlarm(p: Proc): void {
    p.alarm = null;
    this.sleepers.delete(p);
  }

  /** the earliest alarm set, or null */
  nextAlarm(): number | null {
    let next: number | null = null;
    for (const p of this.sleepers) if (p.alarm !== null && (next === null || p.alarm < next)) next = p.alarm;
    return next;
  }

  /** move the clock to `t` (never back) and wake the sleepers that are due */
  advanceTo(t: number): void {
    if (t > this.clock.exact()) this.clock.set(t);
    const now = this.clock.exact();
    for (const p of [...this.sleepers]) {
      if (p.alarm !== null && p.alarm <= now) {
        this.sleepers.delete(p);
        this.wake(p.timerq);
      }
    }
  }

  // ---- pipes ----

  pipe(): Pipe {
    const p = new Pipe(this.pipeCapacity, this);
    p.id = ++this.pipeCount;
    return p;
  }

  /** pipes made so far (each takes the next number) */
  private pipeCount = 0;

  /** a new terminal */
  tty(name: string, outCapacity: number): Tty {
    return new Tty(name, outCapacity, this);
  }
}
