// sh on BSD/OS: /bin/sh is 4.4BSD's shell (Kenneth Almquist's ash), not the Korn shell. The same
// command as AIX's sh (a new shell in the command's own process, engine/userland/sh/command.ts),
// with BSD/OS's description (bin/sh/sh.1: "sh - command interpreter (shell)"); the shell it
// starts speaks the machine's dialect (engine/os/bsd/sh.ts).
import { shCommand } from "../sh/command.js";
import type { CommandDef } from "../types.js";

export const bsdSh: CommandDef = {
  ...shCommand,
  path: "/bin/sh",
  summary: "Command interpreter (shell): 4.4BSD's sh (ash), not the Korn shell.",
  man: `sh Command

Purpose
       Command interpreter (shell): 4.4BSD's sh (ash), not the Korn shell.

Syntax
       sh [-/+abCeEfIimnrsuvVx] [-/+o longname] [arg ...]

Description
       Sh is the standard command interpreter for the system: 4.4BSD's shell,
       written by Kenneth Almquist. It has features that make it appear
       similar to the Korn shell, but it is not a Korn shell: it has no
       print, typeset, whence, arrays or co-processes, and its cd, pwd and
       job control work its own way:

       cd Directory  resolves symbolic links as it goes; when the name held
                     one (or came from CDPATH, or was -) an interactive sh
                     prints the directory it went to, by its real path.
                     cd .. is the parent of the directory the process is in.
       pwd           prints the shell's own name of the directory (set by cd;
                     at first, what /bin/pwd prints).
       cmd &         starts a job and prints nothing; jobs lists it as
                     [1] PID  status  command; before each prompt the jobs
                     that ended or stopped are listed the same way.
       fg, bg        print nothing; without a job they take the current job,
                     which is the last one stopped with Ctrl-Z.

       With no file and no -c it reads commands from standard input: when
       that is the terminal it prompts (# for root) and ends with exit or
       Ctrl-D, back in the shell that started it. With -c it runs String and
       ends; with a file it runs the file as a script.

Flags
       -c String  Runs String.
       -i         The shell is interactive.
       -m         Job control (on in an interactive shell).
       -e -x -v -u -f -n ...
                  Set the options as the set command does; set -o vi and
                  set -o emacs choose a command line editor.

Exit Status
       The status of the last command run; 2 after a syntax error or an
       error in a built-in command.

Related Information
       csh(1), echo(1), getopt(1), kill(1), test(1)
`,
};
