// The generic loop driver: binds an image file (a vnode) to a block device and serves block
// reads and writes from it. AIX loopN, Solaris lofi and BSD vnd are faces of this one driver.
import { kerr } from "../errno.js";
import type { EventBus } from "../events.js";
import type { Vnode } from "../vfs/vnode.js";
import type { BlockDevice, IoStats } from "./blockdev.js";
import type { BlockDriver } from "./devsw.js";

export interface LoopUnit {
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

class LoopBlockDevice implements BlockDevice {
  readonly blockSize = SECTOR;
  constructor(private unit: LoopUnit, readonly major: number) {}
  get name(): string {
    return this.unit.name;
  }
  get minor(): number {
    return this.unit.minor;
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

  constructor(private events: EventBus) {}

  /** create an unattached unit for this minor (the configure step) */
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

  /** the unit that holds this image, if any (an image binds to one device only) */
  holderOf(image: Vnode): LoopUnit | undefined {
    const a = image.getattr();
    for (const u of this.units.values()) {
      if (!u.image) continue;
      const b = u.image.getattr();
      if (u.image === image || (a.fsid === b.fsid && a.fileid === b.fileid)) return u;
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

  device(minor: number): BlockDevice {
    const u = this.unit(minor);
    if (!u.image) throw kerr("ENXIO");
    return new LoopBlockDevice(u, this.major);
  }

  open(minor: number): void {
    this.unit(minor).opens++;
  }

  close(minor: number): void {
    const u = this.unit(minor);
    if (u.opens > 0) u.opens--;
  }
}
