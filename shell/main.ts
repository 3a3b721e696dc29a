#!/usr/bin/env node
// looplab's entry point. Headless paths (-c, stdin, check, explain) never load ink or react.
import { HELP, parseArgs } from "./args.js";
import { drawEveryFrame } from "./inkframes.js";
import { BUILT_OS, notBuiltMessage } from "../engine/os/names.js";

declare const LOOPLAB_VERSION: string;
const version = typeof LOOPLAB_VERSION === "string" ? LOOPLAB_VERSION : "dev";

type Headless = typeof import("./headless.js");

/**
 * The headless path: from the built bin, the CommonJS bundle with its V8 code cache (no compile
 * of the engine at start-up); from the sources, or if that bundle is missing, the module.
 */
async function loadHeadless(): Promise<Headless> {
  if (version !== "dev") {
    try {
      const { readFileSync } = await import("node:fs");
      const { createRequire } = await import("node:module");
      const { fileURLToPath } = await import("node:url");
      const vm = (await import("node:vm")).default;
      const file = fileURLToPath(new URL("./headless.cjs", import.meta.url));
      let cachedData: Buffer | undefined;
      try {
        cachedData = readFileSync(file + ".cache");
      } catch {
        cachedData = undefined;
      }
      const code = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, "utf8")}\n})`;
      const script = new vm.Script(code, { filename: file, ...(cachedData ? { cachedData } : {}) });
      const mod = { exports: {} as Headless };
      (script.runInThisContext() as (e: object, r: NodeRequire, m: object, f: string, d: string) => void)(mod.exports, createRequire(file), mod, file, file.slice(0, file.lastIndexOf("/")));
      return mod.exports;
    } catch {
      // no bundle beside the bin: the module below
    }
  }
  return import("./headless.js");
}

async function main(): Promise<number> {
  drawEveryFrame();
  const args = parseArgs(process.argv.slice(2));
  if (args.error) {
    process.stderr.write(`looplab: ${args.error}\n`);
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
  // a system that does not boot is refused before anything loads (check and replay too)
  if (!BUILT_OS.includes(args.os)) {
    process.stderr.write(`looplab: ${notBuiltMessage(args.os)}\n`);
    return 2;
  }
  if (args.command === "check") return (await import("./check.js")).runCheck(args.rest, { update: args.update, allowImport: args.allowImport });
  if (args.command === "practice") return (await import("./practicemain.js")).runPractice(args);
  if (args.command === "explain") return (await import("./explain.js")).runExplain(args.rest);
  const tty = !!process.stdin.isTTY && !!process.stdout.isTTY;
  if (args.command === "replay") {
    const file = args.rest[0]!;
    if (args.cast !== undefined) return (await import("./cast.js")).writeReplayCast(file, args);
    if (!tty) {
      process.stderr.write("looplab replay: the player needs a terminal; use --cast OUT.cast to render it to a file\n");
      return 2;
    }
    return (await import("./boot.js")).runReplayLive(args);
  }
  if (args.command === "record") {
    // an existing file is refused before anything starts (terminal or not)
    const refused = (await import("./castwriter.js")).refuseCastFile(args.rest[0]!, args.force);
    if (refused) {
      process.stderr.write(`looplab record: ${refused}\n`);
      return 1;
    }
    if (!tty) {
      process.stderr.write("looplab record: recording needs a terminal\n");
      return 2;
    }
    return (await import("./boot.js")).runRecord(args);
  }
  const { runHeadless } = await loadHeadless();
  if (args.script !== undefined || !process.stdin.isTTY) return runHeadless(args);
  // a terminal on stdin but not on stdout (output to a file), or a terminal that cannot move its
  // cursor (TERM=dumb, or no TERM at all: an editor's shell buffer): the plain line REPL
  const term = process.env.TERM ?? "";
  if (!process.stdout.isTTY || term === "" || term === "dumb") return (await import("./repl.js")).runRepl(args);
  return (await import("./boot.js")).runUi(args);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    // a bad --import is the user's mistake: one line, not a stack trace
    if ((e as Error)?.name === "ImportError") {
      process.stderr.write(`looplab: ${(e as Error).message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`looplab: ${(e as Error)?.stack ?? e}\n`);
    process.exitCode = 1;
  },
);
