// What the ksh interpreter adds to the shared command interfaces (engine/userland/types.ts) for
// its own built-ins (read, set, test, print, typeset, trap, whence …): the shell state's
// positional parameters, options, functions, aliases, traps and limits, and a line reader on
// standard input. Commands run outside the interpreter (the command tests) see a plain
// ShellState / CommandContext: use these through the guards.
import type { CompoundCommand } from "../../../grammar/ast.js";
import type { CommandContext, ShellState } from "../types.js";
import type { VarSnapshot } from "./env.js";

/** a function definition as the shell keeps it */
export type FunctionDef = Extract<CompoundCommand, { kind: "function" }>;

export interface KshState extends ShellState {
  /** $1 … (set -- a b) */
  positional: string[];
  /** set -o / set -x … : the option names that are on (xtrace, noglob, …) */
  options: Set<string>;
  /** the functions defined (name() { …; } and function name { …; }) */
  functions: Map<string, FunctionDef>;
  /** alias name → value (ksh88's preset aliases included) */
  aliases: Map<string, string>;
  /** tracked aliases: command name → the path it was found at (set -o trackall) */
  tracked: Map<string, string>;
  /** trap: condition (EXIT, HUP, INT …, ERR, DEBUG) → the command ("" ignores it) */
  traps: Map<string, string>;
  /** ulimit values the lab only remembers (all but -f, which is the process's): flag → value */
  ulimits: Map<string, number>;
  /** local variables of the functions running, innermost last: name → the caller's variable */
  locals: Map<string, VarSnapshot>[];
}

export function kshState(s: ShellState): KshState | null {
  return "positional" in s && "options" in s && "functions" in s ? (s as KshState) : null;
}

/** ksh88's built-in commands (whence: "is a shell builtin"; a function cannot replace them) */
export const KSH_BUILTINS: ReadonlySet<string> = new Set([
  ":", ".", "[", "alias", "bg", "break", "cd", "command", "continue", "echo", "eval", "exec", "exit", "export", "fc", "fg",
  "getopts", "jobs", "kill", "let", "newgrp", "print", "pwd", "read", "readonly", "return", "set", "shift", "test", "times",
  "trap", "typeset", "ulimit", "umask", "unalias", "unset", "wait", "whence",
]);

/** ksh88's preset aliases */
export const KSH_PRESET_ALIASES: readonly [string, string][] = [
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
];

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

/**
 * A ksh builtin's option words: the leading arguments that look like options (`-abc`; `--` ends
 * them and is dropped). Each builtin reads the letters itself: ksh's builtins do not use getopt.
 */
export function optionWords(args: readonly string[], looksLikeOption: RegExp = /^-./): { words: string[]; rest: string[] } {
  let i = 0;
  const words: string[] = [];
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") {
      i++;
      break;
    }
    if (!looksLikeOption.test(a)) break;
    words.push(a);
  }
  return { words, rest: args.slice(i) };
}
