// Messages come from the OS personality's catalog, so one command file serves every system:
// msg(ctx, "ls.nofile", "x") → "ls: 0653-341 The file x does not exist." on AIX.
import type { Errno } from "../../kernel/errno.js";
import { isKernelError } from "../../kernel/errno.js";
import { toolOptstring, toolStatus } from "../formats.js";
import type { CommandContext } from "../types.js";

/**
 * printf-style: %s and %d take the arguments in order, %N$s the N-th (as NLS catalogs allow, so a
 * system can word a message with the arguments in another order, or leave some out); %% is %.
 */
export function format(template: string, args: readonly (string | number)[]): string {
  let i = 0;
  return template.replace(/%(%|s|d|(\d+)\$[sd])/g, (m, c: string, n: string | undefined) =>
    c === "%" ? "%" : String((n !== undefined ? args[Number(n) - 1] : args[i++]) ?? ""),
  );
}

export function msg(ctx: CommandContext, id: string, ...args: (string | number)[]): string {
  const t = ctx.os.catalog[id];
  if (t === undefined) throw new Error(`no catalog entry ${id} for ${ctx.os.name}`);
  return format(t, args);
}

/**
 * print a catalog message on stderr with a newline; an empty text prints nothing (a system that
 * says in one line what another says in two: 4.4BSD's "rm: x: Permission denied" for AIX's
 * "Cannot remove x." and the reason on a line of its own)
 */
export function err(ctx: CommandContext, id: string, ...args: (string | number)[]): void {
  if (ctx.os.catalog[id] === "") return;
  streamOf(ctx, id).write(shellSays(ctx, msg(ctx, id, ...args)) + "\n");
}

/** a line of a built-in speaks as its shell does (engine/userland/sh/speak.ts: bash's -bash: or
 *  `line 3:`); a command run as a program prints it as written */
export function shellSays(ctx: CommandContext, text: string): string {
  return ctx.builtin && ctx.shell.says ? ctx.shell.says(text) : text;
}

/** a question (no new line after it), on the stream the system writes it to */
export function ask(ctx: CommandContext, id: string, ...args: (string | number)[]): void {
  streamOf(ctx, id).write(msg(ctx, id, ...args));
}

/** standard error, or standard output for a message the system printf's (OsFormats.onStdout) */
function streamOf(ctx: CommandContext, id: string) {
  return ctx.os.formats.onStdout?.has(id) ? ctx.stdout : ctx.stderr;
}

/** the status to exit with after the message `id`: the system's (OsFormats.statusAfter) or `status` */
export function exitAfter(ctx: CommandContext, id: string, status: number): number {
  return toolStatus(ctx.os.formats, id, status);
}

/** the option letters of `program` on this system (OsFormats.options), or the common code's */
export function optionsOf(ctx: CommandContext, program: string, common: string): string {
  return toolOptstring(ctx.os.formats, program, common);
}

/**
 * The reason a program gives for an errno: its own words where the catalog has them
 * (`<program>.errno.<ERRNO>`, Solaris rmdir's "Directory does not exist"), otherwise strerror.
 */
export function reasonFor(ctx: CommandContext, program: string, errno: Errno): string {
  return ctx.os.catalog[`${program}.errno.${errno}`] ?? ctx.os.strerror(errno);
}

export function errnoOf(e: unknown): Errno {
  if (isKernelError(e)) return e.errno;
  throw e;
}
