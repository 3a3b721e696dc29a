// The directives of GNU coreutils 8.5's stat (src/stat.c print_it, print_stat, print_statfs) as
// Solaris 11.1's /usr/bin/stat expands them. Every number is the kernel's: st_dev and st_rdev in
// the 32-bit cmpldev form a 32-bit program sees (the personality's devt), the inode ls -i shows,
// statvfs of the file system that really holds the file (a lofs passes it down). Times are
// "%Y-%m-%d %H:%M:%S.%N %z" in the local zone; %X %Y %Z are whole seconds (8.6 added fractions).
import type { Statfs, Vattr } from "../../kernel/vfs/vnode.js";
import { formatDate } from "../common/strftime.js";
import { permString, typeChar } from "../common/lib.js";

/** what a file directive needs: the stat result and the names around it */
export interface FileSubject {
  a: Vattr;
  name: string;
  /** readlink of a symbolic link (for %N), null when not a link or unreadable */
  link: string | null;
  user(uid: number): string | undefined;
  group(gid: number): string | undefined;
  tz: string;
  dev: { makedev(major: number, minor: number): number; major(d: number): number; minor(d: number): number };
}

/** what a file-system directive needs: statvfs's fields */
export interface FsSubject {
  name: string;
  fsid: number;
  basetype: string;
  /** f_bsize: the preferred block size */
  bsize: number;
  st: Statfs;
  namemax: number;
}

/** the error that ends the program (error (EXIT_FAILURE, ...)): a bad directive */
export class InvalidDirective extends Error {}

const S_IFMT: Record<Vattr["type"], number> = { VFIFO: 0o010000, VCHR: 0o020000, VDIR: 0o040000, VBLK: 0o060000, VREG: 0o100000, VLNK: 0o120000 };

/** gnulib file_type(): the words %F prints */
export function fileType(a: Vattr): string {
  if (a.type === "VREG") return a.size === 0 ? "regular empty file" : "regular file";
  return { VDIR: "directory", VBLK: "block special file", VCHR: "character special file", VFIFO: "fifo", VLNK: "symbolic link" }[a.type];
}

/**
 * quote() of 2010 gnulib in the C locale: locale_quoting_style with ` and ', so a backslash, the
 * closing quote and unprintable bytes are escaped C-style
 */
export function quote(s: string): string {
  const C: Record<string, string> = { "\\": "\\\\", "'": "\\'", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f", "\v": "\\v", "\x07": "\\a" };
  let out = "";
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    out += C[ch] ?? (code < 0x20 || code === 0x7f ? "\\" + code.toString(8).padStart(3, "0") : ch);
  }
  return "`" + out + "'";
}

/** printf of one conversion: `spec` is the flags, width and precision ("-10", "04", ".3") */
export function printfOne(spec: string, conv: "s" | "d" | "u" | "x" | "o", v: string | number): string {
  const m = /^([-+ #0I]*)(\d*)(?:\.(\d*))?$/.exec(spec.replace(/I/g, ""));
  const flags = m?.[1] ?? "";
  const width = m?.[2] ? Number(m[2]) : 0;
  const prec = m && m[3] !== undefined ? Number(m[3] || "0") : -1;
  const minus = flags.includes("-");
  let body: string;
  if (conv === "s") body = prec >= 0 ? String(v).slice(0, prec) : String(v);
  else {
    const n = Number(v);
    const neg = conv === "d" && n < 0;
    let digits = Math.abs(n).toString(conv === "x" ? 16 : conv === "o" ? 8 : 10);
    if (prec >= 0) digits = prec === 0 && n === 0 ? "" : digits.padStart(prec, "0");
    if (conv === "o" && flags.includes("#") && !digits.startsWith("0")) digits = "0" + digits;
    let sign = neg ? "-" : conv === "d" && flags.includes("+") ? "+" : conv === "d" && flags.includes(" ") ? " " : "";
    if (conv === "x" && flags.includes("#") && n !== 0) sign += "0x";
    if (flags.includes("0") && !minus && prec < 0) digits = digits.padStart(width - sign.length, "0");
    body = sign + digits;
  }
  return minus ? body.padEnd(width) : body.padStart(width);
}

/** human_time: the local time with nanoseconds (the lab's clock has no fractions) and the zone */
function humanTime(t: number, tz: string): string {
  // the lab's clock is UTC whatever TZ names, so the offset is +0000
  return formatDate("%Y-%m-%d %H:%M:%S", t, tz) + ".000000000 +0000";
}

/** print_stat: one file directive; an unknown letter is a '?' */
export function statDirective(spec: string, m: string, s: FileSubject): string {
  const a = s.a;
  const rdev = (a.type === "VBLK" || a.type === "VCHR") && a.rdev ? s.dev.makedev(a.rdev.major, a.rdev.minor) : 0;
  switch (m) {
    case "n":
      return printfOne(spec, "s", s.name);
    case "N":
      return printfOne(spec, "s", s.link === null ? quote(s.name) : `${quote(s.name)} -> ${quote(s.link)}`);
    case "d":
      return printfOne(spec, "u", a.fsid);
    case "D":
      return printfOne(spec, "x", a.fsid);
    case "i":
      return printfOne(spec, "u", a.fileid);
    case "a":
      return printfOne(spec, "o", a.mode & 0o7777);
    case "A":
      return printfOne(spec, "s", typeChar(a.type) + permString(a.mode));
    case "f":
      return printfOne(spec, "x", S_IFMT[a.type] | (a.mode & 0o7777));
    case "F":
      return printfOne(spec, "s", fileType(a));
    case "h":
      return printfOne(spec, "u", a.nlink);
    case "u":
      return printfOne(spec, "u", a.uid);
    case "U":
      return printfOne(spec, "s", s.user(a.uid) ?? "UNKNOWN");
    case "g":
      return printfOne(spec, "u", a.gid);
    case "G":
      return printfOne(spec, "s", s.group(a.gid) ?? "UNKNOWN");
    case "t":
      return printfOne(spec, "x", s.dev.major(rdev));
    case "T":
      return printfOne(spec, "x", s.dev.minor(rdev));
    case "s":
      return printfOne(spec, "u", a.size);
    case "B":
      return printfOne(spec, "u", 512);
    case "b":
      return printfOne(spec, "u", a.blocks);
    case "o":
      return printfOne(spec, "u", a.blksize);
    case "x":
    case "y":
    case "z":
      return printfOne(spec, "s", humanTime(m === "x" ? a.atime : m === "y" ? a.mtime : a.ctime, s.tz));
    case "X":
    case "Y":
    case "Z":
      return printfOne(spec, "d", Math.floor(m === "X" ? a.atime : m === "Y" ? a.mtime : a.ctime));
    default:
      return "?";
  }
}

/** print_statfs: one file-system directive; Solaris's statvfs has no f_type, so %t is '?' */
export function fsDirective(spec: string, m: string, s: FsSubject): string {
  switch (m) {
    case "n":
      return printfOne(spec, "s", s.name);
    case "i":
      return printfOne(spec, "x", s.fsid);
    case "l":
      return printfOne(spec, "u", s.namemax);
    case "T":
      return printfOne(spec, "s", s.basetype);
    case "b":
      return printfOne(spec, "d", s.st.blocks);
    case "f":
      return printfOne(spec, "d", s.st.bfree);
    case "a":
      return printfOne(spec, "d", s.st.bavail);
    case "s":
      return printfOne(spec, "u", s.bsize);
    case "S":
      return printfOne(spec, "u", s.st.bsize);
    case "c":
      return printfOne(spec, "d", s.st.files);
    case "d":
      return printfOne(spec, "d", s.st.ffree);
    default:
      return "?";
  }
}

const ESCAPES: Record<string, string> = { a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", '"': '"', "\\": "\\" };

/**
 * print_it: the format with its directives expanded, and with --printf its backslash escapes.
 * A flag or width before a `%` or at the end of the format is an invalid directive (thrown with
 * what was printed before it); `warn` gets the warning of a backslash at the end.
 */
export function expand(format: string, escapes: boolean, one: (spec: string, m: string) => string, warn: () => void): string {
  let out = "";
  for (let b = 0; b < format.length; b++) {
    const c = format[b]!;
    if (c === "%") {
      const len = /^[#\-+.I 0-9]*/.exec(format.slice(b + 1))![0].length;
      const spec = format.slice(b + 1, b + 1 + len);
      const m = format[b + 1 + len] ?? "";
      b += 1 + len;
      if (m === "" || m === "%") {
        if (len > 0) throw Object.assign(new InvalidDirective("%" + spec + m), { printed: out });
        if (m === "") b--;
        out += "%";
      } else out += one(spec, m);
    } else if (c === "\\" && escapes) {
      b++;
      const e = format[b];
      if (e === undefined) {
        warn();
        out += "\\";
      } else if (/[0-7]/.test(e)) {
        const oct = /^[0-7]{1,3}/.exec(format.slice(b))![0];
        out += String.fromCharCode(parseInt(oct, 8) & 0xff);
        b += oct.length - 1;
      } else if (e === "x" && /[0-9a-fA-F]/.test(format[b + 1] ?? "")) {
        const hex = /^[0-9a-fA-F]{1,2}/.exec(format.slice(b + 1))![0];
        out += String.fromCharCode(parseInt(hex, 16));
        b += hex.length;
      } else if (ESCAPES[e] !== undefined) out += ESCAPES[e];
      else out += "\\" + e;
    } else out += c;
  }
  return out;
}
