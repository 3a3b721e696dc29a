// The mount table: which vfs covers which directory vnode, in mount order. Mounts stack: a
// mount over a directory that is itself a mount's root covers that root.
import { kerr } from "../errno.js";
import type { Vfs, Vnode } from "./vnode.js";

export interface Mount {
  readonly id: number;
  readonly vfs: Vfs;
  /** the directory vnode this mount covers; null for the root file system */
  readonly covered: Vnode | null;
  /** the mount point as an absolute path, as given when mounted */
  readonly path: string;
  /** what was mounted: a device path, a source directory, a node:path */
  readonly special: string;
  readonly options: string;
  /** machine-clock seconds at mount time */
  readonly time: number;
  /** anything the OS wants to remember (e.g. the block device held open) */
  readonly data?: Record<string, unknown>;
}

export class MountTable {
  private list: Mount[] = [];
  private coveredBy = new Map<Vnode, Mount>();
  private byVfs = new Map<Vfs, Mount>();
  private nextId = 1;

  all(): readonly Mount[] {
    return this.list;
  }

  /** the mount directly on top of this vnode, if any */
  coveringMount(v: Vnode): Mount | undefined {
    return this.coveredBy.get(v);
  }

  mountOf(vfs: Vfs): Mount | undefined {
    return this.byVfs.get(vfs);
  }

  add(m: Omit<Mount, "id">): Mount {
    if (m.covered && this.coveredBy.has(m.covered)) throw kerr("EBUSY");
    if (this.byVfs.has(m.vfs)) throw kerr("EBUSY");
    const mount: Mount = { ...m, id: this.nextId++ };
    this.list.push(mount);
    if (mount.covered) this.coveredBy.set(mount.covered, mount);
    this.byVfs.set(mount.vfs, mount);
    return mount;
  }

  remove(m: Mount): void {
    this.list = this.list.filter((x) => x !== m);
    if (m.covered) this.coveredBy.delete(m.covered);
    this.byVfs.delete(m.vfs);
  }

  /** a vfs is busy when another mount sits on one of its vnodes */
  hasSubmounts(vfs: Vfs): boolean {
    for (const m of this.list) if (m.covered && m.covered.vfs === vfs) return true;
    return false;
  }
}
