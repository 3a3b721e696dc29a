// rmdev (AIX): unconfigure a device (→ Defined) or, with -d, delete it from the database.
import { msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { odmOf, parseFlags } from "./util.js";
import { LOOP_TYPE, undefineLoop, unconfigureLoop } from "../../os/aix/devices.js";
import { methodError } from "./cfgerr.js";

function run(ctx: CommandContext): number {
  const r = parseFlags(ctx, "l:p:dSf:hqRg", "rmdev.usage");
  if (!r) return 1;
  const odm = odmOf(ctx);
  const has = (f: string) => r.opts.some((o) => o.flag === f);
  const name = r.opts.find((o) => o.flag === "l" || o.flag === "p")?.value;
  const asParent = r.opts.some((o) => o.flag === "p");
  if (!name || r.operands.length || (has("d") && has("S"))) {
    ctx.stderr.write(msg(ctx, "rmdev.usage") + "\n");
    return 1;
  }
  const cu = odm.find("CuDv", { name })[0];
  if (!cu) {
    ctx.stderr.write(msg(ctx, "cfg.nocudv.criteria", "rmdev", name) + "\n");
    return 1;
  }
  if (asParent) {
    // -p acts on the device's children; loop devices and the lab's other leaves have none
    const children = odm.find("CuDv", { parent: name });
    if (children.length === 0) return 0;
    const first = children[0]!;
    const pdc = odm.find("PdDv", { uniquetype: String(first.PdDvLn) })[0];
    ctx.stderr.write(msg(ctx, "cfg.busy", String(pdc?.Unconfigure || "/usr/lib/methods/ucfgdevice")) + "\n");
    return 1;
  }
  const pd = odm.find("PdDv", { uniquetype: String(cu.PdDvLn) })[0];
  const unconfigure = String(pd?.Unconfigure || "/usr/lib/methods/ucfgdevice");
  if (cu.PdDvLn !== LOOP_TYPE) {
    // every other device of this LPAR is in use by the running system
    if (Number(cu.status) === 1 || has("d")) {
      ctx.stderr.write(msg(ctx, "cfg.busy", unconfigure) + "\n");
      return 1;
    }
    ctx.stdout.write(msg(ctx, "cfg.defined", name) + "\n");
    return 0;
  }
  try {
    if (has("d")) undefineLoop(ctx.machine, ctx.sys, name);
    else unconfigureLoop(ctx.machine, name);
  } catch (e) {
    return methodError(ctx, unconfigure, e, name);
  }
  ctx.stdout.write(msg(ctx, has("d") ? "cfg.deleted" : "cfg.defined", name) + "\n");
  return 0;
}

export const rmdev: CommandDef = {
  name: "rmdev",
  run,
  path: "/usr/sbin/rmdev",
  summary: "Removes a device from the system.",
  flags: ["-l", "-d", "-R", "-S"],
  man: `rmdev Command

Purpose
       Removes a device from the system.

Syntax
       rmdev { -l Name | -p Name } [ -d | -S ] [ -f File ] [ -h ] [ -q ] [ -R ] [ -g ]

Description
       The rmdev command unconfigures a device: without -d it stays in the
       Customized Devices object class in the Defined state (loop0 Defined).
       With -d its definition is deleted: its CuDv, CuAt and CuDvDr objects
       and its special file go (loop0 deleted). A device that is in use (a
       mounted loopback device) is busy and is not removed.

Flags
       -d   Removes the device definition from the Customized Devices object
            class.
       -l Name
            Specifies the logical device, such as loop0.
       -p Name
            Acts on the children of the named device.
       -R   Unconfigures the device and its children.
       -S   Makes the device unavailable, leaving it in the Stopped state.

Examples
       rmdev -dl loop0

Exit Status
       0    The device was removed.
       >0   An error occurred (such as 0514-062, the device is busy).
`,
};
