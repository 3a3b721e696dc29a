#!/usr/bin/env node
// looplab's entry point. Headless paths (-c, stdin, check, explain) never load ink or react.
import { HELP, parseArgs } from "./args.js";

declare const LOOPLAB_VERSION: string;
const version = typeof LOOPLAB_VERSION === "string" ? LOOPLAB_VERSION : "dev";

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.error) {
    process.stderr.write(`looplab: ${args.error}\n${HELP}`);
    return 2;
  }
  if (args.command === "help") {
    process.stdout.write(HELP);
    return 0;
  }
  if (args.command === "version") {
    process.stdout.write(`looplab ${version}\n`);
    return 0;
  }
  if (args.os !== "aix") {
    process.stderr.write(`looplab: the ${args.os} machine is not built yet; available: aix\n`);
    return 2;
  }
  if (args.command === "check") return (await import("./check.js")).runCheck(args.rest, args.update);
  if (args.command === "explain") return (await import("./explain.js")).runExplain(args.rest);
  if (args.command === "replay" || args.command === "record") {
    process.stderr.write(`looplab: ${args.command} comes with the terminal UI\n`);
    return 2;
  }
  const { runHeadless, readStdin } = await import("./headless.js");
  if (args.script !== undefined) return runHeadless(args, null);
  if (!process.stdin.isTTY) return runHeadless(args, readStdin());
  return (await import("./repl.js")).runRepl(args);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`looplab: ${(e as Error)?.stack ?? e}\n`);
    process.exitCode = 1;
  },
);
