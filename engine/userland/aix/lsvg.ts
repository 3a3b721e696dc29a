// lsvg (AIX): the volume groups (rootvg on hdisk0 is the lab's one), the characteristics of
// one, its logical volumes (-l) or its physical volumes (-p).
import { err } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { PP_MB } from "../../os/aix/vg.js";
import { col, distribution, lvmView, lvState, mountPoint, ppsAndMb, type LvmView } from "./lvminfo.js";
import { parseFlags } from "./util.js";

/** one line of the two-column report: label and value, label and value */
const pair = (l1: string, v1: string | number, l2: string, v2: string | number): string =>
  `${l1.padEnd(20)}${String(v1).padEnd(25)}${l2.padEnd(16)}${v2}`;

function detail(v: LvmView): string {
  const vg = v.vg;
  const open = vg.lvs.filter((lv) => v.lvm.isOpen(lv.minor)).length;
  return [
    pair("VOLUME GROUP:", vg.name, "VG IDENTIFIER:", vg.vgid),
    pair("VG STATE:", "active", "PP SIZE:", `${PP_MB} megabyte(s)`),
    pair("VG PERMISSION:", "read/write", "TOTAL PPs:", ppsAndMb(vg.pv.totalPps)),
    pair("MAX LVs:", 256, "FREE PPs:", ppsAndMb(vg.freePps())),
    pair("LVs:", vg.lvs.length, "USED PPs:", ppsAndMb(vg.usedPps())),
    pair("OPEN LVs:", open, "QUORUM:", "2 (Enabled)"),
    pair("TOTAL PVs:", 1, "VG DESCRIPTORS:", 2),
    pair("STALE PVs:", 0, "STALE PPs:", 0),
    pair("ACTIVE PVs:", 1, "AUTO ON:", "yes"),
    // the right-hand column of this line is empty, padded all the same
    `${"MAX PPs per VG:".padEnd(20)}${"32512".padEnd(42)}`,
    pair("MAX PPs per PV:", 1016, "MAX PVs:", 32),
    pair("LTG size (Dynamic):", "256 kilobyte(s)", "AUTO SYNC:", "no"),
    pair("HOT SPARE:", "no", "BB POLICY:", "relocatable "),
    pair("PV RESTRICTION:", "none", "INFINITE RETRY:", "no"),
    pair("DISK BLOCK SIZE:", 512, "CRITICAL VG:", "no"),
    pair("FS SYNC OPTION:", "no", "CRITICAL PVs:", "no"),
    `${"ENCRYPTION:".padEnd(20)}no`,
  ].join("\n") + "\n";
}

function lvList(v: LvmView): string {
  let out = `${v.vg.name}:\n${col("LV NAME", 20)}${col("TYPE", 11)}${col("LPs", 8)}${col("PPs", 8)}${col("PVs", 5)}${col("LV STATE", 14)}MOUNT POINT\n`;
  for (const lv of v.vg.lvs) {
    const n = lv.pps.length;
    out += `${col(lv.name, 20)}${col(lv.type, 11)}${col(n, 8)}${col(n, 8)}${col(1, 5)}${col(lvState(v, lv), 14)}${mountPoint(v, lv)}\n`;
  }
  return out;
}

/** lsvg -p: the volume group's physical volumes (prtconf shows them too) */
export function pvList(v: LvmView): string {
  const pv = v.vg.pv;
  const free = v.vg.freePps();
  return (
    `${v.vg.name}:\n${col("PV_NAME", 18)}${col("PV STATE", 18)}${col("TOTAL PPs", 12)}${col("FREE PPs", 12)}FREE DISTRIBUTION\n` +
    `${col(pv.name, 18)}${col("active", 18)}${col(pv.totalPps, 12)}${col(free, 12)}${distribution(v.vg.distribution((o) => o === null))}\n`
  );
}

function run(ctx: CommandContext): number {
  const f = parseFlags(ctx, "Lon:ilMpmP", "lsvg.usage");
  if (!f) return 1;
  const has = (c: string) => f.opts.some((o) => o.flag === c);
  const reports = ["l", "p", "M"].filter(has);
  if (reports.length > 1 || (has("o") && f.operands.length > 0) || (reports.length > 0 && f.operands.length === 0)) {
    err(ctx, "lsvg.usage");
    return 1;
  }
  const v = lvmView(ctx);
  if (f.operands.length === 0) {
    // every defined group, or with -o the varied-on ones: rootvg is both
    ctx.stdout.write(`${v.vg.name}\n`);
    return 0;
  }
  if (has("M")) {
    err(ctx, "lvm.nomap", "lsvg", "-M");
    return 1;
  }
  let status = 0;
  for (const name of f.operands) {
    if (name !== v.vg.name) {
      err(ctx, "lvm.novg", name);
      status = 1;
      continue;
    }
    ctx.stdout.write(has("l") ? lvList(v) : has("p") ? pvList(v) : detail(v));
  }
  return status;
}

export const lsvg: CommandDef = {
  name: "lsvg",
  run,
  path: "/usr/sbin/lsvg",
  summary: "Displays information about volume groups.",
  flags: ["-L", "-o", "-l", "-p", "-M", "-i", "-n"],
  man: `lsvg Command

Purpose
       Displays information about volume groups.

Syntax
       lsvg [ -L ] [ -o ] | [ -n descriptorphysicalvolume ] | [ -i ]
            [ -l | -M | -p ] volumegroup ...

Description
       Without a volumegroup, lsvg lists the names of the defined volume
       groups (rootvg on this machine). With one, it lists its
       characteristics: its state, its physical partition size, its total,
       free and used partitions, its logical volumes and how many of them are
       open, and its limits.

Flags
       -o   Lists only the active (varied-on) volume groups.
       -l   For each logical volume of the group: its name, type, logical and
            physical partitions, physical volumes, state (open/syncd or
            closed/syncd) and mount point (from /etc/filesystems, N/A when
            none).
       -p   For each physical volume of the group: its state, total and free
            partitions, and the free partitions in each region of the disk
            (outer edge..outer middle..center..inner middle..inner edge).
       -M   (the partition map) is not in the lab.
       -L   Does not wait for the volume group lock.

Exit Status
       0    Successful completion.
       1    0516-306 getlvodm: Unable to find volume group Name in the Device
                    Configuration Database.
            or the usage message for a bad flag or combination.
`,
};
