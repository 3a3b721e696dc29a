// The shell of root on Solaris 11.1: GNU bash 4.1 (/usr/bin/bash), as data the lab's interpreter
// reads. Its built-ins are those of bash(1) the lab has (bash's own declare, shopt, pushd … are
// not simulated: docs/fidelity/solaris.md), it presets no aliases, a command that is not found
// ends with status 127, and an interactive bash ignores TERM and QUIT and, with job control, the
// keyboard's stop signals (bash(1), SIGNALS). The texts it prints are in personality.ts.
import type { ShellDialect } from "../../userland/types.js";

export const solarisBash: ShellDialect = {
  name: "bash",
  builtins: new Set([
    ":", ".", "[", "alias", "bg", "break", "cd", "command", "continue", "echo", "eval", "exec", "exit", "export", "false",
    "fc", "fg", "getopts", "jobs", "kill", "let", "printf", "pwd", "read", "readonly", "return", "set", "shift", "test",
    "times", "trap", "true", "typeset", "ulimit", "umask", "unalias", "unset", "wait",
  ]),
  aliases: [],
  defaults: { IFS: " \t\n", PS2: "> ", PS4: "+ " },
  interactive: { ignore: ["SIGTERM", "SIGQUIT", "SIGTSTP", "SIGTTIN", "SIGTTOU"], catch: ["SIGINT"] },
  notFoundStatus: 127,
  // shell.c: shell_name is argv[0], so root's ssh login (argv[0] -bash) says "-bash: …"
  messagesByArgv0: true,
  // jobs.c: a foreground job the interrupt ended leaves the cursor after ^C; bash ends the line
  newlineAfterInterrupt: true,
};
