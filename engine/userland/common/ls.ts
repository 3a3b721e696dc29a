// ls: lists files and directories. The layout follows the AIX ls (ls.c of AIX 4.1, with the
// modern 11th mode character and the wider size field of AIX 5+, see docs/fidelity/common.md):
// files before directories, "name:" headers when more than one operand is given, a blank line
// before each header but the first, "total N" in 512-byte blocks (1 KB with -s) for -l listings,
// columns down then across on a terminal, one name per line elsewhere. root gets -A by default.
import type { Errno } from "../../kernel/errno.js";
import type { Vattr } from "../../kernel/vfs/vnode.js";
import type { CommandContext, CommandDef } from "../types.js";
import { civil, getopt, lazyNames, isTTY, joinPath, MONTHS, pad2, permString, reportOpt, typeChar, usage } from "./lib.js";
import { err, errnoOf, msg } from "./msg.js";

interface Entry {
  /** the name as printed (an operand as typed, or a directory entry's name) */
  name: string;
  /** the path to stat */
  path: string;
  attr: Vattr;
  /** the type letter ls uses: d - l b c p s */
  ltype: string;
  linkTo: string | null;
  /** the type of what a symlink points to (-F) */
  linkType: Vattr | null;
  isArg: boolean;
  /** 512-byte blocks (1 KB with -s) */
  blocks: number;
}

interface Opts {
  a: boolean;
  A: boolean;
  C: boolean;
  d: boolean;
  e: boolean;
  f: boolean;
  F: boolean;
  i: boolean;
  l: boolean;
  m: boolean;
  n: boolean;
  o: boolean;
  g: boolean;
  p: boolean;
  r: number;
  R: boolean;
  s: boolean;
  t: boolean;
  S: boolean;
  u: boolean;
  c: boolean;
  x: boolean;
  L: boolean;
  useLstat: boolean;
}

/** six months as ls counts them (6 × 30 days) */
const SIX_MONTHS = 6 * 30 * 24 * 60 * 60;

class Lister {
  private out = "";
  private curcol = 0;
  private colwidth = 0;
  private fixedwidth = 2;
  private numCols = 80;
  status = 0;
  private firstIsADir = false;
  private readonly now: number;
  private readonly names;
  /** directories still to list with -R (depth first) */
  private pending: string[] = [];

  constructor(private ctx: CommandContext, private o: Opts) {
    this.now = ctx.machine.clock.now();
    this.names = lazyNames(ctx);
  }

  private put(s: string, width = s.length): void {
    this.out += s;
    this.curcol += width;
  }

  private flush(): void {
    if (this.out) this.ctx.stdout.write(this.out);
    this.out = "";
  }

  setup(): void {
    const o = this.o;
    this.fixedwidth = 2 + (o.p || o.F ? 1 : 0) + (o.i ? 6 : 0) + (o.s ? 5 : 0);
    if (o.C || o.m) {
      let n = 80;
      const env = this.ctx.shell.env.get("COLUMNS");
      if (env !== undefined) n = parseInt(env, 10) || 0;
      else if (isTTY(this.ctx)) n = this.ctx.columns || 80;
      if (n < 20 || n > 400) n = 80;
      this.numCols = n;
    }
  }

  /** stat one file; null (after the message) when it cannot be found */
  gstat(path: string, name: string, isArg: boolean): Entry | null {
    const o = this.o;
    const sys = this.ctx.sys;
    let attr: Vattr;
    try {
      attr = o.L && !o.useLstat ? sys.stat(path) : sys.lstat(path);
    } catch (e) {
      let errno: Errno = errnoOf(e);
      let recovered: Vattr | null = null;
      if (o.L) {
        try {
          recovered = sys.lstat(path);
        } catch (e2) {
          errno = errnoOf(e2);
        }
      }
      if (!recovered) {
        if (errno === "EACCES") err(this.ctx, "ls.noperm", path);
        else err(this.ctx, "ls.nofile", path);
        return null;
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
      } else if (isArg) {
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
    const blocks = Math.floor((attr.blocks * 512) / (o.s ? 1024 : 512));
    return { name, path, attr, ltype, linkTo, linkType, isArg, blocks };
  }

  private compare = (a: Entry, b: Entry): number => {
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

  sort(list: Entry[]): void {
    list.sort(this.compare);
  }

  run(operands: string[]): number {
    const o = this.o;
    const amino = operands.length;
    const args = amino ? operands : ["."];
    let filewidth = 0;
    const list: Entry[] = [];
    for (const a of args) {
      if (o.C || o.m) filewidth = Math.max(filewidth, a.length);
      const ep = this.gstat(a === "" ? "." : a, a === "" ? "." : a, true);
      if (!ep) {
        this.status = 2;
        continue;
      }
      list.push(ep);
    }
    this.colwidth = this.fixedwidth + filewidth;
    if (list.length === 0) {
      this.flush();
      return this.status;
    }
    this.sort(list);
    let i = 0;
    for (; i < list.length; i++) if ((list[i]!.ltype === "d" && !o.d) || o.f) break;
    if (list[0]!.ltype === "d") this.firstIsADir = true;
    this.pem(list.slice(0, i), false);
    for (; i < list.length; i++) {
      this.pdirectory(list[i]!.name, amino > 1);
      while (this.pending.length) this.pdirectory(this.pending.shift()!, true);
    }
    this.flush();
    return this.status;
  }

  private pdirectory(name: string, title: boolean): void {
    const o = this.o;
    if (title) {
      if (this.firstIsADir) this.firstIsADir = false;
      else this.put("\n", 0);
      this.put(name + ":");
      this.newLine();
    }
    let total = 0;
    const entries: Entry[] = [];
    let names: string[] | null = null;
    try {
      names = this.ctx.sys.readdir(name).map((e) => e.name);
    } catch (e) {
      const errno = errnoOf(e);
      this.flush();
      err(this.ctx, "ls.cantread", name, this.ctx.os.strerror(errno));
      this.status = 2;
    }
    if (names) {
      let filewidth = 0;
      const all = o.a || o.f ? [".", "..", ...names] : names;
      for (const n of all) {
        if (!o.a && !o.f && n.startsWith(".") && (!o.A || n === "." || n === "..")) continue;
        if (o.C || o.m) filewidth = Math.max(filewidth, n.length);
        const ep = this.gstat(joinPath(name, n), n, false);
        if (!ep) continue;
        total += ep.blocks;
        entries.push(ep);
      }
      this.colwidth = this.fixedwidth + filewidth;
    }
    if (!o.f) this.sort(entries);
    if (o.R) {
      const subdirs = entries.filter((e) => e.ltype === "d" && e.name !== "." && e.name !== "..").map((e) => joinPath(name, e.name));
      this.pending.unshift(...subdirs);
    }
    const tot = o.l || o.s;
    if (tot) this.put(msg(this.ctx, "ls.total", total));
    this.pem(entries, tot);
  }

  /** print a list of entries: one per line, across (-x, -m) or in columns down (-C) */
  private pem(list: Entry[], totFlag: boolean): void {
    const o = this.o;
    const ncols = o.C || o.m ? Math.floor(this.numCols / this.colwidth) : 1;
    if (ncols <= 1 || o.m || o.x || !o.C) {
      for (const e of list) this.pentry(e);
      this.newLine();
      return;
    }
    const slots: (Entry | null)[] = totFlag ? [null, ...list] : list;
    const nrows = Math.floor((slots.length - 1) / ncols) + 1;
    for (let row = 0; row < nrows; row++) {
      for (let col = row === 0 && totFlag ? 1 : 0; col < ncols; col++) {
        const idx = nrows * col + row;
        if (idx < slots.length) this.pentry(slots[idx]!);
      }
      this.newLine();
    }
  }

  private column(): void {
    const o = this.o;
    if (this.curcol === 0) return;
    if (o.m) {
      this.put(",");
      if (this.curcol + this.colwidth + 2 > this.numCols) {
        this.put("\n", 0);
        this.curcol = 0;
        return;
      }
      this.put(" ");
      return;
    }
    if (!o.C) {
      this.put("\n", 0);
      this.curcol = 0;
      return;
    }
    if ((Math.floor(this.curcol / this.colwidth) + 2) * this.colwidth > this.numCols) {
      this.put("\n", 0);
      this.curcol = 0;
      return;
    }
    do this.put(" ");
    while (this.curcol % this.colwidth);
  }

  private newLine(): void {
    if (this.curcol) {
      this.put("\n", 0);
      this.curcol = 0;
    }
  }

  private pentry(p: Entry): void {
    const o = this.o;
    const a = p.attr;
    this.column();
    if (o.i) this.put(o.m && !o.l ? `${a.fileid} ` : `${String(a.fileid).padStart(5)} `);
    if (o.s) this.put(o.m && !o.l ? `${p.blocks} ` : `${String(p.blocks).padStart(4)} `);
    if (o.l) {
      this.put(p.ltype + permString(a.mode) + (o.e ? "-" : " "));
      this.put(String(a.nlink).padStart(4) + " ");
      if (o.o) {
        const u = o.n ? undefined : this.names.user(a.uid);
        this.put((u ?? String(a.uid)).padEnd(8) + " ");
      }
      if (o.g) {
        const g = o.n ? undefined : this.names.group(a.gid);
        this.put((g ?? String(a.gid)).padEnd(8) + " ");
      }
      if ((p.ltype === "b" || p.ltype === "c") && a.rdev) {
        this.put(String(a.rdev.major).padStart(6) + "," + String(a.rdev.minor).padStart(3));
      } else this.put(String(a.size).padStart(10));
      this.put(" " + this.date(this.timeOf(a)) + " ");
    }
    let dmark = "";
    if (p.ltype === "d") {
      if (o.p || o.F) dmark = "/";
    } else if (p.ltype === "l") {
      if (o.F) dmark = "@";
    } else if (p.ltype === "s") {
      if (o.F) dmark = "=";
    } else if (p.ltype === "p") {
      if (o.F) dmark = "|";
    } else if (o.F && a.mode & 0o111) dmark = "*";
    this.put(p.name + dmark);
    if ((o.e || o.l) && p.linkTo !== null) {
      let lmark = "";
      if (o.F && p.linkType) {
        if (p.linkType.type === "VDIR") lmark = "/";
        else if (p.linkType.mode & 0o111) lmark = "*";
      }
      this.put(" -> " + p.linkTo + lmark);
    }
  }

  /** "Mon DD HH:MM", or "Mon DD YYYY" padded to the same width for old or future files */
  private date(t: number): string {
    const c = civil(t);
    const md = `${MONTHS[c.month - 1]} ${pad2(c.day)}`;
    if (t < this.now - SIX_MONTHS || t > this.now + 60) return `${md} ${c.year}`.padEnd(12);
    return `${md} ${pad2(c.hour)}:${pad2(c.minute)}`;
  }
}

const FLAGS = "1ACEFHLNRSUXabcdefgiklmnopqrstux";

function run(ctx: CommandContext): number {
  const r = getopt(ctx.argv.slice(1), FLAGS);
  const tty = isTTY(ctx);
  const o: Opts = {
    a: false, A: ctx.sys.proc.uid === 0, C: tty, d: false, e: false, f: false, F: false, i: false,
    l: false, m: false, n: false, o: false, g: false, p: false, r: 1, R: false, s: false, t: false,
    S: false, u: false, c: false, x: false, L: false, useLstat: false,
  };
  let bad = false;
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      bad = true;
      continue;
    }
    switch (it.flag) {
      case "1":
        o.C = false;
        break;
      case "A":
        o.A = true;
        break;
      case "R":
        o.R = true;
        break;
      case "a":
        o.a = true;
        break;
      case "d":
        o.d = true;
        break;
      case "C":
        o.C = true;
        o.m = false;
        o.l = false;
        break;
      case "x":
        o.x = true;
        o.C = true;
        o.l = false;
        o.m = false;
        break;
      case "m":
        o.C = false;
        o.m = true;
        o.l = false;
        break;
      case "N":
        o.L = false;
        o.useLstat = true;
        break;
      case "n":
        o.n = true;
        o.m = false;
        o.l = true;
        o.x = false;
        o.useLstat = true;
        break;
      case "l":
        o.m = false;
        o.l = true;
        o.x = false;
        o.useLstat = true;
        break;
      case "e":
        o.e = true;
        o.l = true;
        o.useLstat = true;
        break;
      case "o":
        o.o = true;
        break;
      case "g":
        o.g = true;
        break;
      case "r":
        o.r = -1;
        break;
      case "t":
        o.t = true;
        break;
      case "S":
        o.S = true;
        break;
      case "u":
        o.u = true;
        o.c = false;
        break;
      case "c":
        o.c = true;
        o.u = false;
        break;
      case "p":
        o.p = true;
        break;
      case "F":
        o.F = true;
        break;
      case "i":
        o.i = true;
        break;
      case "s":
        o.s = true;
        break;
      case "f":
        o.f = true;
        break;
      case "L":
      case "H":
        o.L = true;
        break;
      default:
        // -b -q -k -E -U -X: accepted; names print as they are
        break;
    }
  }
  if (bad) {
    usage(ctx, "ls.usage");
    return 2;
  }
  if (o.L) o.useLstat = false;
  if (o.o && o.g) {
    o.o = o.g = false;
    o.l = true;
  } else if (o.o || o.g) o.l = true;
  else if (o.l) o.o = o.g = true;
  if (o.f) {
    o.a = true;
    o.l = false;
    o.s = false;
    o.t = false;
    o.r = 1;
  }
  if (o.l) o.C = o.m = false;
  const lister = new Lister(ctx, o);
  lister.setup();
  return lister.run(r.operands);
}

export const ls: CommandDef = {
  name: "ls",
  path: "/usr/bin/ls",
  summary: "Displays the contents of a directory.",
  flags: ["-1", "-A", "-C", "-F", "-L", "-N", "-R", "-a", "-c", "-d", "-e", "-f", "-g", "-i", "-l", "-m", "-n", "-o", "-p", "-r", "-s", "-t", "-u", "-x"],
  run,
  man: `ls Command

Purpose
       Displays the contents of a directory.

Syntax
       ls [ -1 ] [ -A ] [ -C ] [ -F ] [ -H | -L ] [ -N ] [ -R ] [ -S ] [ -a ] [ -c ]
          [ -d ] [ -e ] [ -f ] [ -g ] [ -i ] [ -l ] [ -m ] [ -n ] [ -o ] [ -p ]
          [ -r ] [ -s ] [ -t ] [ -u ] [ -x ] [ File ... ]

Description
       The ls command writes to standard output the contents of each specified
       Directory parameter or the name of each specified File parameter, along
       with any other information you ask for with the flags. If you do not
       specify a File or Directory parameter, the ls command displays the
       contents of the current directory.

       By default, the ls command displays all information in alphabetic order
       by file name. When the ls command displays the contents of a directory,
       it does not show entries for files whose names begin with a . (dot)
       unless you use the -a or -A flag. If the command is executed by root, it
       uses the -A flag by default.

       When output is to a terminal, entries are listed in multiple columns,
       sorted down the columns; otherwise one entry is listed per line.

Flags
       -1   Forces output into one-entry-per-line format.
       -A   Lists all entries except . (dot) and .. (dot-dot).
       -a   Lists all entries in the directory, including the entries that
            begin with a . (dot).
       -C   Sorts output vertically in a multicolumn format.
       -c   Uses the time of last inode modification for sorting (with -t)
            or displaying (with -l).
       -d   Displays only the information for the directory named.
       -e   Displays the mode (including security information), number of
            links, owner, group, size, time of last modification and name.
       -F   Puts a / after each directory, a * after each executable file, a
            = after each socket, a | after each FIFO and an @ after each
            symbolic link.
       -f   Lists the name in each slot for each directory specified.
       -g   Displays the same information as -l, except the owner.
       -i   Displays the i-node number in the first column of the report.
       -L   Lists the file or directory contents that a symbolic link
            references.
       -l   (Lowercase L) Displays the mode, number of links, owner, group,
            size (in bytes), and time of last modification for each file. If
            the file is a special file, the size field contains the major and
            minor device numbers. If the file is a symbolic link, the path
            name of the linked-to file is printed preceded by a ->.
       -m   Uses stream output format (a comma-separated series).
       -N   Does not follow symbolic links when determining the status of a
            file.
       -n   Displays the same information as -l, except that the user and the
            group IDs are displayed instead of names.
       -o   Displays the same information as -l, except the group.
       -p   Puts a slash after each file name if that file is a directory.
       -R   Lists all subdirectories recursively.
       -r   Reverses the order of the sort.
       -S   Sorts by file size, largest first.
       -s   Gives size in kilobytes (including indirect blocks) for each
            entry.
       -t   Sorts by time of last modification (latest first) instead of by
            name.
       -u   Uses the time of the last access, instead of the time of the last
            modification, for sorting (with -t) or displaying (with -l).
       -x   Sorts output horizontally in a multicolumn format.

Exit Status
       0    All files were written successfully.
       >0   An error occurred.
`,
};
