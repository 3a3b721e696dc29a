// mkdev (AIX): define and configure a device. The lab has methods for loopback devices.
import { msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { odmOf, parseFlags } from "./util.js";
import { configureLoop, defineLoop, LOOP_TYPE, setLoopAttr, undefineLoop, bindImage } from "../../os/aix/devices.js";
import { methodError } from "./cfgerr.js";
import { absolutePath } from "./loopmount.js";
import { isKernelError } from "../../kernel/errno.js";
import { changeMethod, invalidAttrs, parseAttrs, reportBadAttrs } from "./attrcheck.js";

function run(ctx: CommandContext): number {
  const r = parseFlags(ctx, "c:s:t:l:a:dSRf:hp:qw:", "mkdev.usagetext");
  if (!r) return 1;
  const odm = odmOf(ctx);
  const val = (f: string) => r.opts.find((o) => o.flag === f)?.value;
  const has = (f: string) => r.opts.some((o) => o.flag === f);
  const [c, s, t, l] = [val("c"), val("s"), val("t"), val("l")];
  if (has("h")) {
    ctx.stdout.write(msg(ctx, "mkdev.usagetext") + "\n");
    return 0;
  }
  if (r.operands.length || (!c && !s && !t && !l)) {
    ctx.stderr.write(msg(ctx, "mkdev.usage", "mkdev") + "\n" + msg(ctx, "mkdev.usagetext") + "\n");
    return 1;
  }
  const attrs = parseAttrs(r.opts.filter((x) => x.flag === "a").map((o) => o.value!));
  if (!attrs) {
    ctx.stderr.write(msg(ctx, "mkdev.usagetext") + "\n");
    return 1;
  }
  const m = ctx.machine;
  let name: string;
  if (c || s || t) {
    const crit: string[] = [];
    if (t) crit.push(`type = '${t}'`);
    if (s) crit.push(`subclass = '${s}'`);
    if (c) crit.push(`class = '${c}'`);
    const pd = odm.get("PdDv").filter((p) => (!t || p.type === t) && (!s || p.subclass === s) && (!c || p.class === c));
    if (pd.length !== 1 || pd[0]!.uniquetype !== LOOP_TYPE) {
      ctx.stderr.write(msg(ctx, "cfg.nopd", "mkdev", crit.join(" AND ")) + "\n");
      return 1;
    }
    const define = String(pd[0]!.Define);
    try {
      name = defineLoop(m, l);
    } catch (e) {
      return methodError(ctx, define, e, l ?? "");
    }
    // with attributes, mkdev runs the change method on the new device; when it fails the
    // device is undefined again
    const change = changeMethod(ctx, LOOP_TYPE);
    const bad = invalidAttrs(ctx, LOOP_TYPE, attrs);
    if (bad.length) {
      undefineLoop(m, ctx.sys, name);
      return reportBadAttrs(ctx, change, LOOP_TYPE, bad);
    }
    try {
      for (const [a, v] of attrs) {
        if (a === "filename") bindImage(m, ctx.sys, name, absolutePath(ctx, v), false);
        else setLoopAttr(m, name, a, v);
      }
    } catch (e) {
      undefineLoop(m, ctx.sys, name);
      if (isKernelError(e) && (e.errno === "ENOENT" || e.errno === "ENOTDIR" || e.errno === "EINVAL")) {
        return reportBadAttrs(ctx, change, LOOP_TYPE, attrs.filter(([a]) => a === "filename").map(([a]) => a));
      }
      return methodError(ctx, change, e, name);
    }
  } else {
    name = l!;
    const cu = odm.find("CuDv", { name })[0];
    if (!cu) {
      ctx.stderr.write(msg(ctx, "cfg.nocudv.criteria", "mkdev", name) + "\n");
      return 1;
    }
    if (cu.PdDvLn !== LOOP_TYPE) {
      // the other devices of this LPAR are configured at boot; they are already what they are
      ctx.stdout.write(msg(ctx, Number(cu.status) === 1 ? "cfg.available" : "cfg.defined", name) + "\n");
      return 0;
    }
  }
  if (has("d")) {
    ctx.stdout.write(msg(ctx, "cfg.defined", name) + "\n");
    return 0;
  }
  const pd = odm.find("PdDv", { uniquetype: LOOP_TYPE })[0]!;
  try {
    configureLoop(m, ctx.sys, name);
  } catch (e) {
    // a device that was defined by this mkdev and cannot be configured is taken out again
    if (c || s || t) undefineLoop(m, ctx.sys, name);
    return methodError(ctx, String(pd.Configure), e, name);
  }
  ctx.stdout.write(msg(ctx, "cfg.available", name) + "\n");
  return 0;
}

export const mkdev: CommandDef = {
  name: "mkdev",
  run,
  path: "/usr/sbin/mkdev",
  summary: "Adds a device to the system.",
  flags: ["-c", "-s", "-t", "-l", "-a", "-d"],
  man: `mkdev Command

Purpose
       Adds a device to the system.

Syntax
       mkdev { -c Class -s Subclass -t Type } [ -l Name ]
             [ -a Attribute=Value ] ... [ -d | -S | -R ] [ -f File ] [ -h ]
             [ -p ParentName ] [ -q ] [ -w ConnectionLocation ]
       mkdev -l Name [ -h ] [ -q ] [ -S ]

Description
       The mkdev command runs the device type's define method (a new CuDv
       object, named with the lowest free number for the type's prefix
       unless -l names it), then, with -a, its change method, and then its
       configure method: a device number (CuDvDr), a special file in /dev,
       the driver's unit. It prints the device and its new state. A device
       that cannot be configured is undefined again.

       mkdev -l Name configures a device that is Defined.

Flags
       -c Class, -s Subclass, -t Type
            The predefined device type (loopback, node, loopback).
       -l Name
            The device's name.
       -a Attribute=Value
            An attribute for the change method (filename=Path binds an image).
       -d   Defines the device only.

       Messages:
       mkdev: 0514-520 Cannot find information in the predefined device
               configuration database for the following:
       Method error (/usr/lib/methods/chggen):
               0514-018 The values specified for the following attributes
                        are not valid:
       Method error (/usr/lib/methods/cfgloop):
               0514-040 Error initializing a device into the kernel.

Exit Status
       0    The command ran successfully.
       >0   An error occurred.

Examples
       mkdev -c loopback -s node -t loopback
       mkdev -c loopback -s node -t loopback -a filename=/backup/cd_image
`,
};
