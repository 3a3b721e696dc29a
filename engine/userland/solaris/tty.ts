// tty (Solaris /usr/bin/tty, illumos usr/src/cmd/tty/tty.c): ttyname(0), the terminal on standard
// input, as /dev/ and the device's name (the name ps shows in its TTY column: /dev/pts/1 for
// pts/1), or "not a tty" and status 1; -s prints nothing and only sets the status; -l asks the
// terminal for its synchronous line (STWLINE), which a pseudo terminal has not. A bad option: the
// usage on standard output, status 2.
import { TtyFile } from "../../kernel/proc/file.js";
import { getopt, reportOpt } from "../common/lib.js";
import { msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";

/** ttyname(0): the terminal's path, or null when standard input is none */
function ttyname(ctx: CommandContext): string | null {
  if (!ctx.sys.isatty(0)) return null;
  const f = ctx.sys.file(0);
  return f instanceof TtyFile ? `/dev/${f.tty.name}` : null;
}

function run(ctx: CommandContext): number {
  const r = getopt(ctx.argv.slice(1), "ls");
  let l = false;
  let s = false;
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      ctx.stdout.write(msg(ctx, "tty.usage") + "\n");
      return 2;
    }
    if (it.flag === "l") l = true;
    else s = true;
  }
  const name = ttyname(ctx);
  if (!s) ctx.stdout.write((name ?? msg(ctx, "tty.notatty")) + "\n");
  // a pseudo terminal is no synchronous line: ioctl(0, STWLINE) fails
  if (l) ctx.stdout.write(msg(ctx, "tty.nosync") + "\n");
  return name !== null ? 0 : 1;
}

export const tty: CommandDef = {
  name: "tty",
  path: "/usr/bin/tty",
  summary: "Gets the name of the terminal.",
  flags: ["-l", "-s"],
  run,
  man: `tty Command

Purpose
       Gets the name of the terminal.

Syntax
       tty [-l] [-s]

Description
       The tty utility writes to the standard output the name of the
       terminal that is open as standard input. The name that is used is
       equivalent to the string that would be returned by the ttyname(3C)
       function.

Flags
       -l   Prints the synchronous line number to which the user's terminal
            is connected, if it is on an active synchronous line.
       -s   Inhibits printing of the terminal path name, allowing one to
            test just the exit status.

Exit Status
       0    Standard input is a terminal.
       1    Otherwise (tty prints "not a tty").
       2    Invalid options were specified:
            Usage: tty [-l] [-s]
`,
};
