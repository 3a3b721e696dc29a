// rmdir: removes a directory; -p also removes each parent named in the path.
import type { CommandContext, CommandDef } from "../types.js";
import { getopt, reportOpt } from "./lib.js";
import { err, errnoOf, optionsOf, reasonFor } from "./msg.js";
import { rmMessage } from "./rmutil.js";

function run(ctx: CommandContext): number {
  const r = getopt(ctx.argv.slice(1), optionsOf(ctx, "rmdir", "p"));
  const prog = ctx.argv[0] ?? "rmdir";
  let p = false;
  // Solaris -s: say nothing of what -p leaves
  let s = false;
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      err(ctx, "rmdir.usage", prog);
      return 2;
    }
    if (it.flag === "p") p = true;
    else s = true;
  }
  if (r.operands.length < 1) {
    err(ctx, "rmdir.usage", prog);
    return 2;
  }
  let errors = 0;
  for (const arg of r.operands) {
    let cp = arg.length > 1 && arg.endsWith("/") ? arg.slice(0, -1) : arg;
    for (;;) {
      try {
        ctx.sys.rmdir(cp);
      } catch (e) {
        const errno = errnoOf(e);
        // a system whose rmdir -p says in one line what is left (Solaris rmdirp: `directory "a/b":
        // a/b not removed; reason`) has the text; the others report the directory as rmdir does
        if (p && ctx.os.catalog["rmdir.pleft"]) {
          // rmdirp's reasons are strerror's but for a directory that is not empty
          const why = errno === "EEXIST" || errno === "ENOTEMPTY" ? reasonFor(ctx, "rmdir", "EEXIST") : ctx.os.strerror(errno);
          if (!s) err(ctx, "rmdir.pleft", prog, arg, cp, why);
        } else rmMessage(ctx, "rmdir", cp, errno, true);
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
