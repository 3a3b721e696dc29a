// lspv (AIX): the physical volumes (hdisk0, in rootvg), one of them in detail, or the logical
// volumes on one (-l).
import { err } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { PP_MB } from "../../os/aix/vg.js";
import { col, distribution, lvmView, mountPoint, ppsAndMb, type LvmView } from "./lvminfo.js";
import { parseFlags } from "./util.js";

/** the detail report's columns: label 20, value 25, label 18, value (padded lines keep them all) */
const line = (l1: string, v1: string | number, l2 = "", v2: string | number = ""): string =>
  `${l1.padEnd(20)}${String(v1).padEnd(25)}${l2.padEnd(18)}${v2}`;

function detail(v: LvmView): string {
  const { vg } = v;
  const pv = vg.pv;
  return [
    line("PHYSICAL VOLUME:", pv.name, "VOLUME GROUP:", vg.name),
    // this line has its own spacing: one blank after the PVID, and no colon after VG IDENTIFIER
    `${"PV IDENTIFIER:".padEnd(20)}${pv.pvid} ${"VG IDENTIFIER".padEnd(18)}${vg.vgid}`,
    line("PV STATE:", "active"),
    line("STALE PARTITIONS:", 0, "ALLOCATABLE:", "yes"),
    line("PP SIZE:", `${PP_MB} megabyte(s)`, "LOGICAL VOLUMES:", vg.lvs.length),
    line("TOTAL PPs:", ppsAndMb(pv.totalPps), "VG DESCRIPTORS:", 2),
    line("FREE PPs:", ppsAndMb(vg.freePps()), "HOT SPARE:", "no"),
    line("USED PPs:", ppsAndMb(vg.usedPps()), "MAX REQUEST:", "256 kilobytes"),
    line("FREE DISTRIBUTION:", distribution(vg.distribution((o) => o === null))),
    line("USED DISTRIBUTION:", distribution(vg.distribution((o) => o !== null))),
    `${"MIRROR POOL:".padEnd(20)}None`,
  ].join("\n") + "\n";
}

/** -l: the logical volumes on the disk, in the order of their first partition */
function lvList(v: LvmView): string {
  let out = `${v.vg.pv.name}:\n${col("LV NAME", 22)}${col("LPs", 8)}${col("PPs", 8)}${col("DISTRIBUTION", 22)}MOUNT POINT\n`;
  const lvs = [...v.vg.lvs].sort((a, b) => Math.min(...a.pps) - Math.min(...b.pps));
  for (const lv of lvs) {
    const n = lv.pps.length;
    const dist = distribution(v.vg.distribution((o) => o === lv));
    out += `${col(lv.name, 22)}${col(n, 8)}${col(n, 8)}${col(dist, 22)}${mountPoint(v, lv)}\n`;
  }
  return out;
}

function run(ctx: CommandContext): number {
  const f = parseFlags(ctx, "LPlpMn:v:", "lspv.usage");
  if (!f) return 1;
  const has = (c: string) => f.opts.some((o) => o.flag === c);
  const v = lvmView(ctx);
  if (f.operands.length === 0) {
    if (f.opts.length > 0) {
      err(ctx, "lspv.usage");
      return 1;
    }
    const pv = v.vg.pv;
    ctx.stdout.write(`${col(pv.name, 16)}${col(pv.pvid, 36)}${col(v.vg.name, 16)}${col("active", 12)}\n`);
    return 0;
  }
  if (f.operands.length > 1 || ["l", "p", "M"].filter(has).length > 1) {
    err(ctx, "lspv.usage");
    return 1;
  }
  if (f.operands[0] !== v.vg.pv.name) {
    err(ctx, "lspv.nopv", f.operands[0]!);
    return 1;
  }
  if (has("p") || has("M")) {
    err(ctx, "lvm.nomap", "lspv", has("p") ? "-p" : "-M");
    return 1;
  }
  ctx.stdout.write(has("l") ? lvList(v) : detail(v));
  return 0;
}

export const lspv: CommandDef = {
  name: "lspv",
  run,
  path: "/usr/sbin/lspv",
  summary: "Displays information about a physical volume within a volume group.",
  flags: ["-l", "-L", "-P", "-n", "-v"],
  man: `lspv Command

Purpose
       Displays information about a physical volume within a volume group.

Syntax
       lspv

       lspv [ -L ] [ -P ] [ -l ] [ -n descriptorphysicalvolume ]
            [ -v volumegroupid ] physicalvolume

Description
       Without a physicalvolume, lspv lists every physical volume: its name,
       its physical volume identifier (PVID), its volume group and the
       group's state (active when varied on). With one, it lists the
       volume's characteristics: its volume group, its state, its partition
       size, its total, free and used partitions, and how the free and used
       partitions lie across the disk's five regions (outer edge..outer
       middle..center..inner middle..inner edge).

Flags
       -l   For each logical volume on the physical volume: its logical and
            physical partitions, their distribution across the regions, and
            its mount point (N/A when none).
       -L   Does not wait for the volume group lock.

       The partition maps of -p and -M are not in the lab.

Exit Status
       0    Successful completion.
       1    0516-1396 : The physical volume Name, was not found in the
            system database.
            or the usage message for a bad flag.
`,
};
