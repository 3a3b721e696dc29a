// bash 4.1's texts for the common catalog's shell ids on Solaris: the shell's own lines and its
// built-ins' (builtins/*.def, error.c, execute_cmd.c, expr.c, jobs.c, subst.c, shell.c). Written
// as an interactive bash prints them, with the shell's name first; speak.ts puts the real name and
// the line in front (-bash:, bash: line 3:, ./s.sh: line 3:). Templates take %s in order, %N$s the
// N-th argument (the call sites pass the command's name or the option after the ksh88 text's own
// arguments). Each row, source and status: docs/fidelity/solaris.md ("The common commands' texts
// on Solaris").
export const bashTexts: Readonly<Record<string, string>> = {
  // cd.def: bash 4.1 takes the first operand (no `cd old new`, no count check: CD_COMPLAINS is
  // off); these two are not printed by it
  "cd.toomany": "bash: cd: too many arguments",
  "cd.badsubst": "",
  "cd.nohome": "bash: cd: HOME not set",
  // exit.def get_exitstat, export (setattr.def) sh_invalidid
  "exit.badnum": "bash: exit: %s: numeric argument required",
  "export.badid": "bash: export: `%s': not a valid identifier",
  // shell.c: an unknown option, then show_shell_usage(stderr, 0); -c without its string
  "ksh.badopt":
    "%1$s: %2$s: invalid option\nUsage:\t%1$s [GNU long option] [option] ...\n\t%1$s [GNU long option] [option] script-file ...\nGNU long options:\n\t--debug\n\t--debugger\n\t--dump-po-strings\n\t--dump-strings\n\t--help\n\t--init-file\n\t--login\n\t--noediting\n\t--noprofile\n\t--norc\n\t--posix\n\t--protected\n\t--rcfile\n\t--restricted\n\t--verbose\n\t--version\nShell options:\n\t-irsD or -c command or -O shopt_option\t\t(invocation only)\n\t-abefhkmnptuvxBCHP or -o option",
  "ksh.argexp": "%s: -c: option requires an argument",
  // kill.def (the built-in bash runs for kill; /usr/bin/kill is ksh93's: catalog-common.ts)
  "sh.kill.nargs": "kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]",
  "sh.kill.badopt": "bash: kill: %s: invalid signal specification",
  "sh.kill.noproc": "bash: kill: (%s) - No such process",
  "sh.kill.nojob": "bash: kill: %s: no such job",
  "sh.kill.usage": "bash: kill: %s: arguments must be process or job IDs",
  "sh.kill.badtrap": "bash: kill: %s: invalid signal specification",
  // help.def
  "help.unknown": "bash: help: no help topics match `%1$s'.  Try `help help' or `man -k %1$s' or `info %1$s'.",
  // test.c test_syntax_error (builtin_error); the command's name (test or [) is the last argument
  "test.argexp": "bash: %1$s: argument expected",
  "test.badop": "bash: %2$s: %1$s: binary operator expected",
  "test.bracket": "bash: %1$s: missing `]'",
  "test.paren": "bash: %1$s: `)' expected",
  "test.toomany": "bash: %2$s: too many arguments",
  // read.def
  "read.badopt":
    "bash: read: %s: invalid option\nread: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]",
  "read.nocoproc": "looplab: read -p (bash's prompt) is not simulated",
  "read.badunit": "bash: read: %s: invalid file descriptor: Bad file descriptor",
  "read.badid": "bash: read: `%s': not a valid identifier",
  // set.def: set -o with an unknown name (set -A is not bash's); set -o lists with no heading
  "set.badopt": "bash: set: %s: invalid option name",
  "set.noarrays": "bash: set: -A: invalid option\nset: usage: set [-abefhkmnptuvxBCHP] [-o option-name] [--] [arg ...]",
  "set.current": "",
  // expr.c evalerror: the expression, the error, the token (here: the whole expression)
  "sh.arith.badnum": "bash: %1$s: value too great for base (error token is \"%1$s\")",
  "sh.arith.syntax": "bash: %1$s: syntax error in expression (error token is \"%1$s\")",
  "sh.arith.more": "bash: %1$s: syntax error: operand expected (error token is \"%1$s\")",
  "sh.arith.divzero": "bash: %1$s: division by 0 (error token is \"%1$s\")",
  "sh.arith.paren": "bash: %1$s: missing `)' (error token is \"%1$s\")",
  "sh.arith.lvalue": "bash: %1$s: attempted assignment to non-variable (error token is \"%1$s\")",
  "sh.arith.recursion": "bash: %1$s: expression recursion level exceeded (error token is \"%1$s\")",
  // common.c sh_invalidid, sh_neednumarg (the built-in's name after the number); let.def
  "sh.badid": "bash: `%s': not a valid identifier",
  "sh.badnum": "bash: %2$s: %1$s: numeric argument required",
  "sh.let.noargs": "bash: let: expression expected",
  // subst.c: ${x?}, set -u, ${x:?text}, a bad ${ }; variables.c; redir.c
  "sh.nullset": "bash: %s: parameter null or not set",
  "sh.notset": "bash: %s: unbound variable",
  "sh.paramword": "bash: %s: %s",
  "sh.badsubst": "bash: %s: bad substitution",
  "sh.substrneg": "bash: %s: substring expression < 0",
  "sh.readonly": "bash: %s: readonly variable",
  "sh.noclobber": "bash: %s: cannot overwrite existing file",
  // common.c sh_invalidopt (the built-in, then the option); . without a file; redir.c
  "sh.badopt": "bash: %1$s: %2$s: invalid option",
  "sh.argexp": "bash: %s: filename argument required",
  "sh.badunit": "bash: %s: Bad file descriptor",
  // declare.def, trap.def, type.def (command -V), alias.def, ulimit.def
  "typeset.badid": "bash: %2$s: `%1$s': not a valid identifier",
  "trap.bad": "bash: trap: %s: invalid signal specification",
  "whence.notfound": "bash: command: %s: not found",
  "alias.notfound": "bash: alias: %s: not found",
  "unalias.notfound": "bash: unalias: %s: not found",
  "ulimit.range": "bash: ulimit: file size: cannot modify limit: Invalid argument",
  // what the lab does not simulate
  "sh.nocoproc": "looplab: co-processes (|&) are not simulated",
  "sh.noarrays": "looplab: arrays (name[subscript]) are not in the lab's bash",
  "sh.nonewgrp": "looplab: newgrp is not simulated",
  "sh.nofcedit": "looplab: fc: editing commands is not simulated (fc -l, history and r are)",
  // jobs.c (jobs-bash.ts writes the job lines; these words are ksh88's lines' and unused by bash)
  "sh.job.done": "Done",
  "sh.job.running": "Running",
  "sh.job.coredump": "(core dumped) ",
  // exit.def: stopped jobs hold the shell once; running ones only with shopt checkjobs
  "sh.job.stopped": "There are stopped jobs.",
  "sh.job.runningjobs": "There are running jobs.",
  // common.c sh_badjob (the built-in and the job spec), get_job_by_name, sh_nojobs
  "sh.job.nosuch": "bash: %s: no such job",
  "sh.job.ambiguous": "bash: %s: ambiguous job spec",
  "sh.job.nocontrol": "bash: %s: no job control",
  // bash 4.1 has no nesting limit (FUNCNEST came in 4.2): the lab's own limit; jobs.c make_child
  "sh.recursion": "bash: %s: maximum function nesting level exceeded",
  "sh.fork": "bash: fork: Resource temporarily unavailable",
};
