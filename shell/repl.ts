// A plain line REPL on the default machine (no ink): used when the terminal UI is not wanted.
import { createInterface } from "node:readline";
import { createSession } from "../engine/session.js";
import type { CliArgs } from "./args.js";

export async function runRepl(args: CliArgs): Promise<number> {
  const shell = createSession({ os: args.os as "aix", imports: args.imports, settings: args.settings });
  // no line editing on a terminal that cannot move its cursor (TERM=dumb or unset), or off a terminal
  const term = process.env.TERM ?? "";
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: !!process.stdout.isTTY && term !== "" && term !== "dumb" });
  const out = { write: (d: string | Uint8Array) => void process.stdout.write(d) };
  let pending = "";
  rl.setPrompt(shell.prompt());
  rl.prompt();
  for await (const line of rl) {
    const src = pending ? pending + "\n" + line : line;
    if (shell.needsMore(src)) {
      pending = src;
      rl.setPrompt(shell.state.env.get("PS2") ?? "> ");
      rl.prompt();
      continue;
    }
    pending = "";
    shell.run(src, out);
    if (shell.state.exitRequested !== null) break;
    rl.setPrompt(shell.prompt());
    rl.prompt();
  }
  rl.close();
  return shell.state.exitRequested ?? 0;
}
