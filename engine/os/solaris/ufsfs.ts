// The UFS newfs makes on a lofi device, as the lab keeps it: a memfs (the lab has no on-disk UFS)
// that answers stat and statvfs as Solaris's ufs does for the layout mkfs gave it (ufsgeom.ts).
// mkfs makes the root directory (0755, one 512-byte directory block) and lost+found (0700, a
// whole 8 KB block, as fsck wants it ready); directories hold their entries in 512-byte blocks
// (DIRBLKSIZ) and do not shrink when entries go. statvfs: f_blocks is fs_dsize in 1 KB
// fragments; used is what mkfs allocated, each directory's and file's fragments, and the log a
// read-write mount with logging (Solaris's default) allocates and keeps; f_bavail leaves out the
// minfree reserve.
import type { FsContext, Statfs, Vnode } from "../../kernel/vfs/vnode.js";
import { MemNode, MemVfs } from "../../kernel/fs/memfs/memfs.js";
import { fileFrags, FSIZE, logFrags, type UfsGeometry } from "./ufsgeom.js";

/** DIRBLKSIZ: a directory grows a 512-byte block at a time; no entry spans two */
const DIRBLK = 512;
/** DIRSIZ: an entry's 8-byte header and its name with its NUL, rounded up to 4 */
const entrySize = (name: string): number => 8 + Math.ceil((name.length + 1) / 4) * 4;

/** a directory's size: . and .. and each entry, packed into 512-byte blocks */
export function ufsDirSize(names: readonly string[]): number {
  let blocks = 1;
  let used = entrySize(".") + entrySize("..");
  for (const n of names) {
    const e = entrySize(n);
    if (used + e > DIRBLK) {
      blocks++;
      used = 0;
    }
    used += e;
  }
  return blocks * DIRBLK;
}

/** a symbolic link short enough lives in its inode (fast symlink: no fragment) */
const FAST_SYMLINK = 48;

export class UfsVfs extends MemVfs {
  /** the log's fragments, once a read-write mount with logging has made it (it stays on disk) */
  log = 0;

  constructor(ctx: FsContext, readonly geometry: UfsGeometry) {
    super(ctx, { type: "ufs", sizeBlocks: geometry.dsize * (FSIZE / 512), rootFileid: 2, allocatedInodes: geometry.ncg * geometry.ipg, dirSize: ufsDirSize, dirKeepsSize: true, dirBlocks: (size) => Math.ceil(size / FSIZE) * (FSIZE / 512) });
    const lf = this.root().mkdir("lost+found", 0o700) as MemNode;
    // mkfs gives lost+found a whole block so that fsck need not grow it
    lf.sizeFloor = 8192;
  }

  /** a mount: read-write with logging makes the log if there is none; nologging frees it */
  mounted(readonly: boolean, logging: boolean): void {
    if (readonly) return;
    this.log = logging ? logFrags(this.geometry) : 0;
  }

  /** the fragments the tree takes: directories by their size, files by fileFrags */
  private usedFrags(): number {
    let frags = 0;
    const seen = new Set<Vnode>();
    const walk = (n: MemNode): void => {
      if (seen.has(n)) return;
      seen.add(n);
      const a = n.getattr();
      if (n.type === "VDIR") frags += Math.ceil(a.size / FSIZE);
      else if (n.type === "VREG") frags += Math.min(fileFrags(a.size), Math.ceil((a.blocks * 512) / FSIZE));
      else if (n.type === "VLNK" && a.size > FAST_SYMLINK) frags += 1;
      if (n.children) for (const c of n.children.values()) walk(c);
    };
    walk(this.root() as MemNode);
    return frags;
  }

  /** ufs_statvfs: fragments of 1 KB; avail keeps back minfree percent of fs_dsize */
  override statfs(): Statfs {
    const g = this.geometry;
    const used = this.usedFrags() + this.log;
    const bfree = Math.max(0, g.dsize - used);
    const reserve = Math.floor((g.dsize * g.minfree) / 100);
    const files = g.ncg * g.ipg;
    // inodes 0 and 1 are never given out
    return { bsize: FSIZE, blocks: g.dsize, bfree, bavail: Math.max(0, g.dsize - reserve - used), files, ffree: Math.max(0, files - 2 - this.liveNodes) };
  }
}
