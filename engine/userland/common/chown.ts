// chown: changes the owner (and group) of files, as AIX's /usr/bin/chown (chown.c and chown.msg
// of AIX 4.1.3): Owner[:Group] by name or number (a name wins over a number; the old AIX form
// owner.group is taken when the whole word is not a user name), -f quiet, -h the link itself,
// -R recursive. Usage errors and unknown names end it with status 4.
import type { Co } from "../../kernel/proc/wait.js";
import type { CommandContext, CommandDef } from "../types.js";
import { groupId, isNumber, userId } from "./ids.js";
import { getopt, reportOpt } from "./lib.js";
import { err, exitAfter } from "./msg.js";
import { changeOwners } from "./owner.js";

/** parseug(): the uid and gid (-1: unchanged); null when chown must stop (status 4) */
function parseOwner(ctx: CommandContext, arg: string, quiet: boolean): { uid: number; gid: number } | null {
  let spec = arg;
  // cnv2posix(): owner.group of old AIX, unless the whole word is a user's name
  if (!spec.includes(":") && spec.includes(".") && userId(ctx, spec) === null) spec = spec.replace(/\./g, ":");
  let user = spec;
  let group: string | null = null;
  const colon = spec.indexOf(":");
  if (colon >= 0) {
    user = spec.slice(0, colon);
    group = spec.slice(colon + 1);
    if (user === "" || group === "" || group.includes(":")) {
      err(ctx, "chown.usage");
      return null;
    }
  }
  // System V chown.c looks the group up first, and says an unknown name whatever -f says
  const sysv = ctx.os.formats.tools?.ownerNames === "sysv";
  const say = !quiet || sysv;
  const gid = sysv ? groupOf(ctx, group, say) : -1;
  if (gid === null) return null;
  let uid = userId(ctx, user);
  if (uid === null) {
    if (!isNumber(user)) {
      if (say) err(ctx, "chown.baduser", user);
      return null;
    }
    uid = user === "" ? 0 : Number(user);
  }
  const g = sysv ? gid : groupOf(ctx, group, say);
  return g === null ? null : { uid, gid: g };
}

/** the group's id (-1 for none given); null after chown.badgroup */
function groupOf(ctx: CommandContext, group: string | null, say: boolean): number | null {
  if (group === null) return -1;
  const g = groupId(ctx, group);
  if (g !== null) return g;
  if (isNumber(group)) return Number(group);
  if (say) err(ctx, "chown.badgroup", group);
  return null;
}

function* run(ctx: CommandContext): Co<number> {
  if (ctx.argv.length < 3) {
    err(ctx, "chown.usage");
    return exitAfter(ctx, "chown.usage", 4);
  }
  const r = getopt(ctx.argv.slice(1), "fhR");
  const o = { program: "chown" as const, f: false, h: false, R: false, errorId: "chown.error" };
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      err(ctx, "chown.usage");
      return exitAfter(ctx, "chown.usage", 4);
    }
    o[it.flag as "f" | "h" | "R"] = true;
  }
  if (r.operands.length === 0) {
    err(ctx, "chown.usage");
    return exitAfter(ctx, "chown.usage", 4);
  }
  const ids = parseOwner(ctx, r.operands[0]!, o.f);
  // the usage and an unknown name end it alike (AIX 4, Solaris 2)
  if (ids === null) return exitAfter(ctx, "chown.usage", 4);
  return yield* changeOwners(ctx, r.operands.slice(1), ids.uid, ids.gid, o);
}

export const chown: CommandDef = {
  name: "chown",
  path: "/usr/bin/chown",
  summary: "Changes the owner or group associated with a file.",
  flags: ["-f", "-h", "-R"],
  run,
  man: `chown Command

Purpose
       Changes the owner or group associated with a file.

Syntax
       chown [ -f ] [ -h ] [ -R ] Owner [ :Group ] { File ... | Directory ... }

Description
       The chown command changes the owner of the file specified by the File
       parameter to the user specified by the Owner parameter. The Owner
       parameter can be a user ID or a login name found in the /etc/passwd
       file. Optionally, a group can also be specified, as a group ID or a
       group name found in the /etc/group file.

       Only the root user can change the owner of a file. A symbolic link
       named as a File is followed unless -h is given.

Flags
       -f   Suppresses all error messages except usage messages.
       -h   Changes the ownership of an encountered symbolic link and not
            that of the file or directory pointed to by the symbolic link.
       -R   Descends directories recursively, changing the ownership for each
            file. When a symbolic link is encountered, the ownership of the
            file it points to is changed (of the link itself with -h).

Exit Status
       0    The command ran successfully and all requested changes were made.
       >0   An error occurred.

Messages
       Usage: chown -fhR {username|uid}[:{groupname|gid}] file ...
       chown: 3002-131 Owner is an unknown username.
       chown: 3002-132 Group is an unknown groupname.
       chown: File: A file or directory in the path name does not exist.

Examples
       chown guest /home/guest/report
       chown -R guest:staff /home/guest
       chown 0:0 /backup/cd_image
`,
};
