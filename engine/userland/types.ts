// What a command sees: its arguments, standard streams, the process's system calls, the
// environment and the OS personality (message catalog). Commands know no screen.
//
// A command is a function of its context. One whose work is bounded by the machine's state (ls,
// lsdev, loopmount) returns its exit status and writes with `write`, which never waits. One that
// reads standard input or streams data (cat, head, od, dd, yes, sleep, read) is a coroutine:
// `function*`, reading with `yield* ctx.stdin.read()` and writing with `yield* ctx.stdout.put()`,
// so it waits for a pipe or the terminal and gives the processor back as it goes.
import type { Machine } from "../kernel/machine.js";
import type { Sys } from "../kernel/sys.js";
import type { Errno } from "../kernel/errno.js";
import type { Co } from "../kernel/proc/wait.js";
import type { Signal } from "../kernel/proc/signal.js";
import type { SignalTable } from "./signals.js";
import type { OsFormats } from "./formats.js";

const enc = new TextEncoder();
const dec = new TextDecoder();

/** an output stream: a terminal, a pipe or a file */
export interface Out {
  /** write now, whole (a pipe takes it beyond its capacity; the process waits afterwards) */
  write(data: string | Uint8Array): void;
  /** write, waiting while a pipe is full or the terminal busy */
  put(data: string | Uint8Array): Co<void>;
  /** a terminal */
  readonly isatty?: boolean;
}

export interface InputLine {
  text: string;
  /** false for a last line without a newline (end of file) */
  newline: boolean;
}

/** standard input */
export interface In {
  /** up to `max` bytes (what is there, at least one); empty at end of file */
  read(max?: number): Co<Uint8Array>;
  /** the next line, taking nothing after its newline (what the shell's read does); null at end of file */
  readLine(): Co<InputLine | null>;
  /** a terminal */
  readonly isatty?: boolean;
}

/** standard input from bytes in memory (tests, here-strings) */
export class MemIn implements In {
  private pos = 0;
  constructor(private data: Uint8Array = new Uint8Array(0)) {}
  static text(s: string): MemIn {
    return new MemIn(enc.encode(s));
  }
  *read(max = 65536): Co<Uint8Array> {
    const d = this.data.subarray(this.pos, this.pos + max);
    this.pos += d.length;
    return d;
  }
  *readLine(): Co<InputLine | null> {
    if (this.pos >= this.data.length) return null;
    const end = this.data.indexOf(10, this.pos);
    const stop = end < 0 ? this.data.length : end;
    const text = dec.decode(this.data.subarray(this.pos, stop));
    this.pos = end < 0 ? this.data.length : end + 1;
    return { text, newline: end >= 0 };
  }
}

/** join chunks into one array */
export function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** collects output (a captured command) */
export class Buffer implements Out {
  private parts: Uint8Array[] = [];
  write(data: string | Uint8Array): void {
    this.parts.push(typeof data === "string" ? enc.encode(data) : data);
  }
  *put(data: string | Uint8Array): Co<void> {
    this.write(data);
  }
  bytes(): Uint8Array {
    return concat(this.parts);
  }
  text(): string {
    return dec.decode(this.bytes());
  }
}

export interface Env {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
  unset(name: string): void;
  export(name: string): void;
  /** exported variables, sorted by name */
  exported(): [string, string][];
}

/** shell state a builtin may change (cd updates PWD, exit ends the session) */
export interface ShellState {
  env: Env;
  lastStatus: number;
  exitRequested: number | null;
  /** the commands typed so far in this session (history) */
  history: string[];
  /** ash's names of the current and the previous directory (cd.c curdir, prevdir): null until
   *  cd or pwd learns them (a shell with the "ash" cd of its dialect; ksh keeps PWD instead) */
  dirs?: { cur: string | null; prev: string | null };
  /** the machine restarted under the session (Solaris reboot): the shell goes on as the next
   *  login's, which never had the old one's jobs; it forgets them before its next prompt */
  newLogin?: boolean;
  /** how the shell says a line of its built-in commands (its name, where it is: speak.ts);
   *  absent outside a shell (the command tests) */
  says?(text: string): string;
}

export interface CommandContext {
  /** argv[0] is the command name as typed */
  argv: string[];
  stdin: In;
  stdout: Out;
  stderr: Out;
  sys: Sys;
  machine: Machine;
  shell: ShellState;
  os: OsPersonality;
  /** the terminal width in columns (80 in scenarios) */
  columns: number;
  /** run by the shell as its own built-in command, in its process (not exec'd as a program):
   *  the shell's pwd and echo differ from the /bin files of the same name on BSD */
  builtin?: boolean;
}

/** a command: its exit status, or a coroutine that ends with it */
export type CommandFn = (ctx: CommandContext) => number | Co<number>;

export interface CommandDef {
  name: string;
  run: CommandFn;
  /** one line for `help` */
  summary: string;
  /** the page `man NAME` prints */
  man: string;
  /** flags offered by Tab completion */
  flags?: string[];
  /** the path where the real system keeps it (for `which`-like listings) */
  path?: string;
}

/** a system's shell as data: what differs between ksh88 on AIX and the shells of other systems */
export interface ShellDialect {
  /** its name in messages: ksh */
  readonly name: string;
  /** its built-in commands (whence: "is a shell builtin"; a function cannot replace them) */
  readonly builtins: ReadonlySet<string>;
  /** aliases it starts with */
  readonly aliases: readonly [string, string][];
  /** variables it sets at start unless the environment has them */
  readonly defaults: Readonly<Record<string, string>>;
  /** signals an interactive shell ignores and catches */
  readonly interactive: { ignore: readonly Signal[]; catch: readonly Signal[] };
  /** signals every shell process ignores for itself (not for the commands it runs) */
  readonly ignore?: readonly Signal[];
  /** the status of a command that was not found (ksh and POSIX: 127; 4.4BSD's sh: 2) */
  readonly notFoundStatus?: number;
  /** the status of a command whose redirection failed (ksh: 1; ash: 2, eval.c's handler for a
   *  built-in and the forked child's exitshell(2)); absent: 1 */
  readonly redirectFailStatus?: number;
  /** kill -l's list of the signals when the system's kill prints it its own way (BSD's one
   *  line of names per half); absent: ksh88's numbered menu */
  signalList?(sigs: SignalTable): string;
  /** how cd and pwd name the directory. "ksh88" (absent): the logical path in PWD, `..` takes
   *  a name off, links stay as typed. "ash" (4.4BSD sh, cd.c): cd resolves symbolic links as it
   *  goes and prints the real path when it met one, `..` is the kernel's, the name is the shell's
   *  own (curdir, not PWD) and pwd asks /bin/pwd when it has none. */
  readonly cd?: "ksh88" | "ash";
  /** the most operands cd takes: ksh's `cd old new` (2, absent); bash 4.1 looks at the first
   *  only and ignores the rest (cd.def: CD_COMPLAINS is off) */
  readonly cdOperands?: number;
  /** how the shell puts its name, and where it is, before its own lines and its built-ins'
   *  (engine/userland/sh/speak.ts). The texts are written with the dialect's name first
   *  (`bash: …`, `ksh: …`); absent: they are printed as written (ksh88, ash).
   *  "bash" (bash 4.1 error.c): an interactive shell names itself by its argv[0] (a login shell
   *  says `-bash: foo: command not found`); one reading a script, -c or standard input by $0, with
   *  `line N: ` after it (a built-in's line always, the shell's own when N > 0).
   *  "ksh93" (libast error.c contexts): argv[0], or a script's $0 with `[N]` */
  readonly messageForm?: "bash" | "ksh93";
  /** the number of the first line of a -c string (bash 4.1 counts them from 0); absent: 1 */
  readonly commandStringFirstLine?: number;
  /** the shell's built-in commands that have no file of the system (ksh93's print and whence,
   *  bash's type and shopt): found only by a shell of this dialect */
  readonly commands?: ReadonlyMap<string, CommandDef>;
  /** an interactive shell writes a newline when the keyboard's interrupt ended the foreground
   *  command, so its prompt starts on a line of its own after the terminal's ^C (ash's main.c
   *  for EXINT, bash's jobs.c); ksh88 writes none */
  readonly newlineAfterInterrupt?: boolean;
  /** how job control speaks. "ksh88" (absent): `[1] + Running …`, `[1] pid` when a job starts,
   *  fg and bg print the command. "ash" (4.4BSD sh, jobs.c): `[1] pid status command` lines, nothing
   *  when a job starts or is continued, a current job only after one stopped. "bash" (bash 4.1
   *  jobs.c, jobs-bash.ts): `[1]+  Done                    cmd`, `[1] pid` when a job starts. */
  readonly jobs?: "ksh88" | "ash" | "bash";
  /** the ${…} operators beyond ksh88's: "bash" (bash 4.1) adds ${x/pat/rep}, ${x//pat/rep},
   *  ${x/#pat/rep}, ${x/%pat/rep}, ${x:off} and ${x:off:len} (sh/bashsubst.ts); absent: ksh88's
   *  set, the others a bad substitution */
  readonly paramOps?: "bash";
  /** bash's (and ksh93's) brace expansion of a command's words, `{a,b}` and `{1..5}` (brace.ts),
   *  before any other expansion; absent: braces are literal, as in ksh88 and ash */
  readonly braceExpansion?: boolean;
  /** the noexec option (-n, set -o noexec) is honoured: a shell that is not interactive parses
   *  what it reads and runs none of it (bash -n script); absent: the option is only remembered */
  readonly noexec?: boolean;
  /** $0 of a shell reading commands is its argv[0] as started (bash: `-bash` for a login shell);
   *  absent: the shell's name (ksh88's login shell says `ksh`, as the lab always has) */
  readonly zeroIsArgv0?: boolean;
  /** bash 4.0's ${x^^} ${x,,} ${x^} ${x,} (casemod.ts); absent: a bad substitution */
  readonly caseModification?: boolean;
}

export interface OsPersonality {
  readonly name: "aix" | "solaris" | "bsd";
  /** the shell's name in its messages: ksh on AIX, sh on Solaris/BSD */
  readonly shellName: string;
  readonly shell: ShellDialect;
  readonly signals: SignalTable;
  readonly commands: ReadonlyMap<string, CommandDef>;
  prompt(shell: ShellState): string;
  /** the system's text for an errno (as perror would print it) */
  strerror(errno: Errno): string;
  /** the shell's message for an unknown command (no trailing newline) */
  notFound(name: string): string;
  /** the shell's message for a syntax error (`interactive`: read from a terminal) */
  syntaxError(problem: { kind: "unexpected" | "unmatched"; token: string }, line: number, interactive?: boolean): string;
  /** the system as a shell named `name` (sh, ksh, bash: argv[0] without its path and its login
   *  dash) sees it, where one system has two shells (Solaris: bash, and ksh93 as sh and ksh); its
   *  dialect, texts and prompt. Absent: every shell of the system is this one */
  shellFor?(name: string): OsPersonality;
  /** the shell's message when cd fails */
  cdError(path: string, errno: Errno): string;
  /** the shell's message when a file named by path cannot be run (a directory, not executable) */
  cannotExecute(path: string): string;
  /** the shell's message when the script file it was started with cannot be read (`sh file`);
   *  absent: notFound's */
  scriptError?(path: string, errno: Errno): string;
  /** the shell's message when a redirection cannot be opened */
  redirectError(path: string, errno: Errno, input: boolean): string;
  /** message catalog: id → printf-style template (%s, %d); see engine/userland/common/msg.ts */
  readonly catalog: Readonly<Record<string, string>>;
  /** the layouts the common commands print in (ls, date, echo, pwd, device numbers); see
   *  engine/userland/formats.ts */
  readonly formats: OsFormats;
}
