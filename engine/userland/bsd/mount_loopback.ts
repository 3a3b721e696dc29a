// mount_loopback (BSD/OS 4.x sbin/mount_loopback/mount_loopback.c; 4.4BSD mount_null): makes a
// null layer, the target directory aliased at the mount point. Also installed as mount_null.
// The program realpath()s the target, refuses a target and mount point where one contains the
// other (or either is "/": subdir() says yes for any path of length <= 1), then calls
// mount("loopback", mount_point, flags, {target}). Its messages are err(3)'s: the program name,
// the names as typed, and strerror.
import { errnoOf } from "../common/msg.js";
import { getopt, reportOpt } from "../common/lib.js";
import type { CommandContext, CommandDef } from "../types.js";
import { layerMount, progname, say } from "./layermount.js";
import { getmntopts, STDOPTS } from "./mntopts.js";
import { realpath } from "./realpath.js";

/** subdir(p, dir): p is dir or below it; any dir of length <= 1 ("/", "") contains everything */
export function subdir(p: string, dir: string): boolean {
  if (dir.length <= 1) return true;
  return p.startsWith(dir) && (p.length === dir.length || p[dir.length] === "/");
}

function run(ctx: CommandContext): number {
  const flags = new Set<string>();
  const r = getopt(ctx.argv.slice(1), "o:");
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      say(ctx, "mount_loopback.usage");
      return 1;
    }
    const o = getmntopts(it.value!, STDOPTS, flags);
    if (!o.ok) {
      say(ctx, o.problem === "unsupported" ? "mntopt.unsupported" : "mntopt.needvalue", progname(ctx), o.option);
      return 1;
    }
  }
  if (r.operands.length !== 2) {
    say(ctx, "mount_loopback.usage");
    return 1;
  }
  const [given, mp] = r.operands as [string, string];
  const t = realpath(ctx.sys, given);
  if (!t.ok) {
    say(ctx, "layer.errpath", progname(ctx), t.resolved, ctx.os.strerror(t.errno));
    return 1;
  }
  if (subdir(t.path, mp) || subdir(mp, t.path)) {
    say(ctx, "layer.notdistinct", progname(ctx), given, t.path, mp);
    return 1;
  }
  try {
    layerMount(ctx, "loopback", t.path, mp, flags);
  } catch (e) {
    const errno = errnoOf(e);
    if (errno === "ENODEV") say(ctx, "layer.notconfigured", progname(ctx), given, mp);
    else say(ctx, "layer.failed", progname(ctx), given, mp, ctx.os.strerror(errno));
    return 1;
  }
  return 0;
}

const man = `mount_loopback or mount_null Command

Purpose
       Mount a loopback filesystem sub-tree; demonstrate the use of a null file
       system layer.

Syntax
       mount_loopback [ -o options ] target mount-point

Description
       The mount_loopback command creates a null layer, duplicating a sub-tree
       of the file system name space under another part of the global file
       system namespace. This allows existing files and directories to be
       accessed using a different pathname.

       The primary differences between a virtual copy of the file system and a
       symbolic link are that getcwd(3) functions correctly in the virtual
       copy, and that other file systems may be mounted on the virtual copy
       without affecting the original. A different device number for the
       virtual copy is returned by stat(2), but in other respects it is
       indistinguishable from the original.

       The null layer's nodes stack above all lower-layer vnodes, not just
       directories. Vnode stacks are created on demand as files are accessed:
       an operation that returns a vnode (a lookup) passes through the bypass
       routine to the lower layer, and the bypass stacks a null node on the
       vnode it gets back. Only getattr (which changes the fsid), inactive,
       reclaim and print are not bypassed. The lab's Layers pane (and
       --trace) shows the operations as they pass.

       File systems mounted below the target are not seen through the copy:
       the covered directories are. The target and the mount point must be
       distinct paths: neither may contain the other, and neither may be /.

       The mount(8) program recognizes the null file system type as an alias
       for loopback: mount -t null target mount-point. The command was
       mount_null in 4.4BSD and is still installed under that name too.

Flags
       -o options  Options, a comma-separated list: ro (rdonly), rw, nodev,
                   noexec, nosuid, union, noaccesstime.

Exit Status
       0  The layer is mounted.
       1  A usage error, a path that is not distinct, or a failed mount:
            mount_loopback: TARGET (PATH) and MP are not distinct paths
            mount_loopback: TARGET on MP: Device busy
            mount_loopback: -o OPT: option not supported

Examples
       mount_loopback /usr/include /mnt
       stat -f '%d %i' /usr/include/stdio.h /mnt/stdio.h
       umount /mnt
`;

export const mount_loopback: CommandDef = {
  name: "mount_loopback",
  path: "/sbin/mount_loopback",
  summary: "Mount a loopback filesystem sub-tree; demonstrate the use of a null file system layer.",
  flags: ["-o"],
  run,
  man,
};

export const mount_null: CommandDef = { ...mount_loopback, name: "mount_null", path: "/sbin/mount_null" };
