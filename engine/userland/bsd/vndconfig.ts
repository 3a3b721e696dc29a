// vndconfig(8) of BSD/OS 4.x (BSDI vndconfig.c 1.6): back a vnd(4) unit with a regular file, or
// clear it (-c), through the control device /dev/vnd. The unit is 0 unless -u says. The file's
// path is made absolute (realpath) and handed to the kernel; it is checked to be a regular file,
// and warned about when root does not own it or others may read it. The lab keeps no file flags:
// the user immutable flag vndconfig sets on the file (and -f clears first) is not simulated.
import { isKernelError } from "../../kernel/errno.js";
import { vndClear, vndSet } from "../../os/bsd/vnd.js";
import { getopt, reportOpt } from "../common/lib.js";
import { err } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { realpath } from "./realpath.js";

const LONG_MAX = 2 ** 31 - 1;

function usage(ctx: CommandContext): number {
  err(ctx, "vndconfig.usage");
  return 1;
}

/** -u's argument as strtol reads it; a message and null when vndconfig refuses it */
function unitArg(ctx: CommandContext, arg: string): number | null {
  const m = /^\s*([+-]?\d+)$/.exec(arg);
  if (!m) {
    err(ctx, "vndconfig.badnum", arg);
    return null;
  }
  const n = Number.parseInt(m[1]!, 10);
  if (n > LONG_MAX || n < -LONG_MAX - 1) {
    err(ctx, "vndconfig.cannot", arg, ctx.os.strerror("ERANGE"));
    return null;
  }
  if (n < 0) {
    err(ctx, "vndconfig.badunit", arg);
    return null;
  }
  return n;
}

/** -c: VNDIOCCLR, then the saved path is looked at to clear its immutable flag */
function clearUnit(ctx: CommandContext, unit: number): number {
  let path: string;
  try {
    path = vndClear(ctx.machine, unit);
  } catch (e) {
    if (!isKernelError(e)) throw e;
    err(ctx, "vndconfig.clearrejected", unit, ctx.os.strerror(e.errno));
    return 1;
  }
  try {
    ctx.sys.stat(path);
  } catch (e) {
    if (!isKernelError(e)) throw e;
    // the format is `warning immutable bit not cleared "%"s`: printf prints %" as "
    err(ctx, "vndconfig.notcleared", ctx.os.strerror(e.errno));
    return 1;
  }
  return 0;
}

/** configure: the file's checks and warnings, then VNDIOCSET */
function setUnit(ctx: CommandContext, unit: number, dev: string): number {
  let a;
  try {
    a = ctx.sys.stat(dev);
    ctx.sys.statfs(dev);
  } catch (e) {
    if (!isKernelError(e)) throw e;
    err(ctx, "vndconfig.cannot", dev, ctx.os.strerror(e.errno));
    return 1;
  }
  if (a.type !== "VREG") {
    err(ctx, "vndconfig.notreg", dev);
    return 1;
  }
  if (a.uid !== 0) err(ctx, "vndconfig.notroot", dev);
  if (a.mode & 0o044) err(ctx, "vndconfig.readable", dev);
  try {
    vndSet(ctx.sys, unit, dev);
  } catch (e) {
    if (!isKernelError(e)) throw e;
    err(ctx, "vndconfig.rejected", unit, ctx.os.strerror(e.errno));
    return 1;
  }
  return 0;
}

function run(ctx: CommandContext): number {
  let unit = 0;
  let clear = false;
  const r = getopt(ctx.argv.slice(1), "cfsu:");
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      return usage(ctx);
    }
    if (it.flag === "c") clear = true;
    else if (it.flag === "u") {
      const n = unitArg(ctx, it.value ?? "");
      if (n === null) return 1;
      unit = n;
    }
    // -f (clear a stale immutable flag first) and -s (swap or read-only use) change nothing here
  }
  const args = r.operands;
  if (clear ? args.length !== 0 : args.length !== 1) return usage(ctx);
  let dev = "";
  if (!clear) {
    const rp = realpath(ctx.sys, args[0]!);
    if (!rp.ok) {
      err(ctx, "vndconfig.pathname", rp.resolved);
      return 1;
    }
    dev = rp.path;
  }
  try {
    ctx.sys.open("/dev/vnd", { read: true, write: true });
  } catch (e) {
    if (!isKernelError(e)) throw e;
    err(ctx, "vndconfig.cannot", "/dev/vnd", ctx.os.strerror(e.errno));
    return 1;
  }
  return clear ? clearUnit(ctx, unit) : setUnit(ctx, unit, dev);
}

export const vndconfig: CommandDef = {
  name: "vndconfig",
  run,
  path: "/sbin/vndconfig",
  summary: "Configures vnode devices.",
  flags: ["-c", "-f", "-s", "-u"],
  man: `vndconfig Command

Purpose
       Configures vnode devices.

Syntax
       vndconfig [ -f ] [ -s ] [ -u unit ] file
       vndconfig -c [ -u unit ]

Description
       The vndconfig command associates a regular file with a vnd pseudo disk
       unit: the file becomes the backing store of the disk, and the disk's
       partition c, /dev/vnd0c (raw /dev/rvnd0c), reads and writes it. A CD
       image is then mounted with mount -t cd9660 /dev/vnd0c /mnt. Each unit
       has partitions a to h; without a disk label only c has a size.

       The kernel has units 0 to 3; /dev holds the nodes of units 0 and 1.
       A file can back one unit at a time, also when it is reached by
       another path (through a loopback mount). The configuration goes
       through the control device /dev/vnd. vndconfig prints nothing when it
       succeeds, but warns about a file root does not own, or others may
       read:
            vndconfig: warning "/images/cd.iso" readable by group and/or other

Flags
       -c   Clears the unit, unless one of its partitions is open (mounted).
       -f   Clears a user immutable flag left on the file first (the lab
            keeps no file flags).
       -s   The disk is for swap or read-only use (accepted).
       -u unit
            The unit to configure or clear; 0 by default.

Messages
       vndconfig: kernel rejected vnd unit 0: Device busy
       vndconfig: 0: kernel rejected clearing vnd unit: Device busy
       vndconfig: 1: kernel rejected clearing vnd unit: Device not configured
       vndconfig: /tmp/none.iso: No such file or directory
       vndconfig: error in pathname "/nodir"
       vndconfig: /tmp: is not a regular file
       vndconfig: x: Invalid numeric argument

Exit Status
       0    The unit was configured or cleared.
       1    It was not.
`,
};
