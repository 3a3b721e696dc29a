// cp: copies files (the OSF/1-derived cp.c of AIX): "cp src target", "cp src... directory",
// -r/-R for directories, -p keeps times, owner and mode, -h copies symbolic links as links, -i
// asks before overwriting, -f removes a target it cannot open. Every block read is written, zeros
// too, as AIX's cp does (read, write, no seek over holes): the copy of a sparse file allocates all
// its blocks, and fails with ENOSPC when they do not fit. Errors are "cp: name: reason", status 1.
import type { Vattr } from "../../kernel/vfs/vnode.js";
import type { Co } from "../../kernel/proc/wait.js";
import type { CommandContext, CommandDef } from "../types.js";
import { getopt, joinPath, reportOpt, yes } from "./lib.js";
import { ask, err, errnoOf, optionsOf } from "./msg.js";

export interface CopyOpts {
  f: boolean;
  h: boolean;
  i: boolean;
  p: boolean;
  r: boolean;
  R: boolean;
  /** command name in messages (cp, or mv when mv copies across file systems) */
  pname: string;
}

const CHUNK = 1 << 20;

export class Copier {
  status = 0;
  private umask: number;
  /** directories this copy created, so a copy into its own subtree ends */
  private made = new Set<string>();
  constructor(private ctx: CommandContext, private o: CopyOpts) {
    this.umask = ctx.sys.proc.umask;
  }

  /** a failed call on path: "cp: path: reason", or the system's words for the step that failed
   *  (Solaris: cannot access the source, cannot open it, cannot create the target) */
  private error(path: string, e: unknown, id = "cp.perror"): void {
    this.status = 1;
    err(this.ctx, id, this.o.pname, path, this.ctx.os.strerror(errnoOf(e)));
  }

  private stat(path: string): Vattr {
    return this.o.h ? this.ctx.sys.lstat(path) : this.ctx.sys.stat(path);
  }

  *copy(from: string, to: string): Co<void> {
    const sys = this.ctx.sys;
    let fs: Vattr;
    try {
      fs = this.stat(from);
    } catch (e) {
      this.error(from, e, "cp.cantaccess");
      return;
    }
    let ts: Vattr | null = null;
    try {
      ts = sys.stat(to);
    } catch (e) {
      errnoOf(e);
    }
    if (ts && ts.fsid === fs.fsid && ts.fileid === fs.fileid) {
      err(this.ctx, "cp.same", this.o.pname, to, from);
      this.status = 1;
      return;
    }
    switch (fs.type) {
      case "VLNK":
        this.copyLink(from, to, ts !== null);
        return;
      case "VDIR": {
        if (!this.o.r && !this.o.R) {
          err(this.ctx, "cp.isdir", this.o.pname, from);
          this.status = 1;
          return;
        }
        if (this.made.has(`${fs.fsid}:${fs.fileid}`)) return;
        if (!ts) {
          try {
            sys.mkdir(to, fs.mode | 0o700);
            const made = sys.stat(to);
            this.made.add(`${made.fsid}:${made.fileid}`);
          } catch (e) {
            this.error(to, e);
            return;
          }
        } else if (ts.type !== "VDIR") {
          err(this.ctx, "cp.notdir", this.o.pname, to);
          this.status = 1;
          return;
        }
        yield* this.copyDir(from, to);
        if (this.o.p) this.setfile(fs, to);
        else {
          try {
            sys.chmod(to, fs.mode & ~this.umask);
          } catch (e) {
            this.error(to, e);
          }
        }
        return;
      }
      case "VBLK":
      case "VCHR":
        if (this.o.R) {
          this.copySpecial(fs, to, ts !== null);
          return;
        }
        break;
    }
    yield* this.copyFile(from, to, fs, ts === null);
  }

  private *copyFile(from: string, to: string, fs: Vattr, dne: boolean): Co<void> {
    const sys = this.ctx.sys;
    let src;
    try {
      src = sys.open(from, { read: true });
    } catch (e) {
      this.error(from, e, "cp.cantopen");
      return;
    }
    let dst;
    const mode = fs.mode & ~0o6000;
    if (!dne) {
      // System V cp asks only when it can read the answer from a terminal (mv.c use_stdin())
      if (this.o.i && (!this.ctx.os.formats.tools?.askOnTerminal?.has("cp") || this.ctx.sys.isatty(0))) {
        ask(this.ctx, "cp.overwrite", to, this.o.pname);
        if (!(yield* yes(this.ctx))) return;
      }
      try {
        dst = sys.open(to, { write: true, trunc: true });
      } catch (e) {
        if (!this.o.f) {
          this.error(to, e, "cp.cantcreate");
          return;
        }
        try {
          sys.unlink(to);
        } catch (e2) {
          errnoOf(e2);
        }
        try {
          dst = sys.open(to, { write: true, create: true, trunc: true }, mode);
        } catch (e2) {
          this.error(to, e2, "cp.cantcreate");
          return;
        }
      }
    } else {
      try {
        dst = sys.open(to, { write: true, create: true, trunc: true }, mode);
      } catch (e) {
        this.error(to, e, "cp.cantcreate");
        return;
      }
    }
    try {
      for (;;) {
        if (this.ctx.sys.tick()) yield undefined;
        const b = src.read(CHUNK);
        if (b.length === 0) break;
        dst.write(b);
      }
    } catch (e) {
      this.error(to, e);
    }
    if (this.o.p) this.setfile(fs, to);
  }

  private *copyDir(from: string, to: string): Co<void> {
    let names: string[];
    try {
      names = this.ctx.sys.readdir(from).map((d) => d.name);
    } catch (e) {
      err(this.ctx, "cp.cantread", this.o.pname, from, this.ctx.os.strerror(errnoOf(e)));
      this.status = 1;
      return;
    }
    const dirs: string[] = [];
    for (const n of names) {
      const f = joinPath(from, n);
      let a: Vattr;
      try {
        a = this.stat(f);
      } catch (e) {
        this.error(n, e);
        continue;
      }
      if (a.type === "VDIR") dirs.push(n);
      else yield* this.copy(f, joinPath(to, n));
    }
    for (const n of dirs) yield* this.copy(joinPath(from, n), joinPath(to, n));
  }

  private copyLink(from: string, to: string, exists: boolean): void {
    const sys = this.ctx.sys;
    let target: string;
    try {
      target = sys.readlink(from);
    } catch (e) {
      this.error(from, e);
      return;
    }
    if (exists) {
      try {
        sys.unlink(to);
      } catch (e) {
        this.error(to, e);
        return;
      }
    }
    try {
      sys.symlink(target, to);
    } catch (e) {
      this.error(target, e);
    }
  }

  private copySpecial(fs: Vattr, to: string, exists: boolean): void {
    const sys = this.ctx.sys;
    if (exists) {
      try {
        sys.unlink(to);
      } catch (e) {
        this.error(to, e);
        return;
      }
    }
    try {
      sys.mknod(to, fs.type as "VBLK" | "VCHR", fs.mode, fs.rdev ?? { major: 0, minor: 0 });
    } catch (e) {
      this.error(to, e);
      return;
    }
    if (this.o.p) this.setfile(fs, to);
  }

  /** -p: times, then owner, then mode */
  setfile(fs: Vattr, to: string): void {
    const sys = this.ctx.sys;
    try {
      sys.utimes(to, fs.atime, fs.mtime);
    } catch (e) {
      this.error(to, e);
    }
    let mode = fs.mode & 0o7777;
    try {
      sys.chown(to, fs.uid, fs.gid);
    } catch (e) {
      if (errnoOf(e) !== "EPERM") this.error(to, e);
      mode &= ~0o6000;
    }
    try {
      sys.chmod(to, mode);
    } catch (e) {
      this.error(to, e);
    }
  }
}

/** strip trailing slashes ("" becomes "."), as cp's path_set does */
export function cleanPath(p: string): string {
  let s = p;
  while (s.length > 1 && s.endsWith("/")) s = s.slice(0, -1);
  return s === "" ? "." : s;
}

function* run(ctx: CommandContext): Co<number> {
  const pname = (ctx.argv[0] ?? "cp").replace(/.*\//, "");
  const r = getopt(ctx.argv.slice(1), optionsOf(ctx, "cp", "Rhiprf"));
  const o: CopyOpts = { f: false, h: false, i: false, p: false, r: false, R: false, pname };
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      err(ctx, "cp.usage", pname, pname);
      return 1;
    }
    o[it.flag as "f" | "h" | "i" | "p" | "r" | "R"] = true;
  }
  const args = r.operands;
  if (args.length < 2) {
    err(ctx, "cp.insufficient", pname, args.length);
    err(ctx, "cp.usage", pname, pname);
    return 1;
  }
  // AIX refuses -r with -R; a system without the message takes both
  if (o.R && o.r && ctx.os.catalog["cp.randr"] !== "") {
    err(ctx, "cp.randr", pname);
    return 1;
  }
  const to = cleanPath(args[args.length - 1]!);
  const sources = args.slice(0, -1);
  let ts: Vattr | null = null;
  try {
    ts = ctx.sys.stat(to);
  } catch (e) {
    const errno = errnoOf(e);
    if (errno !== "ENOENT") {
      err(ctx, "cp.perror", pname, to, ctx.os.strerror(errno));
      return 1;
    }
  }
  const c = new Copier(ctx, o);
  if (!ts || ts.type !== "VDIR") {
    if (sources.length > 1) {
      // Solaris: the target of several files is not there, or is no directory
      if (!ts) err(ctx, "cp.notfound", pname, to);
      else err(ctx, "cp.targetnotdir", pname, to);
      if (!ts && ctx.os.catalog["cp.notfound"]) return 1;
      err(ctx, "cp.usage", pname, pname);
      return 1;
    }
    yield* c.copy(cleanPath(sources[0]!), to);
  } else {
    for (const s of sources) {
      const from = cleanPath(s);
      const base = from.includes("/") ? from.slice(from.lastIndexOf("/") + 1) : from;
      yield* c.copy(from, joinPath(to, base));
    }
  }
  return c.status;
}

export const cp: CommandDef = {
  name: "cp",
  path: "/usr/bin/cp",
  summary: "Copies files.",
  flags: ["-f", "-h", "-i", "-p", "-r", "-R"],
  run,
  man: `cp Command

Purpose
       Copies files.

Syntax
       cp [ -f ] [ -h ] [ -i ] [ -p ] [ -r | -R ] [ -- ] SourceFile TargetFile
       cp [ -f ] [ -h ] [ -i ] [ -p ] [ -r | -R ] [ -- ] SourceFile ...
          TargetDirectory

Description
       The cp command creates a copy of the contents of the file or directory
       specified by the SourceFile or SourceDirectory parameters into the file
       or directory specified by the TargetFile or TargetDirectory parameters.
       If the file specified as the TargetFile exists, the copy writes over the
       original contents of the file without warning. If you are copying more
       than one SourceFile, the target must be a directory.

Flags
       -f   Specifies removal of the target file if it cannot be opened for
            write operations.
       -h   Forces the cp command to copy symbolic links.
       -i   Prompts you with the name of a file to be overwritten.
       -p   Duplicates the modification time, access time, user ID, group ID
            and permission modes of the source.
       -r   Copies file hierarchies under the specified source directory.
       -R   Copies file hierarchies; special files are recreated, not read.

Exit Status
       0    All files were copied successfully.
       >0   An error occurred.
`,
};
