// User and group names to numbers, from the machine's /etc/passwd and /etc/group (what
// getpwnam(3) and getgrnam(3) read on AIX), for chown, chgrp and find -user/-group.
import type { CommandContext } from "../types.js";
import { dec, errnoOf } from "./lib.js";

/** name → id from a colon-separated table (the first entry of a name wins, as getpwnam finds it) */
function nameTable(ctx: CommandContext, path: string): Map<string, number> {
  const t = new Map<string, number>();
  let text = "";
  try {
    text = dec.decode(ctx.sys.readFile(path));
  } catch (e) {
    errnoOf(e);
  }
  for (const line of text.split("\n")) {
    const f = line.split(":");
    if (f.length < 3 || f[0] === "" || f[0]!.startsWith("#")) continue;
    const id = Number(f[2]);
    if (Number.isInteger(id) && !t.has(f[0]!)) t.set(f[0]!, id);
  }
  return t;
}

/** getpwnam: the uid of a user name, or null */
export function userId(ctx: CommandContext, name: string): number | null {
  return nameTable(ctx, "/etc/passwd").get(name) ?? null;
}

/** getgrnam: the gid of a group name, or null */
export function groupId(ctx: CommandContext, name: string): number | null {
  return nameTable(ctx, "/etc/group").get(name) ?? null;
}

/** a line of /etc/passwd or /etc/group as id(1) needs it: for a user, its uid and primary gid;
 *  for a group, its gid (also in `gid`) and its members */
export interface DbEntry {
  name: string;
  id: number;
  gid: number;
  members: string[];
}

/** the lines of a colon-separated table, split (comments and empty names left out) */
function dbRows(ctx: CommandContext, path: string): string[][] {
  let text = "";
  try {
    text = dec.decode(ctx.sys.readFile(path));
  } catch (e) {
    errnoOf(e);
  }
  return text
    .split("\n")
    .map((l) => l.split(":"))
    .filter((f) => f.length >= 4 && f[0] !== "" && !f[0]!.startsWith("#"));
}

/** getpwent over /etc/passwd */
export function passwdEntries(ctx: CommandContext): DbEntry[] {
  return dbRows(ctx, "/etc/passwd").map((f) => ({ name: f[0]!, id: Number(f[2]), gid: Number(f[3]), members: [] }));
}

/** getgrent over /etc/group: a group line's fourth field is its members */
export function groupEntries(ctx: CommandContext): DbEntry[] {
  return dbRows(ctx, "/etc/group").map((f) => ({ name: f[0]!, id: Number(f[2]), gid: Number(f[2]), members: (f[3] ?? "").split(",").filter(Boolean) }));
}

/** initgroups(3): the primary gid first, then every group that lists the user, in file order */
export function initgroups(ctx: CommandContext, user: string | undefined, gid: number): number[] {
  const out = [gid];
  if (user !== undefined) for (const g of groupEntries(ctx)) if (g.members.includes(user) && !out.includes(g.id)) out.push(g.id);
  return out;
}

/** all digits (the commands' isnumber(): an empty string counts) */
export function isNumber(s: string): boolean {
  return /^[0-9]*$/.test(s);
}
