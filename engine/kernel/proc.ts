// A process as the kernel sees it: current and root directories, credentials, umask.
import type { Vnode } from "./vfs/vnode.js";

export interface Proc {
  pid: number;
  cwd: Vnode;
  root: Vnode;
  uid: number;
  gid: number;
  umask: number;
  /** ulimit -f in bytes: a write past it fails with EFBIG */
  fsizeLimit?: number;
}
