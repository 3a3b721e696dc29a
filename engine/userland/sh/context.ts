// What the ksh interpreter adds to the shared command interfaces (engine/userland/types.ts) for
// its own built-ins (read, set, test, print, typeset, trap, whence …): the shell state's
// positional parameters, options, functions, aliases, traps and limits. Commands run outside the
// interpreter (the command tests) see a plain ShellState: use these through the guard.
import type { CompoundCommand } from "../../../grammar/ast.js";
import type { ShellState } from "../types.js";
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
  /** how often each tracked command was run by name since it was tracked (bash's hash hits) */
  trackedHits: Map<string, number>;
  /** trap: condition (EXIT, HUP, INT …, ERR, DEBUG) → the command ("" ignores it) */
  traps: Map<string, string>;
  /** ulimit values the lab only remembers (all but -f, which is the process's): flag → value */
  ulimits: Map<string, number>;
  /** local variables of the functions running, innermost last: name → the caller's variable */
  locals: Map<string, VarSnapshot>[];
  /** reads commands from a terminal: prompts, job control, Ctrl-C ends the command not the shell */
  interactive: boolean;
  /** a subshell of an interactive shell: ash's forkshell leaves its iflag on (cd still prints) */
  forkedInteractive?: boolean;
}

export function kshState(s: ShellState): KshState | null {
  return "positional" in s && "options" in s && "functions" in s ? (s as KshState) : null;
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
