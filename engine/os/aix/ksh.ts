// The shell of AIX: ksh88 (/usr/bin/ksh), as data the interpreter reads — its name in messages,
// its built-in commands, its preset aliases, the variables it sets at start, and the signal
// dispositions of an interactive shell. The interpreter (engine/userland/sh) is the same for every
// system; a second shell (Solaris's, BSD's sh) is another table like this one.
import type { ShellDialect } from "../../userland/types.js";

export const aixKsh: ShellDialect = {
  name: "ksh",
  builtins: new Set([
    ":", ".", "[", "alias", "bg", "break", "cd", "command", "continue", "echo", "eval", "exec", "exit", "export", "fc", "fg",
    "getopts", "jobs", "kill", "let", "newgrp", "print", "pwd", "read", "readonly", "return", "set", "shift", "test", "times",
    "trap", "typeset", "ulimit", "umask", "unalias", "unset", "wait", "whence",
  ]),
  aliases: [
    ["autoload", "typeset -fu"],
    ["false", "let 0"],
    ["functions", "typeset -f"],
    ["hash", "alias -t -"],
    ["history", "fc -l"],
    ["integer", "typeset -i"],
    ["nohup", "nohup "],
    ["r", "fc -e -"],
    ["stop", "kill -STOP"],
    ["suspend", "kill -STOP $$"],
    ["true", ":"],
    ["type", "whence -v"],
  ],
  defaults: { IFS: " \t\n", PS2: "> ", PS3: "#? ", PS4: "+ " },
  // an interactive ksh ignores TERM and QUIT and, with job control, the keyboard's stop signals;
  // it catches INT so that Ctrl-C ends the command, not the shell (ksh(1), -i)
  interactive: { ignore: ["SIGTERM", "SIGQUIT", "SIGTSTP", "SIGTTIN", "SIGTTOU"], catch: ["SIGINT"] },
  // ksh88 sig_init: XFSZ is ignored by the shell itself (kill -XFSZ $$ does nothing) and set
  // back to its default for the commands it runs
  ignore: ["SIGXFSZ"],
};
