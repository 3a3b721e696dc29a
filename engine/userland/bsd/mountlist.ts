// The mount table as BSD/OS's getmntinfo(3) gives it to mount, umount and df: f_mntfromname (what
// was mounted: a device, a null layer's target directory), f_mntonname (the mount point as the
// mount program passed it), f_fstypename and f_flags; and prmount's line,
// `/dev/vnd0c on /mnt (local, read-only)`. BSD/OS 4.x prints no type in it (mount.c 2.17), unlike
// NetBSD's `… type cd9660 (…)`.
import type { Mount } from "../../kernel/vfs/mount.js";
import { msg } from "../common/msg.js";
import type { CommandContext } from "../types.js";
import { FLAG_WORDS, mountFlags } from "./mntflags.js";
import { vfsremap } from "./vfslist.js";

/** f_fstypename: the kernel's name of the mount's file-system type (null is loopback) */
export const fstypename = (m: Mount): string => vfsremap(m.vfs.type);

/** prmount(): the flags in optnames[] order, joined by ", " inside " (…)"; nothing when none */
export function listLine(ctx: CommandContext, m: Mount): string {
  const flags = mountFlags(m);
  const words = FLAG_WORDS.filter(([f]) => flags.has(f)).map(([, id]) => msg(ctx, id));
  const tail = words.length ? msg(ctx, "mount.flags", words.join(", ")) : "";
  return msg(ctx, "mount.line", m.special, m.path, tail);
}

/** getmntname: the first mount (in mount order) whose from-name (`MNTON` asks by it) or on-name is `name` */
export function byFrom(ctx: CommandContext, name: string): Mount | undefined {
  return ctx.machine.mounts.all().find((m) => m.special === name);
}
export function byOn(ctx: CommandContext, name: string): Mount | undefined {
  return ctx.machine.mounts.all().find((m) => m.path === name);
}
