// lofiadm(1M) of Solaris 11.1 (illumos usr/src/cmd/lofiadm/main.c): map a file to a lofi device
// (-a), unmap one (-d), ask which device holds a file or which file a device holds, or list every
// mapping. Errors are die()'s: `lofiadm: ` and the message, then `: strerror` unless the message
// ends the line; exit 1 (usage: 2).
import { isKernelError, type Errno } from "../../kernel/errno.js";
import type { Co } from "../../kernel/proc/wait.js";
import { lofiFileOf, lofiList, lofiMap, lofiUnitOf, lofiUnitOfFile, lofiUnmap } from "../../os/solaris/lofi.js";
import { getopt } from "../common/lib.js";
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

const isDevice = (name: string) => name.startsWith("/dev/");

/** the device operand's unit, or `malformed device name` */
function unitOrDie(ctx: CommandContext, name: string): number | null {
  const n = lofiUnitOf(name);
  if (n === null) err(ctx, "lofiadm.malformed", name);
  return n;
}

/** realpath() of the file and the checks add_mapping makes before asking the driver */
function checkFile(ctx: CommandContext, file: string): string | null {
  const rp = realpath(ctx.sys, file);
  if (!rp.ok) {
    err(ctx, "lofiadm.perror", file, ctx.os.strerror(rp.errno));
    return null;
  }
  const a = ctx.sys.stat(rp.path);
  if (a.type !== "VREG" && a.type !== "VBLK" && a.type !== "VCHR") {
    err(ctx, "lofiadm.notreg", rp.path);
    return null;
  }
  if (a.size % SECTOR !== 0) {
    err(ctx, "lofiadm.size", rp.path);
    return null;
  }
  return rp.path;
}

function add(ctx: CommandContext, file: string, device: string | undefined): number {
  let want: number | null = null;
  if (device !== undefined) {
    want = unitOrDie(ctx, device);
    if (want === null) return E_ERROR;
  }
  const path = checkFile(ctx, file);
  if (path === null) return E_ERROR;
  try {
    const n = lofiMap(ctx.sys, path, want);
    if (device === undefined) ctx.stdout.write(msg(ctx, "lofiadm.device", n) + "\n");
    return 0;
  } catch (e) {
    const errno = errnoOf(e);
    if (device === undefined) err(ctx, "lofiadm.mapfile", path, ctx.os.strerror(errno));
    else err(ctx, "lofiadm.mapto", path, device, ctx.os.strerror(errno));
    return E_ERROR;
  }
}

function errnoOf(e: unknown): Errno {
  if (isKernelError(e)) return e.errno;
  throw e;
}

function del(ctx: CommandContext, name: string): number {
  const dev = isDevice(name);
  try {
    let n: number | null;
    if (dev) {
      n = unitOrDie(ctx, name);
      if (n === null) return E_ERROR;
    } else {
      const rp = realpath(ctx.sys, name);
      n = lofiUnitOfFile(ctx.sys, rp.ok ? rp.path : name);
    }
    lofiUnmap(ctx.sys, n);
    return 0;
  } catch (e) {
    err(ctx, dev ? "lofiadm.unmapdev" : "lofiadm.unmapfile", name, ctx.os.strerror(errnoOf(e)));
    return E_ERROR;
  }
}

/** `lofiadm name`: the file a device holds, or the device a file is mapped to */
function query(ctx: CommandContext, name: string): number {
  if (isDevice(name)) {
    const n = unitOrDie(ctx, name);
    if (n === null) return E_ERROR;
    try {
      ctx.stdout.write(lofiFileOf(ctx.machine, n) + "\n");
      return 0;
    } catch (e) {
      err(ctx, "lofiadm.nofilename", name, ctx.os.strerror(errnoOf(e)));
      return E_ERROR;
    }
  }
  try {
    const rp = realpath(ctx.sys, name);
    ctx.stdout.write(msg(ctx, "lofiadm.device", lofiUnitOfFile(ctx.sys, rp.ok ? rp.path : name)) + "\n");
    return 0;
  } catch (e) {
    err(ctx, "lofiadm.nodevice", name, ctx.os.strerror(errnoOf(e)));
    return E_ERROR;
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
  const r = getopt(ctx.argv.slice(1), "a:d:");
  let addFile: string | undefined;
  let delName: string | undefined;
  for (const it of r.items) {
    if (it.kind !== "flag") return usage(ctx);
    if (it.flag === "a") addFile = it.value;
    else delName = it.value;
  }
  const ops = r.operands;
  if (addFile !== undefined && delName !== undefined) return usage(ctx);
  // /dev/lofictl is root's (0600): anyone else cannot open it
  const changing = addFile !== undefined || delName !== undefined;
  if (changing && ctx.sys.proc.uid !== 0) {
    err(ctx, "lofiadm.perm");
    return E_ERROR;
  }
  if (addFile !== undefined) return ops.length > 1 ? usage(ctx) : add(ctx, addFile, ops[0]);
  if (delName !== undefined) return ops.length > 0 ? usage(ctx) : del(ctx, delName);
  if (ops.length === 0) return list(ctx);
  if (ops.length === 1) return query(ctx, ops[0]!);
  return usage(ctx);
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
       lofiadm: could not map file /x.iso: Device busy        (mapped already)
       lofiadm: could not map file /x.iso to /dev/lofi/1: File exists
       lofiadm: could not unmap device /dev/lofi/1: Device busy   (mounted)
       lofiadm: could not unmap device /dev/lofi/9: No such device or address
       lofiadm: could not unmap file /x.iso: No such file or directory
       lofiadm: nofile.iso: No such file or directory
       lofiadm: malformed device name /dev/foo
       lofiadm: size of /x is not a multiple of 512
       lofiadm: /x is not a regular file, block, or character device
       lofiadm: you do not have permission to perform that operation.

Exit Status
       0    Done.
       1    An error.
       2    Wrong usage.
`,
};
