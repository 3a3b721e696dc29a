// The plain line REPL on the default machine (no ink): a terminal that cannot move its cursor
// (TERM=dumb or no TERM: an editor's shell buffer), or a terminal on stdin with stdout elsewhere.
// readline reads the lines (and gives Ctrl-C as an event, never a death of the lab); the machine
// runs between them as in the full lab: a few milliseconds at a time, sleeps on real timers.
import { createInterface } from "node:readline";
import { createSession, SLICE } from "../engine/session.js";
import { RealTimeAlarm } from "./realtime.js";
import type { CliArgs } from "./args.js";

export async function runRepl(args: CliArgs): Promise<number> {
  const session = createSession({ os: args.os as "aix", imports: args.imports, settings: args.settings });
  const term = process.env.TERM ?? "";
  const editing = !!process.stdout.isTTY && term !== "" && term !== "dumb";
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: editing, prompt: "" });
  // the shell's prompts and the echo of what it reads: readline shows the typed line itself
  session.decor = true;
  session.tty.echo = false;
  session.sink = { write: (d) => void process.stdout.write(d) };
  const k = session.machine.sched;
  const alarm = new RealTimeAlarm(k, session.machine.clock, () => performance.now());
  let timer: NodeJS.Timeout | null = null;
  let soon: NodeJS.Immediate | null = null;
  return await new Promise<number>((resolve) => {
    const keys: [NodeJS.Signals, () => void][] = [];
    const finish = (code: number) => {
      for (const [sig, fn] of keys) process.off(sig, fn);
      if (timer) clearTimeout(timer);
      if (soon) clearImmediate(soon);
      rl.close();
      resolve(code);
    };
    const step = () => {
      timer = null;
      soon = null;
      const t0 = performance.now();
      do {
        alarm.fire();
        k.run(SLICE);
        session.pump();
      } while (k.runnable && !session.stoppedNow() && performance.now() - t0 < 10);
      if (session.stoppedNow()) return finish(session.exitStatus ?? 0);
      const left = alarm.arm();
      if (k.runnable) {
        soon = setImmediate(step);
        return;
      }
      if (left === null) return;
      timer = setTimeout(step, Math.max(0, left) + 1);
    };
    const wake = () => {
      if (timer) clearTimeout(timer);
      if (soon) clearImmediate(soon);
      step();
    };
    rl.on("line", (line) => {
      session.tty.typeLine(line);
      wake();
    });
    rl.on("close", () => {
      // end of input (Ctrl-D): the reader gets end of file; the shell logs out
      if (session.stoppedNow()) return;
      session.tty.typeEof();
      wake();
    });
    // Ctrl-C: ^C and SIGINT to the foreground; the lab itself goes on. With line editing
    // readline has the terminal in raw mode and reports the keys; without it (TERM=dumb) the
    // terminal stays in cooked mode: it edits the line, echoes ^C itself and sends the host's
    // signals, which come here instead of stopping or ending the lab.
    const keyOf = { SIGINT: "interrupt", SIGTSTP: "suspend", SIGQUIT: "quit" } as const;
    for (const [sig, what] of Object.entries(keyOf) as [keyof typeof keyOf, (typeof keyOf)[keyof typeof keyOf]][]) {
      const fn = () => {
        session[what](editing);
        wake();
      };
      if (editing) {
        if (sig !== "SIGQUIT") rl.on(sig, fn);
        // readline has no event for Ctrl-\: the raw byte
        else process.stdin.on("keypress", (s: string | undefined) => s === "\x1c" && fn());
      } else {
        process.on(sig, fn);
        keys.push([sig, fn]);
      }
    }
    wake();
  });
}
