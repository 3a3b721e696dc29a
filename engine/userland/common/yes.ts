// yes: writes an affirmative response (its first argument, or "y") repeatedly, until the pipe it
// writes to is closed (SIGPIPE) or it is interrupted. AIX's yes takes no options: yes -x prints
// -x; only the first argument is printed (yes.c).
import type { Co } from "../../kernel/proc/wait.js";
import type { CommandContext, CommandDef } from "../types.js";

const enc = new TextEncoder();

function* run(ctx: CommandContext): Co<number> {
  const line = enc.encode((ctx.argv[1] ?? "y") + "\n");
  // stdio's buffer of lines at a time, as the real yes writes through printf
  const n = Math.max(1, Math.floor(4096 / line.length));
  const chunk = new Uint8Array(n * line.length);
  for (let i = 0; i < n; i++) chunk.set(line, i * line.length);
  for (;;) {
    if (ctx.sys.tick()) yield undefined;
    yield* ctx.stdout.put(chunk);
  }
}

export const yes: CommandDef = {
  name: "yes",
  path: "/usr/bin/yes",
  summary: "Outputs an affirmative response repetitively.",
  run,
  man: `yes Command

Purpose
       Outputs an affirmative response repetitively.

Syntax
       yes [ Character(s) ]

Description
       The yes command outputs an affirmative response repetitively. The
       default response is y. To output any other response, specify it with
       the Character(s) parameter. Use the yes command with a pipe to answer
       the questions of another command, or press Ctrl-C to stop it.

Example
       To delete all files in the current directory without answering each
       question of rm -i, enter:
            yes | rm -i *
`,
};
