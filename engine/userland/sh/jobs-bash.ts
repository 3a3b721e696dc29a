// Job control as bash 4.1 speaks it (jobs.c, builtins/jobs.def, fg_bg.def), for a shell whose
// dialect has jobs "bash". The job table is the interpreter's (jobs.ts); what differs:
//
// - pretty_print_job: "[N]" then `+` (the current job), `-` (the previous one) or a blank, then a
//   blank; print_pipeline: for each process (jobs -l) or once (jobs) " " or "%5d " with the pid,
//   the status padded with blanks to 24 columns (LONGEST_SIGNAL_DESC: "%*s" of 24 less its
//   length), "(core dumped) " for a core, the command (cmdtext-bash.ts; the processes of a
//   pipeline joined by " | "), " &" while it runs in the background, "  (wd: DIR)" when it was
//   started in another directory. The status: "Running", "Stopped" (jobs -l: the signal's
//   strsignal text), "Done", "Exit N", or the text of the signal that ended it.
// - jobs are listed, and reported before a prompt (notify_of_job_status, on standard error), in
//   number order; a job that ended leaves the table once reported.
// - `cmd &` says "[N] PID" (describe_pid, the last process); fg says the command, bg "[N]+ cmd &".
// - the current job (reset_current): the last job that stopped, else the last one started.
import type { Co } from "../../kernel/proc/wait.js";
import { bashCommandText } from "./cmdtext-bash.js";
import type { Shell } from "./interp.js";
import { reapJobs, type Job, type JobProc } from "./jobs.js";
import { continueInForeground } from "./spawn.js";

/** LONGEST_SIGNAL_DESC: the status column's width */
const STATUS_WIDTH = 24;

/** the current (+) and previous (-) jobs: stopped ones first, then the newest */
function marks(sh: Shell): { current: Job | undefined; previous: Job | undefined } {
  const byId = [...sh.jobs.list].sort((a, b) => b.id - a.id);
  const order = [...byId.filter((j) => j.state === "stopped"), ...byId.filter((j) => j.state !== "stopped")];
  return { current: order[0], previous: order[1] };
}

/** polite_directory_format: $HOME as ~ */
function polite(sh: Shell, dir: string): string {
  const home = sh.vars.get("HOME") ?? "";
  return home !== "" && home !== "/" && (dir === home || dir.startsWith(home + "/")) ? "~" + dir.slice(home.length) : dir;
}

/** what a process runs, as bash lists it */
function procText(job: Job, p: JobProc): string {
  return p.node ? bashCommandText(p.node) : job.text.replace(/\s*&\s*$/, "").trim();
}

/** printable_job_status for one process (`long`: jobs -l, each its own) */
function statusText(sh: Shell, job: Job, p: JobProc, long: boolean): string {
  const state = job.state;
  if (state === "stopped" && !long) return "Stopped";
  if (state === "running") return "Running";
  if (p.stopped !== null) return sh.os.signals.text(p.stopped);
  const st = p.status;
  if (st === null) return "Done";
  if ("signal" in st) return sh.os.signals.text(st.signal);
  return st.code === 0 ? "Done" : `Exit ${st.code}`;
}

/** the status padded as "%s%*s" pads it (a status longer than the column gets the excess in
 *  blanks: a negative width is a left-justified one) */
function padded(text: string): string {
  return text + " ".repeat(Math.abs(STATUS_WIDTH - (text.length || 2)));
}

/** pretty_print_job: the job's line(s), standard or long (jobs -l) */
export function bashJobLines(sh: Shell, job: Job, long = false): string {
  const { current, previous } = marks(sh);
  const mark = job === current ? "+" : job === previous ? "-" : " ";
  const procs = job.procs.length ? job.procs : [{ pid: 0, status: null, stopped: null }];
  const last = procs[procs.length - 1]!;
  const first = procs[0]!;
  let out = `[${job.id}]${mark} `;
  procs.forEach((p, i) => {
    if (i > 0) out += long ? "     " : " |";
    if (long) out += String(p.pid).padStart(5);
    out += " ";
    let temp: string | null = statusText(sh, job, long ? p : last, long);
    if (i > 0) temp = long ? (sameStatus(p, first) ? "" : temp) : null;
    if (temp !== null) {
      out += padded(temp);
      const st = (long ? p : last).status;
      if (p.stopped === null && st !== null && "signal" in st && st.core) out += "(core dumped) ";
    }
    if (i > 0 && long) out += "| ";
    out += procText(job, p);
    if (p === last) {
      if (job.state === "running" && job.background) out += " &";
      const here = sh.vars.get("PWD") ?? "";
      if (job.wd !== undefined && job.wd !== here) out += `  (wd: ${polite(sh, job.wd)})`;
    }
    if (long || p === last) out += "\n";
  });
  return out;
}

function sameStatus(a: JobProc, b: JobProc): boolean {
  return (a.status === null) === (b.status === null) && a.stopped === b.stopped && JSON.stringify(a.status) === JSON.stringify(b.status);
}

/** notify_of_job_status before a prompt: the jobs that ended in the background or stopped, in
 *  number order, on standard error (a stopped one after a newline: the terminal's ^Z is left on
 *  its line), "(wd now: DIR)" when the shell is no longer where the job started; an ended one
 *  leaves the table */
export function bashNotices(sh: Shell): void {
  const jobs = sh.jobs.list.filter((j) => j.notify).sort((a, b) => a.id - b.id);
  const here = sh.vars.get("PWD") ?? "";
  let out = "";
  for (const j of jobs) {
    if (j.state === "stopped") out += "\n";
    out += bashJobLines(sh, j);
    if (j.wd !== undefined && j.wd !== here) out += `(wd now: ${polite(sh, here)})\n`;
  }
  for (const j of jobs) {
    j.notify = false;
    if (j.state === "done") sh.jobs.remove(j);
  }
  if (out) sh.write(2, out);
}

/** what bash says of a foreground job a signal ended (not INT or PIPE): the signal's text when
 *  interactive; a script says where it was and the job in the long form without its number */
export function bashSayKilled(sh: Shell, job: Job): void {
  const last = job.lastProc;
  const st = last?.status;
  if (!last || !st || !("signal" in st) || st.signal === "SIGINT" || st.signal === "SIGPIPE") return;
  const interactive = sh.state.interactive && !sh.subshell;
  if (interactive) {
    sh.write(2, sh.os.signals.text(st.signal) + (st.core ? " (core dumped)" : "") + "\n");
    return;
  }
  const line = bashJobLines(sh, job, true).replace(/^\[\d+\]. /, "");
  sh.write(2, `${sh.errName}: line ${sh.line}: ${line}`);
}

/** an error of a job built-in, said as bash's builtin_error */
class JobError extends Error {}

function fail(text: string): never {
  throw new JobError(text);
}

/** get_job_spec: none or %% %+ the current job, %- the previous, %N, %string, %?string, a pid */
function getJob(sh: Shell, cmd: string, spec: string | undefined): Job {
  reapJobs(sh);
  const { current, previous } = marks(sh);
  const none = () => fail(sh.msg("sh.job.nosuch", `${cmd}: ${spec ?? "current"}`));
  if (spec === undefined || spec === "%" || spec === "%%" || spec === "%+" || spec === "") return current ?? none();
  if (spec === "%-") return previous ?? none();
  const j = sh.jobs.find(spec);
  if (j === "ambiguous") fail(sh.msg("sh.job.ambiguous", `${cmd}: ${spec}`));
  return j ?? none();
}

/** jobs [-lnprs] [jobspec …] */
function jobs(sh: Shell, args: string[]): number {
  const opts = new Set<string>();
  let i = 0;
  for (; i < args.length && /^-./.test(args[i]!) && args[i] !== "--"; i++) {
    for (const c of args[i]!.slice(1)) {
      if (!"lnprs".includes(c)) {
        sh.err(sh.msg("sh.badopt", "jobs", `-${c}`));
        sh.write(2, sh.msg("sh.job.usage") + "\n");
        return 2;
      }
      opts.add(c);
    }
  }
  if (args[i] === "--") i++;
  reapJobs(sh);
  let list: Job[] = [];
  if (i < args.length) for (const spec of args.slice(i)) list.push(getJob(sh, "jobs", spec));
  else list = [...sh.jobs.list].sort((a, b) => a.id - b.id);
  if (opts.has("n")) list = list.filter((j) => j.notify);
  if (opts.has("r")) list = list.filter((j) => j.state === "running");
  if (opts.has("s")) list = list.filter((j) => j.state === "stopped");
  let out = "";
  for (const j of list) out += opts.has("p") ? `${j.procs[0]?.pid ?? 0}\n` : bashJobLines(sh, j, opts.has("l"));
  sh.write(1, out);
  for (const j of list) {
    j.notify = false;
    if (j.state === "done") sh.jobs.remove(j);
  }
  return 0;
}

/** the command text fg and bg say (start_job): the processes joined by " | " */
function jobText(job: Job): string {
  return job.procs.map((p) => procText(job, p)).join(" | ");
}

function* fgbg(sh: Shell, name: "fg" | "bg", args: string[]): Co<number> {
  if (!sh.monitor) fail(sh.msg("sh.job.nocontrol", name));
  const specs = name === "bg" && args.length ? args : [args[0]];
  let status = 0;
  for (const spec of specs) {
    const job = getJob(sh, name, spec);
    const k = sh.machine.sched;
    if (name === "bg") {
      if (job.state === "running") {
        sh.err(sh.msg("sh.job.already", `bg: job ${job.id}`));
        continue;
      }
      const mark = job === marks(sh).current ? "+" : job === marks(sh).previous ? "-" : "";
      sh.write(1, `[${job.id}]${mark} ${jobText(job)} &\n`);
      job.background = true;
      for (const p of job.procs) sh.backgroundPids.add(p.pid);
      for (const p of job.procs) p.stopped = null;
      k.signalGroup(job.pgid, "SIGCONT");
      continue;
    }
    sh.write(1, jobText(job) + "\n");
    status = yield* continueInForeground(sh, job);
  }
  return status;
}

/** jobs, fg and bg as bash has them; an error is a built-in's line, status 1 (2 for usage) */
export function* bashJobBuiltin(sh: Shell, argv: string[]): Co<number> {
  const [name, ...args] = argv as [string, ...string[]];
  try {
    if (name === "jobs") return jobs(sh, args);
    return yield* fgbg(sh, name as "fg" | "bg", args);
  } catch (e) {
    if (!(e instanceof JobError)) throw e;
    sh.err(e.message);
    return 1;
  }
}
