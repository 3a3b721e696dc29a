// The headless lab: -c, standard input, scenario checks. Never imports ink or react.
import { readFileSync } from "node:fs";
import { createSession } from "../engine/session.js";
import type { Out } from "../engine/userland/types.js";
import type { CliArgs } from "./args.js";

const stdoutSink: Out = {
  write(data) {
    process.stdout.write(data);
  },
};

export function runHeadless(args: CliArgs, input: string | null): number {
  const shell = createSession({ os: args.os as "aix", imports: args.imports });
  const lines = args.script !== undefined ? [args.script] : (input ?? "").split("\n");
  if (args.script === undefined && lines[lines.length - 1] === "") lines.pop();
  let pending = "";
  for (const line of lines) {
    const src = pending ? pending + "\n" + line : line;
    if (args.script === undefined && shell.needsMore(src)) {
      pending = src;
      continue;
    }
    pending = "";
    if (args.echo) process.stdout.write(shell.prompt() + src + "\n");
    shell.run(src, stdoutSink);
    if (shell.state.exitRequested !== null) return shell.state.exitRequested;
  }
  if (pending) {
    if (args.echo) process.stdout.write(shell.prompt() + pending + "\n");
    shell.run(pending, stdoutSink);
  }
  return shell.state.exitRequested ?? shell.state.lastStatus;
}

export function readStdin(): string {
  try {
    return readFileSync(0, "utf8");
  } catch {
    return "";
  }
}
