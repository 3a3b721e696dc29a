// Solaris 11.1's other shell: ksh93 (AT&T ksh 93u), which is /usr/bin/ksh, /usr/bin/ksh93 and
// /usr/bin/sh (/sbin/sh) there, so `sh -c`, a script that starts with #!/bin/sh and a `ksh` typed
// at bash's prompt speak it. The same interpreter as bash with ksh93's data: its built-ins (print
// and whence are its own, with no file in /usr/bin), its preset aliases, and its texts (illumos
// usr/src/contrib/ast/src/cmd/ksh93/data/msg.c, lexstates.c; libast misc/error.c puts the name,
// a script's line as [N], and errno's text in brackets: `ksh: foo: not found [No such file or
// directory]`). Sources and status per text: docs/fidelity/solaris.md ("The shells").
import type { Errno } from "../../kernel/errno.js";
import { aixCommonCatalog } from "../aix/catalog-common.js";
import { print } from "../../userland/common/print.js";
import { whence } from "../../userland/common/whence.js";
import type { OsPersonality, ShellDialect, ShellState } from "../../userland/types.js";
import type { Signal } from "../../kernel/proc/signal.js";

export const solarisKsh93: ShellDialect = {
  name: "ksh",
  builtins: new Set([
    ":", ".", "[", "alias", "bg", "break", "cd", "command", "continue", "echo", "eval", "exec", "exit", "export", "false", "fc",
    "fg", "getopts", "jobs", "kill", "let", "print", "printf", "pwd", "read", "readonly", "return", "set", "shift", "test",
    "times", "trap", "true", "typeset", "ulimit", "umask", "unalias", "unset", "wait", "whence",
  ]),
  // data/aliases.c, where the lab's interpreter has what they stand for (ksh93's hist is fc here)
  aliases: [
    ["autoload", "typeset -fu"],
    ["functions", "typeset -f"],
    ["hash", "alias -t -"],
    ["history", "fc -l"],
    ["integer", "typeset -i"],
    ["nohup", "nohup "],
    ["r", "fc -e -"],
    ["stop", "kill -s STOP"],
    ["suspend", "kill -s STOP $$"],
    ["type", "whence -v"],
  ],
  defaults: { IFS: " \t\n", PS2: "> ", PS3: "#? ", PS4: "+ " },
  interactive: { ignore: ["SIGTERM", "SIGQUIT", "SIGTSTP", "SIGTTIN", "SIGTTOU"], catch: ["SIGINT"] },
  notFoundStatus: 127,
  messageForm: "ksh93",
  commands: new Map([
    ["print", print],
    ["whence", whence],
  ]),
};

/** the common commands' shell texts (ids of the shell and its built-ins) */
const SHELL_IDS = /^(sh|read|set|trap|typeset|ulimit|alias|unalias|whence|export|exit|cd|test|kill|pwd|print)\./;

/**
 * ksh93's texts for the shell's ids: msg.c's wording where it says the thing (e_readonly,
 * e_notset, e_nullset, e_subst, e_exists, e_number, e_varname …); ksh88's otherwise, without the
 * AIX message numbers (ksh93 has none), until they are researched.
 */
export const ksh93Texts: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    Object.entries(aixCommonCatalog)
      .filter(([id]) => SHELL_IDS.test(id))
      .map(([id, text]) => [id, text.replace(/\d{4}-\d{3} /, "")]),
  ),
  "sh.readonly": "ksh: %s: is read only",
  "sh.notset": "ksh: %s: parameter not set",
  "sh.nullset": "ksh: %s: parameter null",
  "sh.badsubst": "ksh: %s: bad substitution",
  "sh.noclobber": "ksh: %s: file already exists",
  "sh.badnum": "ksh: %s: bad number",
  "exit.badnum": "ksh: exit: %s: bad number",
  "export.badid": "ksh: export: %s: invalid variable name",
  "typeset.badid": "ksh: typeset: %s: invalid variable name",
  "read.badid": "ksh: read: %s: invalid variable name",
  "sh.recursion": "ksh: %s: recursion too deep",
  "sh.job.nosuch": "ksh: %s: no such job",
  "trap.bad": "ksh: trap: %s: bad trap",
  "unalias.notfound": "ksh: unalias: %s: alias not found",
  // bash's usage line after `.` without a file (catalog-bash.ts) is not ksh93's
  "sh.dotusage": "",
  "sh.dotnofile": "",
  "bash.version": "",
};

/**
 * What ksh93 says for a job a signal ended or stopped: its own table (data/signals.c, through
 * jobs.c job_sigmsg), not the system's strsignal that bash uses: a Ctrl-Z is "Stopped", not
 * "Stopped (user)". Signals not here keep the system's text.
 */
const KSH93_SIGNAL_TEXTS: Partial<Record<Signal, string>> = {
  SIGABRT: "Abort", SIGALRM: "Alarm call", SIGBUS: "Bus error", SIGCHLD: "Death of Child", SIGCONT: "Stopped process continued",
  SIGEMT: "EMT trap", SIGFPE: "Floating exception", SIGHUP: "Hangup", SIGILL: "Illegal instruction", SIGINT: "Interrupt",
  SIGKILL: "Killed", SIGPIPE: "Broken Pipe", SIGPROF: "Profiling time alarm", SIGQUIT: "Quit", SIGSEGV: "Memory fault",
  SIGSTOP: "Stopped (SIGSTOP)", SIGSYS: "Bad system call", SIGTERM: "Terminated", SIGTRAP: "Trace/BPT trap", SIGTSTP: "Stopped",
  SIGTTIN: "Stopped (SIGTTIN)", SIGTTOU: "Stopped (SIGTTOU)", SIGUSR1: "User signal 1", SIGUSR2: "User signal 2",
  SIGVTALRM: "Virtual time alarm", SIGXCPU: "Exceeded CPU time limit", SIGXFSZ: "Exceeded file size limit",
};

/** the system as ksh93 (sh, ksh) sees it: its dialect, texts and prompt, on Solaris's base */
export function ksh93View(base: OsPersonality, strerror: (e: Errno) => string): OsPersonality {
  return {
    ...base,
    shellName: "ksh",
    shell: solarisKsh93,
    catalog: { ...base.catalog, ...ksh93Texts },
    signals: { ...base.signals, text: (sig) => KSH93_SIGNAL_TEXTS[sig] ?? base.signals.text(sig) },
    // PS1 unset (bash's is not exported): "# " for root, "$ " for others (msg.c e_supprompt)
    prompt: (s: ShellState) => s.env.get("PS1") ?? (s.env.get("USER") === "root" || s.env.get("LOGNAME") === "root" ? "# " : "$ "),
    // xec.c sh_ntfork: ERROR_system(ERROR_NOENT), e_found: errno's text after the message
    notFound: (name: string) => `ksh: ${name}: not found [${strerror("ENOENT")}]`,
    // lex.c sh_syntax: e_lexsyntax1 when not interactive, e_lexsyntax2 at a terminal
    syntaxError: (p, line, interactive) => (interactive ? `ksh: syntax error: \`${p.token}' ${p.kind}` : `ksh: syntax error at line ${line}: \`${p.token}' ${p.kind}`),
    // path.c path_spawn: e_exec with ERROR_system
    cannotExecute: (path: string) => `ksh: ${path}: cannot execute [${strerror("EACCES")}]`,
    // bltins/cd_pwd.c: errormsg(ERROR_system(1), "%s:", dir)
    cdError: (path: string, errno: Errno) => `ksh: cd: ${path}: [${strerror(errno)}]`,
    // io.c sh_redirect: e_open for input, e_create for output, with ERROR_system
    redirectError: (path: string, errno: Errno, input: boolean) => `ksh: ${path}: ${input ? "cannot open" : "cannot create"} [${strerror(errno)}]`,
    // main.c sh_main: the script cannot be opened
    scriptError: (path: string, errno: Errno) => `ksh: ${path}: cannot open [${strerror(errno)}]`,
  };
}
