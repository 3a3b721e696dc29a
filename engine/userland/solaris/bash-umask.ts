// umask as bash 4.1's built-in (builtins/umask.def): the mask as printf("%04lo") (0022), -S as
// print_symbolic_umask (u=rwx,g=rx,o=rx), -p as a command that sets it again (umask 0022,
// umask -S u=rwx,g=rx,o=rx). A mode that starts with a digit is octal (read_octal: up to 0777,
// else "octal number out of range" and the mask stays); any other is chmod's symbolic form
// (parse_symbolic_mode) applied to the permissions the mask leaves; -S after setting prints it.
import { err } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { bashGetopt } from "./bashopts.js";

const WHO: Record<string, number> = { u: 0o700, g: 0o070, o: 0o007, a: 0o777 };
const PERM: Record<string, number> = { r: 0o444, w: 0o222, x: 0o111 };

/** print_symbolic_umask: a letter for each bit the mask leaves clear */
function symbolic(mask: number): string {
  const part = (who: string, shift: number) => {
    const b = ~(mask >> shift) & 7;
    return `${who}=${b & 4 ? "r" : ""}${b & 2 ? "w" : ""}${b & 1 ? "x" : ""}`;
  };
  return [part("u", 6), part("g", 3), part("o", 0)].join(",");
}

/** read_octal: octal digits only, no more than 0777; null otherwise */
function readOctal(s: string): number | null {
  return /^[0-7]+$/.test(s) && parseInt(s, 8) <= 0o777 ? parseInt(s, 8) : null;
}

/** parse_symbolic_mode on the permissions the mask leaves: the new mask, or null after saying
 *  which character was wrong */
function symbolicMask(ctx: CommandContext, mask: number, mode: string): number | null {
  let bits = ~mask & 0o777;
  let s = 0;
  for (;;) {
    let who = 0;
    while ("agou".includes(mode[s] ?? "-") && s < mode.length) who |= WHO[mode[s++]!]!;
    const op = mode[s++] ?? "";
    if (op !== "+" && op !== "-" && op !== "=") {
      err(ctx, "umask.badop", op);
      return null;
    }
    let perm = 0;
    while (s < mode.length && "rwx".includes(mode[s]!)) perm |= PERM[mode[s++]!]!;
    if (s < mode.length && mode[s] !== ",") {
      err(ctx, "umask.badchar", mode[s]!);
      return null;
    }
    if (who !== 0) perm &= who;
    if (op === "+") bits |= perm;
    else if (op === "-") bits &= ~perm;
    else bits = (bits & ~(who || 0o777)) | perm;
    if (s >= mode.length) break;
    s++;
  }
  return ~bits & 0o777;
}

function run(ctx: CommandContext): number {
  const r = bashGetopt(ctx.argv.slice(1), "Sp");
  if (!r.ok) {
    err(ctx, "sh.badopt", "umask", "-" + r.flag);
    err(ctx, "umask.usage");
    return 2;
  }
  const sym = r.opts.some((o) => o.flag === "S");
  const p = r.opts.some((o) => o.flag === "p");
  const proc = ctx.sys.proc;
  const mode = r.rest[0];
  if (mode === undefined) {
    const head = p ? (sym ? "umask -S " : "umask ") : "";
    ctx.stdout.write(head + (sym ? symbolic(proc.umask) : proc.umask.toString(8).padStart(4, "0")) + "\n");
    return 0;
  }
  let mask: number | null;
  if (/^[0-9]/.test(mode)) {
    mask = readOctal(mode);
    if (mask === null) err(ctx, "umask.range", mode);
  } else mask = symbolicMask(ctx, proc.umask, mode);
  if (mask === null) return 1;
  proc.umask = mask;
  if (sym) ctx.stdout.write(symbolic(mask) + "\n");
  return 0;
}

export const bashUmask: CommandDef = {
  name: "umask",
  summary: "Displays or sets the file-creation mask (bash built-in).",
  run,
  man: `umask Command (bash built-in)

Purpose
       Displays or sets the file-creation mask (bash built-in).

Syntax
       umask [-p] [-S] [mode]

Description
       Without mode, umask writes the mask as four octal digits (0022); with
       -S, the permissions it leaves (u=rwx,g=rx,o=rx); with -p, as a umask
       command that sets it again. A mode that starts with a digit is an
       octal number up to 0777; any other is a symbolic mode like chmod's
       (u=rwx,g=rx,o=rx, go-w), applied to the permissions the mask leaves.
       With -S and a mode, the new mask is written symbolically.

Messages
       bash: umask: 999: octal number out of range
       bash: umask: \`z': invalid symbolic mode operator
       bash: umask: \`z': invalid symbolic mode character
       bash: umask: -x: invalid option
       umask: usage: umask [-p] [-S] [mode]

Exit Status
       0    Successful completion.
       1    The mode is not valid (the mask is unchanged).
       2    An invalid option.
`,
};
