// The headless lab: -c, standard input, scenario checks. Never imports ink or react.
//
// Standard input is read as a stream, a line at a time as the machine asks for one: ksh reading a
// script from a pipe takes the next line for a `read` in it, and a slow writer or a script of any
// size is read to its end. Time moves only as the machine's own clock: a sleep is over at once.
// A command line that runs past the step budget (setting step_budget) or waits for something
// that never comes is ended with a line that says so, and the rest of the input runs.
// Headless practice (shell/practiceheadless.ts) drives an exercise's session with the same
// driver and the same output queue: a DriveHost sees each prompt and may take a line itself.
import type { OsName } from "../engine/kernel/machine.js";
import { writeSync } from "node:fs";
import { createSession, DEFAULT_STEP_BUDGET, type Session, type TermSink } from "../engine/session.js";
import type { CliArgs } from "./args.js";
import { traceTo } from "./tracefmt.js";

// Output is collected and written in large pieces: one write(2) per command costs more than
// most commands do. Everything is flushed before the process exits. --trace's lines go to
// standard error through the same queue, so on a terminal they appear where they happened
// among the output: a change of descriptor writes what was collected for the other one first.
const enc = new TextEncoder();
let pending: Uint8Array[] = [];
let pendingBytes = 0;
let pendingFd = 1;
export function flush(): void {
  if (pendingBytes === 0) return;
  const all = new Uint8Array(pendingBytes);
  let o = 0;
  for (const p of pending) {
    all.set(p, o);
    o += p.length;
  }
  pending = [];
  pendingBytes = 0;
  writeAll(pendingFd, all);
}
const gone = new Set<number>();
function writeAll(fd: number, buf: Uint8Array): void {
  let off = 0;
  while (off < buf.length && !gone.has(fd)) {
    try {
      off += writeSync(fd, buf, off, buf.length - off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
      if ((e as NodeJS.ErrnoException).code === "EPIPE") {
        gone.add(fd);
        return;
      }
      throw e;
    }
  }
}
function put(fd: number, b: Uint8Array): void {
  if (fd !== pendingFd) {
    flush();
    pendingFd = fd;
  }
  pending.push(b);
  pendingBytes += b.length;
  if (pendingBytes >= 1 << 16) flush();
}
export const stdoutSink: TermSink = {
  write(data) {
    put(1, typeof data === "string" ? enc.encode(data) : data);
  },
};

/** text for standard error, in its place among the output (the queue keeps the order) */
export function writeErr(text: string): void {
  put(2, enc.encode(text));
}

/** --trace: each layer operation on standard error, where it happened among the output (what the
 *  processes wrote before it is pumped first) */
export function traceToStderr(session: Session): void {
  traceTo(session.machine, (line) => {
    session.pump();
    put(2, enc.encode(line));
  });
}

/** the lines of a stream (or of a text) as they arrive; null at its end */
export class LineSource {
  private buf = "";
  private ended = false;
  private waiter: (() => void) | null = null;
  private dec = new TextDecoder();
  constructor(stream: NodeJS.ReadableStream | null, text?: string) {
    if (text !== undefined) {
      this.buf = text;
      this.ended = true;
      return;
    }
    if (stream === null) {
      this.ended = true;
      return;
    }
    stream.on("data", (d: Buffer) => {
      this.buf += this.dec.decode(d, { stream: true });
      this.wake();
    });
    stream.on("end", () => {
      this.buf += this.dec.decode();
      this.ended = true;
      this.wake();
    });
    stream.on("error", () => {
      this.ended = true;
      this.wake();
    });
  }
  private wake(): void {
    const w = this.waiter;
    this.waiter = null;
    w?.();
  }
  /** a whole line if one is there now: a string, null at the end, undefined for "not yet" */
  take(): string | null | undefined {
    const nl = this.buf.indexOf("\n");
    if (nl >= 0) {
      const line = this.buf.slice(0, nl);
      this.buf = this.buf.slice(nl + 1);
      return line;
    }
    if (!this.ended) return undefined;
    if (this.buf === "") return null;
    const line = this.buf;
    this.buf = "";
    return line;
  }
  /** wait for more of the stream */
  more(): Promise<void> {
    return new Promise((r) => {
      this.waiter = r;
    });
  }
}

export async function runHeadless(args: CliArgs): Promise<number> {
  try {
    return await runSession(args);
  } finally {
    flush();
  }
}

async function runSession(args: CliArgs): Promise<number> {
  // -c is ksh -c; standard input a script (not a terminal); --echo a transcript of a terminal
  const session = createSession({
    os: args.os as OsName,
    imports: args.imports,
    settings: args.settings,
    interactive: args.echo,
    terminal: args.echo,
    ...(args.script !== undefined ? { command: args.script } : {}),
  });
  session.sink = stdoutSink;
  if (args.trace) traceToStderr(session);
  session.decor = args.echo;
  session.holdPrompt = args.echo;
  return playStdin(session, {}, args.script ?? null);
}

/** run the session to its end on standard input (then let it go: the process can end) */
export async function playStdin(session: Session, host: DriveHost = {}, script: string | null = null): Promise<number> {
  const input = new LineSource(process.stdin);
  try {
    return await drive(session, input, script, host);
  } finally {
    process.stdin.pause();
    process.stdin.destroy();
  }
}

/** what a host adds to the plain headless lab's driver (headless practice) */
export interface DriveHost {
  /** the shell waits at its prompt: every command line before has run (called again after a
   *  line the host took) */
  atPrompt?(): void;
  /** a line of input for the shell at its prompt: true when the host takes it itself (it never
   *  reaches the shell, which goes on waiting at the same prompt) */
  takes?(line: string): boolean;
}

/** run the session to its end, giving it the input lines as it asks for them; the shell's status */
export async function drive(session: Session, input: LineSource, script: string | null, host: DriveHost = {}): Promise<number> {
  const m = session.machine;
  const budget = Number(m.setting("step_budget", DEFAULT_STEP_BUDGET));
  let lineStart = m.sched.steps;
  let what = script ?? "";
  let ended = 0;
  for (;;) {
    const stop = session.drive(Math.max(1, budget - (m.sched.steps - lineStart)));
    switch (stop.kind) {
      case "exit":
        return stop.status;
      case "prompt":
      case "continuation":
      case "input": {
        if (stop.kind === "prompt") host.atPrompt?.();
        let line = input.take();
        while (line === undefined) {
          flush();
          await input.more();
          line = input.take();
        }
        if (line !== null && stop.kind === "prompt" && host.takes?.(line)) break;
        if (line === null) {
          session.dropHeld();
          session.tty.typeEof();
        } else {
          session.release();
          // a line of input for a program that reads single keys (more) is its keys
          if (stop.kind === "input") session.typeAnswer(line);
          else session.tty.typeLine(line);
        }
        if (stop.kind !== "input") {
          // a new command line: its own budget
          lineStart = m.sched.steps;
          if (line !== null) what = stop.kind === "prompt" ? line : what;
          ended = 0;
        }
        break;
      }
      case "stuck":
      case "budget":
        ended = session.overrun(stop.kind, what, budget, ended);
        lineStart = m.sched.steps;
        break;
      case "sleep":
        m.sched.advanceTo(stop.until);
        break;
    }
  }
}

/**
 * Run a short session without output, so that the functions a start-up needs are compiled when
 * the build records V8's code cache for the headless bundle (scripts/build.mjs).
 */
export function warm(): void {
  const session = createSession({});
  const sink: TermSink = { write() {} };
  for (const line of ["true", "ls /", "lsdev -C | grep loop", 'loopmount -i /backup/cd_image -o "-V cdrfs -o ro" -m /mnt', "df /mnt", "loopumount -l loop0 -m /mnt"]) session.run(line, sink);
}
