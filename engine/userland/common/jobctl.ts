// jobs, fg, bg and wait: at the prompt they are the shell's own (engine/userland/sh/builtins.ts:
// they act on its job table). These are the commands of the same names in /usr/bin, run by path or
// by another program: a new shell with no jobs of its own, so there is nothing to list, wait for or
// continue (fg and bg then fail silently, as ksh does without job control).
import type { CommandDef } from "../types.js";

const jobsMan = `jobs Command (ksh built-in)

Purpose
       Displays status of jobs in the current session.

Syntax
       jobs [ -l | -n | -p ] [ JobID ... ]

Description
       The jobs command displays the status of jobs started in the current
       shell environment: [JobNumber], + for the current job and - for the
       previous one, Running, Stopped, Done or the signal that ended it, and
       the command line. A job is named by %JobNumber, %+ or %%, %-,
       %String (a command line that starts with String), %?String (one that
       contains it) or a process ID.

Flags
       -l   Lists the process IDs in addition to the normal information.
       -n   Displays only jobs that have stopped or exited since last notified.
       -p   Displays only the process group ID of each job.
`;

export const jobs: CommandDef = {
  name: "jobs",
  path: "/usr/bin/jobs",
  summary: "Displays status of jobs in the current session.",
  flags: ["-l", "-n", "-p"],
  run: () => 0,
  man: jobsMan,
};

export const fg: CommandDef = {
  name: "fg",
  path: "/usr/bin/fg",
  summary: "Runs jobs in the foreground.",
  run: () => 1,
  man: `fg Command (ksh built-in)

Purpose
       Runs jobs in the foreground.

Syntax
       fg [ JobID ]

Description
       If job control is enabled (the monitor option of an interactive
       shell), the fg command moves a background or stopped job to the
       foreground and continues it; it prints the job's command line first.
       Without JobID the current job (%+) is used.
`,
};

export const bg: CommandDef = {
  name: "bg",
  path: "/usr/bin/bg",
  summary: "Runs jobs in the background.",
  run: () => 1,
  man: `bg Command (ksh built-in)

Purpose
       Runs jobs in the background.

Syntax
       bg [ JobID ... ]

Description
       If job control is enabled, the bg command resumes suspended jobs in the
       background, as if they had been started with &. It prints each job's
       number and command line. Without JobID the current job (%+) is used.
`,
};

export const wait: CommandDef = {
  name: "wait",
  path: "/usr/bin/wait",
  summary: "Waits until the termination of a process ID.",
  run: () => 0,
  man: `wait Command (ksh built-in)

Purpose
       Waits until the termination of a process ID.

Syntax
       wait [ ProcessID | %JobID ... ]

Description
       The wait command waits (suspends execution) until the specified
       process or job ends, and returns its exit status. Without arguments it
       waits for all the background jobs of the shell. A trapped signal ends
       the wait early; its exit status is then 128 plus the signal's number.
`,
};
