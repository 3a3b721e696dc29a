// pgrep (Solaris /usr/bin/pgrep, illumos usr/src/cmd/pgrep/pgrep.c): the pids of the processes
// that match (psexp.ts), separated by the delimiter (-d, a newline by default) and ended by a
// newline; -l gives "%5d name" (pr_fname, or with -f the arguments).
import type { CommandContext, CommandDef } from "../types.js";
import { E_MATCH, E_NOMATCH, parsePsExp, prFname, prPsargs, scanProcs } from "./psexp.js";

function run(ctx: CommandContext): number {
  const e = parsePsExp(ctx, ctx.argv.slice(1), false);
  if (typeof e === "number") return e;
  const found = scanProcs(ctx, e);
  if (found.length === 0) return E_NOMATCH;
  const items = found.map((p) => (e.longOut ? `${String(p.pid).padStart(5)} ${e.long ? prPsargs(p) : prFname(p)}` : String(p.pid)));
  ctx.stdout.write(items.join(e.delim) + "\n");
  return E_MATCH;
}

export const pgrep: CommandDef = {
  name: "pgrep",
  path: "/usr/bin/pgrep",
  summary: "Finds processes by name and other attributes.",
  flags: ["-f", "-l", "-n", "-o", "-v", "-x", "-d", "-u", "-U", "-G", "-P", "-g", "-s", "-t", "-z"],
  run,
  man: `pgrep Command

Purpose
       Finds processes by name and other attributes.

Syntax
       pgrep [-flnovx] [-d delim] [-P ppidlist] [-g pgrplist] [-s sidlist]
             [-u euidlist] [-U uidlist] [-G gidlist] [-t termlist]
             [-z zonelist] [pattern]

Description
       The pgrep utility examines the active processes on the system and
       reports the process IDs of the processes whose attributes match the
       criteria specified on the command line. Each process ID is printed as
       a decimal value and is separated from the next ID by a delimiter
       string, which defaults to a newline.

       The pattern is an extended regular expression matched against the
       executable file name of each process (at most 15 characters), or
       with -f against the full argument string. pgrep never reports
       itself.

Flags
       -d delim     Specifies the output delimiter string.
       -f           Matches against the full argument string (pr_psargs).
       -g pgrplist  Matches processes in the process group IDs given (0 is
                    pgrep's own).
       -G gidlist   Matches processes whose real group ID is in the list.
       -l           Long output: each pid followed by the process name (or
                    with -f the arguments).
       -n           Matches only the newest (most recently created) process.
       -o           Matches only the oldest process.
       -P ppidlist  Matches processes whose parent is in the list.
       -s sidlist   Matches processes in the sessions given (0 is pgrep's).
       -t termlist  Matches processes on the terminals given (pts/1, none).
       -u euidlist  Matches processes whose effective user ID is in the list.
       -U uidlist   Matches processes whose real user ID is in the list.
       -v           Reverses the sense of the matching.
       -x           The pattern must match the whole name (or arguments).
       -z zonelist  Matches processes in the zones given (global).

Exit Status
       0    One or more processes were matched.
       1    No processes were matched.
       2    Invalid command line options were specified, or a bad pattern:
            pgrep: illegal option -- q
            pgrep: No matching criteria specified
            pgrep: invalid user name -- nobodyhere
       3    A fatal error occurred.
`,
};
