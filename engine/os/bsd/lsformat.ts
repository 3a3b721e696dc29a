// How 4.4BSD's ls lays out a listing, as BSD/OS has it (bin/ls/ls.c 8.7 and print.c 8.5 in
// BSD/OS's tree): every column of -l as wide as its widest value in the group
// (`drwxr-xr-x  2 root  wheel  512 Dec  5 20:27 name`), a device node's major,unit,subunit, the
// date as ctime's "Mmm dd hh:mm" or "Mmm dd  yyyy" outside six months either way, columns
// padded with tabs, no total line for an empty directory. The options are BSD/OS's
// (-1ACFLRTWacdfgiloqrstu: no -n, which is NetBSD's). The walk is the common ls's
// (engine/userland/common/lslist.ts).
import type { Vattr } from "../../kernel/vfs/vnode.js";
import { civil, MONTHS, permString, WEEKDAYS } from "../../userland/common/lib.js";
import type { LsEntry, LsEnv, LsFormat, LsGroup, LsOptions } from "../../userland/formats.js";
import { bsdSubunit, bsdUnit } from "./dev.js";

const utf8 = new TextEncoder();
const TAB = 8;
/** ls's SIXMONTHS: (DAYSPERNYEAR / 2) * SECSPERDAY */
const SIXMONTHS = Math.floor(365 / 2) * 86400;

/** the name as printed: with -q each unprintable byte is a ? (prcopy); its length in bytes */
function shown(name: string, q: boolean): { text: string; len: number } {
  const bytes = utf8.encode(name);
  if (!q) return { text: name, len: bytes.length };
  let text = "";
  for (const b of bytes) text += b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : "?";
  return { text, len: bytes.length };
}

/** ctime(3): "Thu Dec  5 20:27:00 2013" */
function ctime(t: number): string {
  const c = civil(t);
  const p2 = (n: number) => String(n).padStart(2, "0");
  return `${WEEKDAYS[c.weekday]} ${MONTHS[c.month - 1]} ${String(c.day).padStart(2)} ${p2(c.hour)}:${p2(c.minute)}:${p2(c.second)} ${c.year}`;
}

/** printtime: "Dec  5 20:27 ", "Dec  5  2012 " outside six months either way, -T the whole time */
export function bsdLsTime(t: number, now: number, full: boolean): string {
  const s = ctime(t);
  if (full) return s.slice(4, 24) + " ";
  const recent = t + SIXMONTHS > now && t < now + SIXMONTHS;
  return s.slice(4, 11) + (recent ? s.slice(11, 16) : " " + s.slice(20, 24)) + " ";
}

/** printtype: the -F mark */
function typeMark(a: Vattr): string {
  switch (a.type) {
    case "VDIR":
      return "/";
    case "VFIFO":
      return "|";
    case "VLNK":
      return "@";
    default:
      return a.mode & 0o111 ? "*" : "";
  }
}

/** a device node's rdev as BSD/OS ls prints it: major,unit,subunit */
function devString(a: Vattr): string {
  const r = a.rdev ?? { major: 0, minor: 0 };
  return `${r.major},${bsdUnit(r.minor)},${bsdSubunit(r.minor)}`;
}

const digits = (n: number) => String(n).length;

/**
 * getbsize(3): BLOCKSIZE as a count of 512-byte blocks — a number with K, M or G after it (1k is
 * 1024 bytes), at least 512 bytes; unset, empty or not understood, 512. (getbsize also warns about
 * a value it does not understand; the lab does not.)
 */
export function blocksizeUnits(env: string | undefined): number {
  const m = /^(\d*)([kKmMgG]?)$/.exec(env ?? "");
  if (!m || env === "") return 1;
  const n = Math.max(Number(m[1] || "0"), 1);
  const mul = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as "k" | "m" | "g"] ?? 1;
  return Math.max(Math.floor((n * mul) / 512), 1);
}

interface Widths {
  /** getbsize's block size in 512-byte units */
  bs: number;
  maxlen: number;
  inode: number;
  block: number;
  nlink: number;
  user: number;
  group: number;
  size: number;
}

/** display(): the widest value of each column over the group (the blocks column is as wide as
 *  the largest st_blocks in 512-byte units, whatever BLOCKSIZE prints) */
function widths(list: LsEntry[], o: LsOptions, names: { user: string; group: string }[], bs: number): Widths {
  let maxlen = 0, maxblock = 0, maxinode = 0, maxnlink = 0, maxsize = 0, maxuser = 0, maxgroup = 0, bcsize = 0;
  list.forEach((e, k) => {
    const a = e.attr;
    maxlen = Math.max(maxlen, shown(e.name, o.q).len);
    maxblock = Math.max(maxblock, e.blocks);
    maxinode = Math.max(maxinode, a.fileid);
    maxnlink = Math.max(maxnlink, a.nlink);
    maxsize = Math.max(maxsize, a.size);
    if (o.l) {
      maxuser = Math.max(maxuser, names[k]!.user.length);
      maxgroup = Math.max(maxgroup, names[k]!.group.length);
      // bc_size counts one more than "%d,%d,%d" takes (len = 6 for two commas and a digit)
      if (e.ltype === "b" || e.ltype === "c") bcsize = Math.max(bcsize, devString(a).length + 1);
    }
  });
  return { bs, maxlen, inode: digits(maxinode), block: digits(maxblock), nlink: digits(maxnlink), user: maxuser, group: maxgroup, size: Math.max(digits(maxsize), bcsize) };
}

/** printaname: [inode] [blocks] name [mark]; its length */
function aname(e: LsEntry, o: LsOptions, w: Widths): { text: string; len: number } {
  let text = "";
  if (o.i) text += String(e.attr.fileid).padStart(w.inode) + " ";
  if (o.s) text += String(Math.ceil(e.blocks / w.bs)).padStart(w.block) + " ";
  const n = shown(e.name, o.q);
  const mark = o.F ? typeMark(e.attr) : "";
  return { text: text + n.text + mark, len: text.length + n.len + mark.length };
}

function printlong(list: LsEntry[], o: LsOptions, env: LsEnv, w: Widths, names: { user: string; group: string }[]): string {
  let out = "";
  list.forEach((e, k) => {
    const a = e.attr;
    if (o.i) out += String(a.fileid).padStart(w.inode) + " ";
    if (o.s) out += String(Math.ceil(e.blocks / w.bs)).padStart(w.block) + " ";
    // strmode's eleventh character is a blank (an ACL would be a +)
    out += `${e.ltype}${permString(a.mode)}  ${String(a.nlink).padStart(w.nlink)} ${names[k]!.user.padEnd(w.user)}  ${names[k]!.group.padEnd(w.group)}  `;
    if (o.flags) out += "- ";
    out += (e.ltype === "b" || e.ltype === "c" ? devString(a) : String(a.size)).padStart(w.size) + " ";
    out += bsdLsTime(o.u ? a.atime : o.c ? a.ctime : a.mtime, env.now, o.T);
    out += shown(e.name, o.q).text + (o.F ? typeMark(a) : "");
    if (e.ltype === "l" && e.linkTo !== null) out += " -> " + e.linkTo;
    out += "\n";
  });
  return out;
}

/** printcol: columns down then across, each padded with tabs to a multiple of eight */
function printcol(list: LsEntry[], o: LsOptions, env: LsEnv, w: Widths, total: string): string {
  let colwidth = w.maxlen;
  if (o.i) colwidth += w.inode + 1;
  if (o.s) colwidth += w.block + 1;
  if (o.F) colwidth += 1;
  const padcolwidth = (colwidth + TAB) & ~(TAB - 1);
  const termwidth = env.tty ? env.columns || parseInt(env.COLUMNS ?? "", 10) || 80 : 80;
  if (termwidth < padcolwidth + colwidth) return list.map((e) => aname(e, o, w).text + "\n").join("");
  let numcols = Math.floor(termwidth / padcolwidth);
  if (termwidth % padcolwidth > colwidth) ++numcols;
  const num = list.length;
  const numrows = Math.ceil(num / numcols);
  let out = total;
  for (let row = 0; row < numrows; ++row) {
    let endcol = padcolwidth;
    let chcnt = 0;
    for (let base = row; ; ) {
      const n = aname(list[base]!, o, w);
      out += n.text;
      chcnt += n.len;
      if ((base += numrows) >= num) break;
      let cnt: number;
      while ((cnt = (chcnt + TAB) & ~(TAB - 1)) <= endcol) {
        out += "\t";
        chcnt = cnt;
      }
      endcol += padcolwidth;
    }
    out += "\n";
  }
  return out;
}

function layout(g: LsGroup, o: LsOptions, env: LsEnv): string {
  const list = g.entries;
  // display(): nothing at all for an empty group, not even a total line
  if (list.length === 0) return "";
  const names = o.l ? list.map((e) => ({ user: env.user(e.attr.uid) ?? String(e.attr.uid), group: env.group(e.attr.gid) ?? String(e.attr.gid) })) : [];
  const w = widths(list, o, names, blocksizeUnits(env.BLOCKSIZE));
  const total = g.dir && (o.l || o.s) ? env.total(Math.ceil(list.reduce((n, e) => n + e.blocks, 0) / w.bs)) + "\n" : "";
  if (o.l) return total + printlong(list, o, env, w, names);
  if (!o.C) return list.map((e) => aname(e, o, w).text + "\n").join("");
  return printcol(list, o, env, w, total);
}

/** the option letters of BSD/OS ls (getopt "1ACFLRTWacdfgiloqrstu"); -1, -C and -l override each other */
function option(o: LsOptions, flag: string): void {
  switch (flag) {
    case "1":
      o.C = o.l = false;
      break;
    case "C":
      o.C = true;
      o.l = false;
      break;
    case "l":
      o.l = true;
      o.C = false;
      break;
    case "c":
      o.c = true;
      o.u = false;
      break;
    case "u":
      o.u = true;
      o.c = false;
      break;
    case "f":
      o.unsorted = o.a = true;
      break;
    case "d":
      o.d = true;
      o.R = false;
      break;
    case "o":
      o.flags = true;
      break;
    case "r":
      o.r = -1;
      break;
    case "A": case "F": case "L": case "R": case "T": case "a": case "i": case "q": case "s": case "t":
      o[flag] = true;
      break;
    default:
      // -g (4.3BSD compatibility) and -W (whiteouts: the lab's file systems have none)
      break;
  }
}

export const bsdLs: LsFormat = {
  optstring: "1ACFLRTWacdfgiloqrstu",
  errorStatus: 1,
  usageStatus: 1,
  firstBadOptionOnly: true,
  sortsErrors: true,
  defaults: (tty, root) => ({
    a: false, A: root, C: tty, d: false, e: false, f: false, F: false, i: false, l: false, m: false, n: false,
    o: false, g: false, p: false, r: 1, R: false, s: false, t: false, S: false, u: false, c: false, x: false,
    L: false, useLstat: true, T: false, flags: false, q: tty, unsorted: false,
  }),
  option,
  finish: (o) => {
    // FTS_PHYSICAL unless -L: links are listed as links
    o.useLstat = !o.L;
  },
  // without -F, -d or -l the links named as operands are followed (FTS_COMFOLLOW)
  followOperand: (o) => (!o.l && !o.d && !o.F ? "always" : "never"),
  blocks: (a) => a.blocks,
  heading: (name, s) => ({ text: s.printed ? `\n${name}:\n` : s.many ? `${name}:\n` : "", firstIsADir: s.firstIsADir }),
  layout,
};
