// A bare AIX machine with the common commands, and a runner that captures a command's output.
import { bareMachine } from "../../../engine/kernel/bare.js";
import { parseClock } from "../../../engine/kernel/clock.js";
import { aixPersonality } from "../../../engine/os/aix/personality.js";
import { commonCommands } from "../../../engine/userland/common/index.js";
import { ShellEnv } from "../../../engine/userland/sh/env.js";
import { Buffer, In, type CommandContext, type ShellState } from "../../../engine/userland/types.js";

export function lab(opts: { clock?: string; env?: Record<string, string> } = {}) {
  const { machine, sys } = bareMachine("aix", { clock: parseClock(opts.clock ?? "2013-11-27T06:43:00Z"), hostname: "lab" });
  const os = aixPersonality(new Map(commonCommands().map((c) => [c.name, c])));
  const shell: ShellState = {
    env: new ShellEnv({ HOME: "/", PWD: "/", ...(opts.env ?? {}) }),
    lastStatus: 0,
    exitRequested: null,
    history: [],
  };
  const run = (argv: string[], o: { stdin?: string | Uint8Array; tty?: boolean; columns?: number } = {}) => {
    const stdout = new Buffer();
    const stderr = new Buffer();
    const def = os.commands.get(argv[0]!.replace(/.*\//, ""));
    if (!def) throw new Error(`no command ${argv[0]}`);
    const ctx: CommandContext & { isTTY?: boolean } = {
      argv,
      stdin: typeof o.stdin === "string" ? In.text(o.stdin) : new In(o.stdin ?? new Uint8Array(0)),
      stdout,
      stderr,
      sys,
      machine,
      shell,
      os,
      columns: o.columns ?? 80,
    };
    if (o.tty !== undefined) ctx.isTTY = o.tty;
    const status = def.run(ctx);
    return { status, out: stdout.text(), err: stderr.text(), bytes: stdout.bytes() };
  };
  const write = (path: string, text: string | Uint8Array) => sys.writeFile(path, text);
  const read = (path: string) => new TextDecoder().decode(sys.readFile(path));
  return { machine, sys, os, shell, run, write, read };
}
