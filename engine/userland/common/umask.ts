// umask: the ksh built-in for the file-creation mask of the process (octal, or symbolic with -S
// and u=rwx,g=rx,o= forms).
import type { CommandContext, CommandDef } from "../types.js";
import { err } from "./msg.js";

const WHO: Record<string, number> = { u: 0o700, g: 0o070, o: 0o007, a: 0o777 };
const PERM: Record<string, number> = { r: 0o444, w: 0o222, x: 0o111 };

/** the permissions a mask leaves, as u=rwx,g=rx,o=rx */
function symbolic(mask: number): string {
  const allowed = ~mask & 0o777;
  const part = (who: string, shift: number) => {
    const b = (allowed >> shift) & 7;
    return `${who}=${b & 4 ? "r" : ""}${b & 2 ? "w" : ""}${b & 1 ? "x" : ""}`;
  };
  return [part("u", 6), part("g", 3), part("o", 0)].join(",");
}

/** a symbolic mode applied to the permissions the mask leaves; null when it is not valid */
function applySymbolic(mask: number, spec: string): number | null {
  let allowed = ~mask & 0o777;
  for (const clause of spec.split(",")) {
    const m = /^([ugoa]*)([-+=])([rwx]*)$/.exec(clause);
    if (m === null) return null;
    let who = 0;
    for (const c of m[1]!) who |= WHO[c]!;
    if (who === 0) who = 0o777;
    let perm = 0;
    for (const c of m[3]!) perm |= PERM[c]!;
    perm &= who;
    if (m[2] === "+") allowed |= perm;
    else if (m[2] === "-") allowed &= ~perm;
    else allowed = (allowed & ~who) | perm;
  }
  return ~allowed & 0o777;
}

function run(ctx: CommandContext): number {
  let args = ctx.argv.slice(1);
  let sym = false;
  if (args[0] === "-S") {
    sym = true;
    args = args.slice(1);
  } else if (args[0] === "--") args = args.slice(1);
  else if (args[0] !== undefined && /^-[^0-7]/.test(args[0])) {
    err(ctx, "sh.badopt", "umask", args[0].slice(0, 2));
    return 1;
  }
  const proc = ctx.sys.proc;
  const v = args[0];
  if (v === undefined) {
    ctx.stdout.write((sym ? symbolic(proc.umask) : proc.umask.toString(8).padStart(3, "0")) + "\n");
    return 0;
  }
  const mask = /^[0-7]+$/.test(v) ? parseInt(v, 8) & 0o777 : applySymbolic(proc.umask, v);
  if (mask === null) {
    err(ctx, "sh.badnum", v, "umask");
    return 1;
  }
  proc.umask = mask;
  return 0;
}

export const umask: CommandDef = {
  name: "umask",
  summary: "Displays or sets the file-creation mask.",
  run,
  man: `umask Command (ksh built-in)

Purpose
       Displays or sets the file-creation mask.

Syntax
       umask [ -S ] [ Mask ]

Description
       The bits set in the mask are removed from the permissions of files
       and directories the shell and its child processes create. Without
       Mask, umask writes the current mask in octal (with -S, the
       permissions it leaves, as u=rwx,g=rx,o=rx). Mask is an octal number
       or a symbolic mode like chmod's (u=rwx,g=rx,o=, go-w).

Exit Status
       0    Successful completion.
       >0   An error occurred.
`,
};
