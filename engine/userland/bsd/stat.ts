// stat (BSD): NetBSD 1.6's stat(1) (usr.bin/stat/stat.c). BSD/OS 4.x had no stat(1) — it came to
// NetBSD 1.6 and FreeBSD 4.10, after BSD/OS 4 — so the lab offers NetBSD's and says so in its
// ledger (docs/fidelity/bsd.md). The first field of the default line is st_dev in decimal: the
// device number the kernel gives for the file's file system (a null layer's copy shows its own),
// never one the command makes up. Formats: -f with %d %i %p %l %u %g %r %a %m %c %z %b %k %f %N
// %T %Y %Z, the S/D/O/U/X output kinds, H/M/L pieces (%Hd major, %Ld minor, %Sp the mode string);
// -l ls-like, -r raw, -s shell, -x the verbose layout; -L follows links; -n leaves out the newline.
import type { Vattr } from "../../kernel/vfs/vnode.js";
import { basename, errnoOf, getopt } from "../common/lib.js";
import { err } from "../common/msg.js";
import { formatDate } from "../common/strftime.js";
import type { CommandContext, CommandDef } from "../types.js";
import { devname, stMode, stRdev, strmode } from "./statfmt.js";

const DEF_FORMAT = '%d %i %Sp %l %Su %Sg %r %z "%Sa" "%Sm" "%Sc" %k %b %#Xf %N';
const RAW_FORMAT = "%d %i %#p %l %u %g %r %z %a %m %c %k %b %f %N";
const LS_FORMAT = "%Sp %l %Su %Sg %Z %Sm %N%SY";
const LSF_FORMAT = "%Sp %l %Su %Sg %Z %Sm %N%T%SY";
const SHELL_FORMAT =
  "st_dev=%d st_ino=%i st_mode=%#p st_nlink=%l st_uid=%u st_gid=%g st_rdev=%r st_size=%z " +
  "st_atime=%a st_mtime=%m st_ctime=%c st_blksize=%k st_blocks=%b st_flags=%f";
const LINUX_FORMAT =
  '  File: "%N"%n  Size: %-11z  FileType: %HT%n  Mode: (%04OLp/%.10Sp)         Uid: (%5u/%8Su)  Gid: (%5g/%8Sg)%n' +
  "Device: %Hd,%Ld   Inode: %i    Links: %l%nAccess: %Sa%nModify: %Sm%nChange: %Sc";
const TIME_FORMAT = "%b %e %T %Y";
/** format1's buffer: PATH_MAX + 4 + 1 */
const BUFSIZE = 1024 + 5;

const DEC = 1, OCT = 2, UNS = 4, HEX = 8, FLT = 16, STR = 32;
const KINDS: Record<string, number> = { D: DEC, O: OCT, U: UNS, X: HEX, F: FLT, S: STR };

class BadFormat extends Error {}

/** one parsed conversion */
interface Conv {
  flags: string;
  size: number;
  prec: number;
  ofmt: number;
  hilo: string;
  what: string;
  text: string;
}

interface Subject {
  a: Vattr;
  /** the operand as given; null for standard input */
  file: string | null;
  link: string | null;
}

/** printf of one value with the conversion's flags, width and precision */
function printf(c: Conv, kind: number, v: number | string): string {
  const minus = c.flags.includes("-");
  let body: string;
  if (kind === STR) {
    body = String(v);
    if (c.prec >= 0) body = body.slice(0, c.prec);
  } else {
    const n = Number(v);
    const neg = kind === DEC && n < 0;
    const abs = Math.abs(n);
    let digits = kind === OCT ? abs.toString(8) : kind === HEX ? abs.toString(16) : String(abs);
    if (c.prec >= 0) digits = digits.padStart(c.prec, "0");
    if (kind === OCT && c.flags.includes("#") && !digits.startsWith("0")) digits = "0" + digits;
    let prefix = neg ? "-" : kind === DEC && c.flags.includes("+") ? "+" : kind === DEC && c.flags.includes(" ") ? " " : "";
    if (kind === HEX && c.flags.includes("#") && n !== 0) prefix += "0x";
    if (c.flags.includes("0") && !minus && c.prec < 0 && c.size > 0) digits = digits.padStart(c.size - prefix.length, "0");
    body = prefix + digits;
  }
  if (c.size > body.length) body = minus ? body.padEnd(c.size) : body.padStart(c.size);
  return body;
}

/** format1: one datum of the file as the conversion asks for it */
function datum(ctx: CommandContext, s: Subject, c: Conv, timefmt: string): string {
  const a = s.a;
  let data = 0;
  let sdata: string | null = null;
  let formats = DEC | OCT | UNS | HEX;
  let ofmt = c.ofmt;
  let hilo = c.hilo;
  let def = UNS;
  const dev = ctx.os.formats.dev;
  switch (c.what) {
    case "d":
    case "r": {
      data = c.what === "d" ? a.fsid : stRdev(ctx, a);
      sdata = devname(ctx, data, c.what === "d" || a.type === "VBLK" ? "VBLK" : "VCHR") ?? "???";
      if (hilo === "H") data = dev.major(data);
      else if (hilo === "L") data = dev.minor(data);
      if (hilo === "H" || hilo === "L") hilo = "";
      formats |= STR;
      break;
    }
    case "i":
      data = a.fileid;
      break;
    case "p": {
      data = stMode(a);
      sdata = strmode(a);
      const at = { H: 1, M: 4, L: 7 }[hilo as "H" | "M" | "L"];
      if (at !== undefined) {
        data = hilo === "H" ? data >> 12 : hilo === "M" ? (data >> 9) & 0o7 : data & 0o777;
        sdata = sdata.slice(at, at + 3);
        hilo = "";
      }
      formats |= STR;
      def = OCT;
      break;
    }
    case "l":
      data = a.nlink;
      break;
    case "u":
    case "g": {
      const id = c.what === "u" ? a.uid : a.gid;
      data = id;
      sdata = (c.what === "u" ? userName(ctx, id) : groupName(ctx, id)) ?? `(${id})`;
      formats |= STR;
      break;
    }
    case "a":
    case "m":
    case "c":
      data = c.what === "a" ? a.atime : c.what === "m" ? a.mtime : a.ctime;
      sdata = formatDate(timefmt, data, "UTC");
      formats |= FLT | STR;
      def = DEC;
      break;
    case "z":
      data = a.size;
      if (hilo === "H" || hilo === "M" || hilo === "L") {
        const shift = hilo === "H" ? 30 : hilo === "M" ? 20 : 10;
        data = Math.floor((Math.floor(data / 2 ** (shift - 1)) + 1) / 2);
        hilo = "";
      }
      break;
    case "b":
      data = a.blocks;
      break;
    case "k":
      data = a.blksize;
      break;
    case "f":
    case "v":
      // no file flags, no generation numbers in the lab's file systems
      data = 0;
      break;
    case "Y":
      sdata = s.link === null ? "" : ofmt === STR ? " -> " + s.link : s.link;
      formats = STR;
      def = STR;
      break;
    case "T":
      if (hilo === "H") sdata = { VFIFO: "Fifo File", VCHR: "Character Device", VDIR: "Directory", VBLK: "Block Device", VREG: "Regular File", VLNK: "Symbolic Link" }[a.type];
      else sdata = a.type === "VFIFO" ? "|" : a.type === "VDIR" ? "/" : a.type === "VLNK" ? "@" : a.type === "VREG" && a.mode & 0o111 ? "*" : "";
      hilo = "";
      formats = STR;
      def = STR;
      break;
    case "N": {
      const f = s.file ?? "(stdin)";
      if (hilo === "H") sdata = f.includes("/") ? f.replace(/\/+$/, "").replace(/\/[^/]*$/, "") || "/" : ".";
      else if (hilo === "L") sdata = basename(f);
      else sdata = f;
      hilo = "";
      formats = STR;
      def = STR;
      break;
    }
    case "Z":
      if (a.type === "VBLK" || a.type === "VCHR") {
        const r = stRdev(ctx, a);
        const one = (v: number) => printf(c, ofmt === 0 ? UNS : ofmt, v);
        return `${one(dev.major(r))},${one(dev.minor(r))}`;
      }
      return datum(ctx, s, { ...c, what: "z", hilo: "" }, timefmt);
    default:
      throw new BadFormat(c.text);
  }
  if (ofmt === 0) ofmt = def;
  if (hilo !== "" || (ofmt & formats) === 0) throw new BadFormat(c.text);
  if (ofmt === FLT) {
    // seconds and nanoseconds (the lab's clock has no fractions)
    const prec = c.prec < 0 ? 9 : c.prec;
    const frac = prec === 0 ? "" : "." + "0".repeat(prec);
    return printf({ ...c, prec: -1, size: c.size - frac.length }, DEC, data) + frac;
  }
  if (ofmt === STR) {
    if (sdata === null) throw new BadFormat(c.text);
    return printf(c, STR, sdata);
  }
  return printf(c, ofmt, data);
}

function userName(ctx: CommandContext, uid: number): string | undefined {
  return idName(ctx, "/etc/passwd", uid);
}

function groupName(ctx: CommandContext, gid: number): string | undefined {
  return idName(ctx, "/etc/group", gid);
}

/** getpwuid/getgrgid: the first name with this id in the file */
function idName(ctx: CommandContext, path: string, id: number): string | undefined {
  let text: string;
  try {
    text = new TextDecoder().decode(ctx.sys.readFile(path));
  } catch (e) {
    errnoOf(e);
    return undefined;
  }
  for (const line of text.split("\n")) {
    const f = line.split(":");
    if (f.length > 2 && Number(f[2]) === id && f[2] !== "") return f[0];
  }
  return undefined;
}

/** output(): the format string for one file; throws BadFormat at the first bad conversion */
function output(ctx: CommandContext, s: Subject, fmt: string, timefmt: string, out: { text: string }): void {
  for (let i = 0; i < fmt.length; ) {
    if (fmt[i] !== "%") {
      out.text += fmt[i++];
      continue;
    }
    const start = i++;
    const simple: Record<string, string> = { n: "\n", t: "\t", "%": "%" };
    if (fmt[i]! in simple) {
      out.text += simple[fmt[i++]!];
      continue;
    }
    if (fmt[i] === "@") {
      out.text += "1";
      i++;
      continue;
    }
    let flags = "";
    while (i < fmt.length && "# +0-".includes(fmt[i]!)) flags += fmt[i++];
    // stat.c reads a width or precision into an int: when it wraps negative the format is bad
    const number = (): number => {
      let n = 0;
      while (/\d/.test(fmt[i] ?? "")) {
        n = (Math.imul(n, 10) + Number(fmt[i++])) | 0;
        if (n < 0) throw new BadFormat(fmt.slice(start, i + 1));
      }
      return n;
    };
    const size = /\d/.test(fmt[i] ?? "") ? number() : -1;
    let prec = -1;
    if (fmt[i] === ".") {
      i++;
      prec = number();
    }
    const ofmt = KINDS[fmt[i] ?? ""] ?? 0;
    if (ofmt) i++;
    const hilo = "HML".includes(fmt[i] ?? "x") ? fmt[i++]! : "";
    const what = fmt[i] ?? "";
    const text = fmt.slice(start, i + 1);
    if (!"RdiplugramcBzbkfvYTNZ".includes(what) || what === "") throw new BadFormat(text);
    i++;
    // format1 prints into a buffer of PATH_MAX + 5 bytes: a wider field is cut there
    const c = { flags, size: Math.min(size, BUFSIZE), prec: Math.min(prec, BUFSIZE), ofmt, hilo, what, text };
    out.text += datum(ctx, s, c, timefmt).slice(0, BUFSIZE - 1);
  }
}

/** the file to show: lstat, stat with -L (a dangling link falls back to lstat), standard input */
function subject(ctx: CommandContext, file: string | undefined, follow: boolean): Subject {
  const sys = ctx.sys;
  if (file === undefined) {
    const f = sys.file(0);
    const tty = (f as { tty?: { name: string } }).tty;
    const a = f.vnode ? f.vnode.getattr() : tty ? sys.stat("/dev/" + tty.name) : pipeAttr(ctx);
    return { a, file: null, link: null };
  }
  let a: Vattr;
  if (follow) {
    try {
      a = sys.stat(file);
    } catch (e) {
      if (errnoOf(e) !== "ENOENT") throw e;
      a = sys.lstat(file);
    }
  } else a = sys.lstat(file);
  let link: string | null = null;
  if (a.type === "VLNK") link = sys.readlink(file);
  return { a, file, link };
}

/** a pipe on standard input: a fifo of no file system (st_dev 0), owned by the process */
function pipeAttr(ctx: CommandContext): Vattr {
  const now = ctx.machine.clock.now();
  const p = ctx.sys.proc;
  return { type: "VFIFO", mode: 0o600, nlink: 0, uid: p.uid, gid: p.gid, size: 0, blocks: 0, blksize: 4096, fsid: 0, fileid: 0, rdev: null, atime: now, mtime: now, ctime: now };
}

function run(ctx: CommandContext): number {
  const r = getopt(ctx.argv.slice(1), "f:FlLnqrst:x");
  let fmtchar = "";
  let statfmt = "";
  let timefmt: string | null = null;
  let lsF = false, follow = false, nonl = false, quiet = false;
  for (const it of r.items) {
    if (it.kind !== "flag") {
      err(ctx, it.kind === "badflag" ? "getopt.badflag" : "getopt.needarg", ctx.os.formats.progname(ctx.argv[0] ?? "stat"), it.flag);
      err(ctx, "stat.usage");
      return 1;
    }
    const f = it.flag;
    if (f === "F") lsF = true;
    else if (f === "L") follow = true;
    else if (f === "n") nonl = true;
    else if (f === "q") quiet = true;
    else if (f === "t") timefmt = it.value!;
    else {
      if (f === "f") statfmt = it.value!;
      if (fmtchar !== "") {
        err(ctx, "stat.twoformats", fmtchar, f);
        return 1;
      }
      fmtchar = f;
    }
  }
  if (fmtchar === "") fmtchar = lsF ? "l" : "f";
  if (fmtchar === "f" && !r.items.some((it) => it.kind === "flag" && it.flag === "f")) statfmt = DEF_FORMAT;
  if (lsF && fmtchar !== "l") {
    err(ctx, "stat.withF", fmtchar);
    return 1;
  }
  if (fmtchar === "l") statfmt = lsF ? LSF_FORMAT : LS_FORMAT;
  else if (fmtchar === "r") statfmt = RAW_FORMAT;
  else if (fmtchar === "s") statfmt = SHELL_FORMAT;
  else if (fmtchar === "x") {
    statfmt = LINUX_FORMAT;
    timefmt ??= "%c";
  }
  timefmt ??= TIME_FORMAT;
  const files: (string | undefined)[] = r.operands.length ? r.operands : [undefined];
  let status = 0;
  for (const file of files) {
    let s: Subject;
    try {
      s = subject(ctx, file, follow);
    } catch (e) {
      status = 1;
      if (!quiet) err(ctx, "stat.cannot", file ?? "(stdin)", follow ? "stat" : "lstat", ctx.os.strerror(errnoOf(e)));
      continue;
    }
    const out = { text: "" };
    try {
      output(ctx, s, statfmt, timefmt, out);
    } catch (e) {
      if (!(e instanceof BadFormat)) throw e;
      // errx(1): the message, then what stdio held is written out as the program exits
      err(ctx, "stat.badformat", e.message);
      ctx.stdout.write(out.text);
      return 1;
    }
    if (!out.text.endsWith("\n") && !nonl) out.text += "\n";
    ctx.stdout.write(out.text);
  }
  return status;
}

export const stat: CommandDef = {
  name: "stat",
  path: "/usr/bin/stat",
  summary: "Displays file status (NetBSD's stat; BSD/OS 4 had none).",
  flags: ["-F", "-L", "-f", "-l", "-n", "-q", "-r", "-s", "-t", "-x"],
  run,
  man: `stat Command

Purpose
       Displays file status (NetBSD's stat; BSD/OS 4 had none).

Syntax
       stat [-FlLnqrsx] [-f format] [-t timefmt] [file ...]

Description
       The stat utility displays information about the file pointed to by file.
       Read, write or execute permissions of the named file are not required,
       but all directories listed in the path name leading to the file must be
       searchable. If no argument is given, stat displays information about
       the file descriptor for standard input.

       The information displayed is obtained by calling lstat(2) with the
       given argument and evaluating the returned structure. The default
       format is the device number (st_dev, in decimal), the inode, the mode,
       the links, the owner, the group, the device of a special file, the
       size, the access, modification and change times, the block size, the
       blocks and the flags, then the name.

       -F   As in ls(1), display a slash after a directory, an asterisk after
            an executable, an at sign after a symbolic link, a vertical bar
            after a fifo. Implies -l.
       -f format
            Display information using the specified format.
       -L   Use stat(2) instead of lstat(2): the information is about the file
            a symbolic link points to.
       -l   Display output in ls -lT format.
       -n   Do not force a newline to appear at the end of each piece of
            output.
       -q   Suppress failure messages if calls to stat(2) or lstat(2) fail.
       -r   Display raw information: numbers, no names.
       -s   Display information in "shell output", suitable for initializing
            variables.
       -t timefmt
            Display timestamps using the specified format, passed to
            strftime(3).
       -x   Display information in a more verbose way.

         Formats
       Each format starts with %, then optional flags (# + - 0 space), a
       width, a precision, an output kind (D decimal, O octal, U unsigned, X
       hexadecimal, F floating point, S string), a sub-field (H high, M
       middle, L low) and the field:

       d    Device upon which file resides (st_dev).
       i    File's inode number (st_ino).
       p    File type and permissions (st_mode).
       l    Number of hard links to file (st_nlink).
       u, g User ID and group ID of the file's owner (st_uid, st_gid).
       r    Device number for character and block device special files.
       a, m, c
            The time the file was last accessed, modified, or its inode
            changed.
       z    The size of file in bytes (st_size).
       b    Number of blocks allocated for file (st_blocks).
       k    Optimal file system I/O operation block size (st_blksize).
       f    User defined flags for file.
       v    Inode generation number.
       N    The name of the file.
       T    The file type, either as in ls -F or in a more descriptive form
            if the sub field specifier H is given.
       Y    The target of a symbolic link.
       Z    Expands to "major,minor" from the rdev field for character or
            block special devices and gives size output for all others.

       %n, %t and %% are a newline, a tab and a percent sign; %@ is the
       number of the file operand.

Exit Status
       The stat utility exits 0 on success, and >0 if an error occurred.

History
       The stat utility appeared in NetBSD 1.6. BSD/OS 4 has none: the lab
       offers NetBSD's.
`,
};
