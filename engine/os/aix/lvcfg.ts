// The LVM's configuration side for crfs and chfs: make a logical volume in rootvg (its
// partitions, its /dev nodes, its CuDv object, the driver's unit), make a jfs2 file system on
// it, grow or shrink both. Errors are errno names; the commands print the words.
import { kerr } from "../../kernel/errno.js";
import type { Machine } from "../../kernel/machine.js";
import { MemVfs } from "../../kernel/fs/memfs/memfs.js";
import type { Sys } from "../../kernel/sys.js";
import { LV_MAJOR, lvmOf } from "./lvm.js";
import { PP_BLOCKS, type Intra, type LogicalVolume } from "./vg.js";

const LV_TYPE = "logical_volume/lvsubclass/lvtype";

/** mklv's name for a volume: the prefix and the lowest unused two-digit number (fslv00, fslv01 …) */
export function lvName(m: Machine, prefix: string): string {
  const taken = new Set(lvmOf(m).vg.lvs.map((l) => l.name));
  for (const o of m.odm?.get("CuDv") ?? []) taken.add(String(o.name));
  let n = 0;
  while (taken.has(`${prefix}${String(n).padStart(2, "0")}`)) n++;
  return `${prefix}${String(n).padStart(2, "0")}`;
}

/** mklv: a volume of `lps` partitions (ENOSPC when rootvg has too few free ones) */
export function makeLv(m: Machine, sys: Sys, type: string, lps: number, intra: Intra = "m"): LogicalVolume {
  const lvm = lvmOf(m);
  const name = lvName(m, "fslv");
  const lv = lvm.vg.create(name, type, lps, lvm.vg.freeMinor(), intra);
  lvm.add(lv.minor, name, lps * PP_BLOCKS, null);
  sys.mknod(`/dev/${name}`, "VBLK", 0o660, { major: LV_MAJOR, minor: lv.minor });
  sys.mknod(`/dev/r${name}`, "VCHR", 0o660, { major: LV_MAJOR, minor: lv.minor });
  m.odm?.add("CuDv", { name, status: 0, chgstatus: 1, ddins: "", location: "", parent: lvm.vg.name, connwhere: "", PdDvLn: LV_TYPE });
  return lv;
}

/** 4 KB pages of jfs2's block allocation map: one per 32768 blocks of 4 KB (128 MB) */
const mapPages = (blocks512: number): number => Math.ceil(blocks512 / 8 / 32768);

/**
 * What mkfs keeps for jfs2's own structures, in KB: 204 and the allocation map. mkfs's "kilobytes
 * total disk space" is the size less this (12 GB gives 12582324, 3 GB 3145428, as real crfs runs
 * print).
 */
export const jfs2OverheadKb = (blocks512: number): number => 204 + 4 * mapPages(blocks512);

/**
 * mkfs -V jfs2 on a volume: an empty file system (root and lost+found) the size of the volume.
 * A fresh one shows 4 i-nodes in use and about 336 KB used in df, as real ones do.
 */
export function mkfsOnLv(m: Machine, lv: LogicalVolume): { kbytes: number; fs: MemVfs } {
  const lvm = lvmOf(m);
  if (lvm.isOpen(lv.minor)) throw kerr("EBUSY");
  const size = lv.pps.length * PP_BLOCKS;
  const base = (328 + 4 * mapPages(size)) * 2;
  const fs = new MemVfs(m, { type: "jfs2", sizeBlocks: size, baseUsedBlocks: base, baseUsedFiles: 2, allocatedInodes: 32 });
  fs.root().mkdir("lost+found", 0o755);
  lvm.add(lv.minor, lv.name, size, fs);
  return { kbytes: size / 2 - jfs2OverheadKb(size), fs };
}

/**
 * chfs -a size=: the volume grows by whole partitions (extendlv) or gives the last ones back, and
 * the file system takes the new size. EFBIG past the volume's MAX LPs, ENOSPC when rootvg has too
 * few free partitions or the files do not fit a smaller size.
 */
export function resizeLvFs(m: Machine, lv: LogicalVolume, fs: MemVfs, sizeBlocks: number): void {
  const lvm = lvmOf(m);
  const want = Math.ceil(sizeBlocks / PP_BLOCKS);
  const have = lv.pps.length;
  if (want > lv.maxLps) throw kerr("EFBIG");
  if (want > have) lvm.vg.extend(lv, want - have);
  try {
    fs.resize(sizeBlocks);
  } catch (e) {
    if (want > have) lvm.vg.reduce(lv, want - have);
    throw e;
  }
  if (want < have) lvm.vg.reduce(lv, have - want);
  lvm.setSize(lv.minor, lv.pps.length * PP_BLOCKS);
}
