// set: the ksh built-in. With no arguments it lists the shell's variables, sorted; -o alone lists
// the options; -x/+x, -o name/+o name … turn options on and off (xtrace and noglob change what the
// lab's shell does; vi, emacs and gmacs choose the terminal's line editor, which reads them; the
// others are only remembered); other arguments, or those after --, become the positional
// parameters $1 … (-s sorts them).
import { ShellEnv } from "../sh/env.js";
import { kshState } from "../sh/context.js";
import type { CommandContext, CommandDef } from "../types.js";
import { err, msg } from "./msg.js";

/** ksh88's options: name → flag letter ("" for none) */
export const KSH_OPTIONS: Record<string, string> = {
  allexport: "a",
  bgnice: "",
  emacs: "",
  errexit: "e",
  gmacs: "",
  ignoreeof: "",
  interactive: "i",
  keyword: "k",
  markdirs: "",
  monitor: "m",
  noclobber: "",
  noexec: "n",
  noglob: "f",
  nolog: "",
  nounset: "u",
  privileged: "p",
  restricted: "r",
  trackall: "h",
  verbose: "v",
  vi: "",
  viraw: "",
  xtrace: "x",
};
/** on in an interactive login shell */
const DEFAULT_ON = ["bgnice", "interactive", "monitor", "trackall"];
const BY_LETTER = new Map(Object.entries(KSH_OPTIONS).filter(([, l]) => l !== "").map(([n, l]) => [l, n]));

/** is the option on? (the options of an interactive shell count as on unless turned off) */
export function optionIsOn(options: ReadonlySet<string>, name: string): boolean {
  return options.has(name) || (DEFAULT_ON.includes(name) && !options.has("no:" + name));
}

/** the option a flag letter stands for (x: xtrace), or undefined */
export function optionOfLetter(letter: string): string | undefined {
  return BY_LETTER.get(letter);
}

/** turn an option on or off (an option on by default is turned off by remembering no:NAME) */
export function turnOption(options: Set<string>, name: string, on: boolean): void {
  if (DEFAULT_ON.includes(name)) {
    if (on) options.delete("no:" + name);
    else options.add("no:" + name);
  } else if (on) options.add(name);
  else options.delete(name);
  // the editing modes exclude each other
  if (on && (name === "vi" || name === "emacs" || name === "gmacs")) for (const m of ["vi", "emacs", "gmacs"]) if (m !== name) options.delete(m);
}

/** the line editor's mode the options ask for: vi, emacs or gmacs, or null (none: the lab's own
 *  editor). viraw alone is a way of reading keys, not a mode. */
export type EditingMode = "vi" | "emacs" | "gmacs";
export function editingMode(options: ReadonlySet<string>): EditingMode | null {
  for (const m of ["vi", "emacs", "gmacs"] as const) if (options.has(m)) return m;
  return null;
}

/**
 * ksh88 on an assignment to VISUAL, or to EDITOR while VISUAL is unset or empty: a value that ends
 * in vi, emacs or gmacs turns that editing mode on (and the others off); other values change
 * nothing. The shell's variables call this (ShellEnv.onSet) and so does start-up for the
 * environment it was given.
 */
export function editorVariable(options: Set<string>, visual: string | undefined, name: string, value: string): void {
  if (name !== "VISUAL" && (name !== "EDITOR" || (visual ?? "") !== "")) return;
  const mode = value.endsWith("vi") ? "vi" : value.endsWith("gmacs") ? "gmacs" : value.endsWith("emacs") ? "emacs" : null;
  if (mode) turnOption(options, mode, true);
}

/** $-: the flag letters of the options that are on */
export function optionLetters(options: ReadonlySet<string>): string {
  let s = "";
  for (const [n, l] of Object.entries(KSH_OPTIONS)) if (l !== "" && optionIsOn(options, n)) s += l;
  return s;
}

/** the value as `set` shows it: quoted when it holds characters the shell would read otherwise */
export function shown(v: string): string {
  if (/^(?:[A-Za-z0-9_./:,+@%=^-][A-Za-z0-9_./:,+@%=^#-]*)?$/.test(v)) return v;
  return "'" + v.replace(/'/g, "'\\''") + "'";
}

function run(ctx: CommandContext): number {
  const args = ctx.argv.slice(1);
  const ksh = kshState(ctx.shell);
  const options = ksh?.options ?? new Set<string>();
  const isOn = (name: string) => optionIsOn(options, name);
  const turn = (name: string, on: boolean) => turnOption(options, name, on);
  if (args.length === 0) {
    const env = ctx.shell.env;
    const all = env instanceof ShellEnv ? env.all() : env.exported();
    ctx.stdout.write(all.map(([n, v]) => `${n}=${shown(v)}\n`).join(""));
    return 0;
  }
  let positional: string[] | null = null;
  let sort = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") {
      positional = args.slice(i + 1);
      break;
    }
    if (a === "-" || a === "+") {
      if (a === "-") {
        options.delete("xtrace");
        options.delete("verbose");
      }
      continue;
    }
    const sign = a[0];
    if ((sign !== "-" && sign !== "+") || a.length < 2) {
      positional = args.slice(i);
      break;
    }
    const on = sign === "-";
    for (let j = 1; j < a.length; j++) {
      const f = a[j]!;
      if (f === "o") {
        const name = args[i + 1];
        if (name === undefined) {
          const names = Object.keys(KSH_OPTIONS);
          const head = msg(ctx, "set.current");
          ctx.stdout.write((head === "" ? "" : head + "\n") + names.map((n) => `${n.padEnd(16)}${isOn(n) ? "on" : "off"}\n`).join(""));
          continue;
        }
        i++;
        if (!(name in KSH_OPTIONS)) {
          err(ctx, "set.badopt", name);
          return 1;
        }
        turn(name, on);
      } else if (f === "s") sort = on;
      else if (f === "A") {
        err(ctx, "set.noarrays");
        return 1;
      } else if (BY_LETTER.has(f) && f !== "i" && f !== "r") turn(BY_LETTER.get(f)!, on);
      else {
        err(ctx, "set.badopt", a);
        return 1;
      }
    }
  }
  if (ksh !== null) {
    if (positional !== null) ksh.positional = positional;
    if (sort) ksh.positional.sort();
  }
  return 0;
}

export const set: CommandDef = {
  name: "set",
  summary: "Sets or unsets shell options and positional parameters; lists the shell variables.",
  run,
  man: `set Command (ksh built-in)

Purpose
       Sets or unsets shell options and positional parameters; lists the
       shell variables.

Syntax
       set [ +|-aefhkmnpsuvx ] [ +|-o Option ] ... [ -- ] [ Argument ... ]

Description
       With no arguments set writes the names and values of all the shell
       variables, sorted by name. set -o alone writes the current option
       settings. A flag turns an option on with - and off with +:

       -a  allexport    -e  errexit      -f  noglob       -h  trackall
       -k  keyword      -m  monitor      -n  noexec       -p  privileged
       -u  nounset      -v  verbose      -x  xtrace

       Other options are named with -o: bgnice, emacs, gmacs, ignoreeof,
       markdirs, noclobber, nolog, vi, viraw. -s sorts the positional
       parameters. The remaining arguments (all arguments after --) become
       the positional parameters $1, $2 and so on; set -- alone unsets them.

       -o vi, -o emacs and -o gmacs choose the line editor's editing mode
       (one at a time; +o turns it off). Assigning VISUAL, or EDITOR while
       VISUAL is not set, a value that ends in vi, emacs or gmacs turns
       that mode on as well. vi mode starts each line in input mode: Esc
       enters control mode (h l w b e 0 $ f t move, x dd cw D p u . edit,
       k j / n walk and search the history, \\ completes a file name).
       emacs mode: Ctrl-A Ctrl-E Ctrl-B Ctrl-F Esc-b Esc-f move, Ctrl-D
       Ctrl-K Ctrl-W Esc-d delete, Ctrl-Y yanks, Ctrl-P Ctrl-N Ctrl-R
       walk and search the history, Esc Esc completes.

Exit Status
       0    Successful completion.
       >0   An error occurred.
`,
};
