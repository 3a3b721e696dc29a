// The shell of BSD/OS: /bin/sh, Kenneth Almquist's ash as 4.4BSD ships it, as data the lab's
// interpreter reads. Its built-ins are those of bin/sh/builtins in the BSD/OS sources (kill,
// test and [ are programs, not built-ins: /bin/kill, /bin/test), it presets no aliases, and a
// command that is not found ends with status 2 (eval.c: exitstatus = 2). The texts it prints
// are in personality.ts (the shell's own lines) and catalog.ts (its built-ins' messages).
import type { ShellDialect } from "../../userland/types.js";
import { bsdSignalList } from "./signals.js";

export const bsdSh: ShellDialect = {
  name: "sh",
  builtins: new Set([
    "command", "bg", "break", "continue", "cd", "chdir", ":", ".", "echo", "eval", "exec", "exit", "let", "export",
    "readonly", "fc", "fg", "getopts", "hash", "jobid", "jobs", "local", "printf", "pwd", "read", "return", "set",
    "setvar", "shift", "trap", "true", "umask", "unalias", "unset", "wait", "alias",
  ]),
  aliases: [],
  defaults: { IFS: " \t\n", PS2: "> ", PS4: "+ " },
  // trap.c setsignal: an interactive shell catches INT and ignores QUIT and TERM; with job
  // control (-m) also the terminal's stop signals
  interactive: { ignore: ["SIGTERM", "SIGQUIT", "SIGTSTP", "SIGTTIN", "SIGTTOU"], catch: ["SIGINT"] },
  notFoundStatus: 2,
  signalList: bsdSignalList,
};
