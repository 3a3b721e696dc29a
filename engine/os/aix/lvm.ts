// rootvg's logical volumes as block devices (major 10). Each file-system LV keeps its jfs2 file
// system, so /dev/hd1 can be unmounted and mounted again with its files intact.
import { kerr } from "../../kernel/errno.js";
import type { BlockDevice } from "../../kernel/dev/blockdev.js";
import type { BlockDriver } from "../../kernel/dev/devsw.js";
import type { MemVfs } from "../../kernel/fs/memfs/memfs.js";
import type { VolumeGroup } from "./vg.js";
import type { Machine } from "../../kernel/machine.js";

export const LV_MAJOR = 10;

export class LvDriver implements BlockDriver {
  readonly name = "lvdd";
  constructor(readonly vg: VolumeGroup) {}
  private lvs = new Map<number, { name: string; fs: MemVfs | null; sizeBlocks: number; opens: number }>();

  add(minor: number, name: string, sizeBlocks: number, fs: MemVfs | null): void {
    this.lvs.set(minor, { name, fs, sizeBlocks, opens: 0 });
  }

  /** the volume's size changed (chfs extended or reduced it) */
  setSize(minor: number, sizeBlocks: number): void {
    const lv = this.lvs.get(minor);
    if (lv) lv.sizeBlocks = sizeBlocks;
  }

  /** the unit's name for a minor (undefined when the driver has none) */
  unitName(minor: number): string | undefined {
    return this.lvs.get(minor)?.name;
  }

  /** the volume is open (a mounted file system, the active paging space or log) */
  isOpen(minor: number): boolean {
    return (this.lvs.get(minor)?.opens ?? 0) > 0;
  }

  /** the jfs2 file system that lives on this logical volume, if any */
  filesystem(minor: number): MemVfs | null {
    return this.lvs.get(minor)?.fs ?? null;
  }

  device(minor: number): BlockDevice {
    const lv = this.lvs.get(minor);
    if (!lv) throw kerr("ENXIO");
    const stats = { reads: 0, writes: 0, bytesRead: 0, bytesWritten: 0 };
    return {
      name: lv.name,
      major: LV_MAJOR,
      minor,
      blockSize: 512,
      readonly: false,
      size: () => lv.sizeBlocks * 512,
      // the lab keeps a logical volume's file system as objects, not as blocks
      read: () => new Uint8Array(0),
      write: () => {
        throw kerr("EIO");
      },
      stats,
    };
  }

  open(minor: number): void {
    const lv = this.lvs.get(minor);
    if (lv) lv.opens++;
  }

  close(minor: number): void {
    const lv = this.lvs.get(minor);
    if (lv && lv.opens > 0) lv.opens--;
  }
}

/** the machine's LVM driver (major 10): its volumes and rootvg */
export function lvmOf(m: Machine): LvDriver {
  const d = m.devsw.driver(LV_MAJOR);
  if (!(d instanceof LvDriver)) throw kerr("ENXIO");
  return d;
}

/** rootvg, the driver's units and the ODM agree (crfs and chfs keep them so) */
export function lvmInvariants(m: Machine): string[] {
  const lvm = lvmOf(m);
  const out = lvm.vg.check();
  for (const lv of lvm.vg.lvs) {
    if (lvm.unitName(lv.minor) !== lv.name) out.push(`${lv.name}: no driver unit at minor ${lv.minor}`);
    if (m.odm && m.odm.find("CuDv", { name: lv.name }).length === 0) out.push(`${lv.name}: logical volume without CuDv`);
  }
  return out;
}
