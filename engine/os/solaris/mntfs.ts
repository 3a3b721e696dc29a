// /etc/mnttab as Solaris 11 has it: not a file anyone writes but mntfs, a file system of one
// read-only file the kernel answers from its mount table (mnttab(4): "a read-only file ... the
// file system is mounted on /etc/mnttab"; illumos uts/common/fs/mntfs). Each read builds the
// text afresh, so it is always in step with the mount table: one line per mount, in mount order,
// the fields separated by tabs: special, mount point, type, options (with dev=<hex> added, the
// cmpldev of the file system's device), and the mount time in seconds. A mount made with
// `mount -m` (MS_NOMNTTAB: data.nomnttab) has no line.
import { kerr } from "../../kernel/errno.js";
import type { Machine } from "../../kernel/machine.js";
import type { Mount } from "../../kernel/vfs/mount.js";
import type { DirEntry, Statfs, Vattr, Vfs, Vnode } from "../../kernel/vfs/vnode.js";

const enc = new TextEncoder();

/** a mount's options as mnttab shows them: what it was mounted with, then dev= */
export function mnttabOptions(m: Mount): string {
  const dev = `dev=${(m.vfs.fsid >>> 0).toString(16)}`;
  return m.options === "" || m.options === "-" ? dev : `${m.options},${dev}`;
}

/** the mount type mnttab names: what the mount asked for (data.type), else the vfs's own */
export function mnttabType(m: Mount): string {
  const t = m.data?.["type"];
  return typeof t === "string" ? t : m.vfs.type;
}

/** the entries mnttab lists: every mount but those made with -m */
export function mnttabEntries(machine: Machine): Mount[] {
  return machine.mounts.all().filter((m) => m.data?.["nomnttab"] !== true);
}

/** the text of /etc/mnttab now */
export function mnttabText(machine: Machine): string {
  return mnttabEntries(machine)
    .map((m) => `${m.special}\t${m.path}\t${mnttabType(m)}\t${mnttabOptions(m)}\t${Math.floor(m.time)}\n`)
    .join("");
}

const readOnly = (): never => {
  throw kerr("EROFS");
};
const notDir = (): never => {
  throw kerr("ENOTDIR");
};

/** the one file of mntfs: its bytes are the mount table's text at the time of the read */
class MntNode implements Vnode {
  readonly type = "VREG" as const;
  constructor(readonly vfs: MntVfs) {}
  lookup(): Vnode {
    return notDir();
  }
  getattr(): Vattr {
    const t = this.vfs.machine.clock.now();
    const size = enc.encode(this.vfs.text()).length;
    return { type: "VREG", mode: 0o444, nlink: 1, uid: 0, gid: 0, size, blocks: 0, blksize: 1024, fsid: this.vfs.fsid, fileid: 2, rdev: null, atime: t, mtime: this.vfs.mountedAt, ctime: this.vfs.mountedAt };
  }
  setattr(): void {
    readOnly();
  }
  readdir(): DirEntry[] {
    return notDir();
  }
  read(offset: number, length: number): Uint8Array {
    return enc.encode(this.vfs.text()).slice(offset, offset + length);
  }
  write(): number {
    return readOnly();
  }
  create(): Vnode {
    return notDir();
  }
  mkdir(): Vnode {
    return notDir();
  }
  mknod(): Vnode {
    return notDir();
  }
  remove(): void {
    notDir();
  }
  rmdir(): void {
    notDir();
  }
  rename(): void {
    notDir();
  }
  symlink(): Vnode {
    return notDir();
  }
  link(): void {
    notDir();
  }
  readlink(): string {
    throw kerr("EINVAL");
  }
  access(mode: number): void {
    // W_OK (2): the kernel's file is read-only
    if (mode & 2) throw kerr("EROFS");
  }
}

export class MntVfs implements Vfs {
  readonly type: string = "mntfs";
  readonly readonly = true;
  private readonly node: MntNode;
  constructor(readonly machine: Machine, readonly fsid: number, readonly mountedAt: number) {
    this.node = new MntNode(this);
  }
  root(): Vnode {
    return this.node;
  }
  /** the file's text at the time of the read */
  text(): string {
    return mnttabText(this.machine);
  }
  statfs(): Statfs {
    return { bsize: 512, blocks: 0, bfree: 0, bavail: 0, files: 1, ffree: 0 };
  }
}

/**
 * sharefs (sharefs(7FS)): the kernel's table of shared file systems, /etc/dfs/sharetab, a
 * read-only file the boot mounts like mnttab. The lab shares nothing, so it is empty.
 */
export class SharefsVfs extends MntVfs {
  override readonly type: string = "sharefs";
  override text(): string {
    return "";
  }
}
