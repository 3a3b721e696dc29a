// clear: clears the terminal screen (the terminfo "clear" string of an xterm).
import type { CommandContext, CommandDef } from "../types.js";

export const CLEAR_SEQUENCE = "\x1b[H\x1b[2J";

export const clear: CommandDef = {
  name: "clear",
  path: "/usr/bin/clear",
  summary: "Clears the terminal screen.",
  run: (ctx: CommandContext) => {
    ctx.stdout.write(CLEAR_SEQUENCE);
    return 0;
  },
  man: `clear Command

Purpose
       Clears the terminal screen.

Syntax
       clear

Description
       The clear command clears your screen, if possible. It reads the TERM
       environment variable for the terminal type and then reads the terminfo
       database to figure out how to clear the screen.
`,
};
