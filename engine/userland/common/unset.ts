// unset: the ksh built-in that removes variables (-v, the default) or functions (-f).
import { optionWords, kshState } from "../sh/context.js";
import { ReadonlyError } from "../sh/env.js";
import type { CommandContext, CommandDef } from "../types.js";
import { err } from "./msg.js";

function run(ctx: CommandContext): number {
  const args = ctx.argv.slice(1);
  let functions = false;
  const { words: optWords, rest } = optionWords(args);
  for (const a of optWords) {
    for (const c of a.slice(1)) {
      if (c === "f") functions = true;
      else if (c === "v") functions = false;
      else {
        err(ctx, "sh.badopt", "unset", "-" + c);
        return 1;
      }
    }
  }
  let status = 0;
  for (const name of rest) {
    if (functions) {
      const ksh = kshState(ctx.shell);
      if (!ksh?.functions.delete(name)) status = 1;
      continue;
    }
    try {
      ctx.shell.env.unset(name);
    } catch (e) {
      if (!(e instanceof ReadonlyError)) throw e;
      err(ctx, "sh.readonly", name);
      status = 1;
    }
  }
  return status;
}

export const unset: CommandDef = {
  name: "unset",
  summary: "Removes shell variables or functions.",
  run,
  man: `unset Command (ksh built-in)

Purpose
       Removes shell variables or functions.

Syntax
       unset [ -f | -v ] Name ...

Description
       The variables named (with -f, the functions) are removed: their
       values and attributes are gone. Read-only variables cannot be unset.

Exit Status
       0    Successful completion.
       >0   A name could not be unset.
`,
};
