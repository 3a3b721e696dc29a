// Job control as ash speaks it (4.4BSD's /bin/sh; BSD/OS bin/sh/jobs.c), for a shell whose
// dialect has jobs "ash". The job table is the interpreter's (jobs.ts); what differs:
//
// - showjobs (jobs, and before each prompt of an interactive shell the jobs that changed, on
//   standard output): a line per process, "[N] PID " for the first and "    PID " for the rest,
//   its status (nothing while it runs, "Exit N" — also for 0 —, the signal's sys_siglist text,
//   " (core dumped)"), blanks to column 30 (at least one), and the process's command text
//   (cmdtext.ts; empty in a shell that is not interactive). Jobs in number order; an ended job
//   leaves the table once listed.
// - dowait: when the shell reaps a process of the job it waits for in the foreground, a signal
//   other than INT and PIPE is said at once on standard error ("Terminated", "Segmentation
//   fault - core dumped", "%1 Suspended" for a Ctrl-Z); a shell that is not interactive says so
//   for every process it reaps, with "PID: " in front when it is not of the job it waits for.
//   Nothing is said when a job starts (&), nor by fg and bg.
// - getjob: no argument is the current job, which is only the last job that stopped in the
//   foreground ("No current job" otherwise); %N, %% , %prefix of the first process's command,
//   or the pid of a job's last process.
import type { ChildEvent, ExitStatus } from "../../kernel/proc/proc.js";
import { isKernelError } from "../../kernel/errno.js";
import type { Co } from "../../kernel/proc/wait.js";
import type { Signal } from "../../kernel/proc/signal.js";
import { commandText } from "./cmdtext.js";
import type { Shell } from "./interp.js";
import { noteChild, reapJobs, type Job, type JobProc } from "./jobs.js";
import { restoreModes } from "./ttymodes.js";
import { foreground } from "./spawn.js";

/** showjobs pads the status to this column */
const STATUS_COL = 30;

/** error() in a job built-in: "name: text", status 2 */
class JobError extends Error {}

/** a process's command text: only an interactive shell's own jobs have one (forkshell: iflag &&
 *  rootshell) */
function procText(sh: Shell, p: JobProc): string {
  return p.node && sh.state.interactive && !sh.subshell ? commandText(p.node) : "";
}

/** showjobs' status of one process */
function procStatus(sh: Shell, p: JobProc): string {
  if (p.stopped !== null) return sh.os.signals.text(p.stopped);
  const st = p.status;
  if (st === null) return "";
  if ("code" in st) return sh.msg("sh.job.exit", st.code);
  return sh.os.signals.text(st.signal) + (st.core ? sh.msg("sh.job.coredump") : "");
}

/** the lines of one job */
function jobLines(sh: Shell, job: Job): string {
  let out = "";
  job.procs.forEach((p, i) => {
    const head = i === 0 ? `[${job.id}] ${p.pid} ` : `    ${p.pid} `;
    const text = head + procStatus(sh, p);
    out += text + " ".repeat(Math.max(1, STATUS_COL - text.length)) + procText(sh, p) + "\n";
  });
  return out;
}

/** showjobs: every job (or those with news), in number order; ended ones leave the table */
function showjobs(sh: Shell, changed: boolean): void {
  // while (dowait(0, NULL) > 0): what ended meanwhile first
  reapJobs(sh);
  const jobs = [...sh.jobs.list].sort((a, b) => a.id - b.id).filter((j) => j.procs.length > 0 && (!changed || j.notify));
  let out = "";
  for (const j of jobs) {
    out += jobLines(sh, j);
    j.notify = false;
    if (j.state === "done") sh.jobs.remove(j);
  }
  if (out) sh.write(1, out);
}

/** before the prompt: showjobs(1) */
export function ashNotices(sh: Shell): void {
  showjobs(sh, true);
}

/** dowait's words about a process it reaped (see the header); `waited` the foreground job */
export function ashSayChild(sh: Shell, e: ChildEvent, job: Job, waited: Job | null): void {
  const root = sh.state.interactive && !sh.subshell;
  if (root && job !== waited) return;
  let sig: Signal;
  let core = false;
  if (e.kind === "stop") sig = e.signal;
  else if (e.kind === "exit" && "signal" in e.status) {
    sig = e.status.signal;
    core = e.status.core;
  } else return;
  if (sig === "SIGINT" || sig === "SIGPIPE") return;
  let line = job !== waited ? `${e.pid}: ` : "";
  if (sig === "SIGTSTP" && root) line += `%${job.id} `;
  line += sh.os.signals.text(sig) + (core ? sh.msg("sh.job.killcore") : "");
  sh.err(line);
}

/** what ash says for a foreground process that ended at once (no wait: the shell collected it) */
export function ashSayEnded(sh: Shell, st: ExitStatus): void {
  if (!("signal" in st) || st.signal === "SIGINT" || st.signal === "SIGPIPE") return;
  sh.err(sh.os.signals.text(st.signal) + (st.core ? sh.msg("sh.job.killcore") : ""));
}

function fail(sh: Shell, id: string, ...args: (string | number)[]): never {
  throw new JobError(sh.msg(id, ...args));
}

/** getjob: the job a name names (see the header) */
function getjob(sh: Shell, name: string | undefined): Job {
  const list = sh.jobs.list;
  if (name === undefined || name === "%%") {
    const cur = sh.jobs.stoppedLast;
    if (cur === null || !list.includes(cur)) fail(sh, "sh.job.nocurrent");
    return cur;
  }
  if (name.startsWith("%")) {
    const rest = name.slice(1);
    if (/^[0-9]/.test(rest)) {
      // number(): digits only, else "Illegal number"
      if (!/^[0-9]+$/.test(rest)) fail(sh, "sh.badnum", rest);
      const hit = list.find((j) => j.id === Number(rest));
      if (hit) return hit;
    } else {
      let found: Job | null = null;
      for (const j of [...list].sort((a, b) => a.id - b.id)) {
        if (j.procs.length === 0 || !procText(sh, j.procs[0]!).startsWith(rest)) continue;
        if (found) fail(sh, "sh.job.ambiguous", name);
        found = j;
      }
      if (found) return found;
    }
  } else if (/^[0-9]+$/.test(name)) {
    const pid = Number(name);
    const hit = list.find((j) => j.procs.length > 0 && j.procs[j.procs.length - 1]!.pid === pid);
    if (hit) return hit;
  }
  return fail(sh, "sh.job.nosuch", name);
}

/** restartjob: a job not yet ended is continued (its stopped processes run again) */
function restart(sh: Shell, job: Job): void {
  if (job.state === "done") return;
  for (const p of job.procs) p.stopped = null;
  sh.machine.sched.signalGroup(job.pgid, "SIGCONT");
}

/** the job was started under job control (in a process group of its own) */
function underJobControl(sh: Shell, job: Job): void {
  if (job.pgid === sh.sys.proc.pgid) fail(sh, "sh.job.notjobctl");
}

function* fg(sh: Shell, args: string[]): Co<number> {
  const job = getjob(sh, args[0]);
  underJobControl(sh, job);
  job.background = false;
  for (const p of job.procs) sh.backgroundPids.delete(p.pid);
  job.notify = false;
  restoreModes(sh, job.termios);
  job.termios = null;
  restart(sh, job);
  return yield* foreground(sh, job, true);
}

function bg(sh: Shell, args: string[]): number {
  const names = args.length ? args : [undefined];
  for (const name of names) {
    const job = getjob(sh, name);
    underJobControl(sh, job);
    job.background = true;
    for (const p of job.procs) sh.backgroundPids.add(p.pid);
    restart(sh, job);
  }
  return 0;
}

/** waitcmd's status of a job that ended or stopped */
function waitStatus(sh: Shell, job: Job): number {
  const p = job.procs[job.procs.length - 1];
  if (!p) return 0;
  if (p.stopped !== null) return 128 + sh.os.signals.number(p.stopped);
  const st = p.status;
  if (st === null) return 0;
  return "code" in st ? st.code : 128 + sh.os.signals.number(st.signal);
}

/** wait [job]: until that job ended or stopped (its status), or until no job runs (0) */
function* wait(sh: Shell, args: string[]): Co<number> {
  const job = args.length ? getjob(sh, args[0]) : null;
  for (;;) {
    if (job !== null && job.state !== "running") {
      const status = waitStatus(sh, job);
      if (!sh.state.interactive) sh.jobs.remove(job);
      return status;
    }
    if (job === null && !sh.jobs.list.some((j) => j.state === "running")) return 0;
    try {
      noteChild(sh, yield* sh.sys.wait(0, true), null);
    } catch (err) {
      if (isKernelError(err, "ECHILD")) return 0;
      if (!isKernelError(err, "EINTR")) throw err;
      const sig = sh.sys.proc.pending[0] ?? "SIGINT";
      yield* sh.handleSignals();
      return 128 + sh.os.signals.number(sig);
    }
  }
}

/** jobs, fg, bg, wait and jobid of ash: their status; an error is said with the command's name */
export function* ashJobBuiltin(sh: Shell, argv: string[]): Co<number> {
  const [name, ...args] = argv as [string, ...string[]];
  try {
    switch (name) {
      case "jobs":
        // jobscmd takes no options and no operands: it lists every job
        showjobs(sh, false);
        return 0;
      case "fg":
        return yield* fg(sh, args);
      case "bg":
        return bg(sh, args);
      case "wait":
        return yield* wait(sh, args);
      default: {
        const job = getjob(sh, args[0]);
        sh.write(1, job.procs.map((p) => p.pid).join(" ") + "\n");
        return 0;
      }
    }
  } catch (e) {
    if (!(e instanceof JobError)) throw e;
    sh.err(`${name}: ${e.message}`);
    return 2;
  }
}
