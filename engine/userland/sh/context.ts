// What the ksh interpreter adds to the shared command interfaces (engine/userland/types.ts) for
// its own built-ins (read, set, test, print): the shell state's positional parameters and
// options, and a line reader on standard input. Commands run outside the interpreter (the
// command tests) see a plain ShellState / CommandContext: use these through the guards.
import type { CommandContext, ShellState } from "../types.js";

export interface KshState extends ShellState {
  /** $1 … (set -- a b) */
  positional: string[];
  /** set -o / set -x … : the option names that are on (xtrace, noglob, …) */
  options: Set<string>;
}

export function kshState(s: ShellState): KshState | null {
  return "positional" in s && "options" in s ? (s as KshState) : null;
}

export interface InputLine {
  text: string;
  /** false for a last line without a newline (end of file) */
  newline: boolean;
}

/** CommandContext as the interpreter builds it */
export interface ShellContext {
  /** the next line of standard input, taken from the input the commands of a list share; null at EOF */
  readLine?: () => InputLine | null;
  /** is standard input the terminal (not a pipe, file or here-string)? */
  stdinIsTTY?: boolean;
}

/** the next line of standard input: through the shell when it runs the command, else from stdin */
export function nextLine(ctx: CommandContext): InputLine | null {
  const rl = (ctx as CommandContext & ShellContext).readLine;
  if (rl) return rl();
  const text = ctx.stdin.readText();
  if (text === "") return null;
  const nl = text.indexOf("\n");
  return nl < 0 ? { text, newline: false } : { text: text.slice(0, nl), newline: true };
}
