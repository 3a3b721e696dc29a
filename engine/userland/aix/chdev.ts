// chdev (AIX): change a device's attributes, e.g. bind an image file to a loop device.
import { msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { odmOf, parseFlags } from "./util.js";
import { bindImage, LOOP_TYPE, setDeviceAttr, setLoopAttr, unbindImage } from "../../os/aix/devices.js";
import { changeMethod, invalidAttrs, parseAttrs, reportBadAttrs } from "./attrcheck.js";
import { methodError } from "./cfgerr.js";
import { isKernelError } from "../../kernel/errno.js";
import { absolutePath } from "./loopmount.js";

function run(ctx: CommandContext): number {
  const r = parseFlags(ctx, "l:a:f:hp:w:PTUqg", "chdev.usage");
  if (!r) return 1;
  const odm = odmOf(ctx);
  const name = r.opts.find((o) => o.flag === "l")?.value;
  if (!name || r.operands.length) {
    ctx.stderr.write(msg(ctx, "chdev.usage") + "\n");
    return 1;
  }
  const cu = odm.find("CuDv", { name })[0];
  if (!cu) {
    ctx.stderr.write(msg(ctx, "cfg.nocudv.criteria", "chdev", name) + "\n");
    return 1;
  }
  const uniquetype = String(cu.PdDvLn);
  const attrs = parseAttrs(r.opts.filter((x) => x.flag === "a").map((o) => o.value!));
  if (!attrs) {
    ctx.stderr.write(msg(ctx, "chdev.usage") + "\n");
    return 1;
  }
  const method = changeMethod(ctx, uniquetype);
  const bad = invalidAttrs(ctx, uniquetype, attrs);
  if (bad.length) return reportBadAttrs(ctx, method, uniquetype, bad);
  if (uniquetype !== LOOP_TYPE) {
    for (const [a, v] of attrs) setDeviceAttr(ctx.machine, name, uniquetype, a, v);
    ctx.stdout.write(msg(ctx, "cfg.changed", name) + "\n");
    return 0;
  }
  for (const [a, v] of attrs) {
    try {
      if (a === "filename") {
        if (v === "") unbindImage(ctx.machine, name);
        else bindImage(ctx.machine, ctx.sys, name, absolutePath(ctx, v), false);
      } else setLoopAttr(ctx.machine, name, a, v);
    } catch (e) {
      if (isKernelError(e) && (e.errno === "ENOENT" || e.errno === "ENOTDIR" || e.errno === "EINVAL")) return reportBadAttrs(ctx, method, uniquetype, [a]);
      return methodError(ctx, method, e, name);
    }
  }
  ctx.stdout.write(msg(ctx, "cfg.changed", name) + "\n");
  return 0;
}

export const chdev: CommandDef = {
  name: "chdev",
  run,
  path: "/usr/sbin/chdev",
  summary: "Changes the characteristics of a device.",
  flags: ["-l", "-a"],
  man: `chdev Command

Purpose
       Changes the characteristics of a device.

Syntax
       chdev -l Name [ -a Attribute=Value ... ] [ -f File ] [ -h ]
             [ -p ParentName ] [ -P | -T ] [ -U ] [ -q ] [ -w Connection ]

Description
       The chdev command runs the device type's change method, which checks
       each attribute against the predefined attributes (PdAt): it must
       exist, be user-settable and take the value. The new value is kept in
       the customized attributes (CuAt). It prints "Name changed".

       For a loopback device, -a filename=Path binds an image file to it (an
       image can be bound to one device only); -a filename= unbinds it. A
       mounted device is busy and cannot change its image.

Flags
       -a Attribute=Value
            An attribute and its new value.
       -l Name
            The device.

       Messages:
       Method error (/usr/lib/methods/chggen):
               0514-018 The values specified for the following attributes
                        are not valid:
       chdev: 0514-519 The following device was not found in the customized
               device configuration database:

Exit Status
       0    The command ran successfully.
       >0   An error occurred.

Example
       chdev -l loop2 -a filename=/images/disk.img
`,
};
