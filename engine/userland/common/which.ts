// which: tells which file a command name runs. On AIX it is a csh script (which.csh of AIX 4.1.3,
// from 4.2BSD): each name with a slash is checked to exist; any other is looked for in the
// directories of PATH (csh's $path: an empty entry is "."), the first executable file that is
// not a directory winning. Its messages come from dspmsg, which writes them on standard output.
// (The script also reads ~/.cshrc for csh aliases; the lab's root has no csh.)
import type { CommandContext, CommandDef } from "../types.js";
import { errnoOf, exitAfter, msg } from "./msg.js";

function executable(ctx: CommandContext, path: string): boolean {
  try {
    const a = ctx.sys.stat(path);
    return a.type !== "VDIR" && (a.mode & 0o111) !== 0;
  } catch (e) {
    errnoOf(e);
    return false;
  }
}

function exists(ctx: CommandContext, path: string): boolean {
  try {
    ctx.sys.stat(path);
    return true;
  } catch (e) {
    errnoOf(e);
    return false;
  }
}

function run(ctx: CommandContext): number {
  const names = ctx.argv.slice(1);
  if (names.length === 0) {
    // Solaris's which.csh has no usage: with no names it says nothing and exits 0
    if (ctx.os.catalog["which.usage"]) ctx.stdout.write(msg(ctx, "which.usage") + "\n");
    return exitAfter(ctx, "which.usage", 1);
  }
  const path = (ctx.shell.env.get("PATH") ?? "").split(":").map((d) => (d === "" ? "." : d));
  let status = 0;
  for (const name of names) {
    if (name.includes("/")) {
      if (exists(ctx, name)) ctx.stdout.write(name + "\n");
      else {
        ctx.stdout.write(msg(ctx, "which.notfound", name) + "\n");
        status = 1;
      }
      continue;
    }
    const dir = path.find((d) => executable(ctx, `${d}/${name}`));
    if (dir !== undefined) ctx.stdout.write(`${dir}/${name}\n`);
    else {
      ctx.stdout.write(msg(ctx, "which.nopath", name, path.join(" ")) + "\n");
      status = 1;
    }
  }
  return status;
}

export const which: CommandDef = {
  name: "which",
  path: "/usr/bin/which",
  summary: "Locates a program file, including aliases and paths.",
  run,
  man: `which Command

Purpose
       Locates a program file, including aliases and paths.

Syntax
       which [ Name ... ]

Description
       The which command takes a list of program names and looks for the files
       that run when these names are given as commands. The which command
       expands each argument, if it is aliased, and searches for it along the
       user's path. The aliases and paths are taken from the user's .cshrc
       file. Only .cshrc file is used.

       If the Name parameter is not found in the path, the which command
       displays a message telling you which directories were searched. A Name
       that contains a / (slash) is only checked to exist.

Exit Status
       0    Every name was found.
       1    A name was not found, or no name was given.

Messages
       which: 0652-140 Cannot find Name.
       which: 0652-141 There is no Name in Directories.
       Usage: which CommandName...

Example
       To find out which loopmount runs:
            which loopmount
`,
};
