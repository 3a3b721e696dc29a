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
  summary: "display the user and group IDs",
  man: `id — displays the system identifications of a specified user

  id [-u | -g] [-n]

Prints uid, gid and the supplementary groups (from /etc/group).
`,
};

export const whoami: CommandDef = {
  name: "whoami",
  run: (ctx) => {
    ctx.stdout.write(ctx.sys.proc.uid === 0 ? "root\n" : `${ctx.sys.proc.uid}\n`);
    return 0;
  },
  path: "/usr/bin/whoami",
  summary: "display your login name",
  man: `whoami — displays your login name\n\n  whoami\n`,
};
