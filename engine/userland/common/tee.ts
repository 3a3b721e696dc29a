// tee: copies standard input to standard output and to files, as it reads it. -a appends, -i
// ignores the interrupt signal. A file that cannot be opened is reported and the others still get
// the data. A write that fails (a full file system, the file size limit) says nothing: tee.c's
// stash() counts it and goes on with the next piece. The exit status counts the files that could
// not be opened and the pieces that could not be written (AIX 4.1.3 tee.c).
import type { Co } from "../../kernel/proc/wait.js";
import type { CommandContext, CommandDef } from "../types.js";
import { getopt, reportOpt } from "./lib.js";
import { err, errnoOf } from "./msg.js";

function* run(ctx: CommandContext): Co<number> {
  const r = getopt(ctx.argv.slice(1), "ai");
  let append = false;
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      err(ctx, "tee.usage");
      return 1;
    }
    if (it.flag === "a") append = true;
    else ctx.sys.proc.handlers.set("SIGINT", "ignore");
  }
  let failed = 0;
  const fds: number[] = [];
  for (const f of r.operands) {
    try {
      fds.push(ctx.sys.openFd(f, { write: true, create: true, trunc: !append, append }));
    } catch (e) {
      const why = ctx.os.strerror(errnoOf(e));
      err(ctx, "tee.cantopen", f, why);
      failed++;
    }
  }
  for (;;) {
    const b = yield* ctx.stdin.read();
    if (b.length === 0) break;
    yield* ctx.stdout.put(b);
    let lost = false;
    for (const fd of fds) {
      try {
        yield* ctx.sys.write(fd, b);
      } catch (e) {
        const errno = errnoOf(e);
        if (errno === "EINTR" || errno === "EPIPE") throw e;
        lost = true;
      }
    }
    if (lost) failed++;
  }
  for (const fd of fds) ctx.sys.close(fd);
  return failed;
}

export const tee: CommandDef = {
  name: "tee",
  path: "/usr/bin/tee",
  summary: "Displays the output of a program and copies it into a file.",
  flags: ["-a", "-i"],
  run,
  man: `tee Command

Purpose
       Displays the output of a program and copies it into a file.

Syntax
       tee [ -a ] [ -i ] [ File ... ]

Description
       The tee command reads standard input, then writes the output of a
       program to standard output and simultaneously copies it into the
       specified file or files.

Flags
       -a   Adds the output to the end of File instead of writing over it.
       -i   Ignores interrupts.

Exit Status
       0    The standard input was successfully copied to all output files.
       >0   An error occurred.

Example
       To view and save the output from a command at the same time, enter:
            lint program.c | tee program.lint
`,
};
