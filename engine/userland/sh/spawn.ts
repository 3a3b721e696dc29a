// Processes the shell starts, and how it waits for them.
//
// ksh forks for every command that is not its own: an external command (then execs it), a
// subshell ( … ), each stage of a pipeline but a last one it can run itself, a command
// substitution, a background job. A child that would only fork again and end (a pipeline stage
// or a background job that is one simple command) runs the command itself: ps then shows the
// command, not a second ksh, as on AIX.
//
// Job control (an interactive shell with the monitor option): a job in the foreground gets a
// process group of its own and the terminal, so Ctrl-C and Ctrl-Z go to it and not to the shell;
// when it ends or stops the shell takes the terminal back. A pipeline whose last stage the shell
// runs itself (`… | while read x`) stays in the shell's group: Ctrl-C then reaches all of it.
import { modesOf, restoreModes } from "./ttymodes.js";
import { isKernelError } from "../../kernel/errno.js";
import { TtyFile } from "../../kernel/proc/file.js";
import type { ExitStatus } from "../../kernel/proc/proc.js";
import type { Co } from "../../kernel/proc/wait.js";
import { Sys } from "../../kernel/sys.js";
import { FdIn, FdOut } from "../streams.js";
import { concat, type CommandContext, type CommandDef } from "../types.js";
import { osStatus } from "../formats.js";
import { FatalError, Interrupt, type Shell } from "./interp.js";
import { INLINE_DEPTH, withInlineBase } from "./depth.js";
import { exitCode, Job, noteChild, type JobNode } from "./jobs.js";
import { ashSayEnded } from "./jobs-ash.js";
import { bashSayKilled } from "./jobs-bash.js";
import { failure } from "./exec.js";
import type { Redirect } from "../../../grammar/ast.js";
import { applyRedirects, RedirectFailure, redirectMessage } from "./redirect.js";
import { childDispositions, takeIgnored } from "./dispositions.js";
import { StringLimit, stringMax } from "../limits.js";

const dec = new TextDecoder();

/** what a command is given, on the process `sys` */
export function contextFor(sh: Shell, sys: Sys, argv: string[]): CommandContext {
  return {
    argv,
    stdin: new FdIn(sys, 0),
    stdout: new FdOut(sys, 1),
    stderr: new FdOut(sys, 2),
    sys,
    machine: sh.machine,
    shell: sh.state,
    os: sh.os,
    columns: sh.columns,
  };
}

/**
 * Run a command of the system in this process: its status. A kernel error it lets escape still
 * gets the system's text; anything else is a lab bug: one line names the command, the session
 * goes on.
 */
export function* runCommandDef(sh: Shell, def: CommandDef, ctx: CommandContext): Co<number> {
  try {
    const r = def.run(ctx);
    return osStatus(sh.os.formats, def.name, (typeof r === "number" ? r : yield* r) & 0xff);
  } catch (e) {
    return commandFailed(sh, ctx, e);
  }
}

/** what a command let escape: a kernel error gets the system's text, anything else is a lab bug */
function commandFailed(sh: Shell, ctx: CommandContext, e: unknown): number {
  const name = ctx.argv[0]!;
  if (isKernelError(e, "EINTR")) {
    // a caught signal ended a wait: the shell handles it; the command fails as if killed
    const sig = ctx.sys.proc.pending[0] ?? "SIGINT";
    return 128 + sh.os.signals.number(sig);
  }
  const failed = failure(sh, e);
  if (isKernelError(e)) ctx.stderr.write(`${name}: ${sh.os.strerror(e.errno)}\n`);
  else if (failed !== null) ctx.stderr.write(failed.message + "\n");
  else if (e instanceof Interrupt) throw e;
  else ctx.stderr.write(`looplab: internal error in ${name}: ${(e as Error)?.message ?? String(e)}\n`);
  return 1;
}

/** the body of a child shell: run, then its EXIT trap; its status (exit's, if it called exit) */
function* childBody(child: Shell, run: (c: Shell) => Co<number>): Co<number> {
  takeIgnored(child);
  let status: number;
  try {
    status = yield* run(child);
  } catch (e) {
    status = e instanceof Interrupt ? 130 : child.internalError(e);
  }
  child.state.lastStatus = status;
  yield* child.exitTrap();
  return child.state.exitRequested ?? status;
}

/** fork(2) for the shell: a full process table is ksh's message (ksh88 tries again for a minute
 *  first), and the command line goes no further */
function forkFor(sh: Shell, argv?: string[]): Sys {
  try {
    return sh.sys.fork(argv);
  } catch (e) {
    if (isKernelError(e, "EAGAIN")) throw new FatalError(sh.msg("sh.fork"));
    throw e;
  }
}

/** Start a child: its first turn inside this shell's (see Scheduler.startInline) unless this shell
 *  is deep in commands already, then from the queue (the host's stack holds both chains of
 *  coroutines during that turn). True when it ran to its end at once. */
function launch(sh: Shell, csys: Sys, body: Co<number>, child?: Shell): boolean {
  const depth = sh.base + sh.depth;
  if (depth >= INLINE_DEPTH) {
    csys.start(body);
    return false;
  }
  if (child) child.base = depth;
  return depth === 0 ? csys.startInline(body) : withInlineBase(depth, () => csys.startInline(body));
}

/** in the child: descriptor `from` becomes `to`, and the shell's copy of the pipe end goes */
function moveFd(sys: Sys, from: number | null, to: number): void {
  if (from === null || from === to) return;
  sys.dup2(from, to);
  sys.close(from);
}

export interface StageFds {
  /** the shell's descriptor to become the child's 0 (a pipe's read end) */
  input: number | null;
  /** the shell's descriptor to become the child's 1 (a pipe's write end) */
  output: number | null;
  /** descriptors of the shell the child must not keep (the read end of its own output pipe) */
  close: number[];
}

/**
 * Start a child shell running `run` (a pipeline stage, a subshell, a script, a background job).
 * It joins `job` (in its process group, or one of its own when `ownGroup` and it is the first).
 */
export function startChild(
  sh: Shell,
  job: Job | null,
  fds: StageFds,
  opts: { ownGroup: boolean; execLast: boolean; argv?: string[]; node?: JobNode | null },
  run: (c: Shell) => Co<number>,
  later: Starts | null = null,
): Sys {
  const csys = forkFor(sh, opts.argv);
  for (const fd of fds.close) if (csys.proc.fds.has(fd)) csys.close(fd);
  moveFd(csys, fds.input, 0);
  moveFd(csys, fds.output, 1);
  if (job !== null) {
    if (opts.ownGroup) {
      if (job.procs.length === 0) job.pgid = csys.pid;
      csys.proc.pgid = job.pgid;
    }
    job.add(csys.pid, opts.node ?? null);
  }
  const child = sh.fork(csys);
  child.execLast = opts.execLast;
  const body = childBody(child, run);
  if (later) later.push(() => void launch(sh, csys, body, child));
  else launch(sh, csys, body, child);
  return csys;
}

/** children forked and not started yet (a pipeline's stages all exist before any runs, as on a
 *  real system where `ps -ef | grep x` finds the grep) */
export type Starts = (() => void)[];

/**
 * Fork a child that execs a command at once (a pipeline stage of plain words, see exec.ts
 * plainStage): its redirections are opened in the child, as the shell would after the fork.
 */
export function startExec(sh: Shell, job: Job, fds: StageFds, ownGroup: boolean, def: CommandDef, argv: string[], redirects: readonly Redirect[], later: Starts | null = null, node: JobNode | null = null): Sys {
  const csys = forkFor(sh, argv);
  for (const fd of fds.close) if (csys.proc.fds.has(fd)) csys.close(fd);
  moveFd(csys, fds.input, 0);
  moveFd(csys, fds.output, 1);
  if (ownGroup) {
    if (job.procs.length === 0) job.pgid = csys.pid;
    csys.proc.pgid = job.pgid;
    // a job of the foreground has the terminal before its first process runs (it may read it)
    const tty = ttyOf(sh);
    if (!job.background && tty) tty.pgrp = job.pgid;
  }
  job.add(csys.pid, node);
  childDispositions(sh, csys.proc.handlers);
  sh.machine.sched.exec(csys.proc, argv, def.path ?? argv[0]);
  // the shell's words and messages, on the child's process
  const view = Object.create(sh) as Shell;
  view.sys = csys;
  const body =
    redirects.length === 0
      ? runCommandDef(view, def, contextFor(view, csys, argv))
      : (function* (): Co<number> {
          try {
            yield* applyRedirects(view, redirects, false);
          } catch (e) {
            if (!(e instanceof RedirectFailure)) throw e;
            view.err(redirectMessage(view, e));
            return 1;
          }
          return yield* runCommandDef(view, def, contextFor(view, csys, argv));
        })();
  if (later) later.push(() => void launch(sh, csys, body));
  else launch(sh, csys, body);
  return csys;
}

/**
 * Fork and exec an external command in the foreground. Inside a pipeline the shell runs itself
 * (currentJob), the process joins that job and the shell waits for it alone.
 */
export function* runExternal(sh: Shell, def: CommandDef, argv: string[]): Co<number> {
  const k = sh.machine.sched;
  if (sh.execLast) {
    // this process ends after the command: it becomes the command (exec), no second fork; what
    // the shell caught or ignored for itself is the default again
    childDispositions(sh, sh.sys.proc.handlers);
    k.exec(sh.sys.proc, argv, def.path ?? argv[0]);
    return yield* runCommandDef(sh, def, contextFor(sh, sh.sys, argv));
  }
  const inPipeline = sh.currentJob;
  const csys = forkFor(sh, argv);
  csys.proc.pgid = inPipeline?.pgid ?? (sh.monitor ? csys.pid : sh.sys.proc.pgid);
  childDispositions(sh, csys.proc.handlers);
  k.exec(csys.proc, argv, def.path ?? argv[0]);
  const ctx = contextFor(sh, csys, argv);
  // job control: the command has the terminal from its first step (it may read it)
  const tty = inPipeline === null && sh.monitor ? ttyOf(sh) : null;
  if (tty) tty.pgrp = csys.proc.pgid;
  if (launch(sh, csys, runCommandDef(sh, def, ctx))) {
    // a command that never waited ran to its end at once, in its first turn: the shell collects
    // it now (its status is there), without going to sleep for it
    if (tty) tty.pgrp = sh.sys.proc.pgid;
    const e = k.waitChild(sh.sys.proc, csys.pid, false);
    const st = e && e.kind === "exit" ? e.status : { code: 0 };
    if (inPipeline !== null) {
      inPipeline.add(csys.pid);
      inPipeline.procs[inPipeline.procs.length - 1]!.status = st;
      return statusOf(sh, st);
    }
    sh.jobs.warned = false;
    if (sh.os.shell.jobs === "ash") ashSayEnded(sh, st);
    else if ("signal" in st) {
      const once = new Job(csys.proc.pgid, sh.lineText, false);
      once.add(csys.pid, sh.cmdNode);
      once.procs[0]!.status = st;
      sayKilled(sh, once);
    }
    return statusOf(sh, st);
  }
  const job = inPipeline ?? sh.jobs.add(new Job(csys.proc.pgid, sh.lineText, false));
  job.add(csys.pid, sh.cmdNode);
  if (inPipeline !== null) {
    yield* waitFor(sh, inPipeline, csys.pid);
    return statusOf(sh, inPipeline.procs.find((p) => p.pid === csys.pid)!.status);
  }
  return yield* foreground(sh, job, true);
}

/** a foreground job: the terminal goes to it (job control), the shell waits until it ends or
 *  stops, says what a signal did, and takes the terminal back; its status */
export function* foreground(sh: Shell, job: Job, lastForked: boolean, inShellStatus = 0): Co<number> {
  const tty = ttyOf(sh);
  const own = sh.monitor && job.pgid !== sh.sys.proc.pgid;
  if (own && tty) tty.pgrp = job.pgid;
  try {
    yield* waitFor(sh, job, null);
  } finally {
    if (own && tty) tty.pgrp = sh.sys.proc.pgid;
  }
  const ash = sh.os.shell.jobs === "ash";
  if (job.state === "stopped") {
    // out of the foreground now: what becomes of it is reported like a background job's; the
    // terminal's modes it had are kept for fg (the shell sets its own before the prompt). ash
    // said "%1 Suspended" already, and the job is its current one
    job.termios = modesOf(sh);
    job.notify = !ash;
    if (ash) sh.jobs.stoppedLast = job;
    job.background = true;
    return 128 + sh.os.signals.number(job.stopSignal ?? "SIGTSTP");
  }
  sh.jobs.remove(job);
  // a foreground command ran: the next exit warns of stopped jobs again (ksh88 job_reset)
  sh.jobs.warned = false;
  // ash said it as each process was reaped
  if (!ash) sayKilled(sh, job);
  const last = job.lastProc;
  const status = lastForked && last ? statusOf(sh, last.status) : inShellStatus;
  // a process the keyboard interrupted: the shell acts as if it had the signal itself (its INT
  // trap runs, or an interactive shell abandons the command line), now
  if (sh.state.interactive && !sh.subshell && job.procs.some((p) => p.status !== null && "signal" in p.status && p.status.signal === "SIGINT")) {
    if (!sh.sys.proc.pending.includes("SIGINT")) sh.sys.proc.pending.push("SIGINT");
    if (sh.os.shell.newlineAfterInterrupt) sh.write(2, "\n");
    sh.state.lastStatus = status;
    yield* sh.handleSignals();
  }
  return status;
}

/** what ksh prints for processes of a foreground job that a signal ended (not INT or PIPE) */
function sayKilled(sh: Shell, job: Job): void {
  if (sh.os.shell.jobs === "bash") return bashSayKilled(sh, job);
  const last = job.lastProc;
  for (const p of job.procs) {
    const st = p.status;
    if (st === null || !("signal" in st) || st.signal === "SIGINT" || st.signal === "SIGPIPE") continue;
    const text = sh.os.signals.text(st.signal) + (st.core ? sh.msg("sh.job.coredump") : "");
    if (p === last && sh.state.interactive && !sh.subshell) sh.err(text);
    else {
      const name = sh.zero.replace(/^-/, "") + (sh.lineNo > 1 && !sh.state.interactive ? `[${sh.lineNo}]` : "");
      sh.err(`${name}: ${p.pid} ${text}`);
    }
  }
}

/** $? for a process's end */
function statusOf(sh: Shell, st: ExitStatus | null): number {
  return st === null ? 0 : exitCode(sh, st);
}

/**
 * Wait until the job's processes have all ended or one stopped (pid: until that one has). The
 * shell's own caught signals wait meanwhile (ksh runs traps after the foreground command); what
 * happens to other children is recorded on their jobs.
 */
export function* waitFor(sh: Shell, job: Job, pid: number | null): Co<void> {
  const p = sh.sys.proc;
  const done = () => {
    if (pid !== null) {
      const jp = job.procs.find((x) => x.pid === pid);
      return !jp || jp.status !== null || jp.stopped !== null;
    }
    return job.state !== "running";
  };
  p.deferSignals++;
  try {
    while (!done()) {
      let e;
      try {
        e = yield* sh.sys.wait(0, true);
      } catch (err) {
        if (!isKernelError(err, "ECHILD")) throw err;
        for (const jp of job.procs) if (jp.status === null && jp.stopped === null) jp.status = { code: 0 };
        break;
      }
      noteChild(sh, e, job);
    }
  } finally {
    p.deferSignals--;
  }
}

/** the terminal of the shell's session (job control hands it over) */
function ttyOf(sh: Shell) {
  const f = sh.sys.proc.fds.get(0) ?? sh.sys.proc.fds.get(2);
  return f instanceof TtyFile ? f.tty : sh.sys.proc.tty;
}

/** `cmd &`: a background job; ksh prints its number and pid when interactive */
export function* background(sh: Shell, run: (c: Shell) => Co<number>, inPlace: boolean, node: JobNode | null = null): Co<void> {
  const job = sh.jobs.add(new Job(sh.sys.proc.pgid, sh.lineText, true));
  const later: Starts = [];
  const csys = startChild(sh, job, { input: null, output: null, close: [] }, { ownGroup: sh.monitor, execLast: inPlace, node }, run, later);
  if (!sh.monitor) withoutKeyboard(csys, true);
  startedInBackground(sh, job);
  for (const go of later) go();
  yield* [];
}

/** without job control a background process ignores the keyboard, and the first of a job reads
 *  nothing (ksh(1)); it has not run yet, so it starts that way */
export function withoutKeyboard(csys: Sys, first: boolean): void {
  csys.proc.handlers.set("SIGINT", "ignore");
  csys.proc.handlers.set("SIGQUIT", "ignore");
  if (!first) return;
  try {
    csys.openFd("/dev/null", { read: true }, 0o666, 0);
  } catch {
    // no /dev/null: input stays as it was
  }
}

/** what an interactive shell says when a job starts with &: ksh88's job number and pid with a
 *  tab, bash's describe_pid with a blank; ash says nothing */
const STARTED: Readonly<Record<string, ((id: number, pid: number) => string) | null>> = {
  ksh88: (id, pid) => `[${id}]\t${pid}\n`,
  bash: (id, pid) => `[${id}] ${pid}\n`,
  ash: null,
};

/** a job started with &: $! is its last process; an interactive ksh prints [n] and that pid
 *  (ash prints nothing: eval.c, jobs.c forkshell) */
export function startedInBackground(sh: Shell, job: Job): number {
  const pid = job.lastProc!.pid;
  sh.lastBg = pid;
  for (const p of job.procs) sh.backgroundPids.add(p.pid);
  const said = STARTED[sh.os.shell.jobs ?? "ksh88"];
  if (sh.state.interactive && !sh.subshell && said) sh.write(2, said(job.id, pid));
  sh.state.lastStatus = 0;
  return 0;
}

/** $( … ): the list in a child whose output comes back through a pipe; its text and status */
export function* capture(sh: Shell, run: (c: Shell) => Co<number>, simple: boolean): Co<{ text: string; status: number }> {
  const [r, w] = sh.sys.pipe();
  const job = new Job(sh.sys.proc.pgid, "", false);
  let csys: Sys;
  try {
    csys = startChild(sh, job, { input: null, output: w, close: [r] }, { ownGroup: false, execLast: simple }, run);
  } finally {
    sh.sys.close(w);
  }
  const chunks: Uint8Array[] = [];
  const max = stringMax(sh.machine);
  let length = 0;
  try {
    // past the lab's limit the shell stops reading: the writer's pipe breaks
    while (length <= max) {
      let d: Uint8Array;
      try {
        d = yield* sh.sys.read(r);
      } catch (e) {
        if (!isKernelError(e, "EINTR")) throw e;
        yield* sh.handleSignals();
        continue;
      }
      if (d.length === 0) break;
      chunks.push(d);
      length += d.length;
      if (sh.sys.tick()) yield undefined;
    }
  } finally {
    sh.sys.close(r);
  }
  const k = sh.machine.sched;
  const p = sh.sys.proc;
  p.deferSignals++;
  try {
    for (;;) {
      const e = k.waitChild(p, csys.pid, false);
      if (e === undefined) break;
      if (e !== null) {
        if (e.kind === "exit") job.procs[0]!.status = e.status;
        break;
      }
      yield p.childq;
    }
  } finally {
    p.deferSignals--;
  }
  if (length > max) throw new StringLimit(max);
  return { text: dec.decode(concat(chunks)), status: statusOf(sh, job.procs[0]?.status ?? null) };
}

/** fg, once it has said the job's command (each dialect says it its own way): the job is the
 *  current one again, in the foreground with the terminal modes it stopped with, continued, and
 *  waited for */
export function* continueInForeground(sh: Shell, job: Job): Co<number> {
  sh.jobs.toFront(job);
  job.background = false;
  for (const p of job.procs) sh.backgroundPids.delete(p.pid);
  job.notify = false;
  for (const p of job.procs) p.stopped = null;
  restoreModes(sh, job.termios);
  job.termios = null;
  sh.machine.sched.signalGroup(job.pgid, "SIGCONT");
  return yield* foreground(sh, job, true);
}
