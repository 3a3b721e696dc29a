// The plain line REPL on the default machine (no ink): a terminal that cannot move its cursor
// (TERM=dumb or no TERM: an editor's shell buffer), or a terminal on stdin with stdout elsewhere.
// It reads lines, also while a program has the terminal in non-canonical mode: at more's prompt
// a key is typed and then Enter (which more does not see), Enter alone is Enter.
// readline reads the lines (and gives Ctrl-C as an event, never a death of the lab); the machine
// runs between them as in the full lab: a few milliseconds at a time, sleeps on real timers.
import type { OsName } from "../engine/kernel/machine.js";
import { createInterface, type Interface } from "node:readline";
import tty from "node:tty";
import { createSession } from "../engine/session.js";
import { pumpFor, RealTimeAlarm } from "./realtime.js";
import type { CliArgs } from "./args.js";
import { traceTo } from "./tracefmt.js";

export async function runRepl(args: CliArgs): Promise<number> {
  const session = createSession({ os: args.os as OsName, imports: args.imports, settings: args.settings });
  const term = process.env.TERM ?? "";
  const editing = !!process.stdout.isTTY && term !== "" && term !== "dumb";
  // the shell's prompts and the echo of what it reads: readline shows the typed line itself
  session.decor = true;
  session.tty.echo = false;
  session.sink = { screen: true, write: (d) => void process.stdout.write(d) };
  if (args.trace) traceTo(session.machine, (line) => void process.stderr.write(line));
  const now = () => performance.now();
  const alarm = new RealTimeAlarm(session.machine.sched, session.machine.clock, now);
  let timer: NodeJS.Timeout | null = null;
  let soon: NodeJS.Immediate | null = null;
  return await new Promise<number>((resolve) => {
    const keys: [NodeJS.Signals, () => void][] = [];
    let rl: Interface | null = null;
    let input: NodeJS.ReadableStream = process.stdin;
    let finished = false;
    const finish = (code: number) => {
      finished = true;
      for (const [sig, fn] of keys) process.off(sig, fn);
      if (timer) clearTimeout(timer);
      if (soon) clearImmediate(soon);
      rl?.close();
      // a terminal reopened after an end of file would keep the lab's process alive
      if (input !== process.stdin) (input as tty.ReadStream).destroy();
      resolve(code);
    };
    // the lab's output went to a pipe whose reader is gone (looplab | tee, and Ctrl-C ended tee
    // too): nothing can be shown any more; the lab ends as a program killed by SIGPIPE would
    process.stdout.on("error", () => finish(141));
    const step = () => {
      timer = null;
      soon = null;
      const r = pumpFor(session, alarm, 10, now);
      if (r.kind === "exit") return finish(session.exitStatus ?? 0);
      if (r.kind === "busy") soon = setImmediate(step);
      else if (r.kind === "sleep") timer = setTimeout(step, Math.max(0, r.ms) + 1);
    };
    const wake = () => {
      if (timer) clearTimeout(timer);
      if (soon) clearImmediate(soon);
      step();
    };
    // the lines typed; Ctrl-D on an empty line is one end of file for whoever reads (cat, read,
    // or the shell, which then logs out): the terminal is read again after it
    const listen = (from: NodeJS.ReadableStream) => {
      input = from;
      const r = createInterface({ input: from, output: process.stdout, terminal: editing, prompt: "" });
      rl = r;
      r.on("line", (line) => {
        // a program that reads single keys (more, pg: the terminal non-canonical) gets the keys
        // typed on the line without its Enter; Enter alone is Enter (readline gives lines only)
        session.typeAnswer(line);
        wake();
      });
      r.on("close", () => {
        if (finished || session.stoppedNow()) return;
        session.tty.typeEof();
        wake();
        if (!finished) listen(editing ? process.stdin : new tty.ReadStream(0));
      });
      if (editing) {
        r.on("SIGINT", () => signalKey("interrupt"));
        r.on("SIGTSTP", () => signalKey("suspend"));
      }
    };
    // Ctrl-C: ^C and SIGINT to the foreground; the lab itself goes on. With line editing
    // readline has the terminal in raw mode and reports the keys; without it (TERM=dumb) the
    // terminal stays in cooked mode: it edits the line, echoes ^C itself and sends the host's
    // signals, which come here instead of stopping or ending the lab.
    const signalKey = (what: "interrupt" | "suspend" | "quit") => {
      session[what](editing);
      wake();
    };
    if (editing) {
      // readline has no event for Ctrl-\: the raw byte
      process.stdin.on("keypress", (s: string | undefined) => s === "\x1c" && signalKey("quit"));
    } else {
      const keyOf = { SIGINT: "interrupt", SIGTSTP: "suspend", SIGQUIT: "quit" } as const;
      for (const [sig, what] of Object.entries(keyOf) as [NodeJS.Signals, "interrupt" | "suspend" | "quit"][]) {
        const fn = () => signalKey(what);
        process.on(sig, fn);
        keys.push([sig, fn]);
      }
    }
    listen(process.stdin);
    wake();
  });
}
