// oslevel (AIX): the operating system level.
import { err, msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { parseFlags } from "./util.js";

function run(ctx: CommandContext): number {
  const r = parseFlags(ctx, "rsql:g:", "oslevel.usage");
  if (!r) return 1;
  if (r.operands.length) {
    err(ctx, "oslevel.usage");
    return 1;
  }
  const has = (f: string) => r.opts.some((o) => o.flag === f);
  if (has("s")) ctx.stdout.write(msg(ctx, "oslevel.s") + "\n");
  else if (has("r")) ctx.stdout.write(msg(ctx, "oslevel.s").slice(0, 7) + "\n");
  else ctx.stdout.write(msg(ctx, "oslevel.level") + "\n");
  return 0;
}

export const oslevel: CommandDef = {
  name: "oslevel",
  run,
  path: "/usr/bin/oslevel",
  summary: "Reports the latest installed level of the operating system.",
  flags: ["-r", "-s"],
  man: `oslevel Command

Purpose
       Reports the latest installed level of the operating system.

Syntax
       oslevel [ -r | -s ] [ -q ]

Description
       Without a flag the oslevel command writes the base level of the
       operating system (7.2.0.0).

Flags
       -q   Lists the known levels.
       -r   Writes the highest technology level (7200-05).
       -s   Writes the highest service pack (7200-05-03-2148).

Exit Status
       0    The level was written.
       >0   An error occurred.
`,
};
