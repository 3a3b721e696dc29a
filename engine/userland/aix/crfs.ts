// crfs (AIX): a new file system: a logical volume in the volume group (-g) or an existing one
// (-d), mkfs on it, its stanza at the end of /etc/filesystems, its mount point made. lsfs.c's
// do_cr and crfs_check, in their order.
import { isKernelError } from "../../kernel/errno.js";
import { lvmOf } from "../../os/aix/lvm.js";
import { makeLv, mkfsOnLv } from "../../os/aix/lvcfg.js";
import { PP_BLOCKS, type LogicalVolume } from "../../os/aix/vg.js";
import { err, msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { canon, FILESYSTEMS, findStanza, KNOWN_VFS, parseSize, stanzasOf } from "./fsinfo.js";
import { appendStanza } from "./stanzas.js";
import { parseFlags } from "./util.js";

/** jfs2 attributes crfs hands to mkfs (they do not go into the stanza) */
const MKFS_ATTRS = ["agblksize", "isnapshot", "ea", "efs", "maxext", "mountguard", "vix", "logsize", "quota", "dmapi", "nbpi", "frag", "compress", "ag", "bf"];

interface Request {
  vfs?: string;
  vg?: string;
  dev?: string;
  mount?: string;
  size?: string;
  log?: string;
  stanza: Record<string, string>;
}

function parse(ctx: CommandContext): Request | number {
  const f = parseFlags(ctx, "Dv:g:d:m:u:A:a:p:l:n:t:", "crfs.usage");
  if (!f) return 1;
  if (f.operands.length > 0) return usage(ctx);
  const r: Request = { stanza: {} };
  for (const o of f.opts) {
    const v = o.value ?? "";
    if (o.flag === "v") r.vfs = v;
    else if (o.flag === "g") r.vg = v;
    else if (o.flag === "d") r.dev = v.replace(/^\/dev\//, "");
    else if (o.flag === "m") r.mount = canon(ctx, v);
    else if (o.flag === "u") r.stanza.type = v;
    else if (o.flag === "A") r.stanza.mount = v === "yes" ? "true" : "false";
    else if (o.flag === "t") r.stanza.account = v === "yes" ? "true" : "false";
    else if (o.flag === "n") r.stanza.nodename = v;
    else if (o.flag === "p") {
      if (v !== "ro" && v !== "rw") {
        err(ctx, "fs.roorrw", "crfs");
        return usage(ctx);
      }
      r.stanza.options = v;
    } else if (o.flag === "a") {
      const [k, ...rest] = v.split("=");
      const value = rest.join("=");
      if (!rest.length || !k) return usage(ctx);
      if (k === "size") r.size = value;
      else if (k === "logname") r.log = value;
      else if (!MKFS_ATTRS.includes(k)) r.stanza[k] = value;
    }
  }
  return r;
}

const usage = (ctx: CommandContext): number => {
  err(ctx, "crfs.usage");
  return 1;
};

/** crfs_check: the parameters, in lsfs.c's order; a status when one is wrong */
function check(ctx: CommandContext, r: Request): number | null {
  if (!r.vfs) {
    err(ctx, "crfs.novfs");
    return usage(ctx);
  }
  if (!KNOWN_VFS.includes(r.vfs)) {
    err(ctx, "lsfs.badvfs", "crfs", r.vfs);
    return usage(ctx);
  }
  if (!r.mount) {
    err(ctx, "crfs.nomount");
    return usage(ctx);
  }
  if (findStanza(stanzasOf(ctx), r.mount)?.name === r.mount) {
    err(ctx, "fs.exists", "crfs", r.mount);
    return 1;
  }
  if (r.vfs !== "jfs2") {
    // only jfs2 has a format in the lab; jfs, cdrfs and the others need a device they cannot get here
    err(ctx, "crfs.novfssupport", r.vfs);
    return 1;
  }
  if (!r.dev && !r.vg) {
    err(ctx, "crfs.novg");
    return usage(ctx);
  }
  return null;
}

/** the volume the file system goes on: made in the group (-g) or named (-d) */
function volume(ctx: CommandContext, r: Request): LogicalVolume | number {
  const vg = lvmOf(ctx.machine).vg;
  if (r.dev) {
    const lv = vg.lv(r.dev);
    if (!lv) {
      err(ctx, "lvm.nolv", r.dev);
      return 1;
    }
    if (!lv.type.startsWith("jfs")) {
      err(ctx, "crfs.notjfs");
      return usage(ctx);
    }
    return lv;
  }
  if (r.vg !== vg.name) {
    err(ctx, "lvm.novg", r.vg!);
    return 1;
  }
  const blocks = r.size === undefined ? null : parseSize(r.size, 0);
  if (blocks === null || blocks <= 0 || /^[+-]/.test(r.size ?? "")) return usage(ctx);
  try {
    return makeLv(ctx.machine, ctx.sys, "jfs2", Math.ceil(blocks / PP_BLOCKS));
  } catch (e) {
    if (!isKernelError(e) || e.errno !== "ENOSPC") throw e;
    err(ctx, "lvm.allocp");
    err(ctx, "lvm.mklvfailed");
    err(ctx, "crfs.nolv");
    return 1;
  }
}

function run(ctx: CommandContext): number {
  const r = parse(ctx);
  if (typeof r === "number") return r;
  const bad = check(ctx, r);
  if (bad !== null) return bad;
  const lv = volume(ctx, r);
  if (typeof lv === "number") return lv;
  let made;
  try {
    made = mkfsOnLv(ctx.machine, lv);
  } catch (e) {
    if (!isKernelError(e)) throw e;
    err(ctx, "mkfs.mounted", `/dev/${lv.name}`);
    return 1;
  }
  ctx.stdout.write(msg(ctx, "crfs.created", made.kbytes, made.fs.size()) + "\n");
  const log = r.log === "INLINE" ? "INLINE" : r.log ? `/dev/${r.log.replace(/^\/dev\//, "")}` : "/dev/hd8";
  appendStanza(ctx.sys, FILESYSTEMS, r.mount!, { dev: `/dev/${lv.name}`, vfs: "jfs2", log, mount: "false", account: "false", ...r.stanza });
  try {
    ctx.sys.mkdirp(r.mount!, 0o755);
  } catch (e) {
    if (!isKernelError(e)) throw e;
    err(ctx, "fs.mkdir", r.mount!, ctx.os.strerror(e.errno));
    return 1;
  }
  return 0;
}

export const crfs: CommandDef = {
  name: "crfs",
  run,
  path: "/usr/sbin/crfs",
  summary: "Adds a file system.",
  flags: ["-v", "-g", "-d", "-m", "-a", "-A", "-p", "-u", "-t", "-n", "-l"],
  man: `crfs Command

Purpose
       Adds a file system.

Syntax
       crfs -v VfsType { -g VolumeGroup | -d Device } [ -l LogPartitions ]
            -m MountPoint [ -n NodeName ] [ -u MountGroup ] [ -A { yes | no } ]
            [ -p { ro | rw } ] [ -a Attribute=Value ... ] [ -t { yes | no } ]

Description
       The crfs command creates a file system on a logical volume within a
       previously created volume group. A new logical volume (fslv00,
       fslv01 …) is created for the file system unless the name of an
       existing logical volume is given with -d. An entry for the file
       system is put at the end of /etc/filesystems, and the mount point
       directory is made. crfs does not mount the file system: mount it with
       mount MountPoint.

       The size is rounded up to whole physical partitions (32 MB in rootvg).
       crfs prints mkfs's report and the new size in 512-byte blocks:

         File system created successfully.
         524084 kilobytes total disk space.
         New File System size is 1048576

       In the lab only jfs2 can be made.

Flags
       -v VfsType      jfs2.
       -g VolumeGroup  The volume group for a new logical volume (rootvg).
       -d Device       An existing jfs2 logical volume (its data is lost).
       -m MountPoint   The mount point (the stanza's name).
       -a size=Value   The size: 512-byte blocks, or with M or G megabytes
                       or gigabytes (-a size=1G).
       -a logname=LV   The jfs2 log: INLINE, or a log volume (default hd8).
       -A yes | no     Mount at system restart (mount = true) or not (the
                       default).
       -p ro | rw      The mount permissions (options = ro or rw).
       -u MountGroup   The stanza's type.   -t yes | no   Accounting.

Exit Status
       0    Successful completion.
       1    crfs: 0506-909 /x file system already exists
            0516-404 allocp: This system cannot fulfill the allocation
            request. ... (not enough free partitions in the group)
            0516-306 getlvodm: Unable to find volume group Name in the
            Device Configuration Database.
            or the usage message.
`,
};
