// Messages come from the OS personality's catalog, so one command file serves every system:
// msg(ctx, "ls.nofile", "x") → "ls: 0653-341 The file x does not exist." on AIX.
import type { Errno } from "../../kernel/errno.js";
import { isKernelError } from "../../kernel/errno.js";
import type { CommandContext } from "../types.js";

export function format(template: string, args: readonly (string | number)[]): string {
  let i = 0;
  return template.replace(/%(%|s|d)/g, (m, c: string) => (c === "%" ? "%" : String(args[i++] ?? "")));
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
