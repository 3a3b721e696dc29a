// rootvg on hdisk0 as the logical volume manager lays it out: the physical partition size mkvg
// chose for the disk, each logical volume's partitions, and where the free ones are (the five
// regions of the disk, outer edge to inner edge). prtconf's volume group summary reads this.
import { filesystems } from "./lpar.js";
import { HDISK0_MB, RAW_LVS } from "./hardware.js";

/** the smallest power-of-two partition size (MB) that keeps the disk within 1016 partitions */
export function ppSizeMb(diskMb: number): number {
  let pp = 1;
  while (diskMb / pp > 1016) pp *= 2;
  return pp;
}

export interface VgLayout {
  ppMb: number;
  totalPps: number;
  freePps: number;
  /** free partitions in each of the five regions, outer edge first */
  freeByRegion: number[];
  /** partitions of each logical volume */
  lvPps: Map<string, number>;
}

/** hd5 (the boot logical volume) sits at the outer edge; the others fill the center outwards */
export function rootvgLayout(): VgLayout {
  const ppMb = ppSizeMb(HDISK0_MB);
  // the first partition holds the volume group descriptor area
  const totalPps = Math.floor(HDISK0_MB / ppMb) - 1;
  const lvs: [string, number][] = [...RAW_LVS.map(([lv, , blocks]): [string, number] => [lv, blocks]), ...filesystems.map((f): [string, number] => [f.lv, f.size])];
  const lvPps = new Map(lvs.map(([lv, blocks]) => [lv, Math.ceil(blocks / 2048 / ppMb)]));
  const base = Math.floor(totalPps / 5);
  const regions = [base, base, totalPps - 4 * base, base, base];
  const free = [...regions];
  const take = (order: number[], n: number) => {
    for (const r of order) {
      const k = Math.min(free[r]!, n);
      free[r]! -= k;
      n -= k;
    }
  };
  for (const [lv, pps] of lvPps) take(lv === "hd5" ? [0, 1, 2, 3, 4] : [2, 1, 3, 0, 4], pps);
  return { ppMb, totalPps, freePps: free.reduce((a, b) => a + b, 0), freeByRegion: free, lvPps };
}

/** "nn..nn..nn..nn..nn", the form lsvg -p uses (two digits at least) */
export function distribution(free: readonly number[]): string {
  return free.map((n) => String(n).padStart(2, "0")).join("..");
}
