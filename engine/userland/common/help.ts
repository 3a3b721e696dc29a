// help: the lab's list of commands (every command of this system with its one-line summary).
import type { CommandContext, CommandDef } from "../types.js";
import { err } from "./msg.js";

function run(ctx: CommandContext): number {
  const cmds = [...ctx.os.commands.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const names = ctx.argv.slice(1);
  if (names.length === 0) {
    const w = Math.max(...cmds.map((c) => c.name.length)) + 2;
    ctx.stdout.write(cmds.map((c) => `${c.name.padEnd(w)}${c.summary}\n`).join(""));
    return 0;
  }
  let status = 0;
  for (const n of names) {
    const c = ctx.os.commands.get(n);
    if (!c) {
      err(ctx, "help.unknown", n);
      status = 1;
      continue;
    }
    ctx.stdout.write(`${c.name} - ${c.summary}\n`);
  }
  return status;
}

export const help: CommandDef = {
  name: "help",
  summary: "Lists the commands of this system with a short description.",
  run,
  man: `help (lab command)

Purpose
       Lists the commands of this system.

Syntax
       help [ Command ... ]

Description
       Without a parameter, help lists every command this system knows, sorted,
       each with a one-line description. With Command parameters it shows the
       description of each. For the full page, use man Command.
`,
};
