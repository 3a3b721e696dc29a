// Small helpers shared by the AIX commands.
import { getopt, reportOpt } from "../common/lib.js";
import { err, msg } from "../common/msg.js";
import type { CommandContext } from "../types.js";
import type { Odm } from "../../kernel/odm/odm.js";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Nov 27 06:43" from machine-clock seconds (UTC), as mount lists the date */
export function monDayTime(seconds: number): string {
  const d = new Date(seconds * 1000);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${MONTHS[d.getUTCMonth()]} ${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}

export interface Flags {
  opts: { flag: string; value: string | undefined }[];
  operands: string[];
}

/** parse flags; on a bad flag print getopt's line and the usage, and return null */
export function parseFlags(ctx: CommandContext, spec: string, usageId: string): Flags | null {
  const r = getopt(ctx.argv.slice(1), spec);
  const bad = r.items.find((it) => it.kind !== "flag");
  if (bad) {
    reportOpt(ctx, bad);
    err(ctx, usageId);
    return null;
  }
  return { opts: r.items.map((it) => ({ flag: it.flag, value: it.kind === "flag" ? it.value : undefined })), operands: r.operands };
}

export function usage(ctx: CommandContext, usageId: string, ...args: string[]): number {
  ctx.stderr.write(msg(ctx, usageId, ...args) + "\n");
  return 1;
}

export function odmOf(ctx: CommandContext): Odm {
  if (!ctx.machine.odm) throw new Error("this machine has no ODM");
  return ctx.machine.odm;
}

/** the command name as the user typed it, without a path */
export function progname(ctx: CommandContext): string {
  const a = ctx.argv[0]!;
  return a.slice(a.lastIndexOf("/") + 1);
}
