// rootvg as the logical volume manager keeps it: one physical volume (hdisk0) cut into 32 MB
// physical partitions, and the logical volumes each holding a list of them. lsvg, lspv, crfs
// and chfs read and change it; the LV device driver (lvm.ts) serves the volumes.
import { kerr } from "../../kernel/errno.js";
import type { LvDef } from "./lpar.js";

export const PP_MB = 32;
/** 512-byte blocks in one physical partition */
export const PP_BLOCKS = (PP_MB * 1024 * 1024) / 512;
/** mklv's default upper limit of logical partitions for a volume (MAX LPs) */
export const DEFAULT_MAX_LPS = 512;

export type Intra = LvDef["intra"];
/** the five regions of a disk, outer edge to inner edge, in the order each policy tries them */
const SEARCH: Record<Intra, number[]> = {
  e: [0, 1, 2, 3, 4],
  m: [1, 2, 0, 3, 4],
  c: [2, 1, 3, 0, 4],
  im: [3, 2, 4, 1, 0],
  ie: [4, 3, 2, 1, 0],
};

export interface LogicalVolume {
  name: string;
  type: string;
  minor: number;
  intra: Intra;
  maxLps: number;
  /** its physical partitions on hdisk0 (1-based numbers), in logical order */
  pps: number[];
}

export interface PhysicalVolume {
  name: string;
  pvid: string;
  totalPps: number;
}

export class VolumeGroup {
  readonly name = "rootvg";
  readonly vgid = "00c2a1b400004c00000001429e3f7d9a";
  readonly pv: PhysicalVolume = { name: "hdisk0", pvid: "00c2a1b4e3f7d9a1", totalPps: 639 };
  readonly lvs: LogicalVolume[] = [];
  /** owner of each partition (index = PP number − 1), null when free */
  private owner: (LogicalVolume | null)[];

  constructor(defs: readonly LvDef[]) {
    this.owner = new Array<LogicalVolume | null>(this.pv.totalPps).fill(null);
    for (const d of defs) this.create(d.name, d.type, d.lps, d.minor, d.intra);
  }

  /**
   * Region sizes as AIX cuts a disk: a fifth each, the remainder going to the outer edge, the
   * outer middle, the inner edge, then the inner middle (a 639-partition disk is
   * 128..128..127..128..128, as lspv's distributions of a real 20 GB disk add up).
   */
  regionBounds(): [number, number][] {
    const n = this.pv.totalPps;
    const sizes = new Array<number>(5).fill(Math.floor(n / 5));
    for (const r of [0, 1, 4, 3].slice(0, n % 5)) sizes[r]!++;
    const out: [number, number][] = [];
    let start = 1;
    for (const sz of sizes) {
      out.push([start, start + sz - 1]);
      start += sz;
    }
    return out;
  }

  freePps(): number {
    return this.owner.filter((o) => o === null).length;
  }

  usedPps(): number {
    return this.pv.totalPps - this.freePps();
  }

  lv(name: string): LogicalVolume | undefined {
    return this.lvs.find((l) => l.name === name);
  }

  /** partitions per region (outer edge .. inner edge) of those that match */
  distribution(match: (o: LogicalVolume | null) => boolean): number[] {
    return this.regionBounds().map(([a, b]) => {
      let c = 0;
      for (let pp = a; pp <= b; pp++) if (match(this.owner[pp - 1]!)) c++;
      return c;
    });
  }

  /** n free partitions by the policy's region order, lowest first in a region; ENOSPC if short */
  private pick(n: number, intra: Intra): number[] {
    if (n > this.freePps()) throw kerr("ENOSPC");
    const bounds = this.regionBounds();
    const out: number[] = [];
    for (const r of SEARCH[intra]) {
      const [a, b] = bounds[r]!;
      for (let pp = a; pp <= b && out.length < n; pp++) if (this.owner[pp - 1] === null) out.push(pp);
    }
    return out;
  }

  create(name: string, type: string, lps: number, minor: number, intra: Intra): LogicalVolume {
    const pps = this.pick(lps, intra);
    const lv: LogicalVolume = { name, type, minor, intra, maxLps: Math.max(DEFAULT_MAX_LPS, lps), pps };
    for (const pp of pps) this.owner[pp - 1] = lv;
    this.lvs.push(lv);
    return lv;
  }

  /** add partitions (extendlv); ENOSPC when the group has too few free ones */
  extend(lv: LogicalVolume, n: number): void {
    const pps = this.pick(n, lv.intra);
    for (const pp of pps) this.owner[pp - 1] = lv;
    lv.pps.push(...pps);
  }

  /** give back the last n partitions (a shrinking file system) */
  reduce(lv: LogicalVolume, n: number): void {
    for (const pp of lv.pps.splice(lv.pps.length - n, n)) this.owner[pp - 1] = null;
  }

  /** broken invariants: a partition owned twice or not by the volume that lists it */
  check(): string[] {
    const out: string[] = [];
    const seen = new Set<number>();
    for (const lv of this.lvs)
      for (const pp of lv.pps) {
        if (seen.has(pp)) out.push(`${this.name}: partition ${pp} allocated twice`);
        seen.add(pp);
        if (this.owner[pp - 1] !== lv) out.push(`${lv.name}: partition ${pp} not owned by it`);
      }
    if (seen.size !== this.usedPps()) out.push(`${this.name}: ${this.usedPps() - seen.size} partitions owned by no volume`);
    return out;
  }

  /** the lowest free minor number of the group's major */
  freeMinor(): number {
    let m = 1;
    while (this.lvs.some((l) => l.minor === m)) m++;
    return m;
  }
}
