// alias and unalias: the ksh built-ins for command aliases. The shell expands an alias when it
// reads the first word of a command (so an alias defined on a line works from the next line on).
import { kshState } from "../sh/context.js";
import type { CommandContext, CommandDef } from "../types.js";
import { err } from "./msg.js";
import { shown } from "./set.js";

function run(ctx: CommandContext): number {
  const ksh = kshState(ctx.shell);
  let args = ctx.argv.slice(1);
  let tracked = false;
  while (args.length && /^-./.test(args[0]!)) {
    const a = args.shift()!;
    if (a === "--") break;
    for (const c of a.slice(1)) {
      if (c === "t") tracked = true;
      else if (c !== "x") {
        err(ctx, "sh.badopt", "alias", "-" + c);
        return 1;
      }
    }
  }
  // `alias -t -` (the preset hash alias)
  if (args[0] === "-") args = args.slice(1);
  if (ksh === null) return 0;
  const table = tracked ? ksh.tracked : ksh.aliases;
  if (args.length === 0) {
    for (const n of [...table.keys()].sort()) ctx.stdout.write(`${n}=${shown(table.get(n)!)}\n`);
    return 0;
  }
  let status = 0;
  for (const a of args) {
    const eq = a.indexOf("=");
    if (eq > 0) {
      if (!tracked) ksh.aliases.set(a.slice(0, eq), a.slice(eq + 1));
      continue;
    }
    if (tracked) {
      // alias -t name: track the command's path now
      const def = ctx.os.commands.get(a);
      if (def !== undefined) ksh.tracked.set(a, def.path ?? `/usr/bin/${a}`);
      else status = 1;
      continue;
    }
    const v = ksh.aliases.get(a);
    if (v === undefined) {
      err(ctx, "alias.notfound", a);
      status = 1;
    } else ctx.stdout.write(`${a}=${shown(v)}\n`);
  }
  return status;
}

function unaliasRun(ctx: CommandContext): number {
  const ksh = kshState(ctx.shell);
  let args = ctx.argv.slice(1);
  if (args[0] === "-a") {
    ksh?.aliases.clear();
    args = args.slice(1);
  }
  let status = 0;
  for (const a of args) {
    if (ksh === null || !ksh.aliases.delete(a)) {
      err(ctx, "unalias.notfound", a);
      status = 1;
    }
  }
  return status;
}

export const alias: CommandDef = {
  name: "alias",
  summary: "Defines or displays aliases.",
  run,
  man: `alias Command (ksh built-in)

Purpose
       Defines or displays aliases.

Syntax
       alias [ -t ] [ -x ] [ AliasName[=String] ] ...

Description
       AliasName=String makes AliasName an alias for String: when AliasName
       is the first word of a command, the shell reads String in its place.
       If String ends with a blank, the word after the alias is checked for
       an alias too. An alias defined on a command line takes effect from
       the next line on. AliasName alone writes its definition; with no
       arguments every alias is listed as AliasName=String.

Flags
       -t     Tracked aliases: the full path names of commands.
       -x     Exported aliases.

Exit Status
       0    Successful completion.
       >0   A name is not an alias.
`,
};

export const unalias: CommandDef = {
  name: "unalias",
  summary: "Removes alias definitions.",
  run: unaliasRun,
  man: `unalias Command (ksh built-in)

Purpose
       Removes alias definitions.

Syntax
       unalias [ -a ] AliasName ...

Description
       The aliases named are removed from the list of aliases; -a removes
       them all.

Exit Status
       0    Successful completion.
       >0   A name is not an alias.
`,
};
