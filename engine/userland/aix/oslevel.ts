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
  summary: "report the operating system level",
  flags: ["-r", "-s"],
  man: `oslevel — reports the latest installed level of the operating system

  oslevel [-r | -s]

Without flags prints the base level (7.2.0.0); -r the technology level
(7200-05); -s the service pack (7200-05-03-2148).
`,
};
