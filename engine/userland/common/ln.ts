// ln: links files: hard links (within one file system) or symbolic links (-s).
import type { Vattr } from "../../kernel/vfs/vnode.js";
import type { CommandContext, CommandDef } from "../types.js";
import { getopt, reportOpt } from "./lib.js";
import { err, errnoOf, optionsOf } from "./msg.js";

function statOrNull(ctx: CommandContext, p: string, follow: boolean): Vattr | null {
  try {
    return follow ? ctx.sys.stat(p) : ctx.sys.lstat(p);
  } catch (e) {
    errnoOf(e);
    return null;
  }
}

function linkit(ctx: CommandContext, o: { s: boolean; f: boolean }, source: string, target: string, tbuf: Vattr | null, isdir: boolean): number {
  const sys = ctx.sys;
  let sbuf: Vattr | null = null;
  if (!o.s) {
    try {
      sbuf = sys.stat(source);
    } catch (e) {
      err(ctx, "ln.perror", source, ctx.os.strerror(errnoOf(e)));
      return 1;
    }
    if (sbuf.type === "VDIR") {
      err(ctx, "ln.srcisdir", source);
      return 1;
    }
  }
  if (isdir) {
    const base = source.includes("/") ? source.slice(source.lastIndexOf("/") + 1) : source;
    target = `${target}/${base}`;
    tbuf = statOrNull(ctx, target, true);
    if (tbuf && tbuf.type === "VDIR") {
      err(ctx, "ln.isdir", target);
      return 1;
    }
  }
  if (tbuf) {
    if (!o.f) {
      err(ctx, "ln.exists", target, target);
      return 1;
    }
    if (!o.s && sbuf && sbuf.fsid === tbuf.fsid && sbuf.fileid === tbuf.fileid) {
      err(ctx, "ln.identical", source, target);
      return 1;
    }
    try {
      sys.unlink(target);
    } catch (e) {
      err(ctx, "ln.cantunlink", target, ctx.os.strerror(errnoOf(e)));
      return 1;
    }
  }
  try {
    if (o.s) sys.symlink(source, target);
    else {
      sys.link(source, target);
    }
  } catch (e) {
    const errno = errnoOf(e);
    if (errno === "EXDEV") err(ctx, "ln.difffs", source, target);
    else if (errno === "EACCES") err(ctx, "ln.noperm", target, ctx.os.strerror(errno));
    // the link's name is for systems that give it (4.4BSD: ln: target: strerror)
    else err(ctx, "ln.failed", ctx.os.strerror(errno), target);
    return 1;
  }
  return 0;
}

function run(ctx: CommandContext): number {
  const r = getopt(ctx.argv.slice(1), optionsOf(ctx, "ln", "fs"));
  const o = { s: false, f: false };
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      err(ctx, "ln.usage");
      return 1;
    }
    if (it.flag === "s") o.s = true;
    // Solaris -n: do not overwrite, which is what ln does anyway
    else if (it.flag === "f") o.f = true;
  }
  const args = [...r.operands];
  if (args.length === 0) {
    // Solaris says how many operands it got before the usage (mv.c: Insufficient arguments)
    err(ctx, "ln.insufficient", "ln", 0);
    err(ctx, "ln.usage");
    return 1;
  }
  const target = args.length === 1 ? "." : args.pop()!;
  let tbuf: Vattr | null = statOrNull(ctx, target, false);
  let isdir = false;
  if (tbuf) {
    const s = statOrNull(ctx, target, true);
    if (s && s.type === "VDIR") {
      tbuf = s;
      isdir = true;
    }
  }
  if (args.length > 1 && !isdir) {
    // Solaris: the target of several files is not there, or is no directory
    if (tbuf === null) err(ctx, "ln.notfound", "ln", target);
    else err(ctx, "ln.targetnotdir", "ln", target);
    if (tbuf === null && ctx.os.catalog["ln.notfound"]) return 1;
    err(ctx, "ln.usage");
    return 1;
  }
  let status = 0;
  for (const src of args) status |= linkit(ctx, o, src, target, tbuf, isdir);
  return status;
}

export const ln: CommandDef = {
  name: "ln",
  path: "/usr/bin/ln",
  summary: "Links files.",
  flags: ["-f", "-s"],
  run,
  man: `ln Command

Purpose
       Links files.

Syntax
       ln [ -f ] [ -s ] SourceFile [ TargetFile ]
       ln [ -f ] [ -s ] SourceFile ... TargetDirectory

Description
       The ln command links the file designated in the SourceFile parameter to
       the file designated by the TargetFile parameter or to the same file
       name in another directory specified by the TargetDirectory parameter.
       If the TargetFile parameter is omitted, the link is made in the current
       directory.

Flags
       -f   Causes the ln command to replace any destination paths that
            already exist.
       -s   Causes the ln command to create symbolic links. A symbolic link
            contains the name of the file to which it is linked.

Exit Status
       0    All specified files were successfully linked.
       >0   An error occurred.
`,
};
