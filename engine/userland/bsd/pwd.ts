// pwd on BSD: the shell's built-in pwd (the common one: the shell's idea of the directory) and
// the program /bin/pwd, which prints getcwd(3) — the physical path, found from the inodes up to
// the root (4.4BSD bin/pwd/pwd.c; DECISIONS.md BSD 4). Run by the shell as pwd, the built-in
// answers; run by its path, exec'd, or through env, xargs or find -exec, the program does.
import { getopt } from "../common/lib.js";
import { err, errnoOf } from "../common/msg.js";
import { pwd as shellPwd } from "../common/pwd.js";
import type { CommandContext, CommandDef } from "../types.js";

/** /bin/pwd: -P (the only flag, and what it does anyway), no operands, getcwd(3) */
function program(ctx: CommandContext): number {
  const r = getopt(ctx.argv.slice(1), "P");
  const bad = r.items.find((it) => it.kind !== "flag");
  if (bad || r.operands.length) {
    if (bad) err(ctx, "getopt.badflag", ctx.os.formats.progname(ctx.argv[0] ?? "pwd"), bad.flag);
    err(ctx, "pwd.binusage");
    return 1;
  }
  try {
    ctx.stdout.write(ctx.sys.getcwd() + "\n");
    return 0;
  } catch (e) {
    err(ctx, "pwd.getcwd", ctx.os.strerror(errnoOf(e)));
    return 1;
  }
}

function run(ctx: CommandContext) {
  return ctx.builtin ? shellPwd.run(ctx) : program(ctx);
}

export const pwd: CommandDef = {
  name: "pwd",
  path: "/bin/pwd",
  summary: "Return working directory name (the shell's, or getcwd's as /bin/pwd).",
  flags: ["-P"],
  run,
  man: `pwd Command

Purpose
       Return working directory name (the shell's, or getcwd's as /bin/pwd).

Syntax
       pwd

Description
       Pwd writes the absolute pathname of the current working directory to
       the standard output.

       The program /bin/pwd prints what getcwd(3) finds: the physical path,
       made of the directories' own names from the root down, with every
       symbolic link resolved. Inside a null layer's copy (mount_null,
       mount_loopback) it prints the path in the copy: the layer has its own
       device number, so getcwd does not mistake it for the original.

       The shell's built-in pwd prints the shell's idea of the current
       directory, which it keeps as cd is given names.

       The program takes -P (what it does anyway) and nothing else.

Exit Status
       The pwd utility exits 0 on success, and >0 if an error occurs.

Related Information
       cd(1), csh(1), getcwd(3)
`,
};
