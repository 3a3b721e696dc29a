// find: walks file trees and evaluates an expression for each file, as AIX's /usr/bin/find
// (find.c and find.msg of AIX 4.1.3; -H and -L from AIX 7.2); on BSD the flags of BSD/OS's
// main.c before the paths (-x, -d, -f, -P, -X). The exit status counts the files
// that could not be looked at and the commands -exec could not run.
import type { Co } from "../../../kernel/proc/wait.js";
import type { CommandContext, CommandDef } from "../../types.js";
import { toolStatus, toolUsageAfter } from "../../formats.js";
import { getopt, reportOpt } from "../lib.js";
import { err } from "../msg.js";
import { FindError, Parser } from "./parse.js";
import { Finder, OkEnd } from "./walk.js";
import { findMan } from "./man.js";

/** the flags before the paths: AIX's -H and -L; on BSD getopt("HLPXdf:x") as BSD/OS's main.c
 *  reads them (-x stays on the starting file system, -d is -depth, -f names a path, -X is
 *  accepted; a bad flag is getopt's message and nothing more) */
function leadingFlags(ctx: CommandContext): { i: number; follow: "H" | "L" | null; xdev: boolean; depth: boolean; paths: string[] } {
  const argv = ctx.argv;
  const r = { i: 1, follow: null as "H" | "L" | null, xdev: false, depth: false, paths: [] as string[] };
  if (ctx.os.name !== "bsd") {
    while (argv[r.i] === "-H" || argv[r.i] === "-L") r.follow = argv[r.i++]!.slice(1) as "H" | "L";
    return r;
  }
  const o = getopt(argv.slice(1), "HLPXdf:x");
  for (const it of o.items) {
    if (it.kind !== "flag") reportOpt(ctx, it);
    else if (it.flag === "H" || it.flag === "L") r.follow = it.flag;
    else if (it.flag === "P") r.follow = null;
    else if (it.flag === "x") r.xdev = true;
    else if (it.flag === "d") r.depth = true;
    else if (it.flag === "f") r.paths.push(it.value!);
  }
  r.i = argv.length - o.operands.length;
  return r;
}

function* run(ctx: CommandContext): Co<number> {
  const argv = ctx.argv;
  const lead = leadingFlags(ctx);
  let i = lead.i;
  const follow = lead.follow;
  const first = i;
  while (i < argv.length && !/^[-(!]/.test(argv[i]!)) i++;
  const paths = [...lead.paths, ...argv.slice(first, i)];
  if (paths.length === 0) {
    // Solaris says why first when there are no arguments at all
    if (argv.length === 1) err(ctx, "find.noargs", argv[0]!);
    err(ctx, "find.usage", argv[0]!);
    return 1;
  }
  let finder: Finder;
  try {
    const ex = new Parser(ctx, argv, i).parse();
    ex.xdev ||= lead.xdev;
    ex.depth ||= lead.depth;
    finder = new Finder(ctx, ex, follow);
  } catch (e) {
    if (!(e instanceof FindError)) throw e;
    // the word in question, then find's name (Solaris's messages start with argv[0])
    err(ctx, e.id, e.arg ?? "", argv[0]!);
    if (!toolUsageAfter(ctx.os.formats, e.id, e.usage)) return e.id === "find.nocpio" ? 2 : 1;
    err(ctx, "find.usage", argv[0]!);
    return toolStatus(ctx.os.formats, "find.usage", 2);
  }
  try {
    for (const p of paths) yield* finder.operand(p);
  } catch (e) {
    if (!(e instanceof OkEnd)) throw e;
    yield* finder.flush();
    return 2;
  }
  yield* finder.flush();
  // AIX counts the files it could not look at; a system may say only that there were some
  return finder.status === 0 ? 0 : toolStatus(ctx.os.formats, "find.failed", finder.status);
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
