// istat (AIX): the i-node of a file, or i-node N of the file system on a device (or mounted at a
// directory), in istat.c's layout. AIX has no stat command; istat is what admins type.
import type { Vattr, Vfs, Vnode } from "../../kernel/vfs/vnode.js";
import { idNamer, longDate, permString } from "../common/lib.js";
import { err, errnoOf, msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";

type Dev = { major: number; minor: number };

/** the device a file system sits on: its special's numbers, else 0 and the file-system id */
function deviceOfVfs(ctx: CommandContext, vfs: Vfs): Dev {
  const m = ctx.machine.mounts.mountOf(vfs);
  try {
    if (m) {
      const d = ctx.sys.stat(m.special);
      if (d.rdev && (d.type === "VBLK" || d.type === "VCHR")) return d.rdev;
    }
  } catch (e) {
    errnoOf(e);
  }
  return { major: 0, minor: vfs.fsid };
}

function print(ctx: CommandContext, a: Vattr, dev: Dev): void {
  const names = idNamer(ctx);
  const typeId =
    a.type === "VDIR" ? "istat.directory" : a.type === "VBLK" ? "istat.blockdev" : a.type === "VCHR" ? "istat.chardev" : a.type === "VFIFO" ? "istat.fifo" : "istat.file";
  let out = msg(ctx, "istat.inode", a.fileid, dev.major, dev.minor) + msg(ctx, typeId) + "\n";
  let special = "";
  if (a.mode & 0o4000) special += msg(ctx, "istat.setuid");
  if (a.mode & 0o2000) special += msg(ctx, "istat.setgid");
  if (a.mode & 0o1000) special += msg(ctx, "istat.sticky");
  // istat spells the nine permission bits itself: no s or t in place of x
  out += msg(ctx, "istat.protection", permString(a.mode & 0o777)) + special + "\n";
  out += msg(ctx, "istat.owner", a.uid, names.user(a.uid) ?? "<UNKNOWN>") + msg(ctx, "istat.group", a.gid, names.group(a.gid) ?? "<UNKNOWN>") + "\n";
  out += msg(ctx, "istat.links", String(a.nlink).padStart(3), a.size) + "\n";
  if ((a.type === "VBLK" || a.type === "VCHR") && a.rdev) out += msg(ctx, "istat.majmin", a.rdev.major, a.rdev.minor) + "\n";
  out += "\n";
  out += msg(ctx, "istat.ctime", longDate(a.ctime)) + "\n";
  out += msg(ctx, "istat.mtime", longDate(a.mtime)) + "\n";
  out += msg(ctx, "istat.atime", longDate(a.atime)) + "\n";
  ctx.stdout.write(out + "\n");
}

/** the file system named by a device or a mount point, with its device numbers */
function fileSystemOf(ctx: CommandContext, device: string): { vfs: Vfs; dev: Dev } | "nojfs" {
  const mounted = ctx.machine.mounts.all().find((m) => m.path === device);
  if (mounted) return { vfs: mounted.vfs, dev: deviceOfVfs(ctx, mounted.vfs) };
  const a = ctx.sys.stat(device);
  // the block device or its raw twin (/dev/hd1, /dev/rhd1)
  if ((a.type !== "VBLK" && a.type !== "VCHR") || !a.rdev) return "nojfs";
  const rdev = a.rdev;
  for (const m of ctx.machine.mounts.all()) {
    try {
      const s = ctx.sys.stat(m.special);
      if (s.type === "VBLK" && s.rdev?.major === rdev.major && s.rdev.minor === rdev.minor) return { vfs: m.vfs, dev: rdev };
    } catch (e) {
      errnoOf(e);
    }
  }
  // an unmounted logical volume keeps its file system; any other device holds no jfs2 the lab can read
  let fs: Vfs | null | undefined;
  try {
    const driver = ctx.machine.devsw.driver(rdev.major) as { filesystem?: (minor: number) => Vfs | null };
    fs = driver.filesystem?.(rdev.minor);
  } catch (e) {
    errnoOf(e);
  }
  return fs ? { vfs: fs, dev: rdev } : "nojfs";
}

/** the vnode with this i-node number, found by walking the tree (charged as steps) */
function findInode(ctx: CommandContext, vfs: Vfs, ino: number): Vnode | null {
  const stack: Vnode[] = [vfs.root()];
  while (stack.length) {
    const v = stack.pop()!;
    ctx.sys.charge(1);
    if (v.getattr().fileid === ino) return v;
    if (v.type !== "VDIR") continue;
    for (const e of v.readdir()) {
      if (e.fileid === ino) return v.lookup(e.name);
      if (e.type === "VDIR") stack.push(v.lookup(e.name));
    }
  }
  return null;
}

function byInode(ctx: CommandContext, inoArg: string, device: string): number {
  let fs: ReturnType<typeof fileSystemOf>;
  try {
    fs = fileSystemOf(ctx, device);
  } catch (e) {
    err(ctx, "istat.cantopen", device, ctx.os.strerror(errnoOf(e)));
    return 3;
  }
  if (fs === "nojfs" || fs.vfs.type !== "jfs2") {
    err(ctx, "istat.notjfs", device);
    return 3;
  }
  // atoi: the leading digits, 0 when there are none
  const ino = Number(/^\s*[+-]?\d*/.exec(inoArg)![0].trim() || 0);
  const v = Number.isSafeInteger(ino) && ino > 0 ? findInode(ctx, fs.vfs, ino) : null;
  if (!v) {
    err(ctx, "istat.noinode", ino);
    return 3;
  }
  print(ctx, v.getattr(), fs.dev);
  return 0;
}

function run(ctx: CommandContext): number {
  const args = ctx.argv.slice(1);
  if (args.length < 1 || args.length > 2) {
    err(ctx, "istat.usage");
    return 1;
  }
  if (args.length === 2) return byInode(ctx, args[0]!, args[1]!);
  let a: Vattr;
  try {
    a = ctx.sys.stat(args[0]!);
  } catch (e) {
    err(ctx, "istat.cantstat", args[0]!, ctx.os.strerror(errnoOf(e)));
    return 2;
  }
  print(ctx, a, deviceOfVfs(ctx, ctx.sys.resolve(args[0]!).vfs));
  return 0;
}

export const istat: CommandDef = {
  name: "istat",
  path: "/usr/bin/istat",
  summary: "Examines i-nodes.",
  run,
  man: `istat Command

Purpose
       Examines i-nodes.

Syntax
       istat { FileName | i-nodeNumber Device }

Description
       The istat command displays the i-node information for a particular
       file. You can specify the file either by providing a file or
       directory name with the FileName parameter or by providing an i-node
       number with the i-nodeNumber parameter and a device name with the
       Device parameter. You can specify the Device parameter as either a
       device name or as a mounted file system name.

       For the file istat writes the device where it resides (major/minor),
       its i-node number, its type, its permissions, its owner and group,
       its link count, its length (or the major and minor numbers of a
       device), and the times of the last i-node update, modification and
       access.

       The lab keeps no disk addresses: the block pointers that AIX adds for
       the i-nodeNumber Device form are not shown. AIX has no stat command.

Exit Status
       0    Successful completion.
       1    Usage: istat {File | Inode Device}
       2    istat:  0506-161 Cannot find information about File: reason
       3    istat:  0506-166 Cannot find or open Device: reason
            istat:  0506-164 Device is not recognized as a JFS file system.
            istat:  0506-162 Cannot get block for inode N.
`,
};
