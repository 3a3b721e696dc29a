// trap: the ksh built-in that sets the commands run on a signal or condition. A trap on a signal
// makes the shell catch it (an empty command: ignore it) and run the command when it comes, at
// the shell's next step; EXIT (0) runs when the shell, a subshell or a function (set inside it)
// ends, ERR after a command fails (outside the condition of an if, while or until). DEBUG is kept,
// not run. Listed as ksh88 built for POSIX lists them: `trap 'command' NAME`, ERR and DEBUG first,
// then the signals from the highest number down, EXIT last.
import { kshState } from "../sh/context.js";
import type { CommandContext, CommandDef } from "../types.js";
import { err } from "./msg.js";

/** a condition as typed (EXIT, 0, INT, 2, ERR …) → the name the shell keeps; null: not one
 *  (ksh88 takes names in any case, without a SIG prefix) */
export function trapName(ctx: CommandContext, s: string): string | null {
  const u = s.toUpperCase();
  if (u === "EXIT" || s === "0") return "EXIT";
  if (u === "ERR" || u === "DEBUG") return u;
  const sig = ctx.os.signals.lookup(s);
  return sig === null ? null : ctx.os.signals.name(sig);
}

/** where a condition is listed: ERR and DEBUG first, signals from the highest, EXIT last */
function order(ctx: CommandContext, name: string): number {
  if (name === "EXIT") return -1;
  if (name === "ERR" || name === "DEBUG") return 1000 + (name === "ERR" ? 1 : 0);
  const sig = ctx.os.signals.lookup(name);
  return sig === null ? 0 : ctx.os.signals.number(sig);
}

/** ksh88's p_qstr: quoted when empty or holding what the shell would read otherwise */
function quoted(s: string): string {
  if (s !== "" && /^[A-Za-z0-9_./,:=@%+-]+$/.test(s)) return s;
  return "'" + s.replace(/'/g, "'\\''") + "'";
}

function run(ctx: CommandContext): number {
  const ksh = kshState(ctx.shell);
  let args = ctx.argv.slice(1);
  if (args[0] === "--") args = args.slice(1);
  if (ksh === null) return 0;
  const traps = ksh.traps;
  if (args.length === 0) {
    const names = [...traps.keys()].sort((a, b) => order(ctx, b) - order(ctx, a));
    for (const n of names) ctx.stdout.write(`trap ${quoted(traps.get(n)!)} ${n}\n`);
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
    const name = trapName(ctx, c);
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
  summary: "Runs a command when the shell receives a signal or exits.",
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
       trap 'command' NAME.

       A trapped signal (kill -USR1 $$, Ctrl-C for INT) runs its Command
       before the shell's next command.

Exit Status
       0    Successful completion.
       >0   A signal is not valid.
`,
};
