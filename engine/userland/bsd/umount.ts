// umount(8) of BSD/OS 4.x (umount.c, from 4.4BSD's 8.3 with BSD/OS's -A and type lists): names
// are taken as typed (no realpath), matched against the mount table's strings, and unmount(2)
// is given the mount point.
import { isKernelError } from "../../kernel/errno.js";
import { getopt, reportOpt } from "../common/lib.js";
import { err, msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { mountable, scanFstab } from "./fstab.js";
import { unmountSyscall } from "./mountsys.js";
import { byFrom, byOn, fstypename } from "./mountlist.js";
import { checkvfsname, makevfslist, vfsremap, type VfsList } from "./vfslist.js";

interface Opts {
  fake: boolean;
  force: boolean;
  verbose: boolean;
  types: VfsList | null;
}

/** the types the kernel knows (getvfsbyname): those it can mount, and those of its mounts */
function knownTypes(ctx: CommandContext): Set<string> {
  const s = new Set([...ctx.machine.fstypes.keys()].map(vfsremap));
  for (const m of ctx.machine.mounts.all()) s.add(fstypename(m));
  return s;
}

function notMounted(ctx: CommandContext, name: string): number {
  err(ctx, "umount.notmounted", name);
  return 1;
}

/** what stat says `name` is; null when it cannot (then only the mount table's strings decide) */
function kindOf(ctx: CommandContext, name: string): "dir" | "blk" | "other" | null {
  try {
    const t = ctx.sys.stat(name).type;
    return t === "VDIR" ? "dir" : t === "VBLK" ? "blk" : "other";
  } catch (e) {
    if (!isKernelError(e)) throw e;
    return null;
  }
}

/** umountfs: find what `name` names, then unmount its mount point */
function umountfs(ctx: CommandContext, o: Opts, name: string): number {
  const kind = o.force ? null : kindOf(ctx, name);
  let mntpt: string;
  let from = name;
  let type: string;
  if (kind === null) {
    // -f, or nothing there: first as a device, then as a mount point
    const dev = byFrom(ctx, name);
    const on = dev ? undefined : byOn(ctx, name);
    if (!dev && !on) return notMounted(ctx, name);
    mntpt = dev ? dev.path : name;
    if (on) from = on.special;
    type = fstypename((dev ?? on)!);
  } else if (kind === "blk") {
    const m = byFrom(ctx, name);
    if (!m) return notMounted(ctx, name);
    mntpt = m.path;
    type = fstypename(m);
  } else if (kind === "dir") {
    const m = byOn(ctx, name);
    if (!m) return notMounted(ctx, name);
    mntpt = name;
    from = m.special;
    type = fstypename(m);
  } else {
    err(ctx, "umount.notdir", name);
    return 1;
  }
  if (checkvfsname(type, o.types)) return 1;
  if (o.verbose) ctx.stdout.write(msg(ctx, "umount.verbose", from, mntpt) + "\n");
  if (o.fake) return 0;
  try {
    unmountSyscall(ctx.sys, mntpt, o.force);
  } catch (e) {
    if (!isKernelError(e)) throw e;
    err(ctx, "umount.failed", mntpt, ctx.os.strerror(e.errno));
    return 1;
  }
  return 0;
}

/** -a: the fstab entries but /, in reverse order; complaints about unknown types come first */
function umountAll(ctx: CommandContext, o: Opts): number {
  const entries = scanFstab(ctx);
  if (!Array.isArray(entries)) {
    err(ctx, "umount.fstab", ctx.os.strerror(entries.errno));
    return 1;
  }
  const known = knownTypes(ctx);
  const todo: string[] = [];
  for (const fs of entries) {
    if (fs.file === "/" || !mountable(fs)) continue;
    if (!known.has(vfsremap(fs.vfstype))) {
      err(ctx, "umount.unknowntype", fs.vfstype);
      continue;
    }
    if (checkvfsname(fs.vfstype, o.types)) continue;
    todo.push(fs.file);
  }
  let errs = 0;
  for (const file of todo.reverse()) if (umountfs(ctx, o, file) !== 0) errs = 1;
  return errs;
}

/** -A: everything mounted but the first (the root), the last mounted first */
function umountMounted(ctx: CommandContext, o: Opts): number {
  const all = [...ctx.machine.mounts.all()];
  let errs = 0;
  for (let i = all.length - 1; i > 0; i--) {
    const m = all[i]!;
    if (checkvfsname(fstypename(m), o.types)) continue;
    if (umountfs(ctx, o, m.path) !== 0) errs = 1;
  }
  return errs;
}

function usage(ctx: CommandContext): number {
  err(ctx, "umount.usage");
  return 1;
}

function run(ctx: CommandContext): number {
  const o: Opts = { fake: false, force: false, verbose: false, types: null };
  let all = 0;
  let nfshost: string | null = null;
  const r = getopt(ctx.argv.slice(1), "AaFfh:t:v");
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      return usage(ctx);
    }
    if (it.flag === "A") all = 2;
    else if (it.flag === "a") all = 1;
    else if (it.flag === "F") o.fake = true;
    else if (it.flag === "f") o.force = true;
    else if (it.flag === "h") {
      all = 2;
      nfshost = it.value ?? "";
    } else if (it.flag === "t") {
      if (o.types) {
        err(ctx, "umount.onetype");
        return 1;
      }
      o.types = makevfslist(it.value ?? "");
    } else if (it.flag === "v") o.verbose = true;
  }
  const names = r.operands;
  if ((names.length === 0 && !all) || (names.length !== 0 && all)) return usage(ctx);
  // -h implies -t nfs; the lab has no NFS mounts, so nothing matches
  if (nfshost !== null && !o.types) o.types = makevfslist("nfs");
  if (all === 2) return umountMounted(ctx, o);
  if (all === 1) return umountAll(ctx, o);
  let errs = 0;
  for (const n of names) if (umountfs(ctx, o, n) !== 0) errs = 1;
  return errs;
}

export const umount: CommandDef = {
  name: "umount",
  run,
  path: "/sbin/umount",
  summary: "Unmounts file systems.",
  flags: ["-A", "-a", "-F", "-f", "-h", "-t", "-v"],
  man: `umount Command

Purpose
       Unmounts file systems.

Syntax
       umount [ -fv ] [ -t fstypelist ] special | node ...
       umount -a | -A [ -fv ] [ -h host ] [ -t fstypelist ]

Description
       The umount command calls unmount(2) to remove a special device or a
       layer from the file system tree at the point node. A name is taken as
       typed and compared with the mount table: a directory must be a mount
       point exactly as listed by mount (umount /mnt/ does not find /mnt), a
       block device one that is mounted; a name that does not exist is tried
       as a device, then as a mount point.

       A file system is busy while a process has its current directory or an
       open file in it, a vnode disk's file is in it, or another file system
       is mounted inside it. -f unmounts it though processes use it.

Flags
       -A   Unmounts every mounted file system but the root, the last
            mounted first.
       -a   Unmounts the file systems listed in /etc/fstab, in reverse order,
            but the root.
       -F   Fake: does everything but unmount.
       -f   Forces the unmount: files in use in it are closed.
       -h host
            Only the file systems mounted from host (NFS; implies -A).
       -t fstypelist
            Only file systems of the listed types (cd9660,loopback; a "no"
            in front inverts the whole list).
       -v   Verbose: prints "special: unmount from node" for each.

Messages
       umount: /mnt: Device busy
       umount: /x: not currently mounted
       umount: /etc/motd: not a directory or special device
       umount: nfs: unknown mount type

Exit Status
       0    Everything named was unmounted.
       1    Something was not.
`,
};
