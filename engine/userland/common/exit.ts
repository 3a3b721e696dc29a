// exit: the shell builtin. Ends the session with the given status (default: the last status).
import type { CommandContext, CommandDef } from "../types.js";
import { err } from "./msg.js";

function run(ctx: CommandContext): number {
  const a = ctx.argv[1];
  let status = ctx.shell.lastStatus;
  if (a !== undefined) {
    if (!/^[-+]?\d+$/.test(a)) {
      err(ctx, "exit.badnum", a);
      return 1;
    }
    status = Number(a);
  }
  status = ((status % 256) + 256) % 256;
  ctx.shell.exitRequested = status;
  return status;
}

export const exit: CommandDef = {
  name: "exit",
  summary: "Exits the shell.",
  run,
  man: `exit Command (ksh built-in)

Purpose
       Exits the shell.

Syntax
       exit [ n ]

Description
       Causes the shell to exit with the exit status specified by the n
       parameter. If you omit n, the exit status is that of the last command
       run.
`,
};
