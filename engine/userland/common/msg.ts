// Messages come from the OS personality's catalog, so one command file serves every system:
// msg(ctx, "ls.nofile", "x") → "ls: 0653-341 The file x does not exist." on AIX.
import type { Errno } from "../../kernel/errno.js";
import { isKernelError } from "../../kernel/errno.js";
import type { CommandContext } from "../types.js";

/** printf-style: %s and %d take the arguments in turn; %2$s takes the second (a system whose
 *  text leaves out or reorders what another system's text says) */
export function format(template: string, args: readonly (string | number)[]): string {
  let i = 0;
  return template.replace(/%(?:([1-9])\$)?(%|s|d)/g, (_m, pos: string | undefined, c: string) => {
    if (c === "%") return "%";
    return String((pos !== undefined ? args[Number(pos) - 1] : args[i++]) ?? "");
  });
}

export function msg(ctx: CommandContext, id: string, ...args: (string | number)[]): string {
  const t = ctx.os.catalog[id];
  if (t === undefined) throw new Error(`no catalog entry ${id} for ${ctx.os.name}`);
  return format(t, args);
}

/** print a catalog message on stderr with a newline */
export function err(ctx: CommandContext, id: string, ...args: (string | number)[]): void {
  ctx.stderr.write(msg(ctx, id, ...args) + "\n");
}

export function errnoOf(e: unknown): Errno {
  if (isKernelError(e)) return e.errno;
  throw e;
}
