// id of Solaris 11.1 (/usr/bin/id, illumos usr/src/cmd/id/id.c): `uid=0(root) gid=0(root)`, with
// -a the groups the user is in (`groups=0(root),1(other),…`: the primary group, then every group
// of /etc/group that lists the user, in file order, joined by commas), -u/-g/-G the numbers alone
// (-n: the names, -r: the real ids), a user operand for another account's ids.
import { getopt, reportOpt } from "../common/lib.js";
import { groupEntries, passwdEntries } from "../common/ids.js";
import { err } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";

function run(ctx: CommandContext): number {
  const r = getopt(ctx.argv.slice(1), "aGgnpru");
  const f = new Set<string>();
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      err(ctx, "id.sol.usage");
      return 2;
    }
    f.add(it.flag);
  }
  const only = ["G", "g", "u"].filter((x) => f.has(x));
  if (only.length > 1 || r.operands.length > 1 || ((f.has("n") || f.has("r")) && only.length === 0) || (only.length === 1 && (f.has("a") || f.has("p")))) {
    err(ctx, "id.sol.usage");
    return 2;
  }
  const users = passwdEntries(ctx);
  const groups = groupEntries(ctx);
  let uid = ctx.sys.proc.uid;
  let gid = ctx.sys.proc.gid;
  let user = users.find((u) => u.id === uid)?.name;
  if (r.operands[0] !== undefined) {
    const u = users.find((x) => x.name === r.operands[0]);
    if (u === undefined) {
      err(ctx, "id.sol.nouser", r.operands[0]);
      return 2;
    }
    [uid, gid, user] = [u.id, u.gid, u.name];
  }
  const gname = (g: number) => groups.find((x) => x.id === g)?.name;
  const list = [gid, ...groups.filter((g) => user !== undefined && g.members.includes(user) && g.id !== gid).map((g) => g.id)];
  const named = (n: number, name: string | undefined) => (name === undefined ? `${n}` : `${n}(${name})`);
  let out: string;
  if (f.has("u")) out = f.has("n") ? user ?? `${uid}` : `${uid}`;
  else if (f.has("g")) out = f.has("n") ? gname(gid) ?? `${gid}` : `${gid}`;
  else if (f.has("G")) out = list.map((g) => (f.has("n") ? gname(g) ?? `${g}` : `${g}`)).join(" ");
  else {
    out = `uid=${named(uid, user)} gid=${named(gid, gname(gid))}`;
    if (f.has("a")) out += " groups=" + list.map((g) => named(g, gname(g))).join(",");
  }
  ctx.stdout.write(out + "\n");
  return 0;
}

export const solarisId: CommandDef = {
  name: "id",
  path: "/usr/bin/id",
  summary: "Returns user identity.",
  flags: ["-a", "-G", "-g", "-n", "-p", "-r", "-u"],
  run,
  man: `id Command

Purpose
       Returns user identity (Solaris 11.1 /usr/bin/id).

Syntax
       id [-ap] [user]
       id -G [-n] [user]
       id -g [-nr] [user]
       id -u [-nr] [user]

Description
       If no user operand is provided, the id utility writes the user and
       group IDs and the corresponding user and group names of the invoking
       process to standard output. If a user operand is given, the ids of
       that user are written.

Flags
       -a   Reports user name, user ID and all the groups to which the user
            belongs.
       -G   Outputs all different group IDs (effective, real and
            supplementary) only.
       -g   Outputs only the effective group ID.
       -n   Outputs the name instead of the numeric ID.
       -r   Outputs the real ID instead of the effective ID.
       -u   Outputs only the effective user ID.

Exit Status
       0    Successful completion.
       >0   An error occurred.

Messages
       id: invalid user name: "name"
`,
};
