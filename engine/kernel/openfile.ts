// An open vnode: what open(2) hands a descriptor — the file, its offset, how it was opened —
// and what the last close does (VOP_CLOSE).
import { R_OK, W_OK } from "./cred.js";
import { kerr } from "./errno.js";
import type { File } from "./proc/file.js";
import type { Vnode } from "./vfs/vnode.js";

export interface OpenFlags {
  read?: boolean;
  write?: boolean;
  create?: boolean;
  trunc?: boolean;
  append?: boolean;
  excl?: boolean;
}

/** an open vnode: a file, a directory, a device node (its reads and writes go to the driver) */
export class OpenFile implements File {
  readonly kind = "vnode";
  refs = 1;
  pos = 0;
  /** the directory and name it was opened by (after symlinks) and the vnode found there (before
   *  a device's driver took it over), as Solaris keeps a vnode's v_path for /proc/PID/path:
   *  what pfiles prints; null where no name opened it */
  opened: { dir: Vnode; name: string; node: Vnode } | null = null;
  constructor(
    readonly vnode: Vnode,
    /** how it was opened (F_GETXFL: pfiles shows them) */
    readonly flags: Readonly<OpenFlags>,
    private fsizeLimit = Infinity,
    /** told after each write (followers of the file wake) */
    private onWrite: ((v: Vnode) => void) | null = null,
  ) {}
  get readable(): boolean {
    return !!this.flags.read;
  }
  get writable(): boolean {
    return !!this.flags.write;
  }
  read(length: number, line = false): Uint8Array {
    if (!this.flags.read) throw kerr("EBADF");
    let data = this.vnode.read(this.pos, length);
    if (line) {
      const nl = data.indexOf(10);
      if (nl >= 0) data = data.subarray(0, nl + 1);
    }
    this.pos += data.length;
    return data;
  }
  write(data: Uint8Array): number {
    if (!this.flags.write) throw kerr("EBADF");
    if (this.flags.append) this.pos = this.vnode.getattr().size;
    if (this.vnode.type === "VREG" && this.pos + data.length > this.fsizeLimit) {
      // what fits under the limit is written (write(2) returns the part); at the limit the write
      // fails with EFBIG. AIX sends no SIGXFSZ unless the process runs with XPG_SUS_ENV=ON
      // (write(2) in IBM's documentation), which the lab does not simulate.
      const room = Math.max(0, this.fsizeLimit - this.pos);
      if (room === 0) throw kerr("EFBIG");
      return this.write(data.subarray(0, room));
    }
    const n = this.vnode.write(this.pos, data);
    this.pos += n;
    this.onWrite?.(this.vnode);
    return n;
  }
  isatty(): boolean {
    return false;
  }
  /** the last descriptor is closed: VOP_CLOSE */
  release(): void {
    this.vnode.close?.((this.flags.read ? R_OK : 0) | (this.flags.write ? W_OK : 0));
  }
}

