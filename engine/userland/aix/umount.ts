// umount / unmount (AIX): unmount by mount point, device, or "all".
import { isKernelError } from "../../kernel/errno.js";
import { msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { parseFlags } from "./util.js";

/** unmount what `target` names; prints AIX's messages; returns the exit status */
export function unmountTarget(ctx: CommandContext, target: string): number {
  const m = ctx.sys.findMount(target);
  if (!m) {
    ctx.stderr.write(msg(ctx, "umount.nothing") + "\n");
    return 1;
  }
  try {
    ctx.sys.umount(m);
  } catch (e) {
    if (!isKernelError(e)) throw e;
    ctx.stderr.write(msg(ctx, "umount.cannot", m.special, ctx.os.strerror(e.errno)) + "\n");
    return 1;
  }
  return 0;
}

function run(ctx: CommandContext): number {
  const r = parseFlags(ctx, "afsn:t:", "umount.usage");
  if (!r) return 1;
  if (r.operands.length !== 1) {
    ctx.stderr.write(msg(ctx, "umount.usage") + "\n");
    return 1;
  }
  const target = r.operands[0]!;
  if (target === "all" || target === "allr") {
    // every file system that is not part of the running system's base (rootvg's boot file systems stay)
    let status = 0;
    const keep = new Set(["/", "/usr", "/var", "/tmp", "/proc", "/opt", "/home", "/admin", "/var/adm/ras/livedump"]);
    for (const m of [...ctx.machine.mounts.all()].reverse()) if (!keep.has(m.path)) status |= unmountTarget(ctx, m.path);
    return status;
  }
  return unmountTarget(ctx, target);
}

const man = `umount or unmount Command

Purpose
       Unmounts a previously mounted file system, directory, or file.

Syntax
       umount [ -f ] [ -s ] { -a | all | allr | -n Node | -t Type | Device | Directory | File | FileSystem }

Description
       The umount command unmounts the file system mounted over Directory,
       or the one whose device is Device. A file system is busy (and stays
       mounted) while a process has its current directory or an open file in
       it, or another file system is mounted inside it.

       Unmounting a loopback device's file system with umount leaves the
       loopback device configured: loopumount, or rmdev -dl loopN, removes
       it.

Flags
       -a   Unmounts all mounted file systems.
       -f   Forces an unmount in a remote environment.
       -n Node
            Unmounts all mounts made from the specified node.
       -s   Unmounts the file systems that /etc/filesystems marks mount=true.
       -t Type
            Unmounts the file systems of the named type.

Exit Status
       0    The file system was unmounted.
       >0   An error occurred (0506-349 when it is busy).
`;

export const umount: CommandDef = { name: "umount", run, path: "/usr/sbin/umount", summary: "Unmounts a previously mounted file system, directory, or file.", man, flags: ["-f", "-s", "-a"] };
export const unmount: CommandDef = { ...umount, name: "unmount", path: "/usr/sbin/unmount" };
