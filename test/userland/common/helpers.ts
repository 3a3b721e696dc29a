// A bare AIX machine with the common commands, and a runner that captures a command's output.
import { bareMachine } from "../../../engine/kernel/bare.js";
import { parseClock } from "../../../engine/kernel/clock.js";
import { aixPersonality } from "../../../engine/os/aix/personality.js";
import { commonCommands } from "../../../engine/userland/common/index.js";
import { ShellEnv } from "../../../engine/userland/sh/env.js";
import { Buffer, MemIn, type CommandContext, type ShellState } from "../../../engine/userland/types.js";
import type { Co } from "../../../engine/kernel/proc/wait.js";

export function lab(opts: { clock?: string; env?: Record<string, string> } = {}) {
  const { machine, sys } = bareMachine("aix", { clock: parseClock(opts.clock ?? "2013-11-27T06:43:00Z"), hostname: "lab" });
  const os = aixPersonality(new Map(commonCommands().map((c) => [c.name, c])));
  const shell: ShellState = {
    env: new ShellEnv({ HOME: "/", PWD: "/", ...(opts.env ?? {}) }),
    lastStatus: 0,
    exitRequested: null,
    history: [],
  };
  /**
   * A command that is a coroutine runs as the process of `sys` under the scheduler: a sleep moves
   * the clock, and one that runs on (yes) or waits for ever is ended after `budget` steps.
   */
  const asProcess = (co: Co<number>, budget: number): number => {
    const k = machine.sched;
    const p = sys.proc;
    for (let step = 0; step < budget; step++) {
      const r = co.next();
      if (r.done) return r.value;
      if (r.value === undefined) continue;
      // asleep: a timer moves the clock to it; anything else would wait for ever
      if (r.value !== p.timerq || p.alarm === null) break;
      k.advanceTo(p.alarm);
    }
    k.clearAlarm(p);
    return 130;
  };
  const run = (argv: string[], o: { stdin?: string | Uint8Array; tty?: boolean; columns?: number; budget?: number } = {}) => {
    const stdout = new Buffer();
    const stderr = new Buffer();
    const def = os.commands.get(argv[0]!.replace(/.*\//, ""));
    if (!def) throw new Error(`no command ${argv[0]}`);
    const ctx: CommandContext & { isTTY?: boolean } = {
      argv,
      stdin: typeof o.stdin === "string" ? MemIn.text(o.stdin) : new MemIn(o.stdin ?? new Uint8Array(0)),
      stdout,
      stderr,
      sys,
      machine,
      shell,
      os,
      columns: o.columns ?? 80,
    };
    if (o.tty !== undefined) ctx.isTTY = o.tty;
    const r = def.run(ctx);
    const status = typeof r === "number" ? r : asProcess(r, o.budget ?? 2000);
    return { status, out: stdout.text(), err: stderr.text(), bytes: stdout.bytes() };
  };
  const write = (path: string, text: string | Uint8Array) => sys.writeFile(path, text);
  const read = (path: string) => new TextDecoder().decode(sys.readFile(path));
  return { machine, sys, os, shell, run, write, read };
}
