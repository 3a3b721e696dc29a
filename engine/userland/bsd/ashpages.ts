// The pages of sh's built-ins whose BSD form differs from ksh's (cd, jobs, fg, bg, wait): the
// commands are the common ones, run in the machine's dialect (cd "ash", jobs "ash": see
// engine/userland/sh/cdash.ts and engine/userland/sh/jobs-ash.ts); what they do is ash's
// (BSD/OS bin/sh/cd.c, jobs.c, sh.1).
export const ASH_PAGES: Readonly<Record<string, string>> = {
  cd: `cd Command (sh built-in)

Purpose
       Changes the current directory.

Syntax
       cd [ Directory | - ]

Description
       The cd command moves you to Directory; without one, to your home
       directory (HOME). cd - goes back to the previous directory and
       prints it. Operands after the first are ignored.

       If Directory does not begin with /, each directory named in CDPATH
       is tried in turn (an empty entry is the current directory); a
       directory found through CDPATH is printed.

       cd resolves symbolic links as it goes: it looks at each component of
       the name, and at a symbolic link it puts the link's contents in its
       place. When it met one, an interactive shell prints the directory it
       went to by its real name, and that is the name pwd prints. cd .. is
       the parent of the directory the process is in.

       The shell keeps the name to itself: the PWD variable is not changed.

       Messages: cd: can't cd to Directory; cd: HOME not set;
       cd: Illegal option -x.

Exit Status
       0    The directory was changed.
       2    An error occurred.
`,
  jobs: `jobs Command (sh built-in)

Purpose
       Displays status of jobs in the current session.

Syntax
       jobs

Description
       The jobs command lists the shell's jobs, one line for each process:
       [JobNumber] and the process ID for the first process of a job (the
       process ID alone for the others), the status (nothing while it runs,
       Exit N when it ended, the signal that ended or stopped it), and the
       command the process runs, from column 30. A job that has ended is
       listed once more, then forgotten. Arguments are ignored.

       Before each prompt an interactive shell lists the same way the jobs
       that ended or stopped since the last prompt. Starting a job with &
       prints nothing.

       A job is named by %JobNumber, %% (the current job: the last one that
       was stopped with Ctrl-Z), %String (the job whose command starts with
       String) or the process ID of its last process.
`,
  fg: `fg Command (sh built-in)

Purpose
       Runs jobs in the foreground.

Syntax
       fg [ JobID ]

Description
       The fg command continues a stopped or background job in the
       foreground and waits for it; it prints nothing. Without JobID it
       takes the current job, which is the last job stopped with Ctrl-Z
       (fg: No current job when there is none).

       Messages: fg: No such job: JobID; fg: No current job;
       fg: job not created under job control.
`,
  bg: `bg Command (sh built-in)

Purpose
       Runs jobs in the background.

Syntax
       bg [ JobID ... ]

Description
       The bg command continues stopped jobs in the background; it prints
       nothing. Without JobID it takes the current job, which is the last
       job stopped with Ctrl-Z.
`,
  wait: `wait Command (sh built-in)

Purpose
       Waits until the termination of a process ID.

Syntax
       wait [ ProcessID | %JobID ]

Description
       The wait command waits until the job named ends (or stops) and
       returns its status: the exit status of its last process, or 128 plus
       the number of the signal that ended or stopped it. Arguments after
       the first are ignored. Without an argument it waits until no job is
       running and returns 0. An unknown job: wait: No such job: JobID, and
       status 2.
`,
};
