// env: displays the environment, or runs a command in a modified environment.
import type { Co } from "../../kernel/proc/wait.js";
import { osStatus } from "../formats.js";
import type { CommandContext, CommandDef, Env } from "../types.js";
import { err, exitAfter } from "./msg.js";

/** an environment of its own for the command env runs (all of it exported) */
class CommandEnv implements Env {
  private vars = new Map<string, string>();
  constructor(initial: [string, string][]) {
    for (const [k, v] of initial) this.vars.set(k, v);
  }
  get(name: string): string | undefined {
    return this.vars.get(name);
  }
  set(name: string, value: string): void {
    this.vars.set(name, value);
  }
  unset(name: string): void {
    this.vars.delete(name);
  }
  export(): void {}
  exported(): [string, string][] {
    return [...this.vars].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }
}

function* run(ctx: CommandContext): Co<number> {
  const args = ctx.argv.slice(1);
  let i = 0;
  let clean = false;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === "-i" || a === "-") clean = true;
    else if (a === "--") {
      i++;
      break;
    } else if (a.startsWith("-") && a.length > 1) {
      err(ctx, "getopt.badflag", ctx.argv[0] ?? "env", a[1]!);
      err(ctx, "env.usage");
      return exitAfter(ctx, "env.usage", 2);
    } else break;
  }
  const env = new CommandEnv(clean ? [] : ctx.shell.env.exported());
  for (; i < args.length && /^[^=]+=/.test(args[i]!); i++) {
    const a = args[i]!;
    const eq = a.indexOf("=");
    env.set(a.slice(0, eq), a.slice(eq + 1));
  }
  if (i >= args.length) {
    ctx.stdout.write(env.exported().map(([n, v]) => `${n}=${v}\n`).join(""));
    return 0;
  }
  const name = args[i]!;
  const def = ctx.os.commands.get(name.includes("/") ? name.slice(name.lastIndexOf("/") + 1) : name);
  if (!def) {
    err(ctx, "env.notfound", name, ctx.os.strerror("ENOENT"));
    return 127;
  }
  ctx.machine.sched.exec(ctx.sys.proc, args.slice(i), def.path ?? name);
  const r = def.run({ ...ctx, argv: args.slice(i), shell: { ...ctx.shell, env } });
  // env became the program: its status is the program's, as that system's program exits
  return osStatus(ctx.os.formats, def.name, typeof r === "number" ? r : yield* r);
}

export const env: CommandDef = {
  name: "env",
  path: "/usr/bin/env",
  summary: "Displays the current environment or sets the environment for the execution of a command.",
  flags: ["-i"],
  run,
  man: `env Command

Purpose
       Displays the current environment or sets the environment for the
       execution of a command.

Syntax
       env [ -i | - ] [ Name=Value ]... [ Command [ Argument ... ] ]

Description
       The env command lets you get and change your current environment, and
       then run the specified command with the changed environment. Changes in
       the form Name=Value are added to the current environment before the
       command is run. If the -i flag is used, the current environment is
       ignored and the command runs with only the changed environment.

       If no Command parameter is given, the resulting environment is written,
       one Name=Value pair per line.

Flags
       -i   Ignores the current environment; only the variables specified on
            the command line are passed to Command.
`,
};
