// find's expression, parsed the way AIX find.c (AIX 4.1.3) does it: exp() for -o, e1() for -a
// and juxtaposition, e2() for !, e3() for ( ) and the primaries. An argument missing at the end
// reads as an empty word; the fourth such read is "an expression term lacks a required
// parameter". At most 100 nodes (MAXNODES).
import { isKernelError } from "../../../kernel/errno.js";
import type { VType } from "../../../kernel/vfs/vnode.js";
import type { CommandContext } from "../../types.js";
import { groupId, userId } from "../ids.js";
import { parseMode } from "../lib.js";

export type Sign = "+" | "-" | "";

export type Node =
  | { k: "and" | "or"; l: Node; r: Node }
  | { k: "not"; x: Node }
  | { k: "print" | "ls" | "prune" | "depth" | "xdev" | "nouser" | "nogroup" }
  | { k: "name"; pat: string }
  | { k: "perm"; mode: number; all: boolean }
  | { k: "type"; t: VType | "VSOCK" | null }
  | { k: "fstype"; name: string }
  | { k: "exec" | "ok"; words: string[] }
  | { k: "newer"; mtime: number }
  // strict: Solaris find.c's num and llnum, - meaning less than (`l < first.l`) where AIX's is
  // at most, and a file's age in days (now - t) / A_DAY with no day added
  | { k: "time"; field: "mtime" | "atime" | "ctime"; n: number; sign: Sign; strict?: boolean }
  | { k: "user" | "group" | "inum" | "links"; n: number; sign: Sign; strict?: boolean }
  | { k: "size"; n: number; sign: Sign; unit: number; strict?: boolean };

/** a parse error: the catalog id, its argument, and the exit status find gives */
export class FindError extends Error {
  constructor(
    readonly id: string,
    readonly arg: string | null = null,
    /** also print the usage (a bad number) */
    readonly usage = false,
  ) {
    super(id);
  }
}

export interface Expression {
  root: Node;
  /** -depth: directories after their contents */
  depth: boolean;
  /** -xdev: do not descend into other file systems */
  xdev: boolean;
  /** -fstype was given */
  fstype: boolean;
}

const MAX_NODES = 100;
/** the primaries that take an argument (-exec and -ok take words up to ;) */
const WITH_ARGUMENT = new Set([
  "-name", "-perm", "-type", "-fstype", "-exec", "-ok", "-cpio", "-ncpio", "-newer", "-node",
  "-mtime", "-atime", "-ctime", "-user", "-group", "-inum", "-i", "-links", "-size",
]);
const TYPES: Record<string, VType | "VSOCK"> = { d: "VDIR", b: "VBLK", c: "VCHR", p: "VFIFO", f: "VREG", l: "VLNK", s: "VSOCK" };

export class Parser {
  private ai: number;
  private strikes = 0;
  private nodes = 0;
  private nesting = 0;
  private printflag = false;
  private execflag = false;
  private depth = false;
  private xdev = false;
  private fstype = false;
  /** a missing argument is find.incomplete at once (Solaris), not an empty word (AIX) */
  private readonly required: boolean;

  constructor(
    private ctx: CommandContext,
    /** argv as find got it */
    private argv: readonly string[],
    start: number,
  ) {
    this.ai = start;
    this.required = ctx.os.formats.tools?.findArgs === "required";
  }

  /** the word after a primary that needs one, as next() reads it */
  private argument(primary: string): string {
    const b = this.next();
    if (this.required && this.ai > this.argv.length && WITH_ARGUMENT.has(primary)) throw new FindError("find.incomplete");
    return b;
  }

  /** the expression (an implicit -print added as find.c does); FindError on a bad one */
  parse(): Expression {
    const argc = this.argv.length;
    let root: Node;
    if (this.ai === argc) {
      root = this.mk({ k: "print" });
      this.printflag = true;
    } else root = this.exp();
    if (!this.execflag && !this.printflag) root = this.mk({ k: "and", l: root, r: this.mk({ k: "print" }) });
    if (this.ai < argc) throw new FindError("find.conj", this.argv[this.ai]!);
    return { root, depth: this.depth, xdev: this.xdev, fstype: this.fstype };
  }

  private mk<T extends Node>(n: T): T {
    if (this.nodes >= MAX_NODES) throw new FindError("find.toomany");
    this.nodes++;
    return n;
  }

  private next(): string {
    if (this.strikes === 3) throw new FindError("find.incomplete");
    if (this.ai >= this.argv.length) {
      this.strikes++;
      this.ai = this.argv.length + 1;
      return "";
    }
    return this.argv[this.ai++]!;
  }

  private back(): void {
    if (this.ai <= this.argv.length) this.ai--;
  }

  private exp(): Node {
    if (++this.nesting > MAX_NODES) throw new FindError("find.toomany");
    try {
      const l = this.e1();
      if (this.next() === "-o") return this.mk({ k: "or", l, r: this.exp() });
      this.back();
      return l;
    } finally {
      this.nesting--;
    }
  }

  private e1(): Node {
    const l = this.e2();
    const a = this.next();
    if (a === "-a") return this.mk({ k: "and", l, r: this.e1() });
    if (a === "(" || a === "!" || (a.startsWith("-") && a !== "-o")) {
      this.ai--;
      return this.mk({ k: "and", l, r: this.e1() });
    }
    this.back();
    return l;
  }

  private e2(): Node {
    if (this.next() === "!") return this.mk({ k: "not", x: this.e3() });
    this.back();
    return this.e3();
  }

  private e3(): Node {
    const a = this.next();
    if (a === "(") {
      const inner = this.exp();
      const close = this.next();
      if (close !== ")") throw new FindError("find.badoption", close);
      return inner;
    }
    const bare = this.primaryWithoutArgument(a);
    if (bare !== null) return bare;
    const b = this.argument(a);
    switch (a) {
      case "-name":
        return this.mk({ k: "name", pat: b });
      case "-perm":
        return this.perm(b);
      case "-type":
        return this.mk({ k: "type", t: TYPES[b[0] ?? ""] ?? null });
      case "-fstype":
        this.fstype = true;
        return this.mk({ k: "fstype", name: b });
      case "-exec":
      case "-ok":
        return this.command(a);
      case "-cpio":
      case "-ncpio":
        throw new FindError("find.nocpio");
      case "-newer":
        return this.newer(b);
      case "-node":
        // AIX's own primary; Solaris's find.c knows no -node: a bad option
        if (this.ctx.os.formats.tools?.findNftw) throw new FindError("find.badoption", a);
        throw new FindError("find.badnode", b);
    }
    return this.numeric(a, b);
  }

  private primaryWithoutArgument(a: string): Node | null {
    switch (a) {
      case "-print":
      case "-ls":
        this.printflag = true;
        return this.mk({ k: a === "-print" ? "print" : "ls" });
      case "-nouser":
      case "-nogroup":
      case "-prune":
        return this.mk({ k: a.slice(1) as "nouser" | "nogroup" | "prune" });
      case "-xdev":
        this.xdev = true;
        return this.mk({ k: "xdev" });
      case "-depth":
        this.depth = true;
        return this.mk({ k: "depth" });
    }
    return null;
  }

  private perm(arg: string): Node {
    const all = arg.startsWith("-");
    const spec = all ? arg.slice(1) : arg;
    const mode = /^[0-7]*$/.test(spec) ? (spec === "" ? 0 : parseInt(spec, 8)) : parseMode(spec, 0, false, 0);
    if (mode === null) throw new FindError("find.badperm");
    return this.mk({ k: "perm", mode: mode & 0o7777, all });
  }

  /** -exec and -ok: the words from the one just read up to ; (find.c keeps their index) */
  private command(a: string): Node {
    const start = this.ai - 1;
    this.execflag = true;
    while (this.argument(a) !== ";");
    const words: string[] = [];
    for (let i = start; i < this.argv.length && this.argv[i] !== ";"; i++) words.push(this.argv[i]!);
    return this.mk({ k: a === "-exec" ? "exec" : "ok", words });
  }

  private newer(path: string): Node {
    let mtime: number;
    try {
      mtime = this.ctx.sys.stat(path).mtime;
    } catch (e) {
      if (!isKernelError(e)) throw e;
      throw new FindError("find.noaccess", path);
    }
    return this.mk({ k: "newer", mtime });
  }

  /**
   * Solaris's find.c compile(): the sign is taken off the word (Num), then atol()/atoll() reads
   * the number and refuses nothing (`-size abc` is 0 bytes: the word ends in c); -user and -group
   * take a name, else strtol() of the whole word, else "cannot find ... name" with the word as
   * typed. Compared strictly (see Node).
   */
  private nftwNumeric(a: string, arg: string): Node {
    const sign: Sign = arg[0] === "+" ? "+" : arg[0] === "-" ? "-" : "";
    const b = sign === "" ? arg : arg.slice(1);
    switch (a) {
      case "-mtime":
      case "-atime":
      case "-ctime":
        return this.mk({ k: "time", field: a.slice(1) as "mtime", n: atoll(b), sign, strict: true });
      case "-user":
      case "-group": {
        const k = a.slice(1) as "user" | "group";
        const id = k === "user" ? userId(this.ctx, b) : groupId(this.ctx, b);
        if (id !== null) return this.mk({ k, n: id, sign, strict: true });
        if (/^[ \t\n\v\f\r]*[+-]?\d+$/.test(b)) return this.mk({ k, n: Number(b.trim()), sign, strict: true });
        throw new FindError(k === "user" ? "find.nouser" : "find.nogroup", arg);
      }
      case "-inum":
      case "-links":
        return this.mk({ k: a === "-inum" ? "inum" : "links", n: atoll(b), sign, strict: true });
      case "-size":
        return this.mk({ k: "size", n: atoll(b), sign, unit: b.endsWith("c") ? 1 : 512, strict: true });
    }
    throw new FindError("find.badoption", a);
  }

  /** the primaries that take a number, +n or -n (a user or group may be a name) */
  private numeric(a: string, arg: string): Node {
    if (this.ctx.os.formats.tools?.findNftw) return this.nftwNumeric(a, arg);
    const sign: Sign = arg[0] === "+" ? "+" : arg[0] === "-" ? "-" : "";
    const b = sign === "+" ? arg.slice(1) : arg;
    switch (a) {
      case "-mtime":
      case "-atime":
      case "-ctime":
        return this.mk({ k: "time", field: a.slice(1) as "mtime", n: atoint(a, b), sign });
      case "-user":
      case "-group": {
        const id = a === "-user" ? userId(this.ctx, b) : groupId(this.ctx, b);
        if (id !== null) return this.mk({ k: a.slice(1) as "user", n: id, sign });
        if (/^-?[0-9]/.test(b)) return this.mk({ k: a.slice(1) as "user", n: atoint(a, b), sign });
        throw new FindError(a === "-user" ? "find.nouser" : "find.nogroup", arg);
      }
      case "-inum":
      case "-i":
        return this.mk({ k: "inum", n: atoint(a, b), sign });
      case "-links":
        return this.mk({ k: "links", n: atoint(a, b), sign });
      case "-size": {
        const unit = b.includes("c") ? 1 : b.includes("k") ? 1024 : 512;
        return this.mk({ k: "size", n: atoint(a, b), sign, unit });
      }
    }
    throw new FindError("find.badoption", a);
  }
}

/** atoll(3): the number a word starts with (after blanks), 0 when none */
function atoll(s: string): number {
  const m = /^[ \t\n\v\f\r]*([+-]?\d+)/.exec(s);
  return m ? Number(m[1]) : 0;
}

/** atoi(3) with find.c's check: 0 only from "0" or "-0", anything else that reads as 0 is refused */
function atoint(op: string, val: string): number {
  const m = /^[ \t\n]*([+-]?[0-9]+)/.exec(val);
  const n = m ? parseInt(m[1]!, 10) : 0;
  if (n === 0 && val !== "0" && val !== "-0") throw new FindError("find.badnum", op, true);
  return n;
}
