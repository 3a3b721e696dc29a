// procfs (AIX /proc): a directory per live process, named by its pid, holding the files the
// debuggers and ps read (as, ctl, psinfo, status …) and the fd, lwp and object directories.
// The files' binary structures are not modelled: they read as empty, and a write to ctl (a
// control message) is EINVAL. It has no blocks and no i-nodes (df prints dashes) and nothing in
// it can be created or removed.
import { kerr } from "../errno.js";
import type { Proc } from "../proc/proc.js";
import type { DirEntry, SetAttr, Statfs, Vattr, Vfs, Vnode, VType } from "../vfs/vnode.js";

/** what a process directory holds on AIX 7, with each file's mode */
const PID_FILES: [string, VType, number][] = [
  ["as", "VREG", 0o600], ["cred", "VREG", 0o400], ["ctl", "VREG", 0o200], ["fd", "VDIR", 0o500],
  ["lpsinfo", "VREG", 0o444], ["lstatus", "VREG", 0o400], ["lwp", "VDIR", 0o555], ["map", "VREG", 0o400],
  ["object", "VDIR", 0o500], ["psinfo", "VREG", 0o444], ["sigact", "VREG", 0o400], ["status", "VREG", 0o400],
  ["sysent", "VREG", 0o400],
];

export interface ProcSource {
  procs(): Iterable<Proc>;
  clock: { now(): number };
}

/** every operation that would change /proc */
const refuse = (): never => {
  throw kerr("EACCES");
};

class ProcNode implements Vnode {
  constructor(
    readonly vfs: ProcVfs,
    readonly type: VType,
    private readonly mode: number,
    private readonly fileid: number,
    /** the process a pid directory or its file belongs to; null for /proc itself */
    private readonly proc: Proc | null,
    /** the names under a pid directory (set for the pid directory only) */
    private readonly pidDir = false,
  ) {}

  private alive(): Proc | null {
    return this.proc && this.proc.state !== "zombie" ? this.proc : null;
  }

  lookup(name: string): Vnode {
    const v = this.lookupIfAny(name);
    if (!v) throw kerr("ENOENT");
    return v;
  }

  lookupIfAny(name: string): Vnode | null {
    if (this.type !== "VDIR") throw kerr("ENOTDIR");
    if (name === "..") return this.vfs.root();
    if (name === ".") return this;
    if (this.proc === null) {
      const p = /^\d+$/.test(name) ? this.vfs.find(Number(name)) : undefined;
      return p ? this.vfs.node(p.pid * 32, () => new ProcNode(this.vfs, "VDIR", 0o555, p.pid * 32, p, true)) : null;
    }
    if (!this.pidDir || !this.alive()) return null;
    const i = PID_FILES.findIndex(([n]) => n === name);
    if (i < 0) return null;
    const [, type, mode] = PID_FILES[i]!;
    const id = this.proc.pid * 32 + i + 1;
    return this.vfs.node(id, () => new ProcNode(this.vfs, type, mode, id, this.proc));
  }

  getattr(): Vattr {
    const p = this.proc;
    const t = p ? p.start : this.vfs.mountTime;
    return {
      type: this.type, mode: this.mode, nlink: this.type === "VDIR" ? 2 : 1, uid: p?.uid ?? 0, gid: p?.gid ?? 0,
      size: 0, blocks: 0, blksize: 4096, fsid: this.vfs.fsid, fileid: this.fileid, rdev: null, atime: t, mtime: t, ctime: t,
    };
  }

  readdir(): DirEntry[] {
    if (this.type !== "VDIR") throw kerr("ENOTDIR");
    if (this.proc === null) return [...this.vfs.pids()].map((pid) => ({ name: String(pid), fileid: pid * 32, type: "VDIR" as VType }));
    if (!this.pidDir || !this.alive()) return [];
    return PID_FILES.map(([name, type], i) => ({ name, fileid: this.proc!.pid * 32 + i + 1, type }));
  }

  read(): Uint8Array {
    if (this.type === "VDIR") throw kerr("EISDIR");
    return new Uint8Array(0);
  }

  /**
   * ctl and as are written by their owner (root too): opening them for writing works; what is
   * written to ctl must be a control message (a binary long code and its operands), which the
   * lab does not model, so any data is EINVAL. The read-only files refuse writing at open.
   */
  write(_offset: number, data: Uint8Array): number {
    if (!(this.mode & 0o200)) return refuse();
    if (data.length === 0) return 0;
    throw kerr("EINVAL");
  }

  /** O_TRUNC on ctl or as changes nothing (they have no size); nothing else can be set */
  setattr(a: SetAttr): void {
    const onlySize = Object.keys(a).length === 1 && a.size === 0;
    if (!onlySize || !(this.mode & 0o200)) refuse();
  }
  create = refuse;
  mkdir = refuse;
  mknod = refuse;
  remove = refuse;
  rmdir = refuse;
  rename = refuse;
  symlink = refuse;
  link = refuse;
  readlink(): string {
    throw kerr("EINVAL");
  }
}

export class ProcVfs implements Vfs {
  readonly type = "procfs";
  readonly readonly = false;
  readonly mountTime: number;
  private readonly rootNode: ProcNode;
  /** one vnode per file while its process lives (the mount table keys on vnode identity) */
  private readonly nodes = new Map<number, Vnode>();

  constructor(private readonly src: ProcSource, readonly fsid: number) {
    this.mountTime = src.clock.now();
    this.rootNode = new ProcNode(this, "VDIR", 0o555, 2, null);
  }

  root(): Vnode {
    return this.rootNode;
  }

  node(fileid: number, make: () => Vnode): Vnode {
    let v = this.nodes.get(fileid);
    if (!v) this.nodes.set(fileid, (v = make()));
    return v;
  }

  /** live pids, lowest first; the vnodes of processes that ended go */
  pids(): number[] {
    const pids = [...this.src.procs()].map((p) => p.pid).sort((a, b) => a - b);
    const live = new Set(pids);
    for (const id of this.nodes.keys()) if (!live.has(Math.floor(id / 32))) this.nodes.delete(id);
    return pids;
  }

  find(pid: number): Proc | undefined {
    for (const p of this.src.procs()) if (p.pid === pid) return p;
    return undefined;
  }

  statfs(): Statfs {
    return { bsize: 4096, blocks: 0, bfree: 0, bavail: 0, files: 0, ffree: 0 };
  }
}
