// rmdir: removes a directory; -p also removes each parent named in the path.
import type { CommandContext, CommandDef } from "../types.js";
import { getopt, reportOpt } from "./lib.js";
import { err, errnoOf } from "./msg.js";
import { rmMessage } from "./rmutil.js";

function run(ctx: CommandContext): number {
  const r = getopt(ctx.argv.slice(1), "p");
  let p = false;
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      err(ctx, "rmdir.usage");
      return 2;
    }
    p = true;
  }
  if (r.operands.length < 1) {
    err(ctx, "rmdir.usage");
    return 2;
  }
  let errors = 0;
  for (const arg of r.operands) {
    let cp = arg.length > 1 && arg.endsWith("/") ? arg.slice(0, -1) : arg;
    for (;;) {
      try {
        ctx.sys.rmdir(cp);
      } catch (e) {
        rmMessage(ctx, "rmdir", cp, errnoOf(e), true);
        errors++;
        break;
      }
      const slash = cp.lastIndexOf("/");
      if (slash < 0) break;
      cp = cp.slice(0, slash);
      if (!p || cp === "") break;
    }
  }
  return errors ? 2 : 0;
}

export const rmdir: CommandDef = {
  name: "rmdir",
  path: "/usr/bin/rmdir",
  summary: "Removes a directory.",
  flags: ["-p"],
  run,
  man: `rmdir Command

Purpose
       Removes a directory.

Syntax
       rmdir [ -p ] Directory ...

Description
       The rmdir command removes the directory, specified by the Directory
       parameter, from the system. The directory must be empty before you can
       remove it.

Flags
       -p   Removes all directories along the path name specified by the
            Directory parameter. Parent directories must be empty.

Exit Status
       0    Each directory entry specified by a Directory parameter was
            removed successfully.
       >0   An error occurred.
`,
};
