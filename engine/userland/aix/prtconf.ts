// prtconf (AIX): the partition's configuration: model and serial number, processors, memory,
// firmware, sys0's settings, the network, paging space, the active volume groups and the
// installed resources (lscfg). Everything comes from the ODM and the machine, so it agrees with
// lsattr -El sys0, uname, lsdev and lscfg.
import { FIRMWARE, PROCESSOR, SERIAL } from "../../os/aix/hardware.js";
import { PP_MB } from "../../os/aix/vg.js";
import { lvmView } from "./lvminfo.js";
import { pvList } from "./lsvg.js";
import { msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { lscfgText } from "./lscfg.js";
import { odmOf, parseFlags } from "./util.js";

const sys0 = (ctx: CommandContext, a: string) => odmOf(ctx).attr("sys0", a) ?? "";

function memoryMb(ctx: CommandContext): number {
  return Math.floor(Number(sys0(ctx, "realmem")) / 1024);
}

/** the single lines of -s, -c, -k, -L and -m */
function line(ctx: CommandContext, flag: string): string {
  switch (flag) {
    case "s":
      return msg(ctx, "prtconf.clock", PROCESSOR.mhz);
    case "c":
      return msg(ctx, "prtconf.cpu", "64-bit");
    case "k":
      return msg(ctx, "prtconf.kernel", "64-bit");
    case "L":
      return msg(ctx, "prtconf.lpar", String(ctx.machine.setting("uname.lpar", "1")), ctx.machine.hostname);
    default:
      return msg(ctx, "prtconf.memory", memoryMb(ctx));
  }
}

/** the host's address in /etc/hosts, as the network section shows it */
function ipAddress(ctx: CommandContext): string {
  let hosts = "";
  try {
    hosts = new TextDecoder().decode(ctx.sys.readFile("/etc/hosts"));
  } catch {
    return "";
  }
  for (const l of hosts.split("\n")) {
    const f = l.replace(/#.*/, "").trim().split(/\s+/);
    if (f.length > 1 && f.slice(1).includes(ctx.machine.hostname)) return f[0]!;
  }
  return "";
}

function summary(ctx: CommandContext): string {
  const odm = odmOf(ctx);
  const procs = odm.get("CuDv").filter((d) => String(d.PdDvLn).startsWith("processor/") && Number(d.status) === 1).length;
  const bool = (a: string) => sys0(ctx, a);
  const lvm = lvmView(ctx);
  const pagingMb = lvm.vg.lvs.filter((lv) => lv.type === "paging").reduce((n, lv) => n + lv.pps.length * PP_MB, 0);
  let out = msg(ctx, "prtconf.head", sys0(ctx, "modelname"), SERIAL, PROCESSOR.type, PROCESSOR.mode, PROCESSOR.version, procs) + "\n";
  out += ["s", "c", "k", "L", "m"].map((f) => line(ctx, f) + "\n").join("");
  out += msg(ctx, "prtconf.tail", memoryMb(ctx), FIRMWARE.platform, FIRMWARE.version, bool("autorestart"), bool("fullcore")) + "\n";
  out += " \n" + msg(ctx, "prtconf.network", ctx.machine.hostname, ipAddress(ctx)) + "\n";
  out += " \n" + msg(ctx, "prtconf.paging", pagingMb, 1) + "\n";
  // the active volume groups as lsvg -p lists them
  out += " \n" + msg(ctx, "prtconf.vgs") + "\n" + pvList(lvm) + "=".repeat(78) + "\n\n";
  return out;
}

function run(ctx: CommandContext): number {
  const r = parseFlags(ctx, "cdkLmsv", "prtconf.usage");
  if (!r) return 1;
  if (r.operands.length) {
    ctx.stderr.write(msg(ctx, "prtconf.usage") + "\n");
    return 1;
  }
  const flags = new Set(r.opts.map((o) => o.flag));
  const single = ["s", "c", "k", "L", "m"].filter((f) => flags.has(f));
  if (single.length) {
    ctx.stdout.write(single.map((f) => line(ctx, f) + "\n").join(""));
    return 0;
  }
  // the installed resources are lscfg's list; -v makes it lscfg -vp
  const verbose = flags.has("v");
  ctx.stdout.write(summary(ctx) + (lscfgText(ctx, { vpd: verbose, platform: verbose }) ?? ""));
  return 0;
}

export const prtconf: CommandDef = {
  name: "prtconf",
  run,
  path: "/usr/sbin/prtconf",
  summary: "Displays system configuration information.",
  flags: ["-c", "-k", "-L", "-m", "-s", "-v"],
  man: `prtconf Command

Purpose
       Displays system configuration information.

Syntax
       prtconf [ -c ] [ -k ] [ -L ] [ -m ] [ -s ] [ -v ]

Description
       Without flags prtconf displays the system model, machine serial
       number, processor type and implementation mode, number of processors,
       processor clock speed, CPU type, kernel type, LPAR information, memory
       size, firmware levels, console login, auto restart and full core
       settings (sys0's autorestart and fullcore), then the network, the
       paging space, the active volume groups and the installed resources as
       lscfg lists them.

Flags
       -c   Displays the CPU type (32-bit or 64-bit).
       -k   Displays the kernel type in use (32-bit or 64-bit).
       -L   Displays the LPAR number and name.
       -m   Displays the memory size.
       -s   Displays the processor clock speed.
       -v   Displays the vital product data of the installed resources (as
            lscfg -vp) in the full report.

Exit Status
       0    The command ran successfully.
       >0   An error occurred.
`,
};
