// loopumount (AIX): unmount a loop device's file system; delete the device if loopmount created it.
import { isKernelError } from "../../kernel/errno.js";
import { err } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { odmOf, parseFlags } from "./util.js";
import { isLoopDevice, loopAttr, loopDevices, undefineLoop } from "../../os/aix/devices.js";
import { unmountTarget } from "./umount.js";
import { splitOptions } from "./loopmount.js";

function run(ctx: CommandContext): number {
  const r = parseFlags(ctx, "i:l:o:m:", "loopumount.usage");
  if (!r) return 1;
  const val = (f: string) => r.opts.find((o) => o.flag === f)?.value;
  const [image, devArg, options, mountPointArg] = [val("i"), val("l"), val("o"), val("m")];
  if (r.operands.length || (!image && !devArg)) {
    err(ctx, "loopumount.usage");
    return 1;
  }
  const m = ctx.machine;
  odmOf(ctx);
  let dev = devArg;
  // "If -i and -l both are specified, -i is ignored."
  if (!dev) {
    let want;
    try {
      want = ctx.sys.resolve(image!);
    } catch {
      err(ctx, "loop.noimage", "loopumount", image!);
      return 1;
    }
    const unit = m.loop.holderOf(want);
    dev = unit?.name ?? loopDevices(m).find((d) => loopAttr(m, d, "filename") === image);
    if (!dev) {
      err(ctx, "loop.nodevice", "loopumount");
      return 1;
    }
  } else if (!isLoopDevice(m, dev)) {
    err(ctx, "loop.nodevice", "loopumount");
    return 1;
  }
  // the man page's examples pass the mount point with -o ("-o /mnt"); -m names it too
  const optWords = options ? splitOptions(options) : [];
  const mountPoint = mountPointArg ?? optWords.find((w) => w.startsWith("/"));
  const special = `/dev/${dev}`;
  const mounted = m.mounts.all().find((x) => x.special === special);
  if (mounted) {
    const status = unmountTarget(ctx, mountPoint ?? mounted.path);
    if (status !== 0) {
      err(ctx, "loopumount.failed");
      return 1;
    }
  } else if (mountPoint && loopAttr(m, dev, "temporary") !== "yes") {
    err(ctx, "loopumount.notmounted", dev);
    return 1;
  }
  // a temporary device goes also when its file system was unmounted with plain umount before:
  // the technote's clean-up (loopumount -l loop0 -m /cdmount) still has a device to remove
  if (loopAttr(m, dev, "temporary") === "yes") {
    try {
      undefineLoop(m, ctx.sys, dev);
    } catch (e) {
      if (!isKernelError(e)) throw e;
      err(ctx, "loopumount.failed");
      return 1;
    }
  }
  return 0;
}

export const loopumount: CommandDef = {
  name: "loopumount",
  run,
  path: "/usr/sbin/loopumount",
  summary: "Unmounts an image file and deletes the loopback device associated with it if it was created implicitly.",
  flags: ["-i", "-l", "-o", "-m"],
  man: `loopumount Command

Purpose
       Unmounts an image file and deletes the loopback device associated with
       it if it was created implicitly.

Syntax
       loopumount { -i imagefile | -l device } [ -o umount options -m mountpoint ]

Description
       The loopumount command unmounts the file system on the loopback
       device and, if the device's temporary attribute is yes (loopmount
       created it), deletes the device. A device made with mkdev is unmounted
       but kept. A temporary device whose file system was already unmounted
       with umount is deleted too. If -i and -l are both specified, -i is
       ignored.

Flags
       -i imagefile
            Specifies the image file whose loopback device is unmounted.
       -l device
            Specifies the ODM name of the loopback device.
       -o umount options
            Specifies options for the umount command.
       -m mountpoint
            Specifies the mount point.

Examples
       loopumount -l loop0 -m /cdmount

Messages
       1320-002 loopumount: Cannot access the image file imagefile.
       1320-003 loopumount: Specified loopback device is not found in ODM
                        Customized Database
       1320-008 loopumount: Failed to unmount the imagefile
            (after the umount command's own message, such as
            umount: 0506-349 Cannot unmount /dev/loop0: The requested
            resource is busy.)
       1320-009 loopumount: The loopback device device is not mounted.

Exit Status
       0    The image was unmounted (and the device deleted).
       1    An error occurred.
`,
};
