// What a command sees: its arguments, standard streams, the process's system calls, the
// environment and the OS personality (message catalog). Commands know no screen.
import type { Machine } from "../kernel/machine.js";
import type { Sys } from "../kernel/sys.js";
import type { Errno } from "../kernel/errno.js";

const enc = new TextEncoder();
const dec = new TextDecoder();

/** an output stream: a terminal, a pipe or a file */
export interface Out {
  write(data: string | Uint8Array): void;
}

/** standard input: everything the command may read */
export class In {
  private pos = 0;
  constructor(private data: Uint8Array = new Uint8Array(0)) {}
  static text(s: string): In {
    return new In(enc.encode(s));
  }
  readAll(): Uint8Array {
    const d = this.data.subarray(this.pos);
    this.pos = this.data.length;
    return d;
  }
  readText(): string {
    return dec.decode(this.readAll());
  }
}

/** collects output (a pipe stage, a captured command) */
export class Buffer implements Out {
  private parts: Uint8Array[] = [];
  write(data: string | Uint8Array): void {
    this.parts.push(typeof data === "string" ? enc.encode(data) : data);
  }
  bytes(): Uint8Array {
    const n = this.parts.reduce((a, p) => a + p.length, 0);
    const out = new Uint8Array(n);
    let o = 0;
    for (const p of this.parts) {
      out.set(p, o);
      o += p.length;
    }
    return out;
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
}

export type CommandFn = (ctx: CommandContext) => number;

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

export interface OsPersonality {
  readonly name: "aix" | "solaris" | "bsd";
  /** the shell's name in its messages: ksh on AIX, sh on Solaris/BSD */
  readonly shellName: string;
  readonly commands: ReadonlyMap<string, CommandDef>;
  prompt(shell: ShellState): string;
  /** the system's text for an errno (as perror would print it) */
  strerror(errno: Errno): string;
  /** the shell's message for an unknown command (no trailing newline) */
  notFound(name: string): string;
  /** the shell's message for a syntax error */
  syntaxError(problem: { kind: "unexpected" | "unmatched"; token: string }, line: number): string;
  /** the shell's message when cd fails */
  cdError(path: string, errno: Errno): string;
  /** the shell's message when a file named by path cannot be run (a directory, not executable) */
  cannotExecute(path: string): string;
  /** the shell's message when a redirection cannot be opened */
  redirectError(path: string, errno: Errno, input: boolean): string;
  /** message catalog: id → printf-style template (%s, %d); see engine/userland/common/msg.ts */
  readonly catalog: Readonly<Record<string, string>>;
}
