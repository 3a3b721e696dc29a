// The mount table as Solaris's mount, umount and df read it from /etc/mnttab (mnttab(4)): special,
// mount point, type, options (with the kernel's dev=), time; and the three ways mount prints a
// line of it (Solaris 11 mount.c print_mnttab and flags()). A mount made with -m has no mnttab entry.
// mnttabText gives the file's text, for the machine's /etc/mnttab.
import type { Mount } from "../../kernel/vfs/mount.js";
import { formatDate } from "../common/strftime.js";
import { msg } from "../common/msg.js";
import type { CommandContext } from "../types.js";

// the table's facts are mntfs's (engine/os/solaris/mntfs.ts): one definition of a line
import { mnttabOptions, mnttabType as fstypeOf } from "../../os/solaris/mntfs.js";
export { mnttabOptions, mnttabText, mnttabType as fstypeOf, mnttabEntries as mnttab } from "../../os/solaris/mntfs.js";

/**
 * flags() of Solaris 11's mount.c: read/write or read only (read-only in -v's NEW format), setuid
 * or nosetuid, devices or nodevices (nosuid says no to both), then rstchown or norstchown, which
 * are taken out of the option list and always placed there; then every other option as it is,
 * each after a slash. No options at all: read/write/setuid/devices/rstchown.
 */
export function mountFlags(opts: string, newFormat: boolean): string {
  if (opts === "") return "read/write/setuid/devices/rstchown";
  let ro = false;
  let suid = true;
  let setuid = true;
  let devices = true;
  let rstchown = true;
  const rest: string[] = [];
  for (const o of opts.split(",")) {
    if (o === "ro") ro = true;
    else if (o === "rw") ro = false;
    else if (o === "suid") suid = true;
    else if (o === "nosuid") suid = false;
    else if (o === "setuid") setuid = true;
    else if (o === "nosetuid") setuid = false;
    else if (o === "devices") devices = true;
    else if (o === "nodevices") devices = false;
    else if (o === "rstchown") rstchown = true;
    else if (o === "norstchown") rstchown = false;
    else if (o !== "") rest.push(o);
  }
  const rw = ro ? (newFormat ? "read-only" : "read only") : "read/write";
  const ids = suid ? `/${setuid ? "setuid" : "nosetuid"}/${devices ? "devices" : "nodevices"}` : "/nosetuid/nodevices";
  return `${rw}${ids}/${rstchown ? "rstchown" : "norstchown"}${rest.map((o) => `/${o}`).join("")}`;
}

/** mount.c ignore(): an entry whose options have "ignore" is not listed by mount */
export const ignored = (m: Mount): boolean => mnttabOptions(m).split(",").includes("ignore");

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
