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

/** all digits (the commands' isnumber(): an empty string counts) */
export function isNumber(s: string): boolean {
  return /^[0-9]*$/.test(s);
}
