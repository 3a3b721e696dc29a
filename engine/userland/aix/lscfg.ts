// lscfg (AIX): the installed resources (the devices under sys0) with their location codes, and
// with -v their vital product data from CuVPD; -p adds the platform (Open Firmware) data.
import { decodeVpd, hardware, VPD_LABELS } from "../../os/aix/hardware.js";
import { err, msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { deviceDescription } from "./descriptions.js";
import { odmOf, parseFlags } from "./util.js";

interface Row {
  name: string;
  loc: string;
  desc: string;
  diag: boolean;
}

/** the sys0 tree: the devices lscfg knows first, in its order, then any others under sys0 */
function installed(ctx: CommandContext): Row[] {
  const odm = odmOf(ctx);
  const cudv = odm.get("CuDv");
  const inTree = new Set<string>();
  const walk = (name: string) => {
    if (inTree.has(name)) return;
    inTree.add(name);
    for (const c of cudv) if (c.parent === name) walk(String(c.name));
  };
  if (cudv.some((c) => c.name === "sys0")) walk("sys0");
  const known = Object.keys(hardware).filter((n) => inTree.has(n));
  const others = cudv.map((c) => String(c.name)).filter((n) => inTree.has(n) && !(n in hardware));
  return [...known, ...others].map((name) => {
    const dv = cudv.find((c) => c.name === name)!;
    return { name, loc: hardware[name]?.physloc ?? "", desc: deviceDescription(String(dv.PdDvLn)), diag: hardware[name]?.diag ?? false };
  });
}

/** "  Label..........value" lines of a device's hardware VPD */
function vpdLines(ctx: CommandContext, name: string): string {
  const cu = odmOf(ctx).find("CuVPD", { name, vpd_type: 0 })[0];
  if (!cu) return "";
  return decodeVpd(String(cu.vpd))
    .map(([kw, v]) => `        ${VPD_LABELS[kw] ?? `Device Specific.(${kw})........`}${v}\n`)
    .join("");
}

function platformLines(ctx: CommandContext, name: string): string {
  const node = hardware[name]?.node;
  if (!node) return "";
  return msg(ctx, "lscfg.platform", node.name, node.node, node.type, hardware[name]!.physloc) + "\n\n";
}

export interface LscfgOptions {
  vpd: boolean;
  platform: boolean;
  /** -l: a name, or a prefix ending in * */
  name?: string;
}

/** lscfg's report; null (with the message written) when -l names no device */
export function lscfgText(ctx: CommandContext, o: LscfgOptions): string | null {
  let rows = installed(ctx);
  if (o.name !== undefined) {
    const star = o.name.indexOf("*");
    rows = rows.filter((r) => (star >= 0 ? r.name.startsWith(o.name!.slice(0, star)) : r.name === o.name));
    if (!rows.length) {
      err(ctx, "lscfg.nodevice", o.name);
      return null;
    }
  }
  const width = Math.max(0, ...rows.map((r) => r.loc.length));
  const line = (flag: string, r: Row) => `${flag} ${r.name.padEnd(16)} ${r.loc.padEnd(width)}  ${r.desc}\n`;
  let out = "";
  if (o.name === undefined) out += msg(ctx, o.vpd ? "lscfg.vtitle" : "lscfg.title") + "\n\t\n" + msg(ctx, "lscfg.model", "chrp", "Multiple Processor, PCI bus") + "\n\t\n";
  for (const r of rows) {
    const flag = o.vpd || o.name !== undefined ? " " : r.diag ? "+" : "*";
    out += line(flag, r);
    const vpd = o.vpd ? vpdLines(ctx, r.name) : "";
    if (vpd) out += `\n${vpd}\n`;
    if (o.platform) out += platformLines(ctx, r.name);
  }
  return out;
}

function run(ctx: CommandContext): number {
  const r = parseFlags(ctx, "vpsl:h", "lscfg.usage");
  if (!r) return 1;
  const has = (f: string) => r.opts.some((o) => o.flag === f);
  if (has("h") || r.operands.length) {
    err(ctx, "lscfg.usage");
    return 1;
  }
  const name = r.opts.filter((o) => o.flag === "l").pop()?.value;
  const text = lscfgText(ctx, { vpd: has("v"), platform: has("p"), ...(name !== undefined ? { name } : {}) });
  if (text !== null) ctx.stdout.write(text);
  return 0;
}

export const lscfg: CommandDef = {
  name: "lscfg",
  run,
  path: "/usr/sbin/lscfg",
  summary: "Displays configuration, diagnostic, and vital product data (VPD) information about the system.",
  flags: ["-v", "-p", "-s", "-l"],
  man: `lscfg Command

Purpose
       Displays configuration, diagnostic, and vital product data (VPD)
       information about the system.

Syntax
       lscfg [ -v ] [ -p ] [ -s ] [ -l Name ]

Description
       The lscfg command lists the devices installed under the system object
       (sys0): the system planar, processors, memory, the virtual I/O bus and
       its adapters and disks. Each line gives the device, its physical
       location code and its description; + marks a device diagnostics can
       test, * one it cannot. Pseudo devices (loopback devices, the network
       interfaces, logical volumes) are not installed resources.

       With -v the vital product data kept in the CuVPD object class follows
       each device (network address, location code, ...).

Flags
       -l Name
            Displays the named device only (Name* for every device whose name
            begins with Name).
       -p   Displays the platform-specific device information (the firmware's
            node, device type and physical location).
       -s   Displays the device description on a separate line (accepted).
       -v   Displays the vital product data of each device.

       Messages:
       lscfg: device Name not found.

Exit Status
       0    The command ran successfully.
       >0   An error occurred.
`,
};
