// pkill (Solaris /usr/bin/pkill, illumos usr/src/cmd/pgrep/pgrep.c with F_KILL): signals the
// processes that match (psexp.ts) — never itself — with SIGTERM or the -signal its first argument
// names (str2sig: TERM, KILL, HUP, 9, 0 …; a first argument that is no signal is an option).
// kill(2) refused (another user's process, a system process): `pkill: Failed to signal pid N:
// Not owner`, and the status is still that of the match.
import type { Signal } from "../../kernel/proc/signal.js";
import { isSystemProcess } from "../../os/solaris/procs.js";
import type { CommandContext, CommandDef } from "../types.js";
import { E_MATCH, E_NOMATCH, parsePsExp, scanProcs, warn } from "./psexp.js";

/** str2sig: a name without SIG, or a number; 0 checks only; undefined: not a signal */
function str2sig(ctx: CommandContext, s: string): Signal | null | undefined {
  if (s === "0") return null;
  return ctx.os.signals.lookup(s) ?? undefined;
}

function run(ctx: CommandContext): number {
  let argv = ctx.argv.slice(1);
  let sig: Signal | null = "SIGTERM";
  const first = argv[0];
  if (first !== undefined && first.startsWith("-")) {
    const s = str2sig(ctx, first.slice(1));
    if (s !== undefined) {
      sig = s;
      argv = argv.slice(1);
    }
  }
  const e = parsePsExp(ctx, argv, true);
  if (typeof e === "number") return e;
  const found = scanProcs(ctx, e);
  const self = ctx.sys.proc;
  for (const p of found) {
    if (p.pid <= 0) continue;
    if (isSystemProcess(p) || (self.uid !== 0 && p.uid !== self.uid)) {
      warn(ctx, "pkill.failed", p.pid, ctx.os.strerror("EPERM"));
      continue;
    }
    // init takes no signal it has not asked for
    if (sig !== null && p.pid !== 1) ctx.machine.sched.signal(p, sig);
  }
  return found.length > 0 ? E_MATCH : E_NOMATCH;
}

export const pkill: CommandDef = {
  name: "pkill",
  path: "/usr/bin/pkill",
  summary: "Signals processes by name and other attributes.",
  flags: ["-f", "-n", "-o", "-v", "-x", "-u", "-U", "-G", "-P", "-g", "-s", "-t", "-z"],
  run,
  man: `pkill Command

Purpose
       Signals processes by name and other attributes.

Syntax
       pkill [-signal] [-fnovx] [-P ppidlist] [-g pgrplist] [-s sidlist]
             [-u euidlist] [-U uidlist] [-G gidlist] [-t termlist]
             [-z zonelist] [pattern]

Description
       The pkill utility signals the processes whose attributes match the
       criteria given, as pgrep would select them; it never signals itself.
       The default signal is SIGTERM. The pattern is an extended regular
       expression matched against the executable file name of each process
       (at most 15 characters), or with -f against the full argument string.

Flags
       -signal      The signal to send, by name (TERM, KILL, HUP) or number.
       -f, -n, -o, -v, -x, -g, -G, -P, -s, -t, -u, -U, -z
                    As for pgrep.

Exit Status
       0    One or more processes were matched.
       1    No processes were matched.
       2    Invalid command line options were specified, or a bad pattern:
            pkill: illegal option -- l
            pkill: Failed to signal pid 2: Not owner
       3    A fatal error occurred.
`,
};
