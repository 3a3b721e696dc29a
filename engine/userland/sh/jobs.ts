// The job table: what the shell started and has not yet seen end. A job is a command line's
// pipeline in the foreground or in the background (`&`), with the processes it started; ksh
// numbers them from 1, the newest is the current one (+), the one before it the previous (-).
//
// The lines ksh prints about jobs have one form, from ksh88's job_list():
//   "[" N "] " MARK " " MESSAGE PADDING COMMAND
// MESSAGE is " Done", " Done(N)", " Running" (each with a leading blank) or the text of the
// signal that ended or stopped it ("Terminated", "Stopped"); PADDING fills MESSAGE to 25
// columns; COMMAND is the command line as typed. ksh counts the width of "Done(N)" one short when
// N is 10 or 100 (it tests n>10 and n>100): reproduced.
import type { ChildEvent, ExitStatus } from "../../kernel/proc/proc.js";
import type { Signal } from "../../kernel/proc/signal.js";
import type { Termios } from "../../kernel/proc/tty.js";
import type { AndOr, Command, Pipeline } from "../../../grammar/ast.js";
import type { Shell } from "./interp.js";
import { ashNotices, ashSayChild } from "./jobs-ash.js";
import { bashNotices } from "./jobs-bash.js";

const MAXMSG = 25;

/** what a process of a job was started to run (ash lists each process by its command) */
export type JobNode = Command | Pipeline | AndOr;

export interface JobProc {
  pid: number;
  status: ExitStatus | null;
  /** the signal that stopped it, while stopped */
  stopped: Signal | null;
  /** the command it runs, when the shell knows it */
  node?: JobNode | null;
}

export class Job {
  id = 0;
  readonly procs: JobProc[] = [];
  /** a change not yet reported at a prompt */
  notify = false;
  /** the terminal's modes when it stopped in the foreground (fg gives them back) */
  termios: Termios | null = null;
  /** the shell's directory when the job started (bash lists `(wd: …)` when it is not the same) */
  wd: string | undefined = undefined;
  /** the shell said it stopped or ended (a foreground job the user saw end needs no notice) */
  constructor(
    /** the process group its processes are in (the first process's pid; the shell's without job control) */
    public pgid: number,
    /** the command line as typed */
    readonly text: string,
    public background: boolean,
  ) {}

  add(pid: number, node: JobNode | null = null): void {
    this.procs.push({ pid, status: null, stopped: null, node });
  }

  get state(): "running" | "stopped" | "done" {
    let stopped = false;
    for (const p of this.procs) {
      if (p.status === null && p.stopped === null) return "running";
      if (p.stopped !== null) stopped = true;
    }
    return stopped ? "stopped" : "done";
  }

  /** the process whose end is the job's status: the last one of the pipeline */
  get lastProc(): JobProc | undefined {
    return this.procs[this.procs.length - 1];
  }

  /** the signal that stopped it, if it is stopped */
  get stopSignal(): Signal | null {
    for (const p of this.procs) if (p.stopped !== null) return p.stopped;
    return null;
  }
}

export class JobTable {
  /** newest first: list[0] is the current job (+), list[1] the previous (-) */
  list: Job[] = [];
  /** "You have stopped jobs" was said: the next exit leaves */
  warned = false;
  /** ash's current job (curjob): the last one that stopped in the foreground, until it ends */
  stoppedLast: Job | null = null;

  /** the shell's directory (PWD): a new job remembers it */
  pwd: (() => string | undefined) | null = null;

  add(job: Job): Job {
    job.wd = this.pwd?.();
    let id = 1;
    while (this.list.some((j) => j.id === id)) id++;
    job.id = id;
    this.list.unshift(job);
    return job;
  }

  remove(job: Job): void {
    const i = this.list.indexOf(job);
    if (i >= 0) this.list.splice(i, 1);
    if (this.stoppedLast === job) this.stoppedLast = null;
  }

  /** make a job the current one (fg, bg) */
  toFront(job: Job): void {
    this.remove(job);
    this.list.unshift(job);
  }

  byPid(pid: number): Job | undefined {
    return this.list.find((j) => j.procs.some((p) => p.pid === pid));
  }

  /**
   * A child changed: its job learns it. ksh88: a background job (or any that stopped) has news.
   * ash (dowait): any job but the one the shell is waiting for in the foreground (`waited`) has
   * news, and an ended job is no longer the current one.
   */
  record(e: ChildEvent, ash = false, waited: Job | null = null): Job | undefined {
    const job = this.byPid(e.pid);
    if (!job) return undefined;
    const p = job.procs.find((x) => x.pid === e.pid)!;
    if (e.kind === "exit") {
      p.status = e.status;
      p.stopped = null;
    } else if (e.kind === "stop") p.stopped = e.signal;
    else p.stopped = null;
    const s = job.state;
    if (ash) {
      if (job !== waited && e.kind !== "cont") job.notify = true;
      if (s === "done" && this.stoppedLast === job) this.stoppedLast = null;
    } else if (s === "stopped" || (job.background && s === "done")) job.notify = true;
    if (s === "running") this.warned = false;
    return job;
  }

  /** the notices before a prompt, newest first (formatted while the jobs still hold their
   *  places); finished jobs then leave the table */
  takeNotices(format: (j: Job) => string): string[] {
    const jobs = this.list.filter((j) => j.notify);
    const out = jobs.map(format);
    for (const j of jobs) {
      j.notify = false;
      if (j.state === "done") this.remove(j);
    }
    return out;
  }

  /** without job control nothing is reported: finished jobs just leave */
  dropFinished(): void {
    this.list = this.list.filter((j) => j.state !== "done");
  }

  /**
   * A job as a user names it: %N, %+ or %% (current), %- (previous), %string (a command line
   * that starts with it), %?string (one that contains it), or a pid of one of its processes.
   * null: no such job; "ambiguous": more than one matches.
   */
  find(spec: string): Job | null | "ambiguous" {
    if (!spec.startsWith("%")) {
      const pid = Number(spec);
      return Number.isInteger(pid) ? (this.byPid(pid) ?? null) : null;
    }
    const s = spec.slice(1);
    if (s === "" || s === "+" || s === "%") return this.list[0] ?? null;
    if (s === "-") return this.list[1] ?? null;
    if (/^[0-9]+$/.test(s)) return this.list.find((j) => j.id === Number(s)) ?? null;
    const hits = s.startsWith("?") ? this.list.filter((j) => j.text.includes(s.slice(1))) : this.list.filter((j) => j.text.startsWith(s));
    if (hits.length > 1) return "ambiguous";
    return hits[0] ?? null;
  }
}

/** $? for a process that ended: its exit code, or 128 + the signal's number */
export function exitCode(sh: Shell, st: ExitStatus): number {
  return "code" in st ? st.code : 128 + sh.os.signals.number(st.signal);
}

/** the job's status line (a notice, jobs): see the header */
export function jobLine(sh: Shell, job: Job, opts: { pids?: boolean } = {}): string {
  const list = sh.jobs.list;
  const mark = job === list[0] ? "+" : job === list[1] ? "-" : " ";
  let out = `[${job.id}] ${mark} `;
  const parts = opts.pids ? [...job.procs].reverse() : [job.lastProc ?? { pid: 0, status: null, stopped: null }];
  parts.forEach((p, i) => {
    if (i > 0) out += "\n      ";
    if (opts.pids) out += `${p.pid}\t`;
    out += statusWord(sh, job, p);
  });
  return out + job.text.replace(/\n/g, ";") + "\n";
}

/** MESSAGE and PADDING for one process of a job */
function statusWord(sh: Shell, job: Job, p: JobProc): string {
  let msg: string;
  let size: number;
  const stop = job.state === "stopped" ? job.stopSignal : null;
  const st = p.status;
  if (stop !== null) {
    msg = sh.os.signals.text(stop);
    size = msg.length;
  } else if (st !== null && "signal" in st) {
    msg = sh.os.signals.text(st.signal);
    size = msg.length;
    if (st.core) {
      const core = sh.msg("sh.job.coredump");
      msg += core;
      size += core.length;
    }
  } else if (st !== null) {
    msg = sh.msg("sh.job.done");
    size = msg.length;
    const n = st.code;
    if (n) {
      msg += `(${n})`;
      size += 3 + (n > 10 ? 1 : 0) + (n > 100 ? 1 : 0);
    }
  } else {
    msg = sh.msg("sh.job.running");
    size = msg.length;
  }
  return msg + " ".repeat(Math.max(0, MAXMSG - size));
}

// ---- the shell and its jobs: notices, and leaving with jobs ----

/** exit with stopped jobs: the first time the shell says so and stays (ksh) */
export function exitBlocked(sh: Shell): boolean {
  if (!sh.monitor) return false;
  reapJobs(sh);
  const stopped = sh.jobs.list.filter((j) => j.state === "stopped");
  // ash's stoppedjobs and bash's exit_builtin (checkjobs off) look at stopped jobs only
  const running = (sh.os.shell.jobs ?? "ksh88") === "ksh88" && sh.jobs.list.some((j) => j.state === "running");
  if (sh.jobs.warned || (stopped.length === 0 && !(running && isLogin(sh)))) {
    for (const j of stopped) {
      sh.machine.sched.signalGroup(j.pgid, "SIGTERM");
      sh.machine.sched.signalGroup(j.pgid, "SIGCONT");
    }
    return false;
  }
  // ksh88 job_close: stopped jobs first; running ones only hold a login shell
  sh.jobs.warned = true;
  sh.err(sh.msg(stopped.length ? "sh.job.stopped" : "sh.job.runningjobs"));
  sh.state.exitRequested = null;
  return true;
}

/** a login shell (argv[0] "-ksh"), not a subshell of one */
export function isLogin(sh: Shell): boolean {
  return !sh.subshell && (sh.sys.proc.argv[0] ?? "").startsWith("-");
}

/** a login shell that ends hangs up its jobs (ksh88 job_terminate): what nohup did not
 *  protect ends with SIGHUP */
export function hangUpJobs(sh: Shell): void {
  if (!isLogin(sh) || !sh.monitor) return;
  const k = sh.machine.sched;
  for (const j of sh.jobs.list) {
    if (j.state === "done" || j.pgid === sh.sys.proc.pgid) continue;
    k.signalGroup(j.pgid, "SIGHUP");
    if (j.state === "stopped") k.signalGroup(j.pgid, "SIGCONT");
  }
}

/** a job's process changed (`waited`: the job the shell waits for in the foreground): the job
 *  learns it; ash may say so at once (dowait) */
export function noteChild(sh: Shell, e: ChildEvent, waited: Job | null): void {
  const ash = sh.os.shell.jobs === "ash";
  const job = sh.jobs.record(e, ash, waited);
  if (ash && job) ashSayChild(sh, e, job, waited);
}

/** collect what happened to background jobs, without waiting */
export function reapJobs(sh: Shell): void {
  const k = sh.machine.sched;
  for (;;) {
    const e = k.waitChild(sh.sys.proc, 0, true);
    if (!e) return;
    noteChild(sh, e, null);
  }
}

/** a new login's shell has no jobs: what the old session started is no longer its to report */
function forgetJobs(sh: Shell): void {
  sh.state.newLogin = false;
  sh.jobs.list = [];
  sh.jobs.stoppedLast = null;
  sh.jobs.warned = false;
}

/** the notices before a prompt: jobs that ended or stopped since the last one (ksh88's lines on
 *  standard error; ash's showjobs on standard output, even without job control) */
export function reportJobs(sh: Shell): void {
  if (sh.state.newLogin) forgetJobs(sh);
  reapJobs(sh);
  if (sh.os.shell.jobs === "ash") return ashNotices(sh);
  if (!sh.monitor) {
    sh.jobs.dropFinished();
    return;
  }
  if (sh.os.shell.jobs === "bash") return bashNotices(sh);
  const lines = sh.jobs.takeNotices((j) => jobLine(sh, j));
  if (lines.length) sh.write(2, lines.join(""));
}
