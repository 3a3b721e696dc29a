// The vnode interface: every file system (memfs, devfs, iso9660, lofs, nullfs, umap) implements it,
// so a layer can wrap another file system's vnodes operation by operation.
import type { Clock } from "../clock.js";

export type VType = "VREG" | "VDIR" | "VLNK" | "VBLK" | "VCHR" | "VFIFO";

export interface Vattr {
  type: VType;
  /** permission bits including setuid/setgid/sticky (0o7777) */
  mode: number;
  nlink: number;
  uid: number;
  gid: number;
  /** bytes; for a sparse file the logical size */
  size: number;
  /** 512-byte blocks actually allocated */
  blocks: number;
  blksize: number;
  fsid: number;
  fileid: number;
  /** device number of a VBLK/VCHR node */
  rdev: { major: number; minor: number } | null;
  atime: number;
  mtime: number;
  ctime: number;
}

export interface SetAttr {
  mode?: number;
  uid?: number;
  gid?: number;
  size?: number;
  atime?: number;
  mtime?: number;
}

export interface DirEntry {
  name: string;
  fileid: number;
  type: VType;
}

/**
 * One file of one file system. A Vfs hands out the same Vnode object for the same file for as long
 * as it is mounted (mount coverage and layer hashes key on object identity).
 * Every method throws KernelError on failure.
 */
export interface Vnode {
  readonly vfs: Vfs;
  readonly type: VType;
  /** a layer node (null, umap, lofs): the vnode of the file system below it that it stands
   *  for. Absent on a vnode of a real file system. realvp() follows the chain to the bottom. */
  readonly lower?: Vnode;
  /** one component; "." and ".." are resolved by namei, never passed here, except ".." inside a file system */
  lookup(name: string): Vnode;
  /** lookup that answers null where lookup throws ENOENT (namei asks for a last component that
   *  may not exist yet, as mkdir and creat do, without the cost of an error); optional */
  lookupIfAny?(name: string): Vnode | null;
  getattr(): Vattr;
  setattr(attrs: SetAttr): void;
  /** entries without "." and ".." */
  readdir(): DirEntry[];
  read(offset: number, length: number): Uint8Array;
  write(offset: number, data: Uint8Array): number;
  create(name: string, mode: number): Vnode;
  mkdir(name: string, mode: number): Vnode;
  mknod(name: string, type: "VBLK" | "VCHR", mode: number, rdev: { major: number; minor: number }): Vnode;
  remove(name: string): void;
  rmdir(name: string): void;
  rename(fromName: string, toDir: Vnode, toName: string): void;
  symlink(name: string, target: string): Vnode;
  /** a hard link: a new name in this directory for an existing file of the same vfs */
  link(name: string, target: Vnode): void;
  readlink(): string;
  /** VOP_ACCESS: may the credential in force read, write or search it (R_OK, W_OK, X_OK from
   *  kernel/cred.ts)? EACCES if not, EROFS for writing a read-only file system. Optional: a
   *  file system without it allows everything */
  access?(mode: number): void;
  /** VOP_OPEN and VOP_CLOSE: a file is opened (mode: R_OK | W_OK) and its last descriptor closed.
   *  Optional: the lab's file systems keep no per-open state; a layer passes them down, so the
   *  trace shows them */
  open?(mode: number): void;
  close?(mode: number): void;
}

export interface Statfs {
  /** fundamental block size in bytes */
  bsize: number;
  blocks: number;
  bfree: number;
  bavail: number;
  files: number;
  ffree: number;
}

export interface Vfs {
  /** the vfs type name as the system calls it: jfs2, cdrfs, hsfs, lofs, null, procfs … */
  readonly type: string;
  readonly fsid: number;
  readonly readonly: boolean;
  root(): Vnode;
  statfs(): Statfs;
  /** called before the mount is removed (release devices, caches); it may refuse by throwing
   *  (EBUSY: a layer that still has nodes in use, as nullfs_unmount's vflush does). `force`:
   *  umount -f asked for it. */
  unmount?(force: boolean): void;
}

/** the vnode at the bottom of a stack of layers (illumos realvp(), FreeBSD null_getlowvnode
 *  followed to the end): the file itself, as the real file system holds it */
export function realvp(v: Vnode): Vnode {
  while (v.lower) v = v.lower;
  return v;
}

/** what a file system needs from the machine */
export interface FsContext {
  clock: Clock;
  /** a fresh file-system id for a vfs of this type, in the OS's encoding of a device number
   *  (the machine hands them out in order, deterministically; a per-OS policy) */
  newFsid(type?: string): number;
  /** the credential in force (kernel/cred.ts): root when absent */
  credential?(): import("../cred.js").Cred;
  /** is something mounted on this vnode (directly, or on a layer node whose lower chain reaches
   *  it)? A file system refuses to remove or rename such a name (EBUSY), at the bottom, so the
   *  refusal holds when the call comes through a layer. Optional: a context with no mounts (a
   *  test's, mkfs's) has nothing mounted anywhere. */
  isMountedOn?(v: Vnode): boolean;
}
