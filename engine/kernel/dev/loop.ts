// The generic loop driver: binds an image file (a vnode) to a block device and serves block
// reads and writes from it. AIX loopN, Solaris lofi and BSD vnd are faces of this one driver.
import { kerr } from "../errno.js";
import type { EventBus } from "../events.js";
import { realvp, type Vnode } from "../vfs/vnode.js";
import type { BlockDevice, IoStats } from "./blockdev.js";
import type { BlockDriver } from "./devsw.js";

export interface LoopUnit {
  /** the unit number (on AIX also the device minor; see LoopFace) */
  readonly minor: number;
  name: string;
  image: Vnode | null;
  /** the image path as it was given when attached, for listings */
  imagePath: string;
  readonly: boolean;
  opens: number;
  stats: IoStats;
}

const SECTOR = 512;

/**
 * How a system names the driver's units in device numbers: its face. AIX loopN puts the unit in
 * the minor. A BSD vnode disk is a disk: its minor carries a partition as well (BSD/OS:
 * unit << 8 | partition), and only the partitions its default label gives a size reach the image
 * (the others are ENXIO, as an empty partition of a real disk is).
 */
export interface LoopFace {
  /** the unit a device minor belongs to */
  unitOf(minor: number): number;
  /** whether this minor reaches the image */
  serves(minor: number): boolean;
}

/** one device per unit, minor = unit (AIX loopN, Solaris lofi) */
export const plainFace: LoopFace = { unitOf: (minor) => minor, serves: () => true };

class LoopBlockDevice implements BlockDevice {
  readonly blockSize = SECTOR;
  constructor(private unit: LoopUnit, readonly major: number, readonly minor: number) {}
  get name(): string {
    return this.unit.name;
  }
  get readonly(): boolean {
    return this.unit.readonly;
  }
  get stats(): IoStats {
    return this.unit.stats;
  }
  private image(): Vnode {
    if (!this.unit.image) throw kerr("ENXIO");
    return this.unit.image;
  }
  size(): number {
    // a partial last sector is not addressable
    return Math.floor(this.image().getattr().size / SECTOR) * SECTOR;
  }
  read(offset: number, length: number): Uint8Array {
    const end = Math.min(offset + length, this.size());
    if (offset < 0) throw kerr("EINVAL");
    const data = offset >= end ? new Uint8Array(0) : this.image().read(offset, end - offset);
    this.unit.stats.reads++;
    this.unit.stats.bytesRead += data.length;
    return data;
  }
  write(offset: number, data: Uint8Array): void {
    if (this.unit.readonly) throw kerr("EROFS");
    if (offset < 0 || offset + data.length > this.size()) throw kerr("ENXIO");
    this.image().write(offset, data);
    this.unit.stats.writes++;
    this.unit.stats.bytesWritten += data.length;
  }
}

export class LoopDriver implements BlockDriver {
  readonly name = "loop";
  private units = new Map<number, LoopUnit>();
  major = -1;
  /** how device minors name units; the OS sets it when it installs the driver */
  face: LoopFace = plainFace;

  constructor(private events: EventBus) {}

  // configure, unconfigure, unit, attach and detach take a unit number (on AIX the minor itself);
  // device, open and close take a device minor, which the face maps to its unit.

  /** create an unattached unit with this number (the configure step) */
  configure(minor: number, name: string): LoopUnit {
    if (this.units.has(minor)) throw kerr("EEXIST");
    const u: LoopUnit = {
      minor,
      name,
      image: null,
      imagePath: "",
      readonly: false,
      opens: 0,
      stats: { reads: 0, writes: 0, bytesRead: 0, bytesWritten: 0 },
    };
    this.units.set(minor, u);
    this.events.emit({ kind: "device", action: "created", name });
    return u;
  }

  unconfigure(minor: number): void {
    const u = this.unit(minor);
    if (u.opens > 0) throw kerr("EBUSY");
    this.units.delete(minor);
    this.events.emit({ kind: "device", action: "removed", name: u.name });
  }

  unit(minor: number): LoopUnit {
    const u = this.units.get(minor);
    if (!u) throw kerr("ENXIO");
    return u;
  }

  all(): LoopUnit[] {
    return [...this.units.values()].sort((a, b) => a.minor - b.minor);
  }

  /**
   * the unit that holds this image, if any (an image binds to one device only). The file itself is
   * compared, at the bottom of any layers: /usr/img/cd.iso and the same file reached through a null
   * or lofs copy of /usr are one image, though the copy reports another fsid.
   */
  holderOf(image: Vnode): LoopUnit | undefined {
    const want = realvp(image);
    const a = want.getattr();
    for (const u of this.units.values()) {
      if (!u.image) continue;
      const have = realvp(u.image);
      if (have === want) return u;
      const b = have.getattr();
      if (a.fsid === b.fsid && a.fileid === b.fileid) return u;
    }
    return undefined;
  }

  attach(minor: number, image: Vnode, imagePath: string, readonly: boolean): void {
    const u = this.unit(minor);
    if (image.type !== "VREG") throw kerr("EINVAL");
    const other = this.holderOf(image);
    if (other) throw kerr("EBUSY", other.name);
    if (u.image) throw kerr("EBUSY", u.name);
    u.image = image;
    u.imagePath = imagePath;
    u.readonly = readonly || image.vfs.readonly;
    this.events.emit({ kind: "device", action: "attached", name: u.name });
  }

  detach(minor: number): void {
    const u = this.unit(minor);
    if (u.opens > 0) throw kerr("EBUSY");
    u.image = null;
    u.imagePath = "";
    u.readonly = false;
    this.events.emit({ kind: "device", action: "detached", name: u.name });
  }

  /** the block device at a device minor (ENXIO: no such unit, no image, a partition of no size) */
  device(minor: number): BlockDevice {
    const u = this.unit(this.face.unitOf(minor));
    if (!u.image || !this.face.serves(minor)) throw kerr("ENXIO");
    return new LoopBlockDevice(u, this.major, minor);
  }

  open(minor: number): void {
    this.unit(this.face.unitOf(minor)).opens++;
  }

  close(minor: number): void {
    const u = this.unit(this.face.unitOf(minor));
    if (u.opens > 0) u.opens--;
  }
}
