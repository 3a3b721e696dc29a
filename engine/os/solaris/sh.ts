// The shell of root on Solaris 11.1: GNU bash 4.1 (/usr/bin/bash), as data the lab's interpreter
// reads. Its built-ins are those of bash(1) the lab has, with bash's own type, declare, local and
// shopt (pushd … are not simulated: docs/fidelity/solaris.md), it presets no aliases, a command that is not found
// ends with status 127, and an interactive bash ignores TERM and QUIT and, with job control, the
// keyboard's stop signals (bash(1), SIGNALS). The texts it prints are in personality.ts.
import type { ShellDialect } from "../../userland/types.js";
import { bashDeclare, bashLocal } from "../../userland/solaris/bash-declare.js";
import { bashShopt } from "../../userland/solaris/bash-shopt.js";
import { bashType } from "../../userland/solaris/bash-type.js";
import { bashPrintf } from "../../userland/solaris/bash-printf.js";
import { bashUlimit } from "../../userland/solaris/bash-ulimit.js";
import { bashUmask } from "../../userland/solaris/bash-umask.js";
import { bashHash } from "../../userland/solaris/bash-hash.js";
import { bashSignalList } from "./signals.js";

export const solarisBash: ShellDialect = {
  name: "bash",
  builtins: new Set([
    ":", ".", "[", "alias", "bg", "break", "cd", "command", "continue", "declare", "echo", "eval", "exec", "exit", "export",
    "false", "fc", "fg", "getopts", "hash", "help", "jobs", "kill", "let", "local", "printf", "pwd", "read", "readonly", "return", "set",
    "shift", "shopt", "source", "test", "times", "trap", "true", "type", "typeset", "ulimit", "umask", "unalias", "unset", "wait",
  ]),
  // bash's own built-ins with no file in /usr/bin (ksh93's print and whence are not among them)
  commands: new Map([bashType, bashDeclare, bashLocal, bashShopt, bashPrintf, bashUlimit, bashUmask, bashHash].map((c) => [c.name, c])),
  aliases: [],
  // variables.c initialize_shell_variables: BASH (the shell's path), BASH_VERSION (version.c
  // shell_version_string: dist.patch(build)-release), and config.h's OSTYPE, MACHTYPE and HOSTTYPE
  // for Solaris 11.1 on x86 (uname -p i386). BASH_VERSINFO is an array: not in the lab's bash.
  defaults: {
    IFS: " \t\n", PS2: "> ", PS4: "+ ",
    BASH: "/usr/bin/bash", BASH_VERSION: "4.1.9(2)-release", OSTYPE: "solaris2.11", MACHTYPE: "i386-pc-solaris2.11", HOSTTYPE: "i386",
  },
  // shell.c: $0 is argv[0] as the shell was started (-bash for root's login)
  zeroIsArgv0: true,
  // subst.c parameter_brace_casemod (bash 4.0)
  caseModification: true,
  interactive: { ignore: ["SIGTERM", "SIGQUIT", "SIGTSTP", "SIGTTIN", "SIGTTOU"], catch: ["SIGINT"] },
  notFoundStatus: 127,
  // error.c get_name_for_error and error_prolog: root's ssh login (argv[0] -bash) says "-bash: …",
  // bash -c and scripts name $0 and the line (speak.ts); a -c string's lines count from 0
  messageForm: "bash",
  commandStringFirstLine: 0,
  // jobs.c: a foreground job the interrupt ended leaves the cursor after ^C; bash ends the line
  newlineAfterInterrupt: true,
  // jobs.c pretty_print_job, describe_pid (jobs-bash.ts)
  jobs: "bash",
  // cd.def: the first operand only
  cdOperands: 1,
  // kill -l: display_signal_list's numbered columns
  signalList: bashSignalList,
  // subst.c: pattern substitution and substrings
  paramOps: "bash",
  // braces.c: `{a,b}` and `{1..5}` before any other expansion
  braceExpansion: true,
  // shell.c/eval.c read_command: with -n (read_but_dont_execute) commands are parsed, not run
  noexec: true,
};
