// hostname: sets or displays the name of the current host system.
import type { CommandContext, CommandDef } from "../types.js";
import { basename, getopt } from "./lib.js";
import { err, optionsOf } from "./msg.js";

function run(ctx: CommandContext): number {
  const argv0 = ctx.argv[0] ?? "hostname";
  // the usage names argv[0] as typed (AIX) or its last component (Solaris)
  const usage = () => err(ctx, "hostname.usage", argv0, basename(argv0));
  const r = getopt(ctx.argv.slice(1), optionsOf(ctx, "hostname", "s"));
  let short = false;
  for (const it of r.items) {
    if (it.kind !== "flag") {
      // hostname's own getopt line: Solaris's hostname sets opterr = 0 and has none
      err(ctx, "hostname.badflag", ctx.os.formats.progname(argv0), it.flag);
      usage();
      return 1;
    }
    short = true;
  }
  if (r.operands.length > 1) {
    usage();
    return 1;
  }
  if (r.operands.length === 1) {
    if (ctx.sys.proc.uid !== 0) {
      err(ctx, "hostname.setfail", basename(argv0), ctx.os.strerror("EPERM"));
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
