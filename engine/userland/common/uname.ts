// uname: displays the name of the current operating system (AIX 7.2: release 2, version 7).
// The machine's settings may override the values: uname.sysname, uname.release, uname.version,
// uname.machineId, uname.processor, uname.nid, uname.model, uname.systemId, uname.lpar.
import type { CommandContext, CommandDef } from "../types.js";
import { getopt, reportOpt } from "./lib.js";
import { err } from "./msg.js";

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
  bsd: { sysname: "BSD/OS", release: "4.3", version: "BSDI BSD/OS 4.3 Kernel #0", machineId: "i386", processor: "i386", nid: "0", model: "i386", systemId: "0", lpar: "1" },
};

function value(ctx: CommandContext, key: string): string {
  const d = DEFAULTS[ctx.os.name] ?? DEFAULTS.aix!;
  return String(ctx.machine.setting(`uname.${key}`, d[key] ?? ""));
}

function run(ctx: CommandContext): number {
  const r = getopt(ctx.argv.slice(1), "snlrvmapxMLuS:T:");
  const f = { s: 0, n: 0, l: 0, r: 0, v: 0, m: 0, p: 0, M: 0, L: 0, u: 0 };
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
  const any = f.n || f.l || f.r || f.v || f.m || f.p || f.M || f.L || f.u;
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
  ctx.stdout.write(fields.join(" ") + "\n");
  return 0;
}

export const uname: CommandDef = {
  name: "uname",
  path: "/usr/bin/uname",
  summary: "Displays the name of the current operating system.",
  flags: ["-a", "-s", "-n", "-r", "-v", "-m", "-p", "-x", "-l", "-M", "-L", "-u"],
  run,
  man: `uname Command

Purpose
       Displays the name of the current operating system.

Syntax
       uname [ -a | -x | -s -n -l -r -v -m -p -M -L -u ] [ -S Name | -T Name ]

Description
       The uname command writes to standard output the name of the operating
       system that you are using. With no flags, the name of the operating
       system (AIX) is written.

Flags
       -a   Displays all information specified with the -m, -n, -r, -s, and
            -v flags.
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
       -x   Displays the information specified with the -a flag as well as
            the LAN network number, as specified by the -l flag.
       -S Name
            Sets the name of the node (root only).
       -T Name
            Sets the system name (root only).
`,
};
