// find's walk (AIX 4.1.3 find.c descend()): each path operand, then every entry of every
// directory below it, in the order the directory gives them. The expression is evaluated for a
// directory before its entries (after them with -depth); -prune stops the descent into the
// directory just evaluated; -xdev stays on the starting file system. The walk keeps its own stack
// and gives the processor back as it goes, so a large tree never holds the host.
import { isKernelError, type Errno } from "../../../kernel/errno.js";
import type { Co } from "../../../kernel/proc/wait.js";
import type { Vattr } from "../../../kernel/vfs/vnode.js";
import { toolStatus } from "../../formats.js";
import type { CommandContext } from "../../types.js";
import { resolve, runChild } from "../child.js";
import { fnmatch } from "../fnmatch.js";
import { lazyNames } from "../lib.js";
import { err, msg } from "../msg.js";
import { listLine } from "./list.js";
import type { Expression, Node, Sign } from "./parse.js";

const DAY = 86400;

/** the file being looked at */
interface Here {
  path: string;
  /** its last component (find's Fname): what -name matches */
  name: string;
  attr: Vattr;
}

/** a directory whose entries are being walked */
interface Frame {
  path: string;
  name: string;
  entries: string[];
  next: number;
  fstype: string;
  fsid: number;
}

function scomp(a: number, b: number, sign: Sign): boolean {
  if (sign === "+") return a > b;
  if (sign === "-") return a <= -b;
  return a === b;
}

/** a number against a primary's: AIX's scomp, or Solaris find.c's num (strict: - is less than) */
function compare(a: number, n: { n: number; sign: Sign; strict?: boolean }): boolean {
  if (!n.strict) return scomp(a, n.n, n.sign);
  return n.sign === "+" ? a > n.n : n.sign === "-" ? a < n.n : a === n.n;
}

export class Finder {
  status = 0;
  private out = "";
  private pruned = false;
  private readonly now: number;
  private readonly names;
  /** the starting point's file system (-xdev) */
  private startFsid = 0;
  /** the vfs type of the file being looked at (-fstype) */
  private fstype = "";
  private startType = "";

  constructor(
    private ctx: CommandContext,
    private ex: Expression,
    /** -L: follow symbolic links; -H: only those named as operands */
    private follow: "L" | "H" | null,
  ) {
    this.now = ctx.machine.clock.now();
    this.names = lazyNames(ctx);
  }

  *flush(): Co<void> {
    if (this.out === "") return;
    const s = this.out;
    this.out = "";
    yield* this.ctx.stdout.put(s);
  }

  /** an error line, after what is waiting on standard output */
  private *fail(id: string, ...args: string[]): Co<void> {
    yield* this.flush();
    err(this.ctx, id, ...args);
    this.status++;
  }

  private stat(path: string, operand: boolean): Vattr {
    const follow = this.follow === "L" || (this.follow === "H" && operand);
    if (!follow) return this.ctx.sys.lstat(path);
    try {
      return this.ctx.sys.stat(path);
    } catch (e) {
      if (!isKernelError(e)) throw e;
      return this.ctx.sys.lstat(path);
    }
  }

  private vfsType(path: string): string {
    try {
      return this.ctx.sys.resolve(path, false).vfs.type;
    } catch (e) {
      if (!isKernelError(e)) throw e;
      return "";
    }
  }

  /** one path operand and everything below it */
  *operand(p: string): Co<void> {
    const slash = p.lastIndexOf("/");
    if (slash >= 0) {
      const dir = slash === 0 ? "/" : p.slice(0, slash);
      if (!this.searchable(dir)) {
        yield* this.fail("find.badstart", p, this.ctx.os.strerror("EACCES"));
        return;
      }
    }
    const name = slash >= 0 ? p.slice(slash + 1) || "." : p;
    let attr: Vattr;
    try {
      attr = this.stat(p, true);
    } catch (e) {
      if (!isKernelError(e)) throw e;
      // AIX's text names the file; BSD's warnx("%s: %s") adds fts_errno's text
      yield* this.fail("find.cantopen", p, this.ctx.os.strerror(e.errno));
      return;
    }
    this.startFsid = attr.fsid;
    this.startType = this.vfsType(p);
    this.fstype = this.startType;
    yield* this.walk({ path: p, name, attr });
  }

  private searchable(dir: string): boolean {
    try {
      return this.ctx.sys.stat(dir).type === "VDIR";
    } catch (e) {
      if (!isKernelError(e)) throw e;
      return false;
    }
  }

  /** visit a file; the frame for its entries when find goes into it */
  private *visit(h: Here, parentType: string, parentFsid: number | null): Co<Frame | null | "skip"> {
    if (this.ctx.sys.tick()) yield undefined;
    if (this.ex.fstype) {
      if (parentFsid !== null && h.attr.fsid !== parentFsid) {
        this.fstype = this.vfsType(h.path);
        // find.c: a file system of another type than the starting point's is left alone
        if (this.fstype !== this.startType) return "skip";
      } else this.fstype = parentType;
    }
    const dir = h.attr.type === "VDIR";
    // Solaris's nftw() opens a directory before find looks at it: one it cannot read is reported
    // first, then looked at (FTW_DNR, once, -depth or not), and not entered
    let early: string[] | null = null;
    if (this.ctx.os.formats.tools?.findNftw && dir && !(this.ex.xdev && h.attr.fsid !== this.startFsid)) {
      try {
        early = this.entries(h.path);
      } catch (e) {
        if (!isKernelError(e)) throw e;
        yield* this.cannotEnter(h, e.errno);
        yield* this.eval(this.ex.root, h);
        return "skip";
      }
    }
    if (!this.ex.depth) yield* this.eval(this.ex.root, h);
    if (!dir || (this.ex.xdev && h.attr.fsid !== this.startFsid)) {
      if (this.ex.depth) yield* this.eval(this.ex.root, h);
      return null;
    }
    if (this.pruned && !this.ex.depth) {
      this.pruned = false;
      return null;
    }
    let entries: string[];
    try {
      entries = early ?? this.entries(h.path);
    } catch (e) {
      if (!isKernelError(e)) throw e;
      yield* this.cannotEnter(h, e.errno);
      return "skip";
    }
    return { path: h.path, name: h.name, entries, next: 0, fstype: this.fstype, fsid: h.attr.fsid };
  }

  private entries(path: string): string[] {
    return this.ctx.sys.readdir(path).map((e) => e.name).filter((n) => n !== "." && n !== "..");
  }

  /** NOCD: the directory cannot be entered (the message ends in perror's line) */
  private *cannotEnter(h: Here, errno: Errno): Co<void> {
    const slash = h.path.lastIndexOf("/");
    let wd = slash > 0 ? h.path.slice(0, slash) : slash === 0 ? "/" : ".";
    if (!wd.startsWith("/")) {
      const cwd = this.ctx.sys.getcwd();
      wd = wd === "." ? cwd : (cwd === "/" ? "" : cwd) + "/" + wd;
    }
    yield* this.flush();
    // the reason is the third argument, the path as walked the fourth
    const why = this.ctx.os.strerror(errno);
    const text = wd === "/" ? msg(this.ctx, "find.nocdroot", h.name, "", why, h.path) : msg(this.ctx, "find.nocd", wd, h.name, why, h.path);
    this.ctx.stderr.write(text + "\n");
    this.status++;
  }

  /** the tree below a file, depth first, without recursion */
  private *walk(top: Here): Co<void> {
    const first = yield* this.visit(top, this.startType, null);
    if (first === null || first === "skip") return;
    const stack: Frame[] = [first];
    while (stack.length > 0) {
      const f = stack[stack.length - 1]!;
      if (f.next >= f.entries.length) {
        stack.pop();
        if (this.ex.depth) yield* this.after(f);
        continue;
      }
      const entry = f.entries[f.next++]!;
      const path = (f.path.endsWith("/") ? f.path.slice(0, -1) : f.path) + "/" + entry;
      let attr: Vattr;
      try {
        attr = this.stat(path, false);
      } catch (e) {
        if (!isKernelError(e)) throw e;
        yield* this.fail("find.badstat", path, this.ctx.os.strerror(e.errno));
        continue;
      }
      const next = yield* this.visit({ path, name: entry, attr }, f.fstype, f.fsid);
      if (next !== null && next !== "skip") stack.push(next);
    }
  }

  /** -depth: a directory once its entries are done, looked at again */
  private *after(f: Frame): Co<void> {
    let attr: Vattr;
    try {
      attr = this.stat(f.path, false);
    } catch (e) {
      if (!isKernelError(e)) throw e;
      yield* this.fail("find.nostat", f.name, this.ctx.os.strerror(e.errno));
      return;
    }
    this.fstype = f.fstype;
    yield* this.eval(this.ex.root, { path: f.path, name: f.name, attr });
  }

  private *eval(n: Node, h: Here): Co<boolean> {
    switch (n.k) {
      case "and":
        return (yield* this.eval(n.l, h)) && (yield* this.eval(n.r, h));
      case "or":
        return (yield* this.eval(n.l, h)) || (yield* this.eval(n.r, h));
      case "not":
        return !(yield* this.eval(n.x, h));
      case "print":
        this.out += h.path + "\n";
        if (this.out.length > 16384) yield* this.flush();
        return true;
      case "ls":
        this.out += listLine(h.path, h.attr, this.now, this.names, h.attr.type === "VLNK" ? this.readlink(h.path) : null);
        if (this.out.length > 16384) yield* this.flush();
        return true;
      case "exec":
        return yield* this.exec(n.words, h);
      case "ok":
        return yield* this.ok(n.words, h);
    }
    return this.test(n, h);
  }

  private readlink(path: string): string {
    try {
      return this.ctx.sys.readlink(path);
    } catch (e) {
      if (!isKernelError(e)) throw e;
      return "";
    }
  }

  /** the primaries that only look at the file */
  private test(n: Node, h: Here): boolean {
    const a = h.attr;
    switch (n.k) {
      case "name":
        return fnmatch(n.pat, h.name, true);
      case "perm":
        return ((a.mode & (n.all ? n.mode : 0o7777)) & 0o7777) === n.mode;
      case "type":
        return n.t !== null && a.type === n.t;
      case "fstype":
        return this.fstype === n.name;
      case "newer":
        return a.mtime > n.mtime;
      case "time": {
        const t = n.field === "mtime" ? a.mtime : n.field === "atime" ? a.atime : a.ctime;
        // Solaris find.c: whole days of age, (now - t) / A_DAY
        if (n.strict) return compare(Math.trunc((this.now - t) / DAY), n);
        // find.c: the age counts the day it is in (0 to 1 day old is 1), a file in the future is 0
        if (n.n === 0 && n.sign === "" && this.now + DAY - t < 0) return false;
        return scomp(Math.trunc((this.now + DAY - t) / DAY), n.n, n.sign);
      }
      case "user":
        return compare(a.uid, n);
      case "group":
        return compare(a.gid, n);
      case "inum":
        return compare(a.fileid, n);
      case "links":
        return compare(a.nlink, n);
      case "size":
        return compare(Math.ceil(a.size / n.unit), n);
      case "nouser":
        return this.names.user(a.uid) === undefined;
      case "nogroup":
        return this.names.group(a.gid) === undefined;
      case "prune":
        this.pruned = true;
        return true;
    }
    return true;
  }

  /** -exec: the command with {} as the path, in a child process; true when it exits 0 */
  private *exec(words: string[], h: Here): Co<boolean> {
    yield* this.flush();
    const argv = words.map((w) => (w === "{}" ? h.path : w));
    if (argv.length === 0) return true;
    let failed = false;
    const r = resolve(this.ctx, argv);
    const missing = (c: CommandContext) => {
      // find.c's child: its message, then perror(":"), and the parent counts the failure (a
      // system whose child exits without a word has an empty text and counts nothing)
      const head = msg(c, "find.cantexec", argv[0]!);
      if (head !== "") c.stderr.write(`${head}:: ${c.os.strerror("errno" in r ? r.errno : "ENOENT")}\n`);
      failed = true;
      return 1;
    };
    const st = yield* runChild(this.ctx, "def" in r ? r : { def: missing, argv }, { nullInput: false });
    if (failed) this.status += toolStatus(this.ctx.os.formats, "find.cantexec", 1);
    return "code" in st && st.code === 0;
  }

  /** -ok: asks on standard error first; end of input ends find */
  private *ok(words: string[], h: Here): Co<boolean> {
    yield* this.flush();
    this.ctx.stderr.write(msg(this.ctx, "find.okprompt", words[0] ?? "", h.path, "yes"));
    const line = yield* this.ctx.stdin.readLine();
    if (line === null) throw new OkEnd();
    if (!/^[yY]/.test(line.text)) return false;
    return yield* this.exec(words, h);
  }
}

/** -ok read the end of its input: find ends with status 2 */
export class OkEnd extends Error {}

