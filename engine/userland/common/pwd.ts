// pwd: the shell builtin; writes the logical current directory (PWD), or with -P the physical one.
// A shell whose dialect has ash's cd (BSD's sh) prints its own name of the directory: ../sh/cdash.ts.
import type { CommandContext, CommandDef } from "../types.js";
import { logicalCwd } from "./cd.js";
import { ashPwd } from "../sh/cdash.js";
import { err, errnoOf, exitAfter } from "./msg.js";

function run(ctx: CommandContext) {
  return ctx.os.shell.cd === "ash" ? ashPwd(ctx) : kshPwd(ctx);
}

function kshPwd(ctx: CommandContext): number {
  let physical = false;
  for (const a of ctx.argv.slice(1)) {
    if (a === "-P") physical = true;
    else if (a === "-L") physical = false;
    else if (a === "--") break;
    else if (a.startsWith("-")) {
      err(ctx, "pwd.badopt", a);
      return exitAfter(ctx, "pwd.badopt", 1);
    } else break;
  }
  if (!physical) {
    ctx.stdout.write(logicalCwd(ctx) + "\n");
    return 0;
  }
  try {
    ctx.stdout.write(ctx.sys.getcwd() + "\n");
    return 0;
  } catch (e) {
    err(ctx, "pwd.error", ctx.os.strerror(errnoOf(e)));
    return 1;
  }
}

export const pwd: CommandDef = {
  name: "pwd",
  path: "/usr/bin/pwd",
  summary: "Displays the path name of the working directory.",
  flags: ["-L", "-P"],
  run,
  man: `pwd Command

Purpose
       Displays the path name of the working directory.

Syntax
       pwd [ -L | -P ]

Description
       The pwd command writes to standard output the full path name of your
       current directory (from the root directory).

Flags
       -L   Writes the logical path (the value of PWD). This is the default.
       -P   Writes the physical path, with all symbolic links resolved.

Exit Status
       0    Successful completion.
       >0   An error occurred.
`,
};
