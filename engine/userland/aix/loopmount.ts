// loopmount (AIX 6.1 TL4+): bind an image file to a loopback device, creating the device if
// needed (temporary), and optionally mount it with the mount command's own rules.
import { isKernelError, kerr } from "../../kernel/errno.js";
import { err } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { odmOf, parseFlags } from "./util.js";
import {
  bindImage, configureLoop, defineLoop, isLoopDevice, LOOP_TYPE, loopAttr, setLoopAttr, undefineLoop, unbindImage,
} from "../../os/aix/devices.js";
import { mount } from "./mount.js";
import { methodError } from "./cfgerr.js";

/** the loopback type's configuration method (PdDv Define, Configure or Change) */
function methodOf(ctx: CommandContext, which: "Define" | "Configure" | "Change"): string {
  return String(odmOf(ctx).find("PdDv", { uniquetype: LOOP_TYPE })[0]?.[which] ?? "");
}

export function absolutePath(ctx: CommandContext, p: string): string {
  if (p.startsWith("/")) return p;
  const cwd = ctx.sys.getcwd();
  return (cwd === "/" ? "" : cwd) + "/" + p;
}

/** split the -o string the way the shell would hand it to mount: on blanks, honouring quotes */
export function splitOptions(s: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push(m[1] ?? m[2] ?? m[3]!);
  return out;
}

function run(ctx: CommandContext): number {
  const r = parseFlags(ctx, "i:l:o:m:", "loopmount.usage");
  if (!r) return 1;
  const val = (f: string) => r.opts.find((o) => o.flag === f)?.value;
  const [imageArg, devArg, options, mountPoint] = [val("i"), val("l"), val("o"), val("m")];
  // the image is recorded (CuAt filename) by its absolute path
  const image = imageArg === undefined ? undefined : absolutePath(ctx, imageArg);
  if (r.operands.length || (!image && !devArg) || (options === undefined) !== (mountPoint === undefined)) {
    err(ctx, "loopmount.usage");
    return 1;
  }
  const m = ctx.machine;
  if (m.setting("wpar", false)) {
    err(ctx, "loop.wpar", "loopmount");
    return 1;
  }
  odmOf(ctx);
  let created = false;
  let boundHere = false;
  let dev = devArg;

  // the image must be readable, and not bound to another device already
  let imageVnode = null;
  if (image) {
    try {
      imageVnode = ctx.sys.resolve(image);
      if (imageVnode.type !== "VREG") throw kerr("EINVAL");
    } catch {
      err(ctx, "loop.noimage", "loopmount", imageArg!);
      return 1;
    }
    const holder = m.loop.holderOf(imageVnode);
    if (holder && holder.name !== dev) {
      err(ctx, "loop.inuse", "loopmount", imageArg!, holder.name);
      return 1;
    }
  }

  const cleanup = () => {
    if (created && dev) undefineLoop(m, ctx.sys, dev);
    else if (boundHere && dev) unbindImage(m, dev);
  };

  // the device: defined (when loopmount makes it) and configured by the loopback methods; a
  // method that fails says so in its own words, as it does under mkdev (no 1320-007: nothing
  // was mounted)
  let method = methodOf(ctx, "Define");
  try {
    if (dev && !isLoopDevice(m, dev)) {
      // DECISIONS 1: by default a named device that does not exist is created (temporary) to
      // bind the image to; without an image, or on a machine that requires existing devices,
      // it is 1320-003.
      if (!image || !m.setting("loopmount_creates_named", true) || !/^loop\d+$/.test(dev)) {
        err(ctx, "loop.nodevice", "loopmount");
        return 1;
      }
      defineLoop(m, dev);
      created = true;
    } else if (!dev) {
      dev = defineLoop(m);
      created = true;
    }
    if (created) setLoopAttr(m, dev, "temporary", "yes");
    method = methodOf(ctx, "Configure");
    configureLoop(m, ctx.sys, dev);
    if (image) {
      const current = loopAttr(m, dev, "filename");
      if (current && current !== image) {
        // the device is busy with another image (mounted or not): it must be released with
        // loopumount (or rmdev) before it can take a new one
        err(ctx, "loop.devbusy", "loopmount", dev, current);
        return 1;
      }
      if (current !== image) {
        method = methodOf(ctx, "Change");
        bindImage(m, ctx.sys, dev, image, false);
        boundHere = true;
      }
    } else if (!loopAttr(m, dev, "filename")) {
      err(ctx, "loop.unbound", "loopmount", dev);
      cleanup();
      return 1;
    }
  } catch (e) {
    if (!isKernelError(e)) throw e;
    cleanup();
    if (e.errno === "EBUSY") err(ctx, "loop.inuse", "loopmount", imageArg ?? "", e.detail ?? dev ?? "");
    else methodError(ctx, method, e, dev ?? "");
    return 1;
  }

  if (options === undefined) return 0;
  // "All the restrictions and features of the mount command apply to loopmount also."
  const status = mount.run({ ...ctx, argv: ["mount", ...splitOptions(options), `/dev/${dev}`, mountPoint!] });
  if (status !== 0) {
    err(ctx, "loopmount.failed");
    cleanup();
    return 1;
  }
  return 0;
}

export const loopmount: CommandDef = {
  name: "loopmount",
  run,
  path: "/usr/sbin/loopmount",
  summary: "Associates an image file to a loopback device and optionally mounts it.",
  flags: ["-i", "-l", "-o", "-m"],
  man: `loopmount Command

Purpose
       Associates an image file to a loopback device and optionally mounts it.

Syntax
       loopmount { -i imagefile | -l device } [ -o mount options -m mountpoint ]

Description
       The loopmount command associates the image file with a loopback
       device. If no device is named with -l, loopmount creates the next free
       one (loop0, loop1 ...) and sets its temporary attribute to yes, so that
       loopumount or a restart deletes it again. If -l names a device that is
       not in the customized database and -i is given, the device is created
       the same way. When -o and -m are both given, the device is then
       mounted with the mount command, and all the restrictions and features
       of the mount command apply: an ISO image (cdrfs) mounts read-only only.
       The mount point directory must already exist.

       An image file can be associated with only one loopback device, and a
       loopback device with only one image file at a time.

Flags
       -i imagefile
            Specifies an image file name such as an ISO image. This must be
            specified if -l is not specified.
       -l device
            Specifies the ODM name of a loopback device such as loop0, loop1.
            This must be specified if -i is not specified.
       -o mount options
            Specifies options for the mount command, such as "-V cdrfs -o ro".
       -m mountpoint
            Specifies the mount point.

Examples
       loopmount -i /backup/cd_image -o "-V cdrfs -o ro" -m /cdmount
       loopmount -i /images/disk.img -l loop1

Messages
       1320-002 loopmount: Cannot access the image file imagefile.
       1320-003 loopmount: Specified loopback device is not found in ODM
                        Customized Database
       1320-004 loopmount: The image file imagefile is already associated
            with the loopback device device.
       1320-005 loopmount: Loopback devices are not supported in a workload
            partition.
       1320-006 loopmount: No image file is associated with the loopback
            device device.
       1320-007 loopmount: Failed to mount the imagefile
            (after the mount command's own message, such as
            mount: 0506-324 Cannot mount /dev/loop0 on /cdmount: ...)
       1320-010 loopmount: The loopback device device is busy: it is
            associated with the image file imagefile.
       Method error (/usr/lib/methods/cfgloop):
               0514-040 Error initializing a device into the kernel.
            (the device could not be configured: the driver still has a
            unit of that number, left behind by an edit of the ODM;
            nothing is mounted and no 1320-007 follows)
       Usage: loopmount { -i imagefile | -l device } [-o mount options -m mountpoint ]

Exit Status
       0    The image was associated (and mounted).
       1    An error occurred; a device loopmount created is deleted again.
`,
};
