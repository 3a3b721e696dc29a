// How AIX's ls lays out a listing (ls.c of AIX 4.1, with the modern 11th mode character and the
// wider size field of AIX 5+, see docs/fidelity/common.md): the -l line in fixed columns, "total
// N" in 512-byte blocks (1 KB with -s), columns down then across (-C) or across (-x, -m), the
// date as "Mon DD HH:MM" or "Mon DD YYYY" padded to the same width. The walk itself is the common
// ls's (engine/userland/common/lslist.ts).
import type { Vattr } from "../../kernel/vfs/vnode.js";
import { civil, MONTHS, pad2, permString } from "../../userland/common/lib.js";
import type { LsEntry, LsEnv, LsFormat, LsGroup, LsOptions } from "../../userland/formats.js";

/** six months as ls counts them (6 × 30 days) */
const SIX_MONTHS = 6 * 30 * 24 * 60 * 60;

/** "Mon DD HH:MM", or "Mon DD YYYY" padded to the same width for old or future files */
export function aixLsDate(t: number, now: number): string {
  const c = civil(t);
  const md = `${MONTHS[c.month - 1]} ${pad2(c.day)}`;
  if (t < now - SIX_MONTHS || t > now + 60) return `${md} ${c.year}`.padEnd(12);
  return `${md} ${pad2(c.hour)}:${pad2(c.minute)}`;
}

/** one group printed the AIX way: ls.c's pem/pentry/column with their column counter (Solaris's
 *  ls, the same System V ls.c, differs only in the -l fields and the width of -i) */
export class AixLayout {
  private out = "";
  private curcol = 0;
  private readonly colwidth: number;
  private readonly numCols: number;

  /** geometry: what -i adds to a column (ls.c's fixedwidth) and the widest line it believes */
  constructor(
    protected o: LsOptions,
    protected env: LsEnv,
    maxlen: number,
    geometry = { inode: 6, maxCols: 400 },
  ) {
    const fixedwidth = 2 + (o.p || o.F ? 1 : 0) + (o.i ? geometry.inode : 0) + (o.s ? 5 : 0);
    this.colwidth = fixedwidth + (o.C || o.m ? maxlen : 0);
    let n = 80;
    if (o.width !== undefined) n = o.width;
    else if (o.C || o.m) {
      if (env.COLUMNS !== undefined) n = parseInt(env.COLUMNS, 10) || 0;
      else if (env.tty) n = env.columns || 80;
    }
    if (n < 20 || n > geometry.maxCols) n = 80;
    this.numCols = n;
  }

  /** the line width the layout settled on (Solaris prints ACLs to it) */
  protected get cols(): number {
    return this.numCols;
  }

  private put(s: string, width = s.length): void {
    this.out += s;
    this.curcol += width;
  }

  text(g: LsGroup): string {
    const tot = g.dir && (this.o.l || this.o.s);
    if (tot) this.put(this.env.total(g.total));
    this.pem(g.entries, tot);
    return this.out;
  }

  /** print a list of entries: one per line, across (-x, -m) or in columns down (-C) */
  private pem(list: LsEntry[], totFlag: boolean): void {
    const o = this.o;
    const ncols = o.C || o.m ? Math.floor(this.numCols / this.colwidth) : 1;
    if (ncols <= 1 || o.m || o.x || !o.C) {
      for (const e of list) this.pentry(e);
      this.newLine();
      return;
    }
    const slots: (LsEntry | null)[] = totFlag ? [null, ...list] : list;
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

  private pentry(p: LsEntry): void {
    const o = this.o;
    const a = p.attr;
    this.column();
    if (o.i) this.put(o.m && !o.l ? `${a.fileid} ` : `${String(a.fileid).padStart(this.inodeWidth)} `);
    if (o.s) this.put(o.m && !o.l ? `${p.blocks} ` : `${String(p.blocks).padStart(4)} `);
    if (o.l) this.put(this.longFields(p));
    this.put(p.name + typeMark(p, o));
    if ((o.e || o.l) && p.linkTo !== null) {
      let lmark = "";
      if (o.F && p.linkType) {
        if (p.linkType.type === "VDIR") lmark = "/";
        else if (p.linkType.mode & 0o111) lmark = "*";
      }
      this.put(" -> " + p.linkTo + lmark);
    }
    const more = this.trailer(p);
    if (more) {
      this.newLine();
      this.out += more;
    }
  }

  /** whole lines printed after an entry (Solaris -v, -/, -% all); none on AIX */
  protected trailer(_p: LsEntry): string {
    return "";
  }

  /** the width of -i's i-node numbers (ls.c: %5d) */
  protected readonly inodeWidth: number = 5;

  /** mode, links, owner, group, size or device, date: everything of -l before the name */
  protected longFields(p: LsEntry): string {
    const o = this.o;
    const a = p.attr;
    let s = p.ltype + permString(a.mode) + (o.e ? "-" : " ");
    s += String(a.nlink).padStart(4) + " ";
    if (o.o) s += ((o.n ? undefined : this.env.user(a.uid)) ?? String(a.uid)).padEnd(8) + " ";
    if (o.g) s += ((o.n ? undefined : this.env.group(a.gid)) ?? String(a.gid)).padEnd(8) + " ";
    if ((p.ltype === "b" || p.ltype === "c") && a.rdev) s += String(a.rdev.major).padStart(6) + "," + String(a.rdev.minor).padStart(3);
    else s += String(a.size).padStart(10);
    const t = o.u ? a.atime : o.c ? a.ctime : a.mtime;
    return s + " " + aixLsDate(t, this.env.now) + " ";
  }
}

/** -F and -p: the mark after a name */
function typeMark(p: LsEntry, o: LsOptions): string {
  if (p.ltype === "d") return o.p || o.F ? "/" : "";
  if (!o.F) return "";
  if (p.ltype === "l") return "@";
  if (p.ltype === "s") return "=";
  if (p.ltype === "p") return "|";
  return p.attr.mode & 0o111 ? "*" : "";
}

/** the option letters of AIX ls and what each one does (the later one of a conflicting pair wins) */
function option(o: LsOptions, flag: string): void {
  switch (flag) {
    case "1":
      o.C = false;
      break;
    case "C":
      o.C = true;
      o.m = o.l = false;
      break;
    case "x":
      o.x = o.C = true;
      o.l = o.m = false;
      break;
    case "m":
      o.C = o.l = false;
      o.m = true;
      break;
    case "N":
      o.L = false;
      o.useLstat = true;
      break;
    case "n":
      o.n = o.l = o.useLstat = true;
      o.m = o.x = false;
      break;
    case "l":
      o.m = o.x = false;
      o.l = o.useLstat = true;
      break;
    case "e":
      o.e = o.l = o.useLstat = true;
      break;
    case "r":
      o.r = -1;
      break;
    case "u":
      o.u = true;
      o.c = false;
      break;
    case "c":
      o.c = true;
      o.u = false;
      break;
    case "L":
    case "H":
      o.L = true;
      break;
    case "A": case "R": case "a": case "d": case "o": case "g": case "t": case "S": case "p": case "F": case "i": case "s": case "f":
      o[flag] = true;
      break;
    default:
      // -b -q -k -E -U -X: accepted; names print as they are
      break;
  }
}

function finish(o: LsOptions): void {
  if (o.L) o.useLstat = false;
  if (o.o && o.g) {
    o.o = o.g = false;
    o.l = true;
  } else if (o.o || o.g) o.l = true;
  else if (o.l) o.o = o.g = true;
  if (o.f) {
    o.a = true;
    o.l = o.s = o.t = false;
    o.r = 1;
  }
  if (o.l) o.C = o.m = false;
}

export const aixLs: LsFormat = {
  optstring: "1ACEFHLNRSUXabcdefgiklmnopqrstux",
  errorStatus: 2,
  usageStatus: 2,
  firstBadOptionOnly: false,
  sortsErrors: false,
  defaults: (tty, root) => ({
    a: false, A: root, C: tty, d: false, e: false, f: false, F: false, i: false, l: false, m: false, n: false,
    o: false, g: false, p: false, r: 1, R: false, s: false, t: false, S: false, u: false, c: false, x: false,
    L: false, useLstat: false, T: false, flags: false, q: false, unsorted: false,
  }),
  option,
  finish,
  followOperand: (o) => (o.useLstat || o.L ? "never" : "dir"),
  blocks: (a: Vattr, o) => Math.floor((a.blocks * 512) / (o.s ? 1024 : 512)),
  heading: (name, s) => {
    if (!s.title) return { text: "", firstIsADir: s.firstIsADir };
    return { text: (s.firstIsADir ? "" : "\n") + name + ":\n", firstIsADir: false };
  },
  layout: (g, o, env) => new AixLayout(o, env, g.maxlen).text(g),
};
