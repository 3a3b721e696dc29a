// find: walks file trees and evaluates an expression for each file, as AIX's /usr/bin/find
// (find.c and find.msg of AIX 4.1.3; -H and -L from AIX 7.2). The exit status counts the files
// that could not be looked at and the commands -exec could not run.
import type { Co } from "../../../kernel/proc/wait.js";
import type { CommandContext, CommandDef } from "../../types.js";
import { err } from "../msg.js";
import { FindError, Parser } from "./parse.js";
import { Finder, OkEnd } from "./walk.js";
import { findMan } from "./man.js";

function* run(ctx: CommandContext): Co<number> {
  const argv = ctx.argv;
  let i = 1;
  let follow: "H" | "L" | null = null;
  while (argv[i] === "-H" || argv[i] === "-L") follow = argv[i++]!.slice(1) as "H" | "L";
  const first = i;
  while (i < argv.length && !/^[-(!]/.test(argv[i]!)) i++;
  const paths = argv.slice(first, i);
  if (paths.length === 0) {
    err(ctx, "find.usage");
    return 1;
  }
  let finder: Finder;
  try {
    finder = new Finder(ctx, new Parser(ctx, argv, i).parse(), follow);
  } catch (e) {
    if (!(e instanceof FindError)) throw e;
    if (e.arg === null) err(ctx, e.id);
    else err(ctx, e.id, e.arg);
    if (!e.usage) return e.id === "find.nocpio" ? 2 : 1;
    err(ctx, "find.usage");
    return 2;
  }
  try {
    for (const p of paths) yield* finder.operand(p);
  } catch (e) {
    if (!(e instanceof OkEnd)) throw e;
    yield* finder.flush();
    return 2;
  }
  yield* finder.flush();
  return finder.status;
}

export const find: CommandDef = {
  name: "find",
  path: "/usr/bin/find",
  summary: "Finds files with a matching expression.",
  flags: [
    "-H", "-L", "-name", "-type", "-size", "-mtime", "-atime", "-ctime", "-newer", "-user", "-group", "-nouser",
    "-nogroup", "-perm", "-inum", "-links", "-xdev", "-prune", "-print", "-exec", "-ok", "-ls", "-depth", "-fstype",
  ],
  run,
  man: findMan,
};
