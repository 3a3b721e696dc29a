// hostname: sets or displays the name of the current host system.
import type { CommandContext, CommandDef } from "../types.js";
import { getopt, reportOpt } from "./lib.js";
import { err } from "./msg.js";

function run(ctx: CommandContext): number {
  const r = getopt(ctx.argv.slice(1), "s");
  let short = false;
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      err(ctx, "hostname.usage", ctx.argv[0] ?? "hostname");
      return 1;
    }
    short = true;
  }
  if (r.operands.length > 1) {
    err(ctx, "hostname.usage", ctx.argv[0] ?? "hostname");
    return 1;
  }
  if (r.operands.length === 1) {
    if (ctx.sys.proc.uid !== 0) {
      err(ctx, "hostname.setfail");
      return 1;
    }
    ctx.machine.hostname = r.operands[0]!;
    return 0;
  }
  const name = ctx.machine.hostname;
  ctx.stdout.write((short ? name.split(".")[0]! : name) + "\n");
  return 0;
}

export const hostname: CommandDef = {
  name: "hostname",
  path: "/usr/bin/hostname",
  summary: "Sets or displays the name of the current host system.",
  flags: ["-s"],
  run,
  man: `hostname Command

Purpose
       Sets or displays the name of the current host system.

Syntax
       hostname [ HostName ] [ -s ]

Description
       The hostname command sets or displays the name of the current host
       system. Only users with root authority can set the host name.

Flags
       -s   Trims any domain information from the printed name.
`,
};
