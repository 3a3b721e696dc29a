// pwd on Solaris: bash's built-in pwd (the common one: the shell's logical directory, -P the
// physical one) and the program /usr/bin/pwd (also /bin/pwd: /bin is a link to usr/bin), which
// prints getcwd(3C) — the kernel's physical path — and takes no options: Solaris 11
// usr/src/cmd/pwd/pwd.c is `main()` with no argument handling. As on BSD (DECISIONS.md BSD 4),
// the shell's pwd answers when the shell runs pwd; by path, exec'd, or through env, xargs or
// find -exec, the program does.
import { err } from "../common/msg.js";
import { pwd as shellPwd } from "../common/pwd.js";
import type { CommandContext, CommandDef } from "../types.js";

/** /usr/bin/pwd: getcwd or "cannot determine current directory!", exit 2; every argument ignored */
function program(ctx: CommandContext): number {
  try {
    ctx.stdout.write(ctx.sys.getcwd() + "\n");
    return 0;
  } catch {
    err(ctx, "pwd.sol.getcwd");
    return 2;
  }
}

function run(ctx: CommandContext) {
  return ctx.builtin ? shellPwd.run(ctx) : program(ctx);
}

export const solarisPwd: CommandDef = {
  name: "pwd",
  path: "/usr/bin/pwd",
  summary: "Return working directory name (the shell's, or getcwd's as /usr/bin/pwd).",
  flags: ["-L", "-P"],
  run,
  man: `pwd Command

Purpose
       Return working directory name.

Syntax
       /usr/bin/pwd
       pwd [-L | -P]     (bash's built-in)

Description
       /usr/bin/pwd writes an absolute path name of the current working
       directory, as getcwd(3C) finds it: the physical directory, with no
       symbolic link in it. Through a lofs mount it names the directory by
       the lofs path the process went through. It takes no options; any
       argument is ignored.

       bash's built-in pwd prints the shell's idea of the current directory
       (PWD), which it keeps as cd is given names; -P prints the physical
       one, as /usr/bin/pwd does.

       The message the program can print:
           pwd: cannot determine current directory!

Exit Status
       0    Successful completion.
       2    getcwd failed (the message above).

Related Information
       cd(1), getcwd(3C)
`,
};
