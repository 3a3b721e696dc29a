// chdev (AIX): change a device's attributes, e.g. bind an image file to a loop device.
import { msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { odmOf, parseFlags } from "./util.js";
import { bindImage, LOOP_TYPE, setDeviceAttr, setLoopAttr, unbindImage, validAttrValue } from "../../os/aix/devices.js";
import { methodError } from "./cfgerr.js";
import { isKernelError } from "../../kernel/errno.js";
import { absolutePath } from "./loopmount.js";

const CHANGE_METHOD = "/usr/lib/methods/chggen";

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
  const attrs: [string, string][] = [];
  for (const o of r.opts.filter((x) => x.flag === "a")) {
    const eq = o.value!.indexOf("=");
    if (eq <= 0) {
      ctx.stderr.write(msg(ctx, "chdev.usage") + "\n");
      return 1;
    }
    attrs.push([o.value!.slice(0, eq), o.value!.slice(eq + 1)]);
  }
  // an attribute that is not in PdAt, not user-settable (no U in generic), or given a value
  // outside its PdAt values, is not valid
  const method = String(odm.find("PdDv", { uniquetype })[0]?.Change || CHANGE_METHOD);
  const describe = (a: string) => `${a}\t${ctx.os.catalog[`attr.${uniquetype.split("/")[0]}.${a}`] ?? ""}`.trimEnd();
  const bad = attrs.filter(([a, v]) => {
    const pd = odm.find("PdAt", { uniquetype, attribute: a })[0];
    return !pd || !String(pd.generic).includes("U") || (a !== "filename" && !validAttrValue(String(pd.values), v));
  });
  if (bad.length) {
    ctx.stderr.write(msg(ctx, "cfg.badattr", method, bad.map(([a]) => describe(a)).join("\n\t")) + "\n");
    return 1;
  }
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
      if (isKernelError(e) && (e.errno === "ENOENT" || e.errno === "ENOTDIR" || e.errno === "EINVAL")) {
        ctx.stderr.write(msg(ctx, "cfg.badattr", CHANGE_METHOD, `${a}\t${ctx.os.catalog[`attr.loopback.${a}`] ?? ""}`) + "\n");
        return 1;
      }
      return methodError(ctx, CHANGE_METHOD, e, name);
    }
  }
  ctx.stdout.write(msg(ctx, "cfg.changed", name) + "\n");
  return 0;
}

export const chdev: CommandDef = {
  name: "chdev",
  run,
  path: "/usr/sbin/chdev",
  summary: "change a device's attributes (chdev -l loop0 -a filename=IMAGE)",
  flags: ["-l", "-a"],
  man: `chdev — changes the characteristics of a device

  chdev -l Name -a Attribute=Value ...

For a loopback device, -a filename=PATH binds an image file to it (an image
can be bound to one device only); -a filename= unbinds it. A mounted device
is busy and cannot change its image. Prints "loopN changed".

Example:  chdev -l loop2 -a filename=/images/disk.img
`,
};
