// mount_cd9660(8) of BSD/OS 4.x (BSDI mount_cd9660.c 2.3): an ISO 9660 file system, always
// read-only (the flag is set again after the options, so `-o rw` from mount(8) does no harm).
// -r leaves Rock Ridge aside; -e and -g (extended attributes, version numbers) are accepted and
// change nothing in the lab. Its failures are err(3)'s, so they begin with argv[0]: `cd9660: `
// when mount(8) runs it, `mount_cd9660: ` when typed.
import { isKernelError } from "../../kernel/errno.js";
import { CD9660_NORRIP } from "../../os/bsd/disktypes.js";
import { basename, getopt, reportOpt } from "../common/lib.js";
import { err } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { MOPT_UPDATE } from "./mntflags.js";
import { getmntopts, STDOPTS } from "./mntopts.js";
import { mountSyscall } from "./mountsys.js";

/** __progname: err(3) names the program by its argv[0] */
const progname = (ctx: CommandContext): string => basename(ctx.argv[0] ?? "mount_cd9660");

/** mopts[]: the standard options, update, and cd9660's own (ISOFSMNT_EXTATT, _GENS, _NORRIP) */
const table = [
  ...STDOPTS,
  MOPT_UPDATE,
  { name: "extattr", flag: "extattr" },
  { name: "strip", inverse: true, flag: "gens" },
  { name: "rockridge", inverse: true, flag: "norrip" },
];

function usage(ctx: CommandContext): number {
  err(ctx, "mount_cd9660.usage");
  return 1;
}

function run(ctx: CommandContext): number {
  const flags = new Set<string>(["rdonly"]);
  const r = getopt(ctx.argv.slice(1), "ego:r");
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      return usage(ctx);
    }
    if (it.flag === "e") flags.add("extattr");
    else if (it.flag === "g") flags.add("gens");
    else if (it.flag === "r") flags.add("norrip");
    else {
      const p = getmntopts(it.value ?? "", table, flags);
      if (!p.ok) {
        err(ctx, p.problem === "unsupported" ? "mntopt.unsupported" : "mntopt.needvalue", progname(ctx), p.option);
        return 1;
      }
    }
  }
  if (r.operands.length !== 2) return usage(ctx);
  const [dev, dir] = r.operands as [string, string];
  // ISO 9660 filesystems are not writeable
  flags.add("rdonly");
  try {
    mountSyscall(ctx.sys, "cd9660", dir, flags, dev, flags.has("norrip") ? [CD9660_NORRIP] : []);
  } catch (e) {
    if (!isKernelError(e)) throw e;
    err(ctx, e.errno === "ENODEV" ? "mount_cd9660.notconf" : "mount_cd9660.failed", progname(ctx), dev, dir, ctx.os.strerror(e.errno));
    return 1;
  }
  return 0;
}

export const mountCd9660: CommandDef = {
  name: "mount_cd9660",
  run,
  path: "/sbin/mount_cd9660",
  summary: "Mounts an ISO-9660 file system.",
  flags: ["-e", "-g", "-o", "-r"],
  man: `mount_cd9660 Command

Purpose
       Mounts an ISO-9660 file system.

Syntax
       mount_cd9660 [ -egr ] [ -o options ] special node

Description
       The mount_cd9660 command attaches the ISO-9660 file system residing on
       the device special (a CD, or a vnode disk such as /dev/vnd0c that
       vndconfig backed with an image file) to the global file system
       namespace at the location indicated by node. It is usually run by
       mount -t cd9660. The file system is always mounted read-only.

       Without Rock Ridge the names are shown in lower case, without their
       version numbers. A device that does not hold an ISO-9660 volume is
       refused with Invalid argument; one that is mounted already with Device
       busy; a vnode disk that has no file behind it with Device not
       configured.

Flags
       -e   Extended attributes (accepted; nothing changes in the lab).
       -g   Version numbers (accepted; nothing changes in the lab).
       -o options
            Options, comma separated, as for mount: ro, nodev, noexec,
            nosuid, union, noaccesstime, update; norockridge is -r.
       -r   Does not use the Rock Ridge extension.

Messages
       When run by mount -t cd9660 the messages begin with cd9660:
       mount_cd9660: /dev/vnd0c on /mnt: Device busy
       mount_cd9660: /dev/vnd0c on /mnt: Invalid argument
       mount_cd9660: /dev/vnd1c on /mnt: Device not configured
       mount_cd9660: /dev/vnd0c on /x: No such file or directory
       mount_cd9660: -o foo: option not supported
       usage: mount_cd9660 [-egrt] [-o options] special node

Exit Status
       0    The file system was mounted.
       1    It was not.
`,
};
