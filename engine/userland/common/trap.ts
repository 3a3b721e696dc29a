// trap: the ksh built-in that sets the commands run on a signal or condition. The lab keeps and
// lists them; signals never arrive in the lab, but the EXIT trap (0) runs when the shell, a
// subshell or a function (set inside it) ends, and ERR after a command fails (outside the
// condition of an if, while or until). DEBUG is kept, not run.
import { kshState } from "../sh/context.js";
import type { CommandContext, CommandDef } from "../types.js";
import { err } from "./msg.js";

/** AIX's signal numbers (sys/signal.h) */
export const AIX_SIGNALS: readonly [string, number][] = [
  ["HUP", 1], ["INT", 2], ["QUIT", 3], ["ILL", 4], ["TRAP", 5], ["ABRT", 6], ["EMT", 7], ["FPE", 8], ["KILL", 9], ["BUS", 10],
  ["SEGV", 11], ["SYS", 12], ["PIPE", 13], ["ALRM", 14], ["TERM", 15], ["URG", 16], ["STOP", 17], ["TSTP", 18], ["CONT", 19],
  ["CHLD", 20], ["TTIN", 21], ["TTOU", 22], ["IO", 23], ["XCPU", 24], ["XFSZ", 25], ["MSG", 27], ["WINCH", 28], ["PWR", 29],
  ["USR1", 30], ["USR2", 31], ["PROF", 32], ["DANGER", 33], ["VTALRM", 34], ["MIGRATE", 35], ["PRE", 36], ["VIRT", 37],
  ["ALRM1", 38], ["WAITING", 39],
];
const BY_NAME = new Map(AIX_SIGNALS);
const BY_NUMBER = new Map(AIX_SIGNALS.map(([n, v]) => [v, n]));

/** a condition as typed (EXIT, 0, INT, SIGINT, 2, ERR …) → the name the shell keeps; null: not one */
export function trapName(s: string): string | null {
  const u = s.toUpperCase().replace(/^SIG(?=.)/, "");
  if (u === "EXIT" || s === "0") return "EXIT";
  if (u === "ERR" || u === "DEBUG") return u;
  if (/^[0-9]+$/.test(s)) return BY_NUMBER.get(Number(s)) ?? null;
  return BY_NAME.has(u) ? u : null;
}

/** the number trap lists a condition under */
function trapNumber(name: string): string {
  if (name === "EXIT") return "0";
  const n = BY_NAME.get(name);
  return n === undefined ? name : String(n);
}

function order(name: string): number {
  return name === "EXIT" ? 0 : (BY_NAME.get(name) ?? 1000 + (name === "ERR" ? 0 : 1));
}

function run(ctx: CommandContext): number {
  const ksh = kshState(ctx.shell);
  let args = ctx.argv.slice(1);
  if (args[0] === "--") args = args.slice(1);
  if (ksh === null) return 0;
  const traps = ksh.traps;
  if (args.length === 0) {
    const names = [...traps.keys()].sort((a, b) => order(a) - order(b));
    for (const n of names) ctx.stdout.write(`${trapNumber(n)}:${traps.get(n)}\n`);
    return 0;
  }
  // `trap 2 15` and `trap INT`: the conditions are reset
  let action: string | null = args[0]!;
  let conds = args.slice(1);
  if (conds.length === 0 || /^[0-9]+$/.test(action)) {
    conds = args;
    action = null;
  } else if (action === "-") action = null;
  let status = 0;
  for (const c of conds) {
    const name = trapName(c);
    if (name === null) {
      err(ctx, "trap.bad", c);
      status = 1;
      continue;
    }
    if (name === "KILL" || name === "STOP") continue; // cannot be caught
    if (action === null) traps.delete(name);
    else traps.set(name, action);
  }
  return status;
}

export const trap: CommandDef = {
  name: "trap",
  summary: "Sets commands to run on signals and on exit (Korn shell built-in).",
  run,
  man: `trap Command (ksh built-in)

Purpose
       Runs a command when the shell receives a signal or exits.

Syntax
       trap [ Command ] [ Signal ] ...

Description
       Command is read and run when the shell receives one of the signals
       named (by name or number). Signal 0 or EXIT runs Command when the
       shell exits; set inside a function, when the function returns. ERR
       runs it after a command fails, DEBUG after each command. A Command of
       - (or none) resets the signals to their default; an empty Command
       ignores them. With no arguments, trap lists the commands set, as
       number:command.

       In the lab no signals arrive: the EXIT and ERR traps are the ones
       that run.

Exit Status
       0    Successful completion.
       >0   A signal is not valid.
`,
};
