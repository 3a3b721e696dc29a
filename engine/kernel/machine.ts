// The machine: clock, events, mount table, devices, the loop driver, the ODM (AIX) and the
// registry of file-system types. It knows no command and no message text; an OS personality
// (engine/os/<os>) boots it with a file tree, file systems and devices.
import { Clock } from "./clock.js";
import { ROOT, type Cred } from "./cred.js";
import { LoopDriver } from "./dev/loop.js";
import { DeviceSwitch, type CharDriver } from "./dev/devsw.js";
import { EventBus } from "./events.js";
import { MountTable, type DeviceNumber } from "./vfs/mount.js";
import { realvp, type FsContext, type Vfs, type Vnode } from "./vfs/vnode.js";
import { isMountedOn } from "./vfs/refs.js";
import { isLinked } from "./vfs/linked.js";
import { WaitQueue } from "./proc/wait.js";
import type { Proc } from "./proc/proc.js";
import { Scheduler } from "./proc/sched.js";
import type { Sys } from "./sys.js";
import type { Odm } from "./odm/odm.js";

export type OsName = "aix" | "solaris" | "bsd";

/** builds a vfs for a mount request; throws KernelError (EFORMAT, EROFS, ENOTBLK, ENXIO …) */
export type FsFactory = ((req: MountRequest) => {
  vfs: Vfs;
  release?: () => void;
  /** the block device the file system reads, held open while it is mounted (the mount keeps it) */
  device?: DeviceNumber;
}) & {
  /** it may cover a regular file with a regular file (FreeBSD's VFCF_FILEMOUNT; Solaris lofs) */
  fileMount?: boolean;
};

export interface MountRequest {
  sys: Sys;
  special: string;
  readonly: boolean;
  /** file-system specific options (the -o string, already split) */
  options: string[];
  /** file-system specific arguments (mount(2)'s data: umap's id maps) */
  data?: Record<string, unknown>;
  /** the vnode the mount will cover (Solaris tmpfs gives its root that directory's mode and owner) */
  covered?: Vnode;
}

export type InvariantCheck = (m: Machine) => string[];

export class Machine implements FsContext {
  readonly clock: Clock;
  readonly events = new EventBus();
  readonly mounts = new MountTable();
  readonly devsw = new DeviceSwitch();
  readonly loop: LoopDriver;
  readonly fstypes = new Map<string, FsFactory>();
  /** character device switch: major → driver */
  readonly chardevs = new Map<number, CharDriver>();
  /** the process table and the scheduler */
  readonly sched: Scheduler;
  readonly invariants: InvariantCheck[] = [];
  /** what a vfs must do when it is unmounted (close its block device) */
  readonly releases = new Map<Vfs, () => void>();
  odm: Odm | null = null;
  /** layers emit a vnodeop event per operation while this is on (the Layers pane, --trace) */
  trace = false;
  hostname: string;
  settings: Record<string, unknown>;
  private fsidSeq = 0;

  constructor(readonly os: OsName, opts: { clock: number; hostname: string; settings?: Record<string, unknown> }) {
    this.clock = new Clock(opts.clock);
    this.kernelGetcwd = os === "solaris";
    this.busyMountPoints = os === "solaris";
    this.hostname = opts.hostname;
    this.settings = { ...(opts.settings ?? {}) };
    this.loop = new LoopDriver(this.events);
    this.sched = new Scheduler(this.clock, {
      quantum: Number(this.setting("quantum", 2000)),
      pipeCapacity: Number(this.setting("pipe_capacity", 32768)),
    });
    this.sched.onExec = (p, path) => {
      if (this.events.listening) this.events.emit({ kind: "exec", pid: p.pid, path, argv: [...p.argv] });
    };
  }

  private watchers = new WeakMap<Vnode, WaitQueue>();

  /** the queue a process sleeps on until a file is written (tail -f) */
  watch(v: Vnode): WaitQueue {
    let q = this.watchers.get(v);
    if (!q) {
      q = new WaitQueue("follow");
      this.watchers.set(v, q);
    }
    return q;
  }

  /** a file was written: whoever follows it wakes */
  changed(v: Vnode): void {
    const q = this.watchers.get(v);
    if (q) this.sched.wake(q);
  }

  /** the processes that are alive (not zombies) */
  *procs(): Iterable<Proc> {
    for (const p of this.sched.table.values()) if (p.state !== "zombie") yield p;
  }

  /** how an OS encodes a new file system's id (its st_dev); the default counts 1, 2, 3 … */
  fsidPolicy: (seq: number, type: string) => number = (seq) => seq;

  /** getcwd is a system call comparing vnodes (Solaris), not libc's walk comparing device and
   *  inode numbers (AIX, 4.4BSD): lofs shares those numbers with the original */
  readonly kernelGetcwd: boolean;

  /** a mount point anything holds is busy for a new mount unless it overlays (Solaris domount:
   *  v_count != 1; lofs(7FS): "busy in any of those locations" — through every alias) */
  readonly busyMountPoints: boolean;

  /** MNAMELEN where the kernel keeps the mount's names in fixed arrays (4.4BSD: 90; copyinstr
   *  takes MNAMELEN - 1 characters), null where it keeps them whole */
  mnamelen: number | null = null;

  /** a name as the mount table keeps it */
  mountName(s: string): string {
    return this.mnamelen === null ? s : s.slice(0, this.mnamelen - 1);
  }

  /** rename(2) refuses a source or target on a read-only file system (EROFS) before it compares
   *  the two file systems (EXDEV): 4.4BSD's lookups for DELETE and RENAME fail on a read-only
   *  mount (ufs_lookup's VOP_ACCESS(VWRITE), cd9660_lookup, Lite2's null_lookup), and namei runs
   *  before rename() checks the mounts. Off: EXDEV first (so mv copies and then meets EROFS). */
  renameReadOnlyFirst = false;
  /** rmdir(2) of the caller's own current directory is EINVAL: a System V kernel hands VOP_RMDIR
   *  the caller's cwd and the file system refuses it before it looks at the entries (illumos
   *  vn_removeat, zfs_rmdir and ufs_dirremove: `if (vp == cwd) error = EINVAL`; lofs compares
   *  the real vnodes). Off: the directory goes if it is empty (4.4BSD; the lab's AIX) */
  rmdirCwdInvalid = false;
  /** symlink(2) gives the new link ACCESSPERMS less the caller's umask (4.4BSD vfs_syscalls.c
   *  symlink(): `lrwxr-xr-x` under umask 022); off: 0777, `lrwxrwxrwx` (AIX) */
  symlinkUmask = false;

  newFsid(type = ""): number {
    return this.fsidPolicy(++this.fsidSeq, type);
  }

  /** FsContext: the mount table, through vfs/refs.ts */
  /** a credential set for the operation in progress (a layer that maps ids passes its calls down
   *  under the mapped one) */
  private credOverride: Cred | null = null;

  /** the credential in force: the override, else the running process's, else root's (the boot
   *  and the lab's own set-up run as root) */
  credential(): Cred {
    if (this.credOverride) return this.credOverride;
    const p = this.sched.current;
    if (!p || (p.uid === 0 && p.gid === 0)) return ROOT;
    return { uid: p.uid, gid: p.gid, groups: [p.gid] };
  }

  /** run `f` with `cred` in force (umap_bypass: crdup, map, call, restore) */
  asCred<T>(cred: Cred, f: () => T): T {
    const saved = this.credOverride;
    this.credOverride = cred;
    try {
      return f();
    } finally {
      this.credOverride = saved;
    }
  }

  isMountedOn(v: Vnode): boolean {
    return isMountedOn(this, v);
  }

  setting<T>(name: string, dflt: T): T {
    return (name in this.settings ? this.settings[name] : dflt) as T;
  }

  /** every broken invariant, as short descriptions; empty when the machine is consistent */
  checkInvariants(): string[] {
    const out: string[] = [];
    for (const m of this.mounts.all()) {
      if (m.covered && this.mounts.coveringMount(m.covered) !== m) out.push(`mount ${m.path}: covered vnode not mapped`);
      if (this.mounts.mountOf(m.vfs) !== m) out.push(`mount ${m.path}: vfs not mapped`);
      if (this.mounts.mountWithRoot(m.vfs.root()) !== m) out.push(`mount ${m.path}: root not mapped`);
      // a mount on a directory that was removed or renamed away is unreachable (memfs refuses that)
      if (m.covered && !isLinked(realvp(m.covered))) out.push(`mount ${m.path}: covered vnode unlinked`);
    }
    for (const u of this.loop.all()) {
      if (u.opens < 0) out.push(`${u.name}: negative open count`);
      if (u.opens > 0 && !u.image) out.push(`${u.name}: open without an image`);
    }
    for (const check of this.invariants) out.push(...check(this));
    return out;
  }
}
