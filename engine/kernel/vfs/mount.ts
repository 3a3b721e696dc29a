// The mount table: which vfs covers which directory vnode, in mount order. Mounts stack: a
// mount over a directory that is itself a mount's root covers that root.
//
// It is also the one authority on "is this vnode a mount's root": `..` out of a file system and
// the mount-point checks ask mountWithRoot, never `v === v.vfs.root()`. The difference matters
// under lofs: a shadow vfs made for a submount has a root that no mount names, and that root is
// an ordinary directory whose `..` comes from its own lookup.
import { kerr } from "../errno.js";
import type { Vfs, Vnode } from "./vnode.js";

/** a device number, as a device node's rdev holds it */
export interface DeviceNumber {
  major: number;
  minor: number;
}

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
  /** the block device the file system reads from, held open while it is mounted (a file system
   *  on a loop unit: its major and minor); absent for one that reads no device */
  readonly device?: DeviceNumber;
  /** anything the OS wants to remember (e.g. the block device held open) */
  readonly data?: Record<string, unknown>;
}

export class MountTable {
  private list: Mount[] = [];
  private coveredBy = new Map<Vnode, Mount>();
  private byVfs = new Map<Vfs, Mount>();
  /** a mount's root vnode → the mount (the root as the vfs handed it out at mount time) */
  private byRoot = new Map<Vnode, Mount>();
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

  /** the mount whose root this vnode is; undefined for any other vnode, the root of an
   *  unmounted or never-mounted vfs included */
  mountWithRoot(v: Vnode): Mount | undefined {
    return this.byRoot.get(v);
  }

  add(m: Omit<Mount, "id">): Mount {
    if (m.covered && this.coveredBy.has(m.covered)) throw kerr("EBUSY");
    if (this.byVfs.has(m.vfs)) throw kerr("EBUSY");
    const mount: Mount = { ...m, id: this.nextId++ };
    this.list.push(mount);
    if (mount.covered) this.coveredBy.set(mount.covered, mount);
    this.byVfs.set(mount.vfs, mount);
    this.byRoot.set(mount.vfs.root(), mount);
    return mount;
  }

  remove(m: Mount): void {
    this.list = this.list.filter((x) => x !== m);
    if (m.covered) this.coveredBy.delete(m.covered);
    this.byVfs.delete(m.vfs);
    // by the entry, not by asking the vfs again: it may be past its unmount
    for (const [root, x] of this.byRoot) if (x === m) this.byRoot.delete(root);
  }
}
