// uname: displays the name of the current operating system (AIX 7.2: release 2, version 7).
// The machine's settings may override the values: uname.sysname, uname.release, uname.version,
// uname.machineId, uname.processor, uname.nid, uname.model, uname.systemId, uname.lpar.
// On a machine with an ODM (AIX), -M and -u come from sys0's modelname and systemid, as
// lsattr -El sys0 shows them.
import type { CommandContext, CommandDef } from "../types.js";
import { getopt, reportOpt } from "./lib.js";
import { err } from "./msg.js";
import { KERNEL_VERSION } from "../../os/bsd/version.js";

const DEFAULTS: Record<string, Record<string, string>> = {
  aix: {
    sysname: "AIX",
    release: "2",
    version: "7",
    machineId: "00C4A1B24C00",
    processor: "powerpc",
    nid: "1908461131",
    model: "IBM,9009-42A",
    systemId: "IBM,0278A1B2C",
    lpar: "1",
  },
  solaris: { sysname: "SunOS", release: "5.11", version: "11.4.0.15.0", machineId: "i86pc", processor: "i386", nid: "0", model: "i86pc", systemId: "0", lpar: "1" },
  // the version is the kernel's version string (sysctl kern.version), two lines
  bsd: {
    sysname: "BSD/OS",
    release: "4.3",
    version: KERNEL_VERSION,
    machineId: "i386",
    processor: "i386",
    nid: "0",
    model: "i386",
    systemId: "0",
    lpar: "1",
  },
};

/** sys0's attribute in the ODM for -M (modelname) and -u (systemid) */
const SYS0_ATTR: Record<string, string> = { model: "modelname", systemId: "systemid" };

function value(ctx: CommandContext, key: string): string {
  const fromOdm = SYS0_ATTR[key] ? ctx.machine.odm?.attr("sys0", SYS0_ATTR[key]!) : undefined;
  if (fromOdm !== undefined) return fromOdm;
  const d = DEFAULTS[ctx.os.name] ?? DEFAULTS.aix!;
  return String(ctx.machine.setting(`uname.${key}`, d[key] ?? ""));
}

/** -F / -f: a system identification string of 16 hex digits, the same for every partition of
 * the server (-F) or unique to this partition (-f); derived from the system id (FNV-1a) */
function systemIdString(ctx: CommandContext, partition: boolean): string {
  let h = 0xcbf29ce484222325n;
  const text = value(ctx, "systemId") + (partition ? `:${value(ctx, "lpar")}` : "");
  for (const c of text) h = BigInt.asUintN(64, (h ^ BigInt(c.charCodeAt(0))) * 0x100000001b3n);
  return h.toString(16).toUpperCase().padStart(16, "0");
}

/**
 * 4.4BSD's uname (uname.c): -a is -mnrsv, the fields print in the order s n r v m, and the
 * version is kern.version with its newlines and tabs made spaces, so it ends in a space.
 */
function runBsd(ctx: CommandContext): number {
  const r = getopt(ctx.argv.slice(1), "amnrsv");
  const f = new Set<string>();
  let bad = false;
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      bad = true;
    } else if (it.flag === "a") for (const x of "mnrsv") f.add(x);
    else f.add(it.flag);
  }
  if (bad || r.operands.length > 0) {
    err(ctx, "uname.usage");
    return 1;
  }
  if (f.size === 0) f.add("s");
  const fields: string[] = [];
  if (f.has("s")) fields.push(value(ctx, "sysname"));
  if (f.has("n")) fields.push(ctx.machine.hostname);
  if (f.has("r")) fields.push(value(ctx, "release"));
  if (f.has("v")) fields.push(value(ctx, "version").replace(/[\n\t]/g, " "));
  if (f.has("m")) fields.push(value(ctx, "machineId"));
  ctx.stdout.write(fields.join(" ") + "\n");
  return 0;
}

function run(ctx: CommandContext): number {
  if (ctx.os.name === "bsd") return runBsd(ctx);
  // -F, -f and -W are AIX 7's: the system id strings and the WPAR id
  const aix = ctx.os.name === "aix";
  const r = getopt(ctx.argv.slice(1), aix ? "snlrvmapxMLuFfWS:T:" : "snlrvmapxMLuS:T:");
  const f = { s: 0, n: 0, l: 0, r: 0, v: 0, m: 0, p: 0, M: 0, L: 0, u: 0, F: 0, f: 0, W: 0 };
  let set: { flag: string; value: string } | null = null;
  let bad = false;
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      bad = true;
      continue;
    }
    switch (it.flag) {
      case "a":
        f.s++, f.n++, f.r++, f.v++, f.m++;
        break;
      case "x":
        f.s++, f.n++, f.l++, f.r++, f.v++, f.m++;
        break;
      case "S":
      case "T":
        if (set) {
          err(ctx, "uname.setonly");
          return 1;
        }
        set = { flag: it.flag, value: it.value ?? "" };
        break;
      default:
        f[it.flag as keyof typeof f]++;
    }
  }
  if (bad || r.operands.length > 0) {
    err(ctx, "uname.usage");
    return 1;
  }
  if (set) {
    if (Object.values(f).some((n) => n > 0)) {
      err(ctx, "uname.setonly");
      return 1;
    }
    if (ctx.sys.proc.uid !== 0) {
      err(ctx, "uname.notroot");
      return 1;
    }
    if (set.flag === "S") ctx.machine.hostname = set.value;
    else ctx.machine.settings["uname.sysname"] = set.value;
    return 0;
  }
  const fields: string[] = [];
  const any = f.n || f.l || f.r || f.v || f.m || f.p || f.M || f.L || f.u || f.F || f.f || f.W;
  if (f.s || !any) fields.push(value(ctx, "sysname"));
  if (f.n) fields.push(ctx.machine.hostname);
  if (f.l) fields.push(value(ctx, "nid"));
  if (f.r) fields.push(value(ctx, "release"));
  if (f.v) fields.push(value(ctx, "version"));
  if (f.m) fields.push(value(ctx, "machineId"));
  if (f.p) fields.push(value(ctx, "processor"));
  if (f.M) fields.push(value(ctx, "model"));
  if (f.L) fields.push(`${value(ctx, "lpar")} ${ctx.machine.hostname}`);
  if (f.u) fields.push(value(ctx, "systemId"));
  if (f.F) fields.push(systemIdString(ctx, false));
  if (f.f) fields.push(systemIdString(ctx, true));
  // the WPAR id: 0 in the global environment
  if (f.W) fields.push(ctx.machine.setting("wpar", false) ? "1" : "0");
  ctx.stdout.write(fields.join(" ") + "\n");
  return 0;
}

export const uname: CommandDef = {
  name: "uname",
  path: "/usr/bin/uname",
  summary: "Displays the name of the current operating system.",
  flags: ["-a", "-s", "-n", "-r", "-v", "-m", "-p", "-x", "-l", "-M", "-L", "-u", "-F", "-f", "-W"],
  run,
  man: `uname Command

Purpose
       Displays the name of the current operating system.

Syntax
       uname [ -a | -x | -S Name ] [ -F ] [ -f ] [ -l ] [ -L ] [ -m ] [ -M ]
             [ -n ] [ -p ] [ -r ] [ -s ] [ -T Name ] [ -u ] [ -v ] [ -W ]

Description
       The uname command writes to standard output the name of the operating
       system that you are using. With no flags, the name of the operating
       system (AIX) is written.

Flags
       -a   Displays all information specified with the -m, -n, -r, -s, and
            -v flags.
       -F   Displays a system identification string comprised of hexadecimal
            characters. This identification string is the same for all
            partitions on a particular system.
       -f   Similar to the -F flag, except that the partition number is also
            used in the calculation of this string. The resulting string is
            unique for each partition on a particular system.
       -l   Displays the LAN network number.
       -L   Displays the LPAR number and LPAR name.
       -M   Displays the system model name.
       -m   Displays the machine ID number of the hardware running the system.
       -n   Displays the name of the node.
       -p   Displays the architecture of the system processor.
       -r   Displays the release number of the operating system.
       -s   Displays the system name. This flag is on by default.
       -u   Displays the system ID number.
       -v   Displays the version number of the operating system.
       -W   Displays the static WPAR ID (0 in the global environment).
       -x   Displays the information specified with the -a flag as well as
            the LAN network number, as specified by the -l flag.
       -S Name
            Sets the name of the node (root only).
       -T Name
            Sets the system name (root only).
`,
};
