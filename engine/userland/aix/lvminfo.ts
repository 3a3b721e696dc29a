// What lsvg and lspv read about rootvg: the volume group, each volume's state and mount point.
import { lvmOf, type LvDriver } from "../../os/aix/lvm.js";
import type { LogicalVolume, VolumeGroup } from "../../os/aix/vg.js";
import { PP_MB } from "../../os/aix/vg.js";
import type { CommandContext } from "../types.js";
import { readStanzas } from "./stanzas.js";

export interface LvmView {
  vg: VolumeGroup;
  lvm: LvDriver;
  /** /dev/lvname → mount point, from /etc/filesystems */
  mountPoints: Map<string, string>;
}

export function lvmView(ctx: CommandContext): LvmView {
  const lvm = lvmOf(ctx.machine);
  const mountPoints = new Map<string, string>();
  for (const st of readStanzas(ctx.sys, "/etc/filesystems")) if (st.attrs.dev && !mountPoints.has(st.attrs.dev)) mountPoints.set(st.attrs.dev, st.name);
  return { vg: lvm.vg, lvm, mountPoints };
}

export const lvState = (v: LvmView, lv: LogicalVolume): string => (v.lvm.isOpen(lv.minor) ? "open/syncd" : "closed/syncd");

export const mountPoint = (v: LvmView, lv: LogicalVolume): string => v.mountPoints.get(`/dev/${lv.name}`) ?? "N/A";

/** partitions per region as lspv and lsvg -p print them: 108..18..00..00..10 */
export const distribution = (counts: number[]): string => counts.map((c) => String(c).padStart(2, "0")).join("..");

/** "639 (20448 megabytes)" */
export const ppsAndMb = (n: number): string => `${n} (${n * PP_MB} megabytes)`;

/** a column of the LVM listings: at least one space after the value, more to its width */
export const col = (s: string | number, w: number): string => `${String(s).padEnd(w - 1)} `;
