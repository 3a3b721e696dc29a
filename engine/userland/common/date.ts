// date: print the machine clock, in the system's standard form or a +format; root sets it. The
// options and the syntax of a clock setting are the system's (ctx.os.formats.date: AIX
// mmddHHMM[[cc]yy], 4.4BSD [[[[[cc]yy]mm]dd]hh]mm[.ss] with -n -u -r); the conversions are
// strftime.ts.
import { err } from "./msg.js";
import { formatDate } from "./strftime.js";
import type { CommandContext, CommandDef } from "../types.js";

export { formatDate };

function run(ctx: CommandContext): number {
  const clock = ctx.machine.clock;
  const d = ctx.os.formats.date;
  const req = d.parse(ctx.argv.slice(1), clock.now(), ctx.os.formats.progname(ctx.argv[0] ?? "date"));
  if (req.kind === "error") {
    for (const m of req.messages) err(ctx, m.id, ...m.args);
    return req.status;
  }
  const tz = req.zone ?? (ctx.shell.env.get("TZ") || "UTC");
  let at = clock.now();
  if (req.kind === "set") {
    if (d.setNeedsRoot && ctx.sys.proc.uid !== 0) {
      err(ctx, "date.cantset", ctx.os.strerror("EPERM"));
      return 1;
    }
    clock.set(req.to);
    at = req.to;
  } else if (req.at !== null) at = req.at;
  ctx.stdout.write(formatDate(req.format, at, tz) + "\n");
  return 0;
}

export const date: CommandDef = {
  name: "date",
  run,
  path: "/usr/bin/date",
  summary: "Displays or sets the date or time.",
  man: `date Command

Purpose
       Displays or sets the date or time.

Syntax
       date [ -u ] [ +"Field Descriptors" ]
       date [ -n ] [ -u ] [ mmddHHMM[[cc]yy] ]

Description
       Without a parameter the date command writes the current date and time
       of the machine's clock, such as Wed Nov 27 06:43:00 UTC 2013. A
       parameter that begins with + is a format: each field descriptor (%a
       %A %b %B %c %d %D %e %H %I %j %m %M %p %r %S %T %y %Y %Z and the others
       of strftime) is replaced by its value and other characters are copied.
       The root user sets the clock with mmddHHMM[[cc]yy].

Flags
       -n   Does not set the time globally on all machines in a local area
            network that have their clocks synchronized.
       -u   Displays or sets the time in Coordinated Universal Time (UTC).

Exit Status
       0    The date was written or set.
       >0   An error occurred.
`,
};
