// The plain line REPL on the default machine (no ink): a terminal that cannot move its cursor
// (TERM=dumb or no TERM: an editor's shell buffer), or a terminal on stdin with stdout elsewhere.
// readline reads the lines (and gives Ctrl-C as an event, never a death of the lab); the machine
// runs between them as in the full lab: a few milliseconds at a time, sleeps on real timers.
import { createInterface } from "node:readline";
import { createSession } from "../engine/session.js";
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
  let alarm: { at: number; due: number } | null = null;
  let timer: NodeJS.Timeout | null = null;
  let soon: NodeJS.Immediate | null = null;
  return await new Promise<number>((resolve) => {
    const finish = (code: number) => {
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
        if (alarm && performance.now() >= alarm.due) {
          k.advanceTo(alarm.at);
          alarm = null;
        }
        k.run(20_000);
        session.pump();
      } while (k.runnable && !session.stoppedNow() && performance.now() - t0 < 10);
      if (session.stoppedNow()) return finish(session.exitStatus ?? 0);
      if (k.runnable) {
        soon = setImmediate(step);
        return;
      }
      const at = k.nextAlarm();
      if (at === null) return;
      if (!alarm || alarm.at !== at) alarm = { at, due: performance.now() + Math.max(0, at - session.machine.clock.now()) * 1000 };
      timer = setTimeout(step, Math.max(0, alarm.due - performance.now()) + 1);
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
    // Ctrl-C: ^C and SIGINT to the foreground; the lab itself goes on
    rl.on("SIGINT", () => {
      session.interrupt();
      wake();
    });
    rl.on("SIGTSTP", () => {
      session.suspend();
      wake();
    });
    wake();
  });
}
