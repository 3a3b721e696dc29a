// chmod: change file modes, octal or symbolic ({u|g|o|a}{+|-|=}{r|w|x|s|t}), -R recursive, -f quiet.
import { getopt, joinPath, parseMode, reportOpt } from "./lib.js";
import { err, errnoOf, exitAfter } from "./msg.js";
import type { CommandContext, CommandDef } from "../types.js";

function change(ctx: CommandContext, path: string, spec: string, recurse: boolean, quiet: boolean): number {
  let status = 0;
  let a;
  try {
    a = ctx.sys.stat(path);
  } catch (e) {
    const errno = errnoOf(e);
    if (!quiet) err(ctx, "chmod.cannot", path, ctx.os.strerror(errno));
    return 2;
  }
  const mode = parseMode(spec, a.mode, a.type === "VDIR", ctx.sys.proc.umask);
  if (mode === null) {
    err(ctx, "chmod.usage");
    return 2;
  }
  try {
    ctx.sys.chmod(path, mode);
    if (recurse && a.type === "VDIR" && ctx.sys.lstat(path).type === "VDIR") {
      for (const e of ctx.sys.readdir(path)) status |= change(ctx, joinPath(path, e.name), spec, true, quiet);
    }
  } catch (e) {
    const errno = errnoOf(e);
    // a file that is there but cannot be changed (Solaris: "can't change" where it says "can't access")
    if (!quiet) err(ctx, "chmod.cantchange", path, ctx.os.strerror(errno));
    return 2;
  }
  return status;
}

function run(ctx: CommandContext): number {
  // a symbolic mode may start with "-" (chmod -w f): only -R, -f and -h are flags
  const args = ctx.argv.slice(1);
  let i = 0;
  while (i < args.length && /^-[Rfh]+$/.test(args[i]!)) i++;
  const r = getopt(args.slice(0, i), "Rfh");
  for (const it of r.items) if (it.kind !== "flag") reportOpt(ctx, it);
  const flags = new Set(r.items.map((it) => it.flag));
  const rest = args.slice(i);
  if (rest.length < 2) {
    err(ctx, "chmod.usage");
    return 2;
  }
  const [spec, ...files] = rest as [string, ...string[]];
  // Solaris's chmod -f exits 0 whatever it met, a bad mode included (errmsg: fflag ? 0 : code)
  const zero = flags.has("f") && ctx.os.formats.tools?.forceStatus?.["chmod"] === "zero";
  if (parseMode(spec, 0, false, 0) === null) {
    err(ctx, "chmod.badmode");
    return zero ? 0 : exitAfter(ctx, "chmod.badmode", 2);
  }
  let status = 0;
  for (const f of files) status |= change(ctx, f, spec, flags.has("R"), flags.has("f"));
  // Solaris counts the files it could not change (status += dochmod)
  return status && !zero ? exitAfter(ctx, "chmod.cannot", 2) : 0;
}

export const chmod: CommandDef = {
  name: "chmod",
  run,
  path: "/usr/bin/chmod",
  summary: "Changes file modes.",
  flags: ["-R", "-f", "-h"],
  man: `chmod Command

Purpose
       Changes file modes.

Syntax
       chmod [ -R ] [ -f ] [ -h ] { u | g | o | a ... } { + | - | = }
             { r | w | x | X | s | t ... } File ...
       chmod [ -R ] [ -f ] [ -h ] OctalNumber File ...

Description
       Changes the permission bits of each file: symbolically (u+x, go-w,
       a=r) or as an octal number (755). -R descends into directories; -f
       does not report files that cannot be changed.

Example
       chmod +x /tmp/mount_cd.sh
`,
};
