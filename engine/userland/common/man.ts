// man: displays the manual page of a command of this system.
import { toolStatus } from "../formats.js";
import type { CommandContext, CommandDef } from "../types.js";
import { err } from "./msg.js";

function run(ctx: CommandContext): number {
  const names = ctx.argv.slice(1).filter((a) => a !== "--");
  if (names.length === 0 || names.some((a) => a.startsWith("-"))) {
    err(ctx, "man.usage");
    return toolStatus(ctx.os.formats, "man.usage", 1);
  }
  let status = 0;
  let first = true;
  for (const n of names) {
    // the shell's own built-ins with no file (bash's type, ksh93's print) have pages too
    const c = ctx.os.commands.get(n) ?? ctx.os.shell.commands?.get(n);
    if (!c) {
      err(ctx, "man.noentry", n);
      // Solaris's man.c says it on standard output and still exits 0
      status = Math.max(status, toolStatus(ctx.os.formats, "man.noentry", 1));
      continue;
    }
    if (!first) ctx.stdout.write("\n");
    first = false;
    ctx.stdout.write(c.man.endsWith("\n") ? c.man : c.man + "\n");
  }
  return status;
}

export const man: CommandDef = {
  name: "man",
  path: "/usr/bin/man",
  summary: "Displays manual entries online.",
  run,
  man: `man Command

Purpose
       Displays manual entries online.

Syntax
       man Title ...

Description
       The man command displays information from the reference manuals for
       each command named by the Title parameter.

Exit Status
       0    Successful completion.
       >0   A manual entry was not found, or an error occurred.
`,
};
