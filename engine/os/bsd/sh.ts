// The shell of BSD/OS: /bin/sh, Kenneth Almquist's ash as 4.4BSD ships it, as data the lab's
// interpreter reads. Its built-ins are those of bin/sh/builtins.def in the BSD/OS sources (kill
// is a program, /bin/kill; printf is /usr/bin/printf), it presets no aliases, and a command that
// is not found ends with status 1 (eval.c: exitstatus = 1). The texts it prints are in
// personality.ts (the shell's own lines) and catalog.ts (its built-ins' messages).
import type { ShellDialect } from "../../userland/types.js";
import { bsdSignalList } from "./signals.js";

export const bsdSh: ShellDialect = {
  name: "sh",
  builtins: new Set([
    "command", "bg", "break", "continue", "cd", "chdir", ":", ".", "echo", "eval", "exec", "exit", "let", "export",
    "readonly", "false", "fc", "fg", "getopts", "hash", "jobid", "jobs", "local", "pwd", "read", "return", "set",
    "setvar", "shift", "test", "[", "trap", "true", "umask", "unalias", "unset", "wait", "alias", "ulimit",
  ]),
  aliases: [],
  defaults: { IFS: " \t\n", PS2: "> ", PS4: "+ " },
  // trap.c setsignal: an interactive shell catches INT and ignores QUIT and TERM; with job
  // control (-m) also the terminal's stop signals
  interactive: { ignore: ["SIGTERM", "SIGQUIT", "SIGTSTP", "SIGTTIN", "SIGTTOU"], catch: ["SIGINT"] },
  notFoundStatus: 1,
  // eval.c evalcommand: a built-in's failed redirect sets exitstatus 2; a program's child dies
  // with exitshell(2) in main.c's handler
  redirectFailStatus: 2,
  signalList: bsdSignalList,
  // cd.c (SYMLINKS 1): links resolved as cd walks the name; jobs.c's job lines
  cd: "ash",
  jobs: "ash",
  // main.c: on EXINT an interactive sh writes a newline (out2c('\n')) before its next prompt
  newlineAfterInterrupt: true,
};
