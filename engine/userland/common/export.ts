// export: the shell builtin. Marks variables for the environment of commands; with no operand
// lists the exported variables as name=value, sorted.
import type { CommandContext, CommandDef } from "../types.js";
import { err } from "./msg.js";

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function run(ctx: CommandContext): number {
  const env = ctx.shell.env;
  let args = ctx.argv.slice(1);
  if (args[0] === "-p" || args[0] === "--") args = args.slice(1);
  if (args.length === 0) {
    ctx.stdout.write(env.exported().map(([n, v]) => `${n}=${v}\n`).join(""));
    return 0;
  }
  let status = 0;
  for (const a of args) {
    const eq = a.indexOf("=");
    const name = eq < 0 ? a : a.slice(0, eq);
    if (!NAME.test(name)) {
      err(ctx, "export.badid", name);
      status = 1;
      continue;
    }
    if (eq >= 0) env.set(name, a.slice(eq + 1));
    env.export(name);
  }
  return status;
}

export const exportCmd: CommandDef = {
  name: "export",
  summary: "Marks shell variables for automatic export to the environment of subsequently run commands.",
  run,
  man: `export Command (ksh built-in)

Purpose
       Marks shell variables for automatic export to the environment of
       subsequently run commands.

Syntax
       export [ Name[=Value] ... ]

Description
       The given names are marked for export. Name=Value also assigns Value.
       When no names are given, a list of the exported variables is written to
       standard output as Name=Value lines.
`,
};
