// chgrp: changes the group of files, as AIX's /usr/bin/chgrp (chgrp.c and chgrp.msg of AIX
// 4.1.3): a group name or number, -f quiet, -h the link itself, -R recursive. Usage errors and an
// unknown group end it with status 4.
import type { Co } from "../../kernel/proc/wait.js";
import type { CommandContext, CommandDef } from "../types.js";
import { groupId, isNumber } from "./ids.js";
import { getopt, reportOpt } from "./lib.js";
import { err, exitAfter } from "./msg.js";
import { changeOwners } from "./owner.js";

function* run(ctx: CommandContext): Co<number> {
  const name = ctx.argv[0] ?? "chgrp";
  if (ctx.argv.length < 3) {
    err(ctx, "chgrp.usage", name, name);
    return exitAfter(ctx, "chgrp.usage", 4);
  }
  const r = getopt(ctx.argv.slice(1), "fhR");
  const o = { program: "chgrp" as const, f: false, h: false, R: false, errorId: "chgrp.error" };
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      err(ctx, "chgrp.usage", name, name);
      return exitAfter(ctx, "chgrp.usage", 4);
    }
    o[it.flag as "f" | "h" | "R"] = true;
  }
  const group = r.operands[0];
  if (group === undefined) {
    err(ctx, "chgrp.usage", name, name);
    return exitAfter(ctx, "chgrp.usage", 4);
  }
  let gid = groupId(ctx, group);
  if (gid === null) {
    if (!isNumber(group)) {
      // chgrp.c names an unknown group whatever -f says (System V); AIX's -f keeps it quiet
      if (!o.f || ctx.os.formats.tools?.ownerNames === "sysv") err(ctx, "chgrp.badgroup", name, group);
      return exitAfter(ctx, "chgrp.usage", 4);
    }
    gid = group === "" ? 0 : Number(group);
  }
  return yield* changeOwners(ctx, r.operands.slice(1), -1, gid, o);
}

export const chgrp: CommandDef = {
  name: "chgrp",
  path: "/usr/bin/chgrp",
  summary: "Changes the group ownership of a file or directory.",
  flags: ["-f", "-h", "-R"],
  run,
  man: `chgrp Command

Purpose
       Changes the group ownership of a file or directory.

Syntax
       chgrp [ -f ] [ -h ] [ -R ] Group { File ... | Directory ... }

Description
       The chgrp command changes the group associated with the specified
       file or directory to the specified group name or group ID number.
       When a symbolic link is named, the group of the file it points to is
       changed unless -h is given.

Flags
       -f   Suppresses all error messages except usage messages.
       -h   Changes the group of an encountered symbolic link and not that
            of the file or directory pointed to by the link.
       -R   Descends directories recursively, setting the specified group ID
            for each file.

Exit Status
       0    The command ran successfully and all requested changes were made.
       >0   An error occurred.

Messages
       chgrp: Usage: chgrp [-fhR] {GroupName | GroupID} File ...
       0481-002 chgrp: Group is not a recognized group.
               Check the /etc/group file for all known groups.
       chgrp: File: A file or directory in the path name does not exist.

Examples
       chgrp staff /home/guest/report
       chgrp -R system /backup
`,
};
