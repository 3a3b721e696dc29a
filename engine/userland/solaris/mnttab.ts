// The mount table as Solaris's mount, umount and df read it from /etc/mnttab (mnttab(4)): special,
// mount point, type, options (with the kernel's dev=), time; and the three ways mount prints a
// line of it (illumos mount.c print_mnttab and flags()). A mount made with -m has no mnttab entry.
// mnttabText gives the file's text, for the machine's /etc/mnttab.
import type { Mount } from "../../kernel/vfs/mount.js";
import { formatDate } from "../common/strftime.js";
import { msg } from "../common/msg.js";
import type { CommandContext } from "../types.js";

// the table's facts are mntfs's (engine/os/solaris/mntfs.ts): one definition of a line
import { mnttabOptions, mnttabType as fstypeOf } from "../../os/solaris/mntfs.js";
export { mnttabOptions, mnttabText, mnttabType as fstypeOf, mnttabEntries as mnttab } from "../../os/solaris/mntfs.js";

/**
 * flags(): read/write or read only (read-only in -v's NEW format), setuid or nosetuid, devices or
 * nodevices (nosuid says no to both), then every other option as it is, each after a slash.
 * Options that contain "ignore" are not shown.
 */
export function mountFlags(opts: string, newFormat: boolean): string {
  if (opts === "") return "read/write/setuid/devices";
  let ro = false;
  let setuid = true;
  let devices = true;
  let rest = "";
  for (const o of opts.split(",")) {
    if (o === "ro") ro = true;
    else if (o === "rw") ro = false;
    else if (o === "setuid" || o === "suid") setuid = true;
    else if (o === "nosetuid") setuid = false;
    else if (o === "devices") devices = true;
    else if (o === "nodevices") devices = false;
    else if (o === "nosuid") setuid = devices = false;
    else if (o !== "" && !o.includes("ignore")) rest += `/${o}`;
  }
  const rw = ro ? (newFormat ? "read-only" : "read only") : "read/write";
  return `${rw}/${setuid ? "setuid" : "nosetuid"}/${devices ? "devices" : "nodevices"}${rest}`;
}

/** the mount's time as mount prints it: "%a %b %e %H:%M:%S %Y" */
export function mountTime(ctx: CommandContext, m: Mount): string {
  return formatDate("%a %b %e %H:%M:%S %Y", m.time, ctx.shell.env.get("TZ") || "UTC");
}

/** `mount`: mount point on special flags on time */
export const listLine = (ctx: CommandContext, m: Mount): string =>
  msg(ctx, "mount.line", m.path, m.special, mountFlags(mnttabOptions(m), false), mountTime(ctx, m));

/** `mount -v`: special on mount point type fstype flags on time */
export const verboseLine = (ctx: CommandContext, m: Mount): string =>
  msg(ctx, "mount.vline", m.special, m.path, fstypeOf(m), mountFlags(mnttabOptions(m), true), mountTime(ctx, m));

/** `mount -p`: a vfstab line; dev= is left out of the options */
export function vfstabLine(ctx: CommandContext, m: Mount): string {
  const opts = mnttabOptions(m).split(",").filter((o) => !o.startsWith("dev=")).join(",");
  return msg(ctx, "mount.pline", m.special, m.path, fstypeOf(m), opts);
}
