// id and whoami (AIX): the lab's user is root; group memberships come from /etc/group.
import { errnoOf } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";

function groupsOf(ctx: CommandContext, user: string): { name: string; gid: number; members: string[] }[] {
  let text = "";
  try {
    text = new TextDecoder().decode(ctx.sys.readFile("/etc/group"));
  } catch (e) {
    errnoOf(e);
  }
  return text
    .split("\n")
    .map((l) => l.split(":"))
    .filter((f) => f.length >= 4 && f[0] !== "")
    .map((f) => ({ name: f[0]!, gid: Number(f[2]), members: f[3]!.split(",").filter(Boolean) }))
    .filter((g) => g.gid === 0 || g.members.includes(user));
}

function idRun(ctx: CommandContext): number {
  const uid = ctx.sys.proc.uid;
  const gid = ctx.sys.proc.gid;
  const user = uid === 0 ? "root" : String(uid);
  const groups = groupsOf(ctx, user);
  const primary = groups.find((g) => g.gid === gid)?.name ?? String(gid);
  const others = groups.filter((g) => g.gid !== gid).map((g) => `${g.gid}(${g.name})`);
  const flag = ctx.argv[1];
  if (flag === "-u") ctx.stdout.write(`${uid}\n`);
  else if (flag === "-un") ctx.stdout.write(`${user}\n`);
  else if (flag === "-g") ctx.stdout.write(`${gid}\n`);
  else if (flag === "-gn") ctx.stdout.write(`${primary}\n`);
  else ctx.stdout.write(`uid=${uid}(${user}) gid=${gid}(${primary})${others.length ? ` groups=${others.join(",")}` : ""}\n`);
  return 0;
}

export const id: CommandDef = {
  name: "id",
  run: idRun,
  path: "/usr/bin/id",
  summary: "Displays the system identifications of a specified user.",
  man: `id Command

Purpose
       Displays the system identifications of a specified user.

Syntax
       id [ -u | -g | -G ] [ -n ] [ -r ] [ User ]

Description
       The id command writes the user ID, the group ID and the supplementary
       groups (from /etc/group) of the current user, with their names.

Flags
       -g   Writes only the group ID.
       -G   Writes the group IDs of all the groups.
       -n   Writes the name instead of the number (with -u, -g or -G).
       -r   Writes the real ID instead of the effective ID.
       -u   Writes only the user ID.

Exit Status
       0    The identification was written.
       >0   An error occurred.
`,
};

export const whoami: CommandDef = {
  name: "whoami",
  run: (ctx) => {
    ctx.stdout.write(ctx.sys.proc.uid === 0 ? "root\n" : `${ctx.sys.proc.uid}\n`);
    return 0;
  },
  path: "/usr/bin/whoami",
  summary: "Displays your login name.",
  man: `whoami Command

Purpose
       Displays your login name.

Syntax
       whoami

Description
       The whoami command writes the name of the user of the current process
       (the effective user ID).

Exit Status
       0    The name was written.
       >0   An error occurred.
`,
};
