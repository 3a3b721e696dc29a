// memfs: the in-memory disk file system (jfs2 on AIX, ufs on Solaris/BSD, tmpfs). Sparse files.
import { checkAccess, ROOT, W_OK, X_OK, type Cred } from "../../cred.js";
import { kerr } from "../../errno.js";
import type { DirEntry, FsContext, SetAttr, Statfs, Vattr, Vfs, Vnode, VType } from "../../vfs/vnode.js";
import { HostData } from "./hostfile.js";
import { SparseData } from "./sparse.js";

export interface MemfsOptions {
  /** the vfs type name: jfs2, ufs, tmpfs … */
  type: string;
  /** total size in 512-byte blocks, as df reports it */
  sizeBlocks: number;
  /** blocks already in use by files the lab does not model (binaries, logs) */
  baseUsedBlocks?: number;
  /** i-nodes in use by files the lab does not model */
  baseUsedFiles?: number;
  /** i-nodes already allocated (in use or free in their extents) when the lab starts: a
   *  multiple of 32; their space is part of baseUsedBlocks */
  allocatedInodes?: number;
  readonly?: boolean;
  /** fileid of the root directory (jfs2 uses 2) */
  rootFileid?: number;
  /** a new file takes its directory's group (BSD's ufs_makeinode) rather than the caller's
   *  (AIX's jfs2, System V) */
  groupFromDirectory?: boolean;
  /** the file system's id when it is not the machine's next one (BSD's ffs is known by its
   *  disk partition's dev_t) */
  fsid?: number;
  /** a directory's st_size from its entries' names (. and .. not among them); absent: jfs2's
   *  (256 inline, then 4 KB blocks). zfs counts entries, ufs packs them in 512-byte blocks */
  dirSize?: (names: readonly string[]) => number;
  /** a directory never shrinks (ufs: removing entries leaves its blocks), so its size is the
   *  largest it has had */
  dirKeepsSize?: boolean;
  /** 512-byte blocks a directory of that size holds (st_blocks); absent: one 4 KB block */
  dirBlocks?: (size: number) => number;
}

const NAME_MAX = 255;
/** jfs2 allocates i-nodes 32 at a time, in a 16 KB extent taken from the free space */
const INODES_PER_EXTENT = 32;
const INODE_EXTENT_BYTES = 16384;
const roundExtent = (n: number): number => Math.ceil(n / INODES_PER_EXTENT) * INODES_PER_EXTENT;
/** i-node numbers of unlisted files: far above any the lab's own files reach, so that making
 *  them leaves the numbers of the files the lab does make unchanged */
const UNLISTED_FILEID_BASE = 0x4000_0000;

// jfs2 keeps small directories inline in the inode (256 bytes); larger ones take 4 KB blocks.
const dirSize = (entries: number): number => (entries <= 8 ? 256 : 4096 * Math.ceil(entries / 128));

export class MemVfs implements Vfs {
  readonly type: string;
  /** not readonly: a file system kept on an image takes the id of the device it is mounted from */
  fsid: number;
  /** set once the tree is built (a file system filled from an image, then mounted read-only) */
  readonly: boolean;
  /** what unmounting must do (write the tree back to its image) */
  unmount?: () => void;
  private nextFileid: number;
  private unlistedFiles = 0;
  private readonly rootNode: MemNode;
  liveNodes = 0;
  /** bytes of file data allocated, and directories (each takes one 4 KB block) */
  private dataBytes = 0;
  liveDirs = 0;
  /** size in 512-byte blocks (chfs changes it) */
  private sizeBlocks: number;
  /** i-node slots allocated so far (numinos): they only grow, an extent at a time */
  private inodeSlots: number;
  /** extents allocated after the start: their space counts as used */
  private extentBytes = 0;
  readonly account = {
    take: (bytes: number): void => {
      if (this.capacityBytes() - this.usedBytes() < bytes) throw kerr("ENOSPC");
      this.dataBytes += bytes;
    },
    give: (bytes: number): void => {
      this.dataBytes = Math.max(0, this.dataBytes - bytes);
    },
  };

  constructor(readonly ctx: FsContext, readonly opts: MemfsOptions) {
    this.type = opts.type;
    this.fsid = opts.fsid ?? ctx.newFsid();
    this.readonly = opts.readonly ?? false;
    this.sizeBlocks = opts.sizeBlocks;
    // the first extent comes with the file system (mkfs writes it with the root directory)
    this.inodeSlots = Math.max(INODES_PER_EXTENT, roundExtent(opts.allocatedInodes ?? opts.baseUsedFiles ?? 0));
    this.nextFileid = opts.rootFileid ?? 2;
    this.rootNode = this.newNode("VDIR", 0o755, null);
  }

  /** i-nodes in use */
  usedInodes(): number {
    return (this.opts.baseUsedFiles ?? 0) + this.liveNodes;
  }

  newNode(type: VType, mode: number, parent: MemNode | null): MemNode {
    // every slot in use: a new extent of 32, or ENOSPC when the space for it is not there
    if (this.usedInodes() + 1 > this.inodeSlots) {
      if (this.sizeBlocks > 0 && this.capacityBytes() - this.usedBytes() < INODE_EXTENT_BYTES) throw kerr("ENOSPC");
      this.extentBytes += INODE_EXTENT_BYTES;
      this.inodeSlots += INODES_PER_EXTENT;
    }
    this.liveNodes++;
    if (type === "VDIR") this.liveDirs++;
    return new MemNode(this, type, mode & 0o7777, this.nextFileid++, parent);
  }

  /** a file the lab does not model (a daemon's program, its log): counted in the base figures,
   *  so df does not change, and in no directory, so no listing does. The kernel can hold it (a
   *  program's text, an open log): that keeps a running system's file systems busy (vfs/refs.ts) */
  unlisted(mode = 0o555): Vnode {
    return new MemNode(this, "VREG", mode, UNLISTED_FILEID_BASE + this.unlistedFiles++, null);
  }

  private capacityBytes(): number {
    return this.sizeBlocks > 0 ? (this.sizeBlocks - (this.opts.baseUsedBlocks ?? 0)) * 512 : Infinity;
  }

  private usedBytes(): number {
    return this.dataBytes + this.liveDirs * 4096 + this.extentBytes;
  }

  /** the file system's size in 512-byte blocks */
  size(): number {
    return this.sizeBlocks;
  }

  /** grow or shrink (chfs -a size=): ENOSPC when the files would not fit */
  resize(sizeBlocks: number): void {
    const used = (this.opts.baseUsedBlocks ?? 0) * 512 + this.usedBytes();
    if (sizeBlocks * 512 < used) throw kerr("ENOSPC");
    this.sizeBlocks = sizeBlocks;
  }

  root(): Vnode {
    return this.rootNode;
  }

  allocatedBlocks(): number {
    let total = 0;
    // a file with several hard links is counted once
    const seen = new Set<MemNode>();
    const walk = (n: MemNode): void => {
      if (seen.has(n)) return;
      seen.add(n);
      total += n.allocatedBlocks();
      if (n.children) for (const c of n.children.values()) walk(c);
    };
    walk(this.rootNode);
    return total;
  }

  /**
   * jfs2 has no fixed i-node table: statfs counts the slots allocated so far plus the i-nodes
   * the free space could still hold, each new file taking a 512-byte i-node and a 4 KB block
   * (free blocks × 8/9). Creating files raises Iused and the total with it; %Iused is computed
   * from that total. The rule reproduces real `df -v` listings of AIX 7 (Ifree − ⌊free 4 KB
   * blocks × 8/9⌋ is the free slots of whole 32-i-node extents).
   */
  statfs(): Statfs {
    const bsize = 4096;
    const used512 = (this.opts.baseUsedBlocks ?? 0) + this.usedBytes() / 512;
    const blocks = Math.floor(this.sizeBlocks / 8);
    const used = Math.ceil(used512 / 8);
    const bfree = Math.max(0, blocks - used);
    const files = this.inodeSlots + Math.floor((bfree * 8) / 9);
    const ffree = Math.max(0, files - this.usedInodes());
    return { bsize, blocks, bfree, bavail: bfree, files, ffree };
  }

  checkWritable(): void {
    if (this.readonly) throw kerr("EROFS");
  }
}

export class MemNode implements Vnode {
  children: Map<string, MemNode> | null;
  data: SparseData | HostData | null = null;
  target = "";
  rdev: { major: number; minor: number } | null = null;
  uid = 0;
  gid = 0;
  nlink: number;
  atime: number;
  mtime: number;
  ctime: number;
  /** the smallest size a directory shows (dirKeepsSize, or made larger by mkfs: lost+found) */
  sizeFloor = 0;

  constructor(
    readonly vfs: MemVfs,
    readonly type: VType,
    public mode: number,
    readonly fileid: number,
    public parent: MemNode | null,
  ) {
    this.children = type === "VDIR" ? new Map() : null;
    if (type === "VREG") this.data = new SparseData(vfs.account);
    this.nlink = type === "VDIR" ? 2 : 1;
    const t = vfs.ctx.clock.now();
    this.atime = this.mtime = this.ctime = t;
  }

  private now(): number {
    return this.vfs.ctx.clock.now();
  }

  private dir(): Map<string, MemNode> {
    if (!this.children) throw kerr("ENOTDIR");
    return this.children;
  }

  allocatedBlocks(): number {
    if (this.data instanceof SparseData) return this.data.allocatedBytes / 512;
    if (this.type === "VDIR") return this.vfs.opts.dirBlocks ? this.vfs.opts.dirBlocks(this.dirBytes()) : 8;
    return 0;
  }

  lookup(name: string): Vnode {
    const c = this.lookupIfAny(name);
    if (!c) throw kerr("ENOENT");
    return c;
  }

  lookupIfAny(name: string): Vnode | null {
    const dir = this.dir();
    this.may(X_OK);
    if (name === "..") return this.parent ?? this;
    if (name === ".") return this;
    return dir.get(name) ?? null;
  }

  /** a directory's st_size: the file system's rule, never below its floor */
  private dirBytes(): number {
    const rule = this.vfs.opts.dirSize;
    return Math.max(this.sizeFloor, rule ? rule([...this.children!.keys()]) : dirSize(this.children!.size));
  }

  /** an entry was added: a directory that never shrinks keeps the size it has now */
  private grew(): void {
    if (this.vfs.opts.dirKeepsSize) this.sizeFloor = this.dirBytes();
  }

  getattr(): Vattr {
    const size = this.type === "VDIR" ? this.dirBytes() : this.type === "VLNK" ? this.target.length : (this.data?.size ?? 0);
    return {
      type: this.type,
      mode: this.mode,
      nlink: this.nlink,
      uid: this.uid,
      gid: this.gid,
      size,
      blocks: this.allocatedBlocks(),
      blksize: 4096,
      fsid: this.vfs.fsid,
      fileid: this.fileid,
      rdev: this.rdev,
      atime: this.atime,
      mtime: this.mtime,
      ctime: this.ctime,
    };
  }

  setattr(a: SetAttr): void {
    this.vfs.checkWritable();
    this.mayChange(a);
    if (a.mode !== undefined) this.mode = a.mode & 0o7777;
    if (a.uid !== undefined) this.uid = a.uid;
    if (a.gid !== undefined) this.gid = a.gid;
    if (a.size !== undefined) {
      if (this.type === "VDIR") throw kerr("EISDIR");
      if (!(this.data instanceof SparseData)) throw kerr("EINVAL");
      this.data.truncate(a.size);
      this.mtime = this.now();
    }
    if (a.atime !== undefined) this.atime = a.atime;
    if (a.mtime !== undefined) this.mtime = a.mtime;
    this.ctime = this.now();
  }

  readdir(): DirEntry[] {
    return [...this.dir()].map(([name, n]) => ({ name, fileid: n.fileid, type: n.type }));
  }

  read(offset: number, length: number): Uint8Array {
    if (this.type === "VDIR") throw kerr("EISDIR");
    if (!this.data) throw kerr("EINVAL");
    return this.data.read(offset, length);
  }

  write(offset: number, data: Uint8Array): number {
    if (this.type === "VDIR") throw kerr("EISDIR");
    this.vfs.checkWritable();
    if (!(this.data instanceof SparseData)) throw kerr("EROFS");
    if (data.length === 0) return 0; // a zero-length write checks writability only
    const n = this.data.write(offset, data);
    this.mtime = this.ctime = this.now();
    return n;
  }

  private add(name: string, type: VType, mode: number): MemNode {
    const dir = this.dir();
    this.vfs.checkWritable();
    if (name.length > NAME_MAX) throw kerr("ENAMETOOLONG");
    if (dir.has(name)) throw kerr("EEXIST");
    this.may(W_OK | X_OK);
    const n = this.vfs.newNode(type, mode, this);
    // the caller owns what it makes (ufs_makeinode: i_uid = cr_uid)
    const cred = this.cred();
    n.uid = cred.uid;
    n.gid = this.vfs.opts.groupFromDirectory ? this.gid : cred.gid;
    dir.set(name, n);
    this.grew();
    this.mtime = this.ctime = this.now();
    return n;
  }

  create(name: string, mode: number): Vnode {
    return this.add(name, "VREG", mode);
  }

  /** a regular file whose bytes are a host file's, read lazily (the --import option) */
  createHostFile(name: string, hostPath: string): MemNode {
    const n = this.add(name, "VREG", 0o444);
    n.data = new HostData(hostPath);
    return n;
  }

  mkdir(name: string, mode: number): Vnode {
    const n = this.add(name, "VDIR", mode);
    this.nlink++;
    return n;
  }

  mknod(name: string, type: "VBLK" | "VCHR", mode: number, rdev: { major: number; minor: number }): Vnode {
    const n = this.add(name, type, mode);
    n.data = null;
    n.rdev = { ...rdev };
    return n;
  }

  symlink(name: string, target: string): Vnode {
    const n = this.add(name, "VLNK", 0o777);
    n.data = null;
    n.target = target;
    return n;
  }

  link(name: string, target: Vnode): void {
    if (!(target instanceof MemNode) || target.vfs !== this.vfs) throw kerr("EXDEV");
    if (target.type === "VDIR") throw kerr("EPERM");
    const dir = this.dir();
    this.vfs.checkWritable();
    this.may(W_OK | X_OK);
    if (name.length > NAME_MAX) throw kerr("ENAMETOOLONG");
    if (dir.has(name)) throw kerr("EEXIST");
    dir.set(name, target);
    this.grew();
    target.nlink++;
    target.ctime = this.mtime = this.ctime = this.now();
  }

  readlink(): string {
    if (this.type !== "VLNK") throw kerr("EINVAL");
    return this.target;
  }

  private unlinkChild(name: string, c: MemNode): void {
    this.dir().delete(name);
    c.nlink--;
    if (c.nlink <= 0 || c.type === "VDIR") {
      this.vfs.liveNodes--;
      if (c.type === "VDIR") this.vfs.liveDirs--;
      if (c.data instanceof SparseData) c.data.release();
    }
    this.mtime = this.ctime = this.now();
  }

  /** something is mounted on this entry: removing or renaming it would orphan the mount. Refused
   *  here at the bottom, as ufs_dirremove/ufs_rename do (EBUSY if vn_mountedvfs), so it holds when
   *  the call comes through a layer (a null copy of / cannot rmdir the original's /mnt either) */
  /** the credential in force (root when the context has none: mkfs, tests) */
  private cred(): Cred {
    return this.vfs.ctx.credential?.() ?? ROOT;
  }

  /** ufs_access for the lab's own checks: EACCES when the credential lacks a bit */
  may(mode: number): void {
    checkAccess(this, this.cred(), mode);
  }

  /** VOP_ACCESS: writing a file, directory or link of a read-only file system is EROFS first */
  access(mode: number): void {
    if (mode & W_OK && this.vfs.readonly && (this.type === "VREG" || this.type === "VDIR" || this.type === "VLNK")) throw kerr("EROFS");
    this.may(mode);
  }

  /** ufs_setattr's checks: only the owner (or root) changes the mode, the group or the times;
   *  only root gives a file away; a size needs write permission */
  private mayChange(a: SetAttr): void {
    const cred = this.cred();
    if (cred.uid === 0) return;
    const owner = cred.uid === this.uid;
    if (a.uid !== undefined && a.uid !== this.uid) throw kerr("EPERM");
    if ((a.mode !== undefined || a.gid !== undefined) && !owner) throw kerr("EPERM");
    if (a.gid !== undefined && a.gid !== cred.gid && !cred.groups.includes(a.gid)) throw kerr("EPERM");
    if (a.size !== undefined) this.may(W_OK);
    if ((a.atime !== undefined || a.mtime !== undefined) && !owner) this.may(W_OK);
  }

  private busy(c: MemNode): boolean {
    return this.vfs.ctx.isMountedOn?.(c) ?? false;
  }

  remove(name: string): void {
    const c = this.dir().get(name);
    if (!c) throw kerr("ENOENT");
    if (this.busy(c)) throw kerr("EBUSY");
    this.vfs.checkWritable();
    if (c.type === "VDIR") throw kerr("EISDIR");
    this.may(W_OK | X_OK);
    this.unlinkChild(name, c);
  }

  rmdir(name: string): void {
    const c = this.dir().get(name);
    if (!c) throw kerr("ENOENT");
    if (c.type !== "VDIR") throw kerr("ENOTDIR");
    if (this.busy(c)) throw kerr("EBUSY");
    this.vfs.checkWritable();
    this.may(W_OK | X_OK);
    if (c.children!.size > 0) throw kerr("ENOTEMPTY");
    this.unlinkChild(name, c);
    this.nlink--;
  }

  rename(fromName: string, toDir: Vnode, toName: string): void {
    if (!(toDir instanceof MemNode) || toDir.vfs !== this.vfs) throw kerr("EXDEV");
    const src = this.dir().get(fromName);
    if (!src) throw kerr("ENOENT");
    const dest = toDir.dir();
    const target = dest.get(toName);
    if (this.busy(src) || (target && this.busy(target))) throw kerr("EBUSY");
    this.vfs.checkWritable();
    this.may(W_OK | X_OK);
    if (toDir !== this) toDir.may(W_OK | X_OK);
    // moving a directory into its own subtree would detach it from the tree
    for (let p: MemNode | null = toDir; p; p = p.parent) if (p === src) throw kerr("EINVAL");
    const existing = dest.get(toName);
    if (existing === src) return;
    if (existing) {
      if (existing.type === "VDIR") {
        if (src.type !== "VDIR") throw kerr("EISDIR");
        if (existing.children!.size > 0) throw kerr("ENOTEMPTY");
        toDir.rmdir(toName);
      } else {
        if (src.type === "VDIR") throw kerr("ENOTDIR");
        toDir.remove(toName);
      }
    }
    this.dir().delete(fromName);
    dest.set(toName, src);
    toDir.grew();
    if (src.type === "VDIR" && toDir !== this) {
      this.nlink--;
      toDir.nlink++;
    }
    src.parent = src.type === "VDIR" ? toDir : src.parent === this ? toDir : src.parent;
    this.mtime = this.ctime = toDir.mtime = toDir.ctime = this.now();
  }
}
