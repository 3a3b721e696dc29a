// stat (Solaris 11.1): /usr/bin/stat is GNU coreutils' stat from file/gnu-coreutils (the package
// installs usr/gnu/bin/stat at usr/bin/stat), coreutils 8.5 in 11.1 (docs/fidelity/solaris.md,
// "stat (GNU coreutils)"). 8.5's forms: `x' quoting (8.16 moved to 'x'), no Birth line (8.6 added
// %w), %X as whole seconds. getopt_long permutes: options may follow the operands.
import { isKernelError } from "../../kernel/errno.js";
import { realvp } from "../../kernel/vfs/vnode.js";
import { errnoOf, lazyNames } from "../common/lib.js";
import { err, msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { expand, fsDirective, InvalidDirective, quote, statDirective, type FileSubject, type FsSubject } from "./statdirs.js";

const FILE_FORMAT = "  File: %N\n  Size: %-10s\tBlocks: %-10b IO Block: %-6o %F\n";
const DEV_LINE = "Device: %Dh/%dd\tInode: %-10i  Links: %-5h Device type: %t,%T\n";
const PLAIN_LINE = "Device: %Dh/%dd\tInode: %-10i  Links: %h\n";
const TAIL = "Access: (%04a/%10.10A)  Uid: (%5u/%8U)   Gid: (%5g/%8G)\nAccess: %x\nModify: %y\nChange: %z\n";
const FS_FORMAT =
  '  File: "%n"\n    ID: %-8i Namelen: %-7l Type: %T\nBlock size: %-10s Fundamental block size: %S\n' +
  "Blocks: Total: %-10b Free: %-10f Available: %a\nInodes: Total: %-10c Free: %d\n";
const TERSE_FILE = "%n %s %b %f %u %g %D %i %h %t %T %X %Y %Z %o\n";
const TERSE_FS = "%n %i %l %t %s %S %b %f %a %c %d\n";

/** f_bsize of Solaris's statvfs: zfs answers its record size, ufs its block, hsfs its sector */
const PREFERRED_BSIZE: Readonly<Record<string, number>> = { zfs: 131072, ufs: 8192, hsfs: 2048, tmpfs: 4096 };

/** the long options (getopt_long takes any unambiguous prefix) */
const LONG: readonly { name: string; arg: boolean; key: string }[] = [
  { name: "dereference", arg: false, key: "L" },
  { name: "file-system", arg: false, key: "f" },
  { name: "filesystem", arg: false, key: "f" },
  { name: "format", arg: true, key: "c" },
  { name: "printf", arg: true, key: "printf" },
  { name: "terse", arg: false, key: "t" },
  { name: "help", arg: false, key: "help" },
  { name: "version", arg: false, key: "version" },
];

interface Options {
  follow: boolean;
  fs: boolean;
  terse: boolean;
  format: string | null;
  escapes: boolean;
  files: string[];
  done?: "help" | "version";
}

/** getopt_long ("c:fLt" and the long options), permuting; a message id and its argument on error */
function parseArgs(args: readonly string[]): Options | { id: string; arg: string } {
  const o: Options = { follow: false, fs: false, terse: false, format: null, escapes: false, files: [] };
  const set = (key: string, value?: string): void => {
    if (key === "L") o.follow = true;
    else if (key === "f") o.fs = true;
    else if (key === "t") o.terse = true;
    else if (key === "c" || key === "printf") [o.format, o.escapes] = [value!, key === "printf"];
    else o.done ??= key as "help" | "version";
  };
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!;
    if (w === "--") {
      o.files.push(...args.slice(i + 1));
      break;
    }
    if (w.startsWith("--")) {
      const [name, value] = w.includes("=") ? [w.slice(2, w.indexOf("=")), w.slice(w.indexOf("=") + 1)] : [w.slice(2), undefined];
      const exact = LONG.find((l) => l.name === name);
      const hits = exact ? [exact] : LONG.filter((l) => l.name.startsWith(name));
      if (hits.length === 0) return { id: "stat.unrecognized", arg: w.split("=")[0]! };
      if (new Set(hits.map((h) => h.key)).size > 1) return { id: "stat.ambiguous", arg: w.split("=")[0]! };
      const opt = hits[0]!;
      if (!opt.arg && value !== undefined) return { id: "stat.longnoarg", arg: opt.name };
      if (opt.arg && value === undefined && i + 1 >= args.length) return { id: "stat.longneedarg", arg: "--" + opt.name };
      set(opt.key, opt.arg ? (value ?? args[++i]) : undefined);
    } else if (w.startsWith("-") && w !== "-") {
      for (let j = 1; j < w.length; j++) {
        const ch = w[j]!;
        if (!"cfLt".includes(ch)) return { id: "stat.badopt", arg: ch };
        if (ch !== "c") {
          set(ch);
          continue;
        }
        const value = j + 1 < w.length ? w.slice(j + 1) : args[++i];
        if (value === undefined) return { id: "stat.needarg", arg: ch };
        set("c", value);
        break;
      }
    } else o.files.push(w);
  }
  return o;
}

/** the default format of a file: the device line names the device of a special file */
function defaultFormat(o: Options, special: boolean): string {
  if (o.fs) return o.terse ? TERSE_FS : FS_FORMAT;
  if (o.terse) return TERSE_FILE;
  return FILE_FORMAT + (special ? DEV_LINE : PLAIN_LINE) + TAIL;
}

/** do_stat: lstat (stat with -L) and the directives; false when it could not */
function doStat(ctx: CommandContext, name: string, o: Options, names: ReturnType<typeof lazyNames>): string | null {
  const sys = ctx.sys;
  let a;
  try {
    a = o.follow ? sys.stat(name) : sys.lstat(name);
  } catch (e) {
    err(ctx, "stat.cannot", quote(name), ctx.os.strerror(errnoOf(e)));
    return null;
  }
  let link: string | null = null;
  if (a.type === "VLNK") link = sys.readlink(name);
  const s: FileSubject = { a, name, link, user: names.user, group: names.group, tz: ctx.shell.env.get("TZ") || "UTC", dev: ctx.os.formats.dev };
  const fmt = o.format ?? defaultFormat(o, a.type === "VBLK" || a.type === "VCHR");
  return expand(fmt, o.escapes, (spec, m) => statDirective(spec, m, s), () => err(ctx, "stat.backslash"));
}

/** do_statfs: statvfs of the file system that really holds the file (lo_statvfs passes it down) */
function doStatfs(ctx: CommandContext, name: string, o: Options): string | null {
  let s: FsSubject;
  try {
    const vfs = realvp(ctx.sys.resolve(name)).vfs;
    const st = ctx.sys.statfs(name);
    s = { name, fsid: vfs.fsid, basetype: vfs.type, bsize: PREFERRED_BSIZE[vfs.type] ?? st.bsize, st, namemax: 255 };
  } catch (e) {
    if (!isKernelError(e)) throw e;
    err(ctx, "stat.cannotfs", quote(name), ctx.os.strerror(errnoOf(e)));
    return null;
  }
  return expand(o.format ?? defaultFormat(o, false), o.escapes, (spec, m) => fsDirective(spec, m, s), () => err(ctx, "stat.backslash"));
}

function run(ctx: CommandContext): number {
  const o = parseArgs(ctx.argv.slice(1));
  if ("id" in o) {
    err(ctx, o.id, o.arg);
    err(ctx, "stat.try");
    return 1;
  }
  if (o.done) {
    ctx.stdout.write(msg(ctx, o.done === "help" ? "stat.help" : "stat.version") + "\n");
    return 0;
  }
  if (o.files.length === 0) {
    err(ctx, "stat.missing");
    err(ctx, "stat.try");
    return 1;
  }
  // -c adds the newline after each use of the format; --printf does not
  if (o.format !== null && !o.escapes) o.format += "\n";
  const names = lazyNames(ctx);
  let ok = true;
  for (const f of o.files) {
    let out: string | null;
    try {
      out = o.fs ? doStatfs(ctx, f, o) : doStat(ctx, f, o, names);
    } catch (e) {
      if (!(e instanceof InvalidDirective)) throw e;
      // error (EXIT_FAILURE): whole lines went out before (stdout is line-buffered on a
      // terminal), the rest as the program exits
      const printed = (e as InvalidDirective & { printed: string }).printed;
      const cut = printed.lastIndexOf("\n") + 1;
      ctx.stdout.write(printed.slice(0, cut));
      err(ctx, "stat.badfmt", e.message);
      ctx.stdout.write(printed.slice(cut));
      return 1;
    }
    if (out === null) ok = false;
    else ctx.stdout.write(out);
  }
  return ok ? 0 : 1;
}

export const solarisStat: CommandDef = {
  name: "stat",
  path: "/usr/bin/stat",
  summary: "Displays file or file system status (GNU coreutils 8.5).",
  flags: ["-L", "-f", "-c", "-t", "--dereference", "--file-system", "--format=", "--printf=", "--terse", "--help", "--version"],
  run,
  man: `stat Command

Purpose
       Displays file or file system status (GNU coreutils 8.5, package
       file/gnu-coreutils).

Syntax
       stat [OPTION]... FILE...

Description
       Displays the status of each file, or with -f of the file system that
       holds it. The default output of a file:

         File: \`name'   (a symbolic link: \`name' -> \`target')
         Size: ...  Blocks: ...  IO Block: ...  type
       Device: st_dev in hex h/in decimal d  Inode: ...  Links: ...
       Access: (octal/mode)  Uid: (uid/ name)   Gid: (gid/ name)
       Access:, Modify:, Change: the times with nanoseconds and zone

       A device file adds "Device type: major,minor" (in hex). st_dev is the
       32-bit device number of the file system (a zfs dataset 4010002h); a
       file reached through lofs shows its real file system's device.

Flags
       -L, --dereference     follow links
       -f, --file-system     display file system status instead of file status
       -c  --format=FORMAT   use FORMAT instead of the default; a newline
                             follows each use of FORMAT
           --printf=FORMAT   like --format, but interpret backslash escapes
                             and output no trailing newline
       -t, --terse           print the information in terse form
           --help, --version

       File directives: %a %A %b %B %d %D %f %F %g %G %h %i %n %N %o %s %t
       %T %u %U %x %X %y %Y %z %Z. File-system directives: %a %b %c %d %f %i
       %l %n %s %S %t %T. An unknown directive prints ?.

Messages
       stat: cannot stat \`FILE': REASON
       stat: cannot read file system information for \`FILE': REASON
       stat: missing operand
       stat: invalid option -- 'C'
       stat: unrecognized option '--OPTION'
       stat: %-%: invalid directive
       Try \`stat --help' for more information.

Exit Status
       0 when every file was shown, 1 otherwise or on a usage error.
`,
};
