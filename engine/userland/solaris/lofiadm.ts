// lofiadm(1M) of Solaris 11.1 (Solaris 11 usr/src/cmd/lofiadm/main.c): map a file to a lofi device
// (-a), unmap one (-d), ask which device holds a file or which file a device holds, or list every
// mapping. Errors are die()'s: `lofiadm: ` and the message, then `: strerror` unless the message
// ends the line; exit 1 (usage: 2).
import { isKernelError, type Errno } from "../../kernel/errno.js";
import type { Co } from "../../kernel/proc/wait.js";
import { lofiFileOf, lofiList, lofiMap, lofiUnitOfFile, lofiUnmap } from "../../os/solaris/lofi.js";
import { reportOpt } from "../common/lib.js";
import { err, msg } from "../common/msg.js";
import { realpath } from "./realpath.js";
import type { CommandContext, CommandDef } from "../types.js";

const E_ERROR = 1;
const E_USAGE = 2;
const SECTOR = 512;

function usage(ctx: CommandContext): number {
  err(ctx, "lofiadm.usage");
  return E_USAGE;
}

/**
 * name_to_minor(): sscanf of "/dev/lofi/%d" or "/dev/rlofi/%d" (blanks and a sign allowed, what
 * follows the number ignored); 0 when the name is no device name, and then it is taken for a file
 */
function nameToMinor(name: string): number {
  const r = /^\/dev\/r?lofi\/\s*([+-]?\d+)/.exec(name);
  return r ? Number(r[1]) : 0;
}

/** die(): `lofiadm: ` and the message, `: strerror` unless the message ends its line; exit 1 */
function die(ctx: CommandContext, id: string, errno: Errno | null, ...args: string[]): number {
  if (errno === null) err(ctx, id, ...args);
  else err(ctx, id, ...args, ctx.os.strerror(errno));
  return E_ERROR;
}

function errnoOf(e: unknown): Errno {
  if (isKernelError(e)) return e.errno;
  throw e;
}

/** what the options and operands asked for, as main() has them before it opens /dev/lofictl */
interface Request {
  add: boolean;
  del: boolean;
  /** a device operand: -a's optional device, -d's or the query's device name */
  device: string | null;
  /** a file made absolute by realpath */
  file: string | null;
}

/**
 * main()'s getopt loop ("a:d:" of Solaris 11's, opterr on: getopt's own line for a bad option;
 * -r, -c, -C, -U and the crypto options are not built). -a's file and -d's file are made absolute
 * by realpath as they are met (a failure dies at once: `lofiadm: name: strerror`); -a takes the
 * next word as its device unless it starts with "-". A number is the status to exit with.
 */
function parse(ctx: CommandContext): Request | number {
  const args = ctx.argv.slice(1);
  const q: Request = { add: false, del: false, device: null, file: null };
  let errflag = false;
  const absolute = (name: string): string | number => {
    const rp = realpath(ctx.sys, name);
    return rp.ok ? rp.path : die(ctx, "lofiadm.perror", rp.errno, name);
  };
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") {
      i++;
      break;
    }
    if (!a.startsWith("-") || a === "-") break;
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      if (c !== "a" && c !== "d") {
        reportOpt(ctx, { kind: "badflag", flag: c });
        errflag = true;
        continue;
      }
      let value = a.slice(j + 1);
      if (value === "") {
        if (i + 1 >= args.length) {
          reportOpt(ctx, { kind: "needarg", flag: c });
          return usage(ctx);
        }
        value = args[++i]!;
      }
      if (c === "a") {
        q.add = true;
        const f = absolute(value);
        if (typeof f === "number") return f;
        q.file = f;
        if (i + 1 < args.length && !args[i + 1]!.startsWith("-")) q.device = args[++i]!;
      } else {
        q.del = true;
        if (nameToMinor(value) !== 0) q.device = value;
        else {
          const f = absolute(value);
          if (typeof f === "number") return f;
          q.file = f;
        }
      }
      break;
    }
  }
  if (errflag || (q.add && q.del)) return usage(ctx);
  const ops = args.slice(i);
  if (ops.length > 1 || (ops.length === 1 && (q.add || q.del))) return usage(ctx);
  if (ops.length === 1) {
    if (nameToMinor(ops[0]!) !== 0) q.device = ops[0]!;
    else {
      const f = absolute(ops[0]!);
      if (typeof f === "number") return f;
      q.file = f;
    }
  }
  return q;
}

/** check_file_validity(): a regular file, block or character device whose size is whole sectors */
function checkFile(ctx: CommandContext, file: string): number | null {
  const a = ctx.sys.stat(file);
  if (a.type !== "VREG" && a.type !== "VBLK" && a.type !== "VCHR") return die(ctx, "lofiadm.notreg", null, file);
  if (a.size % SECTOR !== 0) return die(ctx, "lofiadm.size", null, file);
  if (nameToMinor(file) !== 0) return die(ctx, "lofiadm.itself", null);
  return null;
}

/** add_mapping(): the device the driver picked is printed; one asked for is checked by name */
function add(ctx: CommandContext, file: string, device: string | null): number {
  let want: number | null = null;
  if (device !== null) {
    want = nameToMinor(device);
    if (want === 0) return die(ctx, "lofiadm.malformed", null, device);
  }
  try {
    const n = lofiMap(ctx.sys, file, want);
    if (device === null) ctx.stdout.write(msg(ctx, "lofiadm.device", n) + "\n");
    return 0;
  } catch (e) {
    const errno = errnoOf(e);
    return device === null ? die(ctx, "lofiadm.mapfile", errno, file) : die(ctx, "lofiadm.mapto", errno, file, device);
  }
}

/** delete_mapping(): by device, or by the file's absolute name */
function del(ctx: CommandContext, device: string | null, file: string | null): number {
  try {
    lofiUnmap(ctx.sys, device !== null ? nameToMinor(device) : lofiUnitOfFile(ctx.sys, file!));
    return 0;
  } catch (e) {
    const errno = errnoOf(e);
    return device !== null ? die(ctx, "lofiadm.unmapdev", errno, device) : die(ctx, "lofiadm.unmapfile", errno, file!);
  }
}

/** print_one_mapping(): the file a device holds, or the device a file is mapped to */
function query(ctx: CommandContext, device: string | null, file: string | null): number {
  try {
    if (device !== null) ctx.stdout.write(lofiFileOf(ctx.machine, nameToMinor(device)) + "\n");
    else ctx.stdout.write(msg(ctx, "lofiadm.device", lofiUnitOfFile(ctx.sys, file!)) + "\n");
    return 0;
  } catch (e) {
    const errno = errnoOf(e);
    return device !== null ? die(ctx, "lofiadm.nofilename", errno, device) : die(ctx, "lofiadm.nodevice", errno, file!);
  }
}

/** FORMAT "%-20s     %-30s\t%s\n": the header, then each mapping in minor order */
function list(ctx: CommandContext): number {
  const row = (a: string, b: string, c: string) => `${a.padEnd(20)}     ${b.padEnd(30)}\t${c}\n`;
  let out = row(msg(ctx, "lofiadm.header.device"), msg(ctx, "lofiadm.header.file"), msg(ctx, "lofiadm.header.options"));
  for (const u of lofiList(ctx.machine)) out += row(msg(ctx, "lofiadm.device", u.unit), u.file, msg(ctx, u.readonly ? "lofiadm.opt.readonly" : "lofiadm.opt.none"));
  ctx.stdout.write(out);
  return 0;
}

function* run(ctx: CommandContext): Co<number> {
  const q = parse(ctx);
  if (typeof q === "number") return q;
  if (q.add) {
    const bad = checkFile(ctx, q.file!);
    if (bad !== null) return bad;
  }
  // /dev/lofictl is root's (0600): anyone else cannot open it to change a mapping
  if ((q.add || q.del) && ctx.sys.proc.uid !== 0) return die(ctx, "lofiadm.perm", null);
  if (q.add) return add(ctx, q.file!, q.device);
  if (q.del) return del(ctx, q.device, q.file);
  if (q.device !== null || q.file !== null) return query(ctx, q.device, q.file);
  return list(ctx);
}

export const lofiadm: CommandDef = {
  name: "lofiadm",
  run,
  path: "/usr/sbin/lofiadm",
  summary: "Administers files available as block devices through lofi.",
  flags: ["-a", "-d"],
  man: `lofiadm Command

Purpose
       Maps files to lofi block devices and lists the mappings.

Syntax
       lofiadm -a file [device]
       lofiadm -d file | device
       lofiadm [file | device]

Description
       lofiadm -a maps a file to a lofi device, /dev/lofi/N (block) and
       /dev/rlofi/N (raw), the lowest free N from 1 unless a device is
       named, and prints the device it chose. A file is mapped to one device
       at a time, also when it is named through a lofs path. The device can
       then be mounted (mount -F hsfs -o ro /dev/lofi/1 /mnt) or given a
       file system (newfs /dev/rlofi/1). Without flags lofiadm lists the
       mappings, or answers which file a device holds or which device a
       file is mapped to:

            Block Device             File                           Options
            /dev/lofi/1              /export/iso/sol-11_1-repo.iso  -

Flags
       -a file [device]  Maps the file (its absolute path is kept).
       -d file | device  Removes the mapping; refused while it is mounted.

Messages
       lofiadm: illegal option -- x            (getopt's, then the usage)
       lofiadm: /nofile.iso: No such file or directory   (realpath)
       lofiadm: could not map file /x.iso: Device busy        (mapped already)
       lofiadm: could not map file /x.iso to /dev/lofi/1: File exists
       lofiadm: could not unmap device /dev/lofi/1: Device busy   (mounted)
       lofiadm: could not unmap device /dev/lofi/9: No such device or address
       lofiadm: could not unmap file /x.iso: No such file or directory
       lofiadm: malformed device name /dev/foo
       lofiadm: size of /x is not a multiple of 512
       lofiadm: cannot use lofi on itself
       lofiadm: /x is not a regular file, block, or character device
       lofiadm: you do not have permission to perform that operation.

Exit Status
       0    Done.
       1    An error.
       2    Wrong usage.
`,
};
