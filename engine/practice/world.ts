// What the goals read of a machine, in one place: paths looked up from the system's root (never a
// process's cwd or chroot), the mount at a mount point, the loop driver's units by any of the
// names a user gives them (loop0, /dev/loop0, vnd1, /dev/vnd1c, /dev/lofi/1), a process's current
// directory as a path. Reading changes nothing: no vnode operation is traced, no clock moves.
import type { LoopUnit } from "../kernel/dev/loop.js";
import type { Machine } from "../kernel/machine.js";
import type { Proc } from "../kernel/proc/proc.js";
import type { Mount } from "../kernel/vfs/mount.js";
import { getcwd, getcwdByVnode, namei, parentOf } from "../kernel/vfs/namei.js";
import { references, type RefKind } from "../kernel/vfs/refs.js";
import { realvp, type Vnode } from "../kernel/vfs/vnode.js";
import type { Session } from "../session.js";
import { normalPath } from "./spec.js";

const DECODER = new TextDecoder();

/** what makes a process a user of a file system for fuser (a program's text is left out, as
 *  fuser without -x does) */
const USER_KINDS: ReadonlySet<RefKind> = new Set<RefKind>(["cwd", "root", "open"]);

export class World {
  readonly machine: Machine;

  constructor(readonly session: Session) {
    this.machine = session.machine;
  }

  /** the system's root directory (a reboot makes a new one: looked up each time) */
  get root(): Vnode {
    return this.machine.mounts.all().find((m) => m.covered === null)!.vfs.root();
  }

  /** the vnode at an absolute path, or null when there is none (any error of the lookup) */
  resolve(path: string, follow = true): Vnode | null {
    const root = this.root;
    try {
      return namei(this.machine.mounts, { root, cwd: root }, path, follow).vnode;
    } catch {
      return null;
    }
  }

  /** the mount on this mount point that is seen there (the last of those stacked on it). The
   *  path the mount table keeps is the one the mount was given (4.4BSD copies mount(2)'s path
   *  as it is: `mount_loopback /a /mnt/sys/` is listed as /mnt/sys/), so both are tidied first */
  mountAt(path: string): Mount | undefined {
    const all = this.machine.mounts.all();
    const want = normalPath(path);
    for (let i = all.length - 1; i >= 0; i--) if (normalPath(all[i]!.path) === want) return all[i];
    return undefined;
  }

  /** the same file, below any layers (a null or lofs copy names the original's file) */
  sameFile(a: Vnode, b: Vnode): boolean {
    const x = realvp(a);
    const y = realvp(b);
    if (x === y) return true;
    const p = x.getattr();
    const q = y.getattr();
    return p.fsid === q.fsid && p.fileid === q.fileid;
  }

  /** does this unit hold the file at `path`? (by the file itself when the path leads to one) */
  holds(u: LoopUnit, path: string): boolean {
    if (!u.image) return false;
    const v = this.resolve(path);
    return v !== null ? this.sameFile(u.image, v) : u.imagePath === path;
  }

  /** the unit a block or character device node belongs to, when it is the loop driver's */
  unitOfNode(path: string): LoopUnit | undefined {
    const v = this.resolve(path);
    if (v === null) return undefined;
    const a = v.getattr();
    const loop = this.machine.loop;
    if ((a.type !== "VBLK" && a.type !== "VCHR") || !a.rdev || a.rdev.major !== loop.major) return undefined;
    const n = loop.face.unitOf(a.rdev.minor);
    return loop.all().find((u) => u.minor === n);
  }

  /** the unit a mount reads from: the device it holds open (a file mounted directly, Solaris's
   *  lofi mount, has the file as its special and a lofi unit made for it), else its special's */
  unitOfMount(m: Mount): LoopUnit | undefined {
    const loop = this.machine.loop;
    if (m.device && m.device.major === loop.major) {
      const n = loop.face.unitOf(m.device.minor);
      const u = loop.all().find((x) => x.minor === n);
      if (u) return u;
    }
    return this.unitOfNode(m.special);
  }

  /** the unit a user names: its name (loop0, vnd1), or a device node of it (/dev/vnd1c) */
  unit(name: string): LoopUnit | undefined {
    const short = name.startsWith("/dev/") ? name.slice(5) : name;
    const byName = this.machine.loop.all().find((u) => u.name === short);
    if (byName) return byName;
    return name.startsWith("/") ? this.unitOfNode(name) : undefined;
  }

  /** how the system's users name a unit: loop0, vnd1, /dev/lofi/1 */
  unitName(u: LoopUnit): string {
    return this.machine.os === "solaris" ? `/dev/lofi/${u.minor}` : u.name;
  }

  /** every name a typed answer may give a unit */
  unitNames(u: LoopUnit): string[] {
    const n = this.unitName(u);
    // lofi and vnd units are named by their number (lofiadm -d 1, vndconfig -u 1): it answers too
    if (this.machine.os === "solaris") return [n, `lofi/${u.minor}`, `/dev/rlofi/${u.minor}`, String(u.minor)];
    if (this.machine.os === "bsd") return [n, `/dev/${n}`, `${n}c`, `/dev/${n}c`, `/dev/r${n}c`, n.replace(/^vnd/, "")];
    return [n, `/dev/${n}`];
  }

  /** the units that have a file bound */
  bound(): LoopUnit[] {
    return this.machine.loop.all().filter((u) => u.image !== null);
  }

  /** the shell at the terminal's prompt (a ksh started from the login shell, when there is
   *  one), else the login shell */
  shell(): Proc {
    const s = this.session;
    for (const r of s.readers()) {
      if (r.kind !== "command") continue;
      const p = this.machine.sched.table.get(r.pid);
      if (p) return p;
    }
    return s.proc;
  }

  /** the processes a goal names: shell, any, a pid, or a command name */
  processes(sel: string): Proc[] {
    if (sel === "shell") return [this.shell()];
    const all = [...this.machine.procs()];
    if (sel === "any") return all;
    if (/^\d+$/.test(sel)) return all.filter((p) => p.pid === Number(sel));
    return all.filter((p) => p.comm === sel);
  }

  /** a process's current directory as the system's getcwd names it, or null when it has none */
  cwdPath(p: Proc): string | null {
    const get = this.machine.kernelGetcwd ? getcwdByVnode : getcwd;
    try {
      return get(this.machine.mounts, { root: this.root, cwd: p.cwd });
    } catch {
      return null;
    }
  }

  /** is `dir` the directory `top` or below it (walking up through "..", across mounts)? */
  within(dir: Vnode, top: Vnode): boolean {
    const roots = { root: this.root, cwd: dir };
    let cur = dir;
    for (let depth = 0; depth < 1024; depth++) {
      if (cur === top) return true;
      let up: Vnode;
      try {
        up = parentOf(this.machine.mounts, roots, cur);
      } catch {
        return false;
      }
      if (up === cur) return false;
      cur = up;
    }
    return false;
  }

  /** the pids of the processes that use a file of the file system holding `v` (their current or
   *  root directory, or a file they have open there), in pid order: what `fuser -c` reports */
  usersOf(v: Vnode): number[] {
    const pids = new Set<number>();
    for (const r of references(this.machine)) {
      if (r.proc && USER_KINDS.has(r.kind) && r.vnode.vfs === v.vfs) pids.add(r.proc.pid);
    }
    return [...pids];
  }

  /** read a file's bytes as text (goals compare small files: `limit` bytes at most) */
  text(v: Vnode, limit: number): string | null {
    const size = v.getattr().size;
    if (size > limit) return null;
    return DECODER.decode(v.read(0, size));
  }

  /** run `f` leaving no trace: the layers' operations are not traced and the loop units' I/O
   *  counts stay as they were (a file goal may read through a loop device; the goals' reads are
   *  not the user's, and the Devices pane must not show them) */
  quietly<T>(f: () => T): T {
    const m = this.machine;
    const saved = m.trace;
    const stats = m.loop.all().map((u) => [u, { ...u.stats }] as const);
    m.trace = false;
    try {
      return f();
    } finally {
      m.trace = saved;
      for (const [u, st] of stats) Object.assign(u.stats, st);
    }
  }
}
