// sleep: suspends execution for an interval. The machine clock moves on by that many seconds; at
// the terminal the lab also waits that long in real time, and Ctrl-C ends it. AIX's sleep takes
// whole seconds only (sleep.c: any character that is not a digit is an error); Solaris 11's
// takes intervals (interval.ts) where the personality says so.
import type { Co } from "../../kernel/proc/wait.js";
import type { CommandContext, CommandDef } from "../types.js";
import { getopt, reportOpt } from "./lib.js";
import { interval } from "./interval.js";
import { err, exitAfter } from "./msg.js";

function* run(ctx: CommandContext): Co<number> {
  const r = getopt(ctx.argv.slice(1), "");
  for (const it of r.items) {
    reportOpt(ctx, it);
    err(ctx, "sleep.usage");
    return exitAfter(ctx, "sleep.usage", 2);
  }
  if (ctx.os.formats.tools?.sleepIntervals) return yield* intervals(ctx, r.operands);
  if (r.operands.length !== 1) {
    err(ctx, "sleep.usage");
    return exitAfter(ctx, "sleep.usage", 2);
  }
  const arg = r.operands[0]!;
  if (!/^[0-9]+$/.test(arg)) {
    err(ctx, "sleep.badtime", arg);
    return exitAfter(ctx, "sleep.badtime", 2);
  }
  yield* ctx.sys.sleep(Number(arg));
  return 0;
}

/** Solaris 11: the intervals summed (1.5, 2m, 1d -1h, Inf); the sum may not be negative */
function* intervals(ctx: CommandContext, words: string[]): Co<number> {
  if (words.length === 0) {
    err(ctx, "sleep.usage");
    return exitAfter(ctx, "sleep.usage", 2);
  }
  let total = 0;
  for (const w of words) {
    const v = interval(w);
    if (v === null) {
      err(ctx, "sleep.badtime", w);
      return exitAfter(ctx, "sleep.badtime", 2);
    }
    total += v;
  }
  if (!(total >= 0)) {
    err(ctx, "sleep.badtime", words.join(" "));
    return exitAfter(ctx, "sleep.badtime", 2);
  }
  yield* ctx.sys.sleep(total);
  return 0;
}

export const sleep: CommandDef = {
  name: "sleep",
  path: "/usr/bin/sleep",
  summary: "Suspends execution for an interval.",
  run,
  man: `sleep Command

Purpose
       Suspends execution for an interval.

Syntax
       sleep Seconds

Description
       The sleep command suspends execution of a process for at least the
       interval specified by the Seconds parameter. The amount of time
       specified in the Seconds parameter can range from 1 to MAXINT
       (2,147,483,647) seconds.

       In the lab the machine clock moves on by that many seconds; at the
       terminal the lab also waits that long, and Ctrl-C ends the wait.

Exit Status
       0    The execution was successfully suspended for at least Seconds
            seconds, or a SIGALRM signal was received.
       >0   An error occurred.

Example
       To run a command after a certain amount of time has passed, enter:
            (sleep 1800; echo "Meeting in 30 minutes") &
`,
};
