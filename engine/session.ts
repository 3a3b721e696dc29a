// A session: one booted machine, its terminal (pts/0) and the root login shell on it. The
// headless CLI, the scenario checker, the terminal UI and the tests all drive the machine through
// this.
//
// The shell is a process like the others, reading its command lines from the terminal. A host
// types lines into the terminal and runs the scheduler (drive) until the machine waits for
// something only the host can give: the next command line (the shell is at its prompt), a line for
// another process that reads the terminal, time (a sleep: the host moves the clock), or nothing at
// all (a process waits for ever: only Ctrl-C helps). What the processes write to the terminal is
// drained into the host's sink; the prompt and the echo of command lines are left out unless the
// host wants the whole terminal (the lab's screen, --echo).
import { parseClock } from "./kernel/clock.js";
import type { Machine, OsName } from "./kernel/machine.js";
import type { Proc } from "./kernel/proc/proc.js";
import type { Tty } from "./kernel/proc/tty.js";
import { Sys } from "./kernel/sys.js";
import { osEntry, UnsupportedOs, type OsBoot } from "./os/index.js";
import { Shell } from "./userland/sh/interp.js";
import { Buffer, type OsPersonality } from "./userland/types.js";
import { ERASE_LINE, TranscriptFilter } from "./transcript.js";
import { formatTrace } from "./tracefmt.js";

/** where a host puts what the terminal shows */
export interface TermSink {
  write(data: string | Uint8Array): void;
  /** the terminal's dressing (prompts, the echo of command lines), when the host tells it apart */
  writeDecor?(data: Uint8Array): void;
  /** a screen (the lab, the plain REPL's terminal): it gets the bytes as a terminal does; any
   *  other sink is a transcript and gets them as engine/transcript.ts says */
  screen?: boolean;
  /** a screen that keeps a transcript of its own: the keys programs read without echo */
  writeKeys?(data: Uint8Array): void;
}
import { applySetup, importHostFile, type IsoSpec } from "./scenario/images.js";

export interface SessionSetup {
  dirs?: string[];
  files?: Record<string, string>;
  images?: Record<string, { iso9660?: IsoSpec; import?: string }>;
  /** command lines the scenario's shell runs, unseen, once the files and images are made (a
   *  mount left busy, a device left behind): engine/scenario/check.ts sessionFor */
  commands?: string[];
}

export interface SessionOptions {
  os?: OsName;
  /** ISO date-time or epoch seconds; the machine clock at start */
  clock?: string | number;
  hostname?: string;
  settings?: Record<string, unknown>;
  columns?: number;
  setup?: SessionSetup;
  /** host files readable in the lab: [hostPath, labPath] */
  imports?: [string, string][];
  /** resolve relative `import:` paths of a scenario against this host directory */
  baseDir?: string;
  /** install the default machine's sample images (default true) */
  samples?: boolean;
  /** the shell reads a terminal (prompts, job control); false: a script on standard input */
  interactive?: boolean;
  /** the session's input is a terminal (default); false: a plain stream, never echoed */
  terminal?: boolean;
  /** the shell runs this text and ends (ksh -c) instead of reading command lines */
  command?: string;
}

export const DEFAULT_CLOCK = "2013-11-27T06:43:00Z";

/** steps one command line may run headless before the host stops it (setting step_budget) */
export const DEFAULT_STEP_BUDGET = 5_000_000;

/** steps the scheduler runs between two looks of the host */
export const SLICE = 20_000;

export { UnsupportedOs };

/** why drive() returned */
export type Stop =
  /** the shell waits for its next command line */
  | { kind: "prompt" }
  /** the shell waits for the rest of a command (PS2) */
  | { kind: "continuation" }
  /** a process other than the shell waits for a line from the terminal */
  | { kind: "input"; pid: number }
  /** nothing can run and nothing will wake it: only a signal helps */
  | { kind: "stuck" }
  /** the step budget is used and something still runs */
  | { kind: "budget" }
  /** nothing runs but a sleep: it ends when the clock reaches `until` (drive with clock: false) */
  | { kind: "sleep"; until: number }
  /** the shell has ended */
  | { kind: "exit"; status: number };

export class Session {
  readonly tty: Tty;
  readonly shell: Shell;
  /** the login shell's process */
  readonly proc: Proc;
  /** where drained output goes (run() points it at its terminal) */
  sink: TermSink | null = null;
  /** show the prompts and the echo of command lines (the terminal as a person sees it) */
  decor = false;
  /** the shell has ended with this status */
  exitStatus: number | null = null;
  /** a bug in the lab's code (a process's code threw): the host says so */
  onCrash: ((what: string, e: unknown) => void) | null = null;

  readonly machine: Machine;
  readonly os: OsPersonality;
  /** the ids of the mounts the machine booted with: those a scenario's set-up commands make
   *  later (sessionFor) are not among them */
  readonly bootMounts: ReadonlySet<number>;

  constructor(boot: OsBoot, opts: { columns?: number; interactive?: boolean; terminal?: boolean; command?: string } = {}) {
    const machine = (this.machine = boot.machine);
    const os = (this.os = boot.personality);
    const env = boot.env;
    const k = machine.sched;
    const root = machine.mounts.all().find((m) => m.covered === null)!.vfs.root();
    this.bootMounts = new Set(machine.mounts.all().map((m) => m.id));
    this.tty = k.tty(boot.ttyName, Number(machine.setting("tty_buffer", 1 << 20)));
    this.tty.terminal = opts.terminal ?? true;
    const dec = new TextDecoder();
    this.tty.onCommandRead = (pid, taken) => {
      if (machine.events.listening) machine.events.emit({ kind: "command-read", pid, line: taken && dec.decode(taken) });
    };
    this.proc = boot.login(this.tty, root);
    const fsize = boot.fsizeBlocks;
    this.proc.fsizeLimit = fsize < 0 ? Infinity : fsize * 512;
    const sys = new Sys(machine, this.proc);
    const term = Sys.ttyFile(this.tty);
    term.refs = 3;
    for (const fd of [0, 1, 2]) this.proc.fds.set(fd, term);
    this.shell = new Shell(machine, sys, os, env, { columns: opts.columns ?? 80, interactive: opts.interactive ?? true, secondsPerCommand: Number(machine.setting("seconds_per_command", 1)) });
    // a process whose code threw (a bug of the lab): the host's handler, else a line of the lab's
    k.onCrash = (p, e) => {
      if (this.onCrash !== null) this.onCrash(p.comm, e);
      else this.note(`looplab: internal error in ${p.comm}: ${(e as Error)?.message ?? String(e)}`);
    };
    // the shell starts when a host first drives the machine (its first prompt goes to that host)
    k.start(this.proc, opts.command !== undefined ? this.shell.runCommandText(opts.command) : this.shell.main());
  }

  get state() {
    return this.shell.state;
  }
  get sys(): Sys {
    return this.shell.sys;
  }
  get columns(): number {
    return this.shell.columns;
  }
  prompt(): string {
    return this.shell.prompt();
  }
  needsMore(src: string): boolean {
    return this.shell.needsMore(src);
  }

  /** the terminal's output so far goes to the sink (a prompt is held back until the shell is
   *  given its line: at the end of the input it never shows) */
  pump(): void {
    const out = this.tty.drain();
    for (const o of out) {
      const sink = this.sink;
      if (o.keys) {
        if (sink?.writeKeys) sink.writeKeys(o.data);
        else if (sink && !sink.screen) this.log.noteKeys(o.data);
        continue;
      }
      if (o.data.length) this.atLineStart = endsLine(o.data);
      if (sink === null || !(this.decor || !o.decor)) continue;
      if (o.decor && this.holdPrompt && o.data[o.data.length - 1] !== 10) {
        this.held.push(o.data);
        continue;
      }
      this.release();
      const data = sink.screen ? o.data : this.log.pass(o.data);
      if (o.decor && sink.writeDecor) sink.writeDecor(data);
      else sink.write(data);
    }
  }

  /** how a transcript sink gets what the terminal received */
  private log = new TranscriptFilter();

  /** hold prompts back until input comes (headless --echo) */
  holdPrompt = false;
  private held: Uint8Array[] = [];

  /** a host that takes the terminal of a shell already at its prompt (set up before the host
   *  came, its prompt written to no one): the prompt, as if the shell had just written it */
  promptAgain(): void {
    // not started yet, or its prompt not drained yet: the host gets it as it comes
    if (this.waiting()?.kind !== "prompt" || this.tty.outputPending > 0) return;
    const p = new TextEncoder().encode(this.prompt());
    if (this.holdPrompt) this.held.push(p);
    else if (this.sink !== null && this.decor) this.sink.write(p);
  }

  /** what was held back goes out (input came); `again`: and is held again — a line the host
   *  answered itself (headless practice's :hint) leaves the shell waiting at the same prompt,
   *  which shows again before the next line */
  release(again = false): void {
    const sink = this.sink;
    if (sink !== null) for (const h of this.held) sink.write(sink.screen ? h : this.log.pass(h));
    if (!again) this.held = [];
  }

  /** the input ended: a prompt held back is dropped */
  dropHeld(): void {
    this.held = [];
  }

  /** the terminal's cursor is at the start of a line (the lab's own notes start there) */
  private atLineStart = true;

  /** the processes asleep reading the terminal, and what they want */
  readers(): { pid: number; kind: "command" | "continuation" | "data" }[] {
    const out: { pid: number; kind: "command" | "continuation" | "data" }[] = [];
    for (const p of this.tty.readable.sleepers) {
      if (p.state !== "sleep") continue;
      out.push({ pid: p.pid, kind: this.tty.readKinds.get(p.pid) ?? "data" });
    }
    return out;
  }

  /**
   * Run the machine until it waits for the host (see Stop). Time moves on by itself here only
   * when a sleep is all the foreground waits for: the clock jumps to the next alarm. Background
   * jobs run meanwhile but never hold the host: a shell at its prompt is at its prompt, and a
   * `sleep 1` ends even while `yes > /dev/null &` runs.
   */
  drive(budget = Infinity, opts: { clock?: boolean } = {}): Stop {
    const k = this.machine.sched;
    let used = 0;
    for (;;) {
      used += k.run(Math.min(SLICE, Math.max(1, budget - used)));
      this.pump();
      const st = this.stopped();
      if (st !== null) return st;
      if (this.proc.state === "stop") this.continueLogin();
      if (k.runnable && this.foregroundRunnable()) {
        if (used >= budget) return { kind: "budget" };
        continue;
      }
      // the foreground waits (only the background may run): for a line, for time, for a job
      const waiting = this.waiting();
      if (waiting !== null) return waiting;
      const alarm = k.nextAlarm();
      if (alarm === null) {
        if (!k.runnable) return { kind: "stuck" };
        // the foreground waits for what only the background can give (wait, a pipe)
        if (used >= budget) return { kind: "budget" };
        continue;
      }
      if (opts.clock === false) return { kind: "sleep", until: alarm };
      k.advanceTo(alarm);
    }
  }

  /**
   * A process of the foreground can run: the shell, or one it started that is not in a
   * background job (nor a descendant of one, nor an orphan: init's children run on their own).
   */
  foregroundRunnable(): boolean {
    const k = this.machine.sched;
    const bg = this.shell.backgroundPids;
    for (const pid of bg) if (k.table.get(pid)?.state === "zombie" || !k.table.has(pid)) bg.delete(pid);
    for (const p of k.runnableProcs()) {
      if (p === this.proc) return true;
      for (let q: Proc | undefined = p; q !== undefined && !bg.has(q.pid); q = k.table.get(q.ppid)) {
        if (q === this.proc) return true;
        if (q.ppid === q.pid || q.pid <= 1) break;
      }
    }
    return false;
  }

  /**
   * The login shell stopped itself (kill -STOP $$). A real session would hang until its terminal
   * is closed: nothing is left to continue the shell. The lab says so and continues it.
   */
  private continueLogin(): void {
    this.note("looplab: the login shell was stopped; nothing could continue it (the session would hang), so the lab does");
    this.machine.sched.signal(this.proc, "SIGCONT");
  }

  /** the shell has ended (its status is in exitStatus) */
  stoppedNow(): boolean {
    return this.stopped() !== null;
  }

  /** the shell has ended */
  private stopped(): Stop | null {
    if (this.proc.state !== "zombie" && this.proc.body !== null) return null;
    if (this.exitStatus === null) {
      const st = this.proc.status;
      this.exitStatus = st === null ? 0 : "code" in st ? st.code : 128 + this.os.signals.number(st.signal);
    }
    return { kind: "exit", status: this.exitStatus };
  }

  /** what the terminal's readers wait for, when no typed line is left for them */
  waiting(): Stop | null {
    if (this.tty.pendingInput > 0) return null;
    // the common case first: the shell alone waits, for its next line
    const q = this.tty.readable.sleepers;
    if (q.length === 1 && q[0] === this.proc && this.proc.state === "sleep") {
      const kind = this.tty.readKinds.get(this.proc.pid);
      if (kind === "command") return { kind: "prompt" };
      if (kind === "continuation") return { kind: "continuation" };
    }
    const readers = this.readers();
    // a shell at its prompt: the login shell, or one started from it (ksh)
    const sh = readers.find((r) => r.kind !== "data");
    if (sh) return { kind: sh.kind === "command" ? "prompt" : "continuation" };
    const other = readers[0];
    return other ? { kind: "input", pid: other.pid } : null;
  }

  /**
   * An answer typed for a program that reads the terminal: a line (with Enter) in canonical mode;
   * in non-canonical mode the keys themselves, Enter only for an empty answer (a typed line is
   * its bytes: "q" then Enter at more's prompt would be q for more and an empty line for the
   * shell after it).
   */
  typeAnswer(answer: string): void {
    if (!this.tty.raw) this.tty.typeLine(answer);
    else this.tty.typeText(answer === "" ? "\n" : answer);
  }

  /** Ctrl-C: the terminal echoes ^C (unless the host's own terminal did: `echo` false) and the
   *  foreground process group gets SIGINT */
  interrupt(echo = true): void {
    const atPrompt = this.waiting()?.kind === "prompt";
    this.tty.flushInput();
    // the terminal echoes the interrupt character only with ECHO on (more has it off)
    if (echo && this.tty.termios.echo) this.tty.hostWrite("^C", atPrompt);
    this.machine.sched.signalGroup(this.tty.pgrp, "SIGINT");
  }

  /** Ctrl-Z: ^Z, and the foreground process group stops (the shell ignores it) */
  suspend(echo = true): void {
    this.tty.flushInput();
    if (echo && this.tty.termios.echo) this.tty.hostWrite("^Z");
    this.machine.sched.signalGroup(this.tty.pgrp, "SIGTSTP");
  }

  /** Ctrl-\: SIGQUIT to the foreground process group */
  quit(echo = true): void {
    this.tty.flushInput();
    if (echo && this.tty.termios.echo) this.tty.hostWrite("^\\");
    this.machine.sched.signalGroup(this.tty.pgrp, "SIGQUIT");
  }

  /**
   * Run one command line (or several lines of text) as if typed at the prompt, to the end: its
   * output (without the prompt and the echo) goes to `term`; returns $?. A process that reads
   * the terminal gets end of file; one that waits for ever is interrupted, and one that runs past
   * the step budget is ended, each with a line that says so.
   */
  run(src: string, term: TermSink, budget = Number(this.machine.setting("step_budget", DEFAULT_STEP_BUDGET))): number {
    if (this.exitStatus !== null) return this.exitStatus;
    this.sink = term;
    try {
      for (const line of src.split("\n")) this.tty.typeLine(line);
      this.finish(budget, src);
    } finally {
      this.sink = null;
    }
    return this.exitStatus ?? this.state.lastStatus;
  }

  /** drive until the shell is back at its prompt, answering the terminal with end of file */
  finish(budget: number, what: string, answer: (pid: number) => string | null = () => null): void {
    let start = this.machine.sched.steps;
    let ended = 0;
    for (;;) {
      const stop = this.drive(Math.max(1, budget - (this.machine.sched.steps - start)));
      switch (stop.kind) {
        case "prompt":
        case "exit":
          return;
        case "continuation":
          this.tty.typeEof();
          break;
        case "input": {
          const line = answer(stop.pid);
          if (line === null) this.tty.typeEof();
          else this.typeAnswer(line);
          break;
        }
        case "stuck":
        case "budget":
          ended = this.overrun(stop.kind, what, budget, ended);
          start = this.machine.sched.steps;
          break;
        case "sleep":
          this.machine.sched.advanceTo(stop.until);
          break;
      }
    }
  }

  /**
   * End what runs in the foreground: its process group, and the shell's own command line (the
   * shell takes SIGINT as Ctrl-C). `hard`: SIGKILL for what ignored that, and a shell that does
   * not take SIGINT (not interactive) is killed too.
   */
  kill(hard = false): void {
    const k = this.machine.sched;
    const sig = hard ? "SIGKILL" : "SIGINT";
    if (this.tty.pgrp !== this.proc.pgid) k.signalGroup(this.tty.pgrp, sig);
    for (const p of [...this.machine.procs()]) if (p !== this.proc && p.body && p.pgid === this.proc.pgid && p.sid === this.proc.sid) k.signal(p, sig);
    if (hard && !this.state.interactive) k.signal(this.proc, "SIGKILL");
    else {
      this.shell.abortLine = true;
      // a shell asleep in a built-in (wait for a job that never ends) wakes to see it
      k.abortWait(this.proc);
    }
    this.tty.flushInput();
  }

  /**
   * What a host does when the command line `what` waits for something that never comes (stuck:
   * Ctrl-C) or runs past the step budget: a line that says so and Ctrl-C; past the budget again,
   * SIGKILL for what ignored that; a third time the shell itself runs away (a trap that loops),
   * and the session ends. `ended`: how often the budget ran out for this line; the new count.
   */
  overrun(kind: "stuck" | "budget", what: string, budget: number, ended: number): number {
    if (kind === "stuck") {
      this.note(`looplab: ${firstLine(what)}: waits for something that never comes; interrupted (^C)`);
      this.interrupt();
      return ended;
    }
    if (ended === 0) this.note(`looplab: ${firstLine(what)}: still running after ${budget} steps (the step budget); ended`);
    if (ended < 2) this.kill(ended > 0);
    else {
      this.note("looplab: the shell did not stop; the session ends");
      this.machine.sched.signal(this.proc, "SIGKILL");
    }
    return ended + 1;
  }

  /** the layers' vnode operations show on this terminal (showTrace) */
  traceShown = false;

  /**
   * A scenario's `trace: true`: from now on each vnode operation through a layer is written on
   * the terminal as it happens, the line `--trace` prints on standard error (engine/tracefmt.ts).
   * It goes into the terminal's output queue, so it comes in order with what the processes
   * wrote before and after it, as on a terminal that shows both streams; a transcript, a replay
   * and a cast all see the same lines.
   */
  showTrace(): void {
    if (this.traceShown) return;
    this.traceShown = true;
    this.machine.trace = true;
    this.machine.events.on((e) => {
      if (e.kind === "vnodeop") this.tty.hostWrite(formatTrace(e) + "\n");
    });
  }

  /** a line of the lab's own on the terminal */
  note(text: string): void {
    this.pump();
    this.tty.hostWrite((this.atLineStart ? "" : "\n") + text + "\n");
    this.pump();
  }

  /**
   * Like run(), for input that arrives line by line: null (and nothing runs) when the text
   * needs more lines, so the caller appends the next line and feeds again.
   */
  feed(src: string, term: TermSink): number | null {
    if (this.needsMore(src)) return null;
    return this.run(src, term);
  }

  /** The shell ends without `exit` (end of input, Ctrl-D, the lab closing): the EXIT trap runs. */
  logout(term: TermSink): void {
    if (this.exitStatus !== null) return;
    this.sink = term;
    try {
      this.tty.typeEof();
      this.finish(Number(this.machine.setting("step_budget", DEFAULT_STEP_BUDGET)), "logout");
    } finally {
      this.sink = null;
    }
  }
}

/** the cursor is at the start of a line after `data`: it ended one, or erased the line */
function endsLine(data: Uint8Array): boolean {
  const n = data.length;
  if (data[n - 1] === 10) return true;
  const e = ERASE_LINE.length;
  const tail = data[n - 1] === 13 ? 1 : 0;
  if (n < e + tail) return false;
  for (let k = 0; k < e; k++) if (data[n - tail - e + k] !== ERASE_LINE.charCodeAt(k)) return false;
  return true;
}

function firstLine(s: string): string {
  const l = s.split("\n")[0]!;
  return l.length > 60 ? l.slice(0, 57) + "..." : l;
}

export function createSession(opts: SessionOptions = {}): Session {
  const entry = osEntry(opts.os ?? "aix");
  const clock = typeof opts.clock === "number" ? opts.clock : parseClock(opts.clock ?? DEFAULT_CLOCK);
  const boot = entry.boot({
    clock,
    ...(opts.hostname ? { hostname: opts.hostname } : {}),
    settings: opts.settings ?? {},
    samples: opts.samples ?? true,
  });
  const { sys } = boot;
  applySetup(sys, opts.setup ?? {}, opts.baseDir);
  for (const [host, lab] of opts.imports ?? []) importHostFile(sys, host, lab);
  return new Session(boot, {
    columns: opts.columns ?? 80,
    interactive: opts.interactive ?? true,
    ...(opts.terminal !== undefined ? { terminal: opts.terminal } : {}),
    ...(opts.command !== undefined ? { command: opts.command } : {}),
  });
}

/** run one command line and return what the terminal shows and the status */
export function runLine(session: Session, line: string): { output: string; status: number } {
  const t = new Transcript();
  const status = session.run(line, t);
  return { output: t.text(), status };
}

/** a terminal sink that keeps everything written, in order */
export class Transcript implements TermSink {
  private buf = new Buffer();
  write(data: string | Uint8Array): void {
    this.buf.write(data);
  }
  text(): string {
    return this.buf.text();
  }
}
