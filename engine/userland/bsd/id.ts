// id and whoami of 4.4BSD (id.c, whoami.c). The groups are what login's initgroups(3) gave the
// user: the primary group, then every group of /etc/group that lists the user, in file order;
// id prints them `groups=0(wheel), 2(kmem), …` with a comma and a space between.
import { getopt, reportOpt } from "../common/lib.js";
import { groupEntries, initgroups, passwdEntries } from "../common/ids.js";
import { err } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";

function fmtGroups(ctx: CommandContext, ids: number[], names: boolean, sep: string): string {
  const gr = groupEntries(ctx);
  return ids.map((g) => (names ? gr.find((x) => x.id === g)?.name ?? String(g) : String(g))).join(sep);
}

function full(ctx: CommandContext, uid: number, gid: number, user: string | undefined): string {
  const gr = groupEntries(ctx);
  const gname = (g: number) => {
    const n = gr.find((x) => x.id === g)?.name;
    return n === undefined ? `${g}` : `${g}(${n})`;
  };
  let s = `uid=${uid}${user !== undefined ? `(${user})` : ""} gid=${gname(gid)}`;
  const list = initgroups(ctx, user, gid);
  if (list.length > 0) s += " groups=" + list.map(gname).join(", ");
  return s + "\n";
}

function run(ctx: CommandContext): number {
  const r = getopt(ctx.argv.slice(1), "Ggnru");
  const f = new Set<string>();
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      err(ctx, "id.usage");
      return 1;
    }
    f.add(it.flag);
  }
  const modes = ["G", "g", "u"].filter((x) => f.has(x));
  if (modes.length > 1 || r.operands.length > 1 || (modes.length === 0 && (f.has("n") || f.has("r"))) || (f.has("G") && f.has("r"))) {
    err(ctx, "id.usage");
    return 1;
  }
  let uid = ctx.sys.proc.uid;
  let gid = ctx.sys.proc.gid;
  let user = passwdEntries(ctx).find((u) => u.id === uid)?.name;
  const who = r.operands[0];
  if (who !== undefined) {
    const u = passwdEntries(ctx).find((x) => x.name === who) ?? (/^[0-9]+$/.test(who) ? passwdEntries(ctx).find((x) => x.id === Number(who)) : undefined);
    if (u === undefined) {
      err(ctx, "id.nouser", who);
      return 1;
    }
    [uid, gid, user] = [u.id, u.gid, u.name];
  }
  const n = f.has("n");
  if (f.has("G")) ctx.stdout.write(fmtGroups(ctx, initgroups(ctx, user, gid), n, " ") + "\n");
  else if (f.has("g")) ctx.stdout.write((n ? groupEntries(ctx).find((g) => g.id === gid)?.name ?? String(gid) : String(gid)) + "\n");
  else if (f.has("u")) ctx.stdout.write((n ? user ?? String(uid) : String(uid)) + "\n");
  else ctx.stdout.write(full(ctx, uid, gid, user));
  return 0;
}

export const bsdId: CommandDef = {
  name: "id",
  path: "/usr/bin/id",
  summary: "Returns the user identity.",
  flags: ["-G", "-g", "-n", "-r", "-u"],
  run,
  man: `id Command

Purpose
       Returns the user identity.

Syntax
       id [ User ]
       id -G [ -n ] [ User ]
       id -g [ -n ] [ -r ] [ User ]
       id -u [ -n ] [ -r ] [ User ]

Description
       The id command writes the user and group IDs of the calling process,
       with their names: uid, gid and the groups the login gave (the primary
       group first, then the groups of /etc/group that list the user), as
       uid=0(root) gid=0(wheel) groups=0(wheel), 2(kmem), ... With a User (a
       login name or a user ID), the IDs of that user.

Flags
       -G   Writes the group IDs, separated by spaces.
       -g   Writes the group ID.
       -n   Writes names instead of numbers, with -G, -g and -u.
       -r   Writes the real ID instead of the effective ID, with -g and -u.
       -u   Writes the user ID.

Messages
       id: User: no such user

Exit Status
       0    The identity was written.
       >0   An error occurred.
`,
};

export const bsdWhoami: CommandDef = {
  name: "whoami",
  path: "/usr/bin/whoami",
  summary: "Displays effective user id.",
  run: (ctx) => {
    const uid = ctx.sys.proc.uid;
    const u = passwdEntries(ctx).find((x) => x.id === uid);
    if (u === undefined) {
      err(ctx, "whoami.nouser", uid);
      return 1;
    }
    ctx.stdout.write(u.name + "\n");
    return 0;
  },
  man: `whoami Command

Purpose
       Displays effective user id.

Syntax
       whoami

Description
       The whoami command writes the name of the effective user ID of the
       calling process, as id -un does.

Exit Status
       0    The name was written.
       >0   An error occurred.
`,
};
