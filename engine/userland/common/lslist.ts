// ls's walk: stat the operands, list the files among them, then each directory (and with -R its
// subdirectories, depth first), sorted by name, time or size. What a listing looks like — the
// long line, columns, the total line, the dates, the heading before a directory — is the
// system's (ctx.os.formats.ls: engine/os/<os>/lsformat.ts); this file only decides what is listed
// and in which order, and reports what cannot be.
import type { Errno } from "../../kernel/errno.js";
import type { Vattr } from "../../kernel/vfs/vnode.js";
import type { LsEntry, LsEnv, LsFormat, LsGroup, LsOptions } from "../formats.js";
import type { CommandContext } from "../types.js";
import { isTTY, joinPath, lazyNames, typeChar } from "./lib.js";
import { err, errnoOf, msg } from "./msg.js";

export class Lister {
  private out = "";
  status = 0;
  /** anything was written (4.4BSD's `output`: a blank line goes before the next heading) */
  private printed = false;
  /** AIX: no file operand was listed before the first directory (no blank line before it) */
  private firstIsADir = false;
  private readonly env: LsEnv;
  /** directories still to list with -R (depth first) */
  private pending: string[] = [];

  constructor(
    private ctx: CommandContext,
    private o: LsOptions,
    private style: LsFormat,
  ) {
    const names = lazyNames(ctx);
    this.env = {
      now: ctx.machine.clock.now(),
      tty: isTTY(ctx),
      columns: ctx.columns,
      COLUMNS: ctx.shell.env.get("COLUMNS"),
      BLOCKSIZE: ctx.shell.env.get("BLOCKSIZE"),
      user: names.user,
      group: names.group,
      total: (n) => msg(ctx, "ls.total", n),
      fstype: (p) => {
        try {
          return ctx.sys.mountFor(p)?.vfs.type;
        } catch (e) {
          errnoOf(e);
          return undefined;
        }
      },
    };
  }

  private flush(): void {
    if (this.out) this.ctx.stdout.write(this.out);
    this.out = "";
  }

  /** the message for a file that cannot be listed (the system's text; 4.4BSD gives the errno's) */
  private cannot(path: string, errno: Errno): void {
    this.flush();
    err(this.ctx, errno === "EACCES" ? "ls.noperm" : "ls.nofile", path, this.ctx.os.strerror(errno));
    this.status = this.style.errorStatus;
  }

  /** stat one file; null (after the message) when it cannot be found */
  gstat(path: string, name: string, isArg: boolean, report = true): LsEntry | null | Errno {
    const o = this.o;
    const sys = this.ctx.sys;
    const follow = isArg ? this.style.followOperand(o) : "never";
    let attr: Vattr;
    try {
      attr = (o.L && !o.useLstat) || follow === "always" ? sys.stat(path) : sys.lstat(path);
    } catch (e) {
      let errno: Errno = errnoOf(e);
      let recovered: Vattr | null = null;
      // a dangling link that ls was asked to follow is listed as the link itself
      if (o.L || follow === "always") {
        try {
          recovered = sys.lstat(path);
        } catch (e2) {
          errno = errnoOf(e2);
        }
      }
      if (!recovered) {
        if (report) this.cannot(path, errno);
        return errno;
      }
      attr = recovered;
    }
    let ltype = typeChar(attr.type);
    let linkTo: string | null = null;
    let linkType: Vattr | null = null;
    if (attr.type === "VLNK") {
      if (o.useLstat || o.L) {
        try {
          linkTo = sys.readlink(path);
        } catch (e) {
          errnoOf(e);
        }
        if (o.F) {
          try {
            linkType = sys.stat(path);
          } catch (e) {
            errnoOf(e);
          }
        }
      } else if (follow === "dir") {
        try {
          const t = sys.stat(path);
          if (t.type === "VDIR") {
            attr = t;
            ltype = "d";
          }
        } catch (e) {
          errnoOf(e);
        }
      }
    }
    return { name, path, attr, ltype, linkTo, linkType, isArg, blocks: this.style.blocks(attr, o) };
  }

  private compare = (a: LsEntry, b: LsEntry): number => {
    const o = this.o;
    if (!o.d) {
      const ad = a.isArg && a.ltype === "d";
      const bd = b.isArg && b.ltype === "d";
      if (ad && !bd) return 1;
      if (!ad && bd) return -1;
    }
    if (o.t) {
      const ta = this.timeOf(a.attr);
      const tb = this.timeOf(b.attr);
      if (tb < ta) return -o.r;
      if (tb > ta) return o.r;
    } else if (o.S) {
      if (b.attr.size < a.attr.size) return -o.r;
      if (b.attr.size > a.attr.size) return o.r;
    }
    return o.r * (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  };

  private timeOf(a: Vattr): number {
    return this.o.u ? a.atime : this.o.c ? a.ctime : a.mtime;
  }

  private show(g: LsGroup): void {
    const text = this.style.layout(g, this.o, this.env);
    if (text) this.printed = true;
    this.out += text;
  }

  run(operands: string[]): number {
    const o = this.o;
    const amino = operands.length;
    const args = (amino ? operands : ["."]).map((a) => (a === "" ? "." : a));
    const list = this.stats(args);
    if (list.length === 0) {
      this.flush();
      return this.status;
    }
    if (!o.unsorted) list.sort(this.compare);
    if (list[0]!.ltype === "d") this.firstIsADir = true;
    // directories are listed after the files (sorted, they come last; AIX -f lists every operand
    // as a directory)
    const isDir = (e: LsEntry) => (e.ltype === "d" && !o.d) || o.f;
    const files = list.filter((e) => !isDir(e));
    this.show({ entries: files, dir: false, total: 0, maxlen: args.reduce((m, a) => Math.max(m, a.length), 0) });
    for (const d of list.filter(isDir)) {
      this.pdirectory(d.name, amino > 1, amino > 1);
      while (this.pending.length) this.pdirectory(this.pending.shift()!, true, amino > 1);
    }
    this.flush();
    return this.status;
  }

  /** stat the operands: the system reports failures in argument order (AIX) or sorted among the
   *  others by name (4.4BSD fts sorts its root list before it reports) */
  private stats(args: string[]): LsEntry[] {
    const list: LsEntry[] = [];
    if (!this.style.sortsErrors) {
      for (const a of args) {
        const ep = this.gstat(a, a, true);
        if (ep !== null && typeof ep !== "string") list.push(ep);
      }
      return list;
    }
    const failed: { name: string; errno: Errno }[] = [];
    for (const a of args) {
      const ep = this.gstat(a, a, true, false);
      if (typeof ep === "string") failed.push({ name: a, errno: ep });
      else if (ep) list.push(ep);
    }
    if (!this.o.unsorted) failed.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
    for (const f of failed) this.cannot(f.name, f.errno);
    return list;
  }

  private pdirectory(name: string, title: boolean, many: boolean): void {
    const o = this.o;
    const h = this.style.heading(name, { title, many, printed: this.printed, firstIsADir: this.firstIsADir });
    this.firstIsADir = h.firstIsADir;
    if (h.text) {
      this.out += h.text;
      this.printed = true;
    }
    let total = 0;
    let maxlen = 0;
    const entries: LsEntry[] = [];
    let names: string[] | null = null;
    try {
      names = this.ctx.sys.readdir(name).map((e) => e.name);
    } catch (e) {
      const errno = errnoOf(e);
      this.flush();
      err(this.ctx, "ls.cantread", name, this.ctx.os.strerror(errno));
      this.status = this.style.errorStatus;
    }
    if (names) {
      const all = o.a || o.f ? [".", "..", ...names] : names;
      for (const n of all) {
        if (!o.a && !o.f && n.startsWith(".") && (!o.A || n === "." || n === "..")) continue;
        maxlen = Math.max(maxlen, n.length);
        const ep = this.gstat(joinPath(name, n), n, false);
        if (!ep || typeof ep === "string") continue;
        total += ep.blocks;
        entries.push(ep);
      }
    }
    if (!o.f && !o.unsorted) entries.sort(this.compare);
    if (o.R) {
      const subdirs = entries.filter((e) => e.ltype === "d" && e.name !== "." && e.name !== "..").map((e) => joinPath(name, e.name));
      this.pending.unshift(...subdirs);
    }
    this.show({ entries, dir: true, total, maxlen });
  }
}
