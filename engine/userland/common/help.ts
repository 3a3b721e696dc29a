// help: the lab's list of commands (every command of this system with its one-line summary).
import type { CommandContext, CommandDef } from "../types.js";
import { err } from "./msg.js";

/**
 * a summary in lines of at most `room` columns, broken at spaces (a word longer than the room
 * stands alone). The summaries are plain ASCII sentences; wrap-ansi did this too, but loading it
 * (and the string-width it brings) cost every headless start about 2 ms (bench/startup.ts).
 */
function wrapWords(text: string, room: number): string[] {
  const lines: string[] = [];
  let cur = "";
  for (const w of text.split(" ")) {
    if (cur && cur.length + 1 + w.length > room) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  return [...lines, cur];
}

function run(ctx: CommandContext): number {
  const cmds = [...ctx.os.commands.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const names = ctx.argv.slice(1);
  if (names.length === 0) {
    // the summaries wrap at word boundaries within 80 columns (or a narrower terminal), the
    // continuation lines under the first
    const w = Math.max(...cmds.map((c) => c.name.length)) + 2;
    const room = Math.max(20, Math.min(80, ctx.columns ?? 80) - w);
    const indent = "\n" + " ".repeat(w);
    ctx.stdout.write(cmds.map((c) => `${c.name.padEnd(w)}${wrapWords(c.summary, room).join(indent)}\n`).join(""));
    return 0;
  }
  let status = 0;
  for (const n of names) {
    const c = ctx.os.commands.get(n) ?? ctx.os.shell.commands?.get(n);
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
  summary: "Lists the commands of this system.",
  run,
  man: `help Command (lab command)

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
