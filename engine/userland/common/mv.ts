// mv: moves (renames) files. A rename across file systems (EXDEV) becomes a copy that keeps owner,
// mode and times, then a removal of the source, as the AIX mv does (fastcopy for regular files,
// "cp -phR" and "rm -rf" for the rest).
import type { Vattr } from "../../kernel/vfs/vnode.js";
import type { CommandContext, CommandDef } from "../types.js";
import type { Co } from "../../kernel/proc/wait.js";
import { Copier } from "./cp.js";
import { getopt, joinPath, reportOpt, yes } from "./lib.js";
import { ask, err, errnoOf, optionsOf } from "./msg.js";

function removeTree(ctx: CommandContext, path: string): boolean {
  const sys = ctx.sys;
  let a: Vattr;
  try {
    a = sys.lstat(path);
  } catch (e) {
    errnoOf(e);
    return true;
  }
  try {
    if (a.type === "VDIR") {
      let ok = true;
      for (const d of sys.readdir(path)) ok = removeTree(ctx, joinPath(path, d.name)) && ok;
      sys.rmdir(path);
      return ok;
    }
    sys.unlink(path);
    return true;
  } catch (e) {
    errnoOf(e);
    return false;
  }
}

function* doMove(ctx: CommandContext, o: { i: boolean; f: boolean }, pname: string, from: string, to: string): Co<number> {
  const sys = ctx.sys;
  let sb: Vattr | null = null;
  try {
    sb = sys.lstat(from);
  } catch (e) {
    // Solaris checks the source first (chkfiles: cannot access); AIX goes on to rename's error
    const errno = errnoOf(e);
    if (ctx.os.catalog["mv.cantaccess"]) {
      err(ctx, "mv.cantaccess", pname, from, ctx.os.strerror(errno));
      return 1;
    }
  }
  try {
    const tb = sys.lstat(to);
    if (sb && sb.fsid === tb.fsid && sb.fileid === tb.fileid) {
      err(ctx, "mv.identical", pname, from, to);
      return 1;
    }
  } catch (e) {
    errnoOf(e);
  }
  // System V mv asks only when it can read the answer from a terminal (mv.c use_stdin())
  const canAsk = !ctx.os.formats.tools?.askOnTerminal?.has("mv") || sys.isatty(0);
  if (!o.f && o.i && canAsk && sys.exists(to)) {
    ask(ctx, "mv.overwrite", to, pname);
    if (!(yield* yes(ctx))) return 0;
  }
  try {
    sys.rename(from, to);
    return 0;
  } catch (e) {
    const errno = errnoOf(e);
    if (errno !== "EXDEV") {
      err(ctx, "mv.rename", pname, from, to, ctx.os.strerror(errno));
      return 1;
    }
  }
  try {
    sb = sys.lstat(from);
  } catch (e) {
    err(ctx, "mv.perror", pname, from, ctx.os.strerror(errnoOf(e)));
    return 1;
  }
  if (sb.type === "VREG") return yield* fastcopy(ctx, pname, from, to, sb);
  const c = new Copier(ctx, { f: false, h: true, i: false, p: true, r: false, R: true, pname });
  yield* c.copy(from, to);
  if (c.status) return 1;
  return removeTree(ctx, from) ? 0 : 1;
}

function* fastcopy(ctx: CommandContext, pname: string, from: string, to: string, sb: Vattr): Co<number> {
  const sys = ctx.sys;
  let src;
  try {
    src = sys.open(from, { read: true });
  } catch (e) {
    err(ctx, "mv.perror", pname, from, ctx.os.strerror(errnoOf(e)));
    return 1;
  }
  try {
    const t = sys.stat(to);
    if (t.type !== "VDIR") sys.unlink(to);
  } catch (e) {
    const errno = errnoOf(e);
    if (errno !== "ENOENT") {
      err(ctx, "mv.perror", pname, to, ctx.os.strerror(errno));
      return 1;
    }
  }
  let dst;
  try {
    dst = sys.open(to, { write: true, create: true, trunc: true }, sb.mode);
  } catch (e) {
    err(ctx, "mv.perror", pname, to, ctx.os.strerror(errnoOf(e)));
    return 1;
  }
  try {
    for (;;) {
      if (sys.tick()) yield undefined;
      const b = src.read(1 << 20);
      if (b.length === 0) break;
      if (b.every((x) => x === 0)) dst.pos += b.length;
      else dst.write(b);
    }
    if (dst.vnode.getattr().size < sb.size) dst.vnode.setattr({ size: sb.size });
  } catch (e) {
    err(ctx, "mv.perror", pname, to, ctx.os.strerror(errnoOf(e)));
    try {
      sys.unlink(to);
    } catch (e2) {
      errnoOf(e2);
    }
    return 1;
  }
  let rc = 0;
  try {
    sys.chown(to, sb.uid, sb.gid);
    sys.chmod(to, sb.mode);
  } catch (e) {
    errnoOf(e);
    rc = 1;
  }
  if (rc) err(ctx, "mv.cantdup", pname, to);
  try {
    sys.utimes(to, sb.atime, sb.mtime);
  } catch (e) {
    errnoOf(e);
  }
  try {
    sys.unlink(from);
  } catch (e) {
    err(ctx, "mv.cantrmsrc", from, ctx.os.strerror(errnoOf(e)));
    return 1;
  }
  return 0;
}

function* run(ctx: CommandContext): Co<number> {
  const pname = (ctx.argv[0] ?? "mv").replace(/.*\//, "");
  const r = getopt(ctx.argv.slice(1), optionsOf(ctx, "mv", "if"));
  const o = { i: false, f: false };
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      err(ctx, "mv.usage", pname, pname);
      return 1;
    }
    // POSIX: the later of -f and -i wins; System V's are two switches (mv -fi is silent)
    const apart = ctx.os.formats.tools?.forceAndAsk?.has("mv") ?? false;
    if (it.flag === "i") {
      o.i = true;
      if (!apart) o.f = false;
    } else {
      o.f = true;
      if (!apart) o.i = false;
    }
  }
  const args = r.operands;
  if (args.length < 2) {
    err(ctx, "mv.insufficient", pname, args.length);
    err(ctx, "mv.usage", pname, pname);
    return 1;
  }
  const last = args[args.length - 1]!;
  let isDir = false;
  let there = false;
  try {
    isDir = ctx.sys.stat(last).type === "VDIR";
    there = true;
  } catch (e) {
    errnoOf(e);
  }
  if (!isDir) {
    if (args.length > 2) {
      // Solaris: the target of several files is not there, or is no directory
      err(ctx, there ? "mv.targetnotdir" : "mv.notfound", pname, last);
      if (!there && ctx.os.catalog["mv.notfound"]) return 1;
      err(ctx, "mv.usage", pname, pname);
      return 1;
    }
    return yield* doMove(ctx, o, pname, args[0]!, args[1]!);
  }
  let status = 0;
  for (const a of args.slice(0, -1)) {
    let s = a;
    while (s.length > 1 && s.endsWith("/")) s = s.slice(0, -1);
    const base = s.includes("/") ? s.slice(s.lastIndexOf("/") + 1) : s;
    status |= yield* doMove(ctx, o, pname, s, `${last}/${base}`);
  }
  return status;
}

export const mv: CommandDef = {
  name: "mv",
  path: "/usr/bin/mv",
  summary: "Moves files.",
  flags: ["-f", "-i"],
  run,
  man: `mv Command

Purpose
       Moves files.

Syntax
       mv [ -f ] [ -i ] [ -- ] SourceFile ... TargetFile
       mv [ -f ] [ -i ] [ -- ] SourceFile ... TargetDirectory

Description
       The mv command moves files and directories from one directory to
       another or renames a file or directory. If you move a file or directory
       to a new directory, it retains the base file name. When you move a file,
       all links to other files remain intact, except when you move it to a
       different file system.

       When files are moved across file systems, they are copied and the
       originals removed; owner, mode and times are kept.

Flags
       -f   Does not prompt you before overwriting an existing file.
       -i   Prompts you before moving a file or directory to an existing path
            name.

Exit Status
       0    All input files were moved successfully.
       >0   An error occurred.
`,
};
