// How Solaris's ls lays out a listing and which options it takes. It is the System V ls.c that
// AIX's ls also comes from (Solaris 11's usr/src/cmd/ls/ls.c, as illumos has it), so the walk, the
// columns and -C/-x/-m are AIX's layout (AixLayout); what differs is pentry()'s -l fields: the
// type and mode, the ACL mark (a space when the file has no ACL beyond its mode), "%3lu " links,
// "%-8s " owner and group, "%7llu" size (-h scaled, -k in KB) or "%3u, %2u" for a device, then the
// time " %b %e %H:%M " (" %b %e  %Y " for a file older than six months or in the future; -e
// " %b %e %T %Y ", -E " %F %T.nnnnnnnnn %z "), "%10llu " i-node numbers for -i; and the lines
// after an entry: -/ its extended system attributes, -% all its times, -v/-V its ACL (lsacl.ts).
// The options are getopt_long's "aAbBcCdeEfFghHiklLmnopqrRsStuUw:x1@vV/:%:" (no -N, AIX's).
import type { Vattr } from "../../kernel/vfs/vnode.js";
import type { LsEntry, LsFormat, LsOptions } from "../../userland/formats.js";
import { civil, MONTHS, pad2, permString } from "../../userland/common/lib.js";
import { AixLayout, aixLs } from "../aix/lsformat.js";
import { trivialAcl } from "./lsacl.js";

const SIX_MONTHS = 6 * 30 * 24 * 60 * 60;

/** format_time(): "%b %e %H:%M", or "%b %e  %Y" for old or future files */
export function solarisLsDate(t: number, now: number): string {
  const c = civil(t);
  const md = `${MONTHS[c.month - 1]} ${String(c.day).padStart(2)}`;
  if (t < now - SIX_MONTHS || t > now + 60) return `${md}  ${c.year}`;
  return `${md} ${pad2(c.hour)}:${pad2(c.minute)}`;
}

/** FORMAT_LONG "%b %e %T %Y" (-e, and the times of -% all) */
function longTime(t: number): string {
  const c = civil(t);
  return `${MONTHS[c.month - 1]} ${String(c.day).padStart(2)} ${pad2(c.hour)}:${pad2(c.minute)}:${pad2(c.second)} ${c.year}`;
}

/** FORMAT_ISO_FULL "%F %T.%09ld %z" (-E): the lab's clock is UTC and keeps whole seconds */
function isoTime(t: number): string {
  const c = civil(t);
  return `${c.year}-${pad2(c.month)}-${pad2(c.day)} ${pad2(c.hour)}:${pad2(c.minute)}:${pad2(c.second)}.000000000 +0000`;
}

/** number_to_scaled_string(): -h's sizes, "%2.1f%c" below ten units, "%4llu%c" above */
function scaled(n: number, scale: number): string {
  const uom = "KMGTPE";
  let u = 0;
  let save = n;
  let num = Math.floor(n / scale);
  if (num < scale) {
    if (save % scale >= scale / 2 && ++num === scale) {
      u++;
      num = 1;
    }
  } else {
    while (num >= scale && uom[u] !== "E") {
      u++;
      save = num;
      num = Math.floor((num + scale / 2) / scale);
    }
  }
  if (Math.floor(save / scale) < 10) return (save / scale).toFixed(1).padStart(2) + uom[u];
  return String(num).padStart(4) + uom[u];
}

class SolarisLayout extends AixLayout {
  protected override readonly inodeWidth = 10;

  private time(t: number): string {
    if (this.o.timeStyle === "iso") return isoTime(t);
    if (this.o.timeStyle === "long") return longTime(t);
    return solarisLsDate(t, this.env.now);
  }

  protected override longFields(p: LsEntry): string {
    const o = this.o;
    const a = p.attr;
    let s = p.ltype + permString(a.mode) + " ";
    s += String(a.nlink).padStart(3) + " ";
    if (o.o) s += ((o.n ? undefined : this.env.user(a.uid)) ?? String(a.uid)).padEnd(8) + " ";
    if (o.g) s += ((o.n ? undefined : this.env.group(a.gid)) ?? String(a.gid)).padEnd(8) + " ";
    if ((p.ltype === "b" || p.ltype === "c") && a.rdev) s += String(a.rdev.major).padStart(3) + ", " + String(a.rdev.minor).padStart(2);
    else if (o.human && a.size >= 1024) s += scaled(a.size, 1024).padStart(7);
    else s += String(Math.ceil(a.size / (o.blockSize ?? 1))).padStart(7);
    const t = o.u ? a.atime : o.c ? a.ctime : a.mtime;
    return s + " " + this.time(t) + " ";
  }

  protected override trailer(p: LsEntry): string {
    const o = this.o;
    let s = "";
    // -/: the file systems of the lab keep no extended system attributes (sysattr_support says
    // no), so the braces are empty
    if (o.sysattr) s += "\t\t{}\n";
    if (o.allTimes) {
      const t = (x: number) => " " + (o.timeStyle === "iso" ? isoTime(x) : longTime(x)) + " ";
      s += `         timestamp: atime        ${t(p.attr.atime)}\n`;
      s += `         timestamp: ctime        ${t(p.attr.ctime)}\n`;
      s += `         timestamp: mtime        ${t(p.attr.mtime)}\n`;
    }
    // a symbolic link has no ACL (gstat elides acl_get for one); nor does anything without -l
    if (o.acl && o.l && p.ltype !== "l") s += trivialAcl(p.attr.mode, p.ltype === "d", this.env.fstype?.(p.path), o.acl === "V", this.cols);
    return s;
  }
}

/** the columns a -l listing (and -v, -@, -/, -n) turns off */
function longOnly(o: LsOptions): void {
  o.l = o.useLstat = true;
  o.C = o.x = o.m = false;
}

/** ls.c main()'s switch: what each option letter does (the later of a conflicting pair wins) */
function option(o: LsOptions, flag: string, value?: string): boolean {
  switch (flag) {
    case "1": o.C = false; break;
    case "C": o.C = true; o.m = false; break;
    case "x": o.x = o.C = true; o.m = false; break;
    case "m": o.C = false; o.m = true; break;
    case "l": case "n": longOnly(o); if (flag === "n") o.n = true; break;
    case "e": case "E": o.l = o.useLstat = true; o.timeStyle = flag === "e" ? "long" : "iso"; break;
    case "g": case "o": o[flag] = true; o.l = o.useLstat = true; break;
    case "v": case "V": if (!o.l) longOnly(o); o.acl = flag; break;
    case "@": if (!o.l) longOnly(o); break;
    case "/":
      if (value !== "c" && value !== "v") return false;
      o.sysattr = value;
      longOnly(o);
      break;
    case "%": return timeOption(o, value);
    case "r": o.r = -1; break;
    case "u": o.u = true; o.c = false; break;
    case "c": o.c = true; o.u = false; break;
    case "L": case "H": o.L = true; break;
    case "S": o.S = true; o.t = o.unsorted = false; break;
    case "t": o.t = true; o.S = o.unsorted = false; break;
    case "U": o.unsorted = true; o.S = o.t = false; break;
    case "h": o.human = true; break;
    case "k": o.blockSize = 1024; break;
    case "w": o.width = parseInt(value ?? "", 10) || 0; break;
    case "A": case "R": case "a": case "d": case "p": case "F": case "i": case "s": case "f":
      o[flag] = true;
      break;
    default:
      // -b -q (names print as they are) and -B (no backup files: the lab makes none)
      break;
  }
  return true;
}

/** -% atime|crtime|ctime|mtime|all: which time -l and -t use, or all of them after each entry */
function timeOption(o: LsOptions, value: string | undefined): boolean {
  o.S = o.m = false;
  switch (value) {
    case "atime": o.u = true; o.c = false; break;
    case "ctime": o.c = true; break;
    // crtime: the lab's file systems keep no creation time, so -l shows the modification time
    case "mtime": case "crtime": o.u = o.c = false; break;
    case "all": o.allTimes = true; break;
    default: return false;
  }
  return true;
}

function finish(o: LsOptions): void {
  if (o.L) o.useLstat = false;
  if (o.f) {
    o.a = true;
    o.l = o.s = o.t = o.S = false;
  }
  if (o.l) {
    if (!o.o && !o.g) o.o = o.g = true;
    else if (o.o && o.g) o.o = o.g = false;
    o.C = o.m = false;
  }
}

export const solarisLs: LsFormat = {
  ...aixLs,
  optstring: "aAbBcCdeEfFghHiklLmnopqrRsStuUw:x1@vV/:%:",
  option,
  finish,
  // st_blocks as it is (512-byte units); a device's blocks are not counted
  blocks: (a: Vattr) => (a.type === "VBLK" || a.type === "VCHR" ? 0 : a.blocks),
  layout: (g, o, env) => new SolarisLayout(o, env, g.maxlen, { inode: 11, maxCols: 1000 }).text(g),
};
