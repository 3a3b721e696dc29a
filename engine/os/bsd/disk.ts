// The wd driver: the machine's IDE disk wd0 and its partitions as block devices (major 3, as
// BSD/OS's MAKEDEV makes them: `mknod wd0a b 3 0 0`). A partition that carries a file system
// keeps it (a memfs of type ufs), so /usr can be unmounted and mounted again with its files.
import { kerr } from "../../kernel/errno.js";
import type { BlockDevice } from "../../kernel/dev/blockdev.js";
import type { BlockDriver } from "../../kernel/dev/devsw.js";
import type { MemVfs } from "../../kernel/fs/memfs/memfs.js";
import type { Machine } from "../../kernel/machine.js";
import { bsdMinor } from "./devt.js";

/** wd's major number, block and character alike (BSD/OS MAKEDEV) */
export const WD_MAJOR = 3;
export const PARTITIONS = "abcdefgh";

interface Partition {
  name: string;
  sizeBlocks: number;
  fs: MemVfs | null;
  opens: number;
}

export class WdDriver implements BlockDriver {
  readonly name = "wd";
  private parts = new Map<number, Partition>();

  /** partition `letter` of drive `unit`: its size in 512-byte sectors and its file system */
  add(unit: number, letter: string, sizeBlocks: number, fs: MemVfs | null): number {
    const minor = bsdMinor(unit, PARTITIONS.indexOf(letter));
    this.parts.set(minor, { name: `wd${unit}${letter}`, sizeBlocks, fs, opens: 0 });
    return minor;
  }

  filesystem(minor: number): MemVfs | null {
    return this.parts.get(minor)?.fs ?? null;
  }

  isOpen(minor: number): boolean {
    return (this.parts.get(minor)?.opens ?? 0) > 0;
  }

  unitName(minor: number): string | undefined {
    return this.parts.get(minor)?.name;
  }

  device(minor: number): BlockDevice {
    const p = this.parts.get(minor);
    if (!p) throw kerr("ENXIO");
    return {
      name: p.name,
      major: WD_MAJOR,
      minor,
      blockSize: 512,
      readonly: false,
      size: () => p.sizeBlocks * 512,
      // the lab keeps a partition's file system as objects, not as sectors
      read: () => new Uint8Array(0),
      write: () => {
        throw kerr("EIO");
      },
      stats: { reads: 0, writes: 0, bytesRead: 0, bytesWritten: 0 },
    };
  }

  open(minor: number): void {
    const p = this.parts.get(minor);
    if (p) p.opens++;
  }

  close(minor: number): void {
    const p = this.parts.get(minor);
    if (p && p.opens > 0) p.opens--;
  }
}

export function wdOf(m: Machine): WdDriver {
  const d = m.devsw.driver(WD_MAJOR);
  if (!(d instanceof WdDriver)) throw kerr("ENXIO");
  return d;
}
