// System calls: the path-level interface every command uses. One Sys per process.
import { kerr, isKernelError } from "./errno.js";
import type { Machine } from "./machine.js";
import type { Proc } from "./proc.js";
import type { Mount } from "./vfs/mount.js";
import { crossDown, getcwd, lookupParent, namei, type NameiRoots } from "./vfs/namei.js";
import type { DirEntry, Statfs, Vattr, Vnode } from "./vfs/vnode.js";

export interface OpenFlags {
  read?: boolean;
  write?: boolean;
  create?: boolean;
  trunc?: boolean;
  append?: boolean;
  excl?: boolean;
}

export class OpenFile {
  pos = 0;
  constructor(readonly vnode: Vnode, private flags: OpenFlags, private fsizeLimit = Infinity) {}
  read(length: number): Uint8Array {
    if (!this.flags.read) throw kerr("EBADF");
    const data = this.vnode.read(this.pos, length);
    this.pos += data.length;
    return data;
  }
  write(data: Uint8Array): number {
    if (!this.flags.write) throw kerr("EBADF");
    if (this.flags.append) this.pos = this.vnode.getattr().size;
    if (this.vnode.type === "VREG" && this.pos + data.length > this.fsizeLimit) throw kerr("EFBIG");
    const n = this.vnode.write(this.pos, data);
    this.pos += n;
    return n;
  }
}

export interface MountArgs {
  type: string;
  special: string;
  dir: string;
  readonly: boolean;
  /** the option string as the mount table shows it */
  optionString: string;
  options: string[];
  /** allow mounting over a directory that is already a mount point (AIX always; Solaris -O) */
  overlay: boolean;
  data?: Record<string, unknown>;
}

const enc = new TextEncoder();

export class Sys {
  constructor(readonly machine: Machine, readonly proc: Proc) {}

  private get roots(): NameiRoots {
    return { root: this.proc.root, cwd: this.proc.cwd };
  }

  /** a second process that starts in this one's directories (for a subshell or a pipeline stage) */
  fork(): Sys {
    const p: Proc = { ...this.proc, pid: this.machine.newPid() };
    return new Sys(this.machine, p);
  }

  resolve(path: string, follow = true): Vnode {
    return namei(this.machine.mounts, this.roots, path, follow).vnode;
  }

  stat(path: string): Vattr {
    return this.resolve(path, true).getattr();
  }

  lstat(path: string): Vattr {
    return this.resolve(path, false).getattr();
  }

  exists(path: string): boolean {
    try {
      this.resolve(path, true);
      return true;
    } catch (e) {
      if (isKernelError(e)) return false;
      throw e;
    }
  }

  readdir(path: string): DirEntry[] {
    const v = this.resolve(path);
    if (v.type !== "VDIR") throw kerr("ENOTDIR");
    return v.readdir();
  }

  /** the vnode seen at name inside dir (through any mount on it) */
  lookupIn(dir: Vnode, name: string): Vnode {
    return crossDown(this.machine.mounts, dir.lookup(name));
  }

  open(path: string, flags: OpenFlags, mode = 0o666): OpenFile {
    const r = lookupParent(this.machine.mounts, this.roots, path, true);
    let v = r.vnode;
    if (v && flags.create && flags.excl) throw kerr("EEXIST");
    if (!v) {
      if (!flags.create) throw kerr("ENOENT");
      if (r.name === "") throw kerr("EISDIR");
      v = r.dir.create(r.name, mode & ~this.proc.umask);
    } else {
      if (v.type === "VDIR" && flags.write) throw kerr("EISDIR");
      // opening for writing fails at open time on a read-only file (EROFS), as open(2) does
      if (flags.write && v.type === "VREG") v.write(v.getattr().size, new Uint8Array(0));
      if (flags.trunc && v.type === "VREG") v.setattr({ size: 0 });
    }
    if (v.type === "VCHR") v = this.charDeviceVnode(v);
    return new OpenFile(v, flags, this.proc.fsizeLimit ?? Infinity);
  }

  /** the node's reads and writes go to its driver (specfs), everything else to the node */
  private charDeviceVnode(v: Vnode): Vnode {
    const a = v.getattr();
    const drv = a.rdev ? this.machine.chardevs.get(a.rdev.major) : undefined;
    if (!drv || !a.rdev) throw kerr("ENXIO");
    const minor = a.rdev.minor;
    return Object.assign(Object.create(v) as Vnode, {
      read: (offset: number, length: number) => drv.read(minor, offset, length),
      write: (_offset: number, data: Uint8Array) => drv.write(minor, data),
    });
  }

  readFile(path: string): Uint8Array {
    let v = this.resolve(path);
    if (v.type === "VDIR") throw kerr("EISDIR");
    if (v.type === "VCHR") v = this.charDeviceVnode(v);
    return v.read(0, v.getattr().size);
  }

  writeFile(path: string, data: Uint8Array | string, append = false): void {
    const f = this.open(path, { write: true, create: true, trunc: !append, append });
    f.write(typeof data === "string" ? enc.encode(data) : data);
  }

  mkdir(path: string, mode = 0o777): Vnode {
    const r = lookupParent(this.machine.mounts, this.roots, path, false);
    if (r.vnode) throw kerr("EEXIST");
    return r.dir.mkdir(r.name, mode & ~this.proc.umask);
  }

  /** every missing directory of a path (machine set-up: boot, scenario files and images) */
  mkdirp(path: string, mode = 0o755): void {
    let cur = "";
    for (const c of path.split("/").filter(Boolean)) {
      cur += "/" + c;
      if (!this.exists(cur)) this.mkdir(cur, mode);
    }
  }

  private isMountPoint(v: Vnode): boolean {
    if (v !== v.vfs.root()) return false;
    const m = this.machine.mounts.mountOf(v.vfs);
    return !!m?.covered;
  }

  rmdir(path: string): void {
    const r = lookupParent(this.machine.mounts, this.roots, path, false);
    if (!r.vnode) throw kerr("ENOENT");
    if (r.name === "" || r.name === ".") throw kerr("EINVAL");
    if (r.vnode.type !== "VDIR") throw kerr("ENOTDIR");
    if (this.isMountPoint(r.vnode) || r.vnode === this.proc.root) throw kerr("EBUSY");
    r.dir.rmdir(r.name);
  }

  unlink(path: string): void {
    const r = lookupParent(this.machine.mounts, this.roots, path, false);
    if (!r.vnode) throw kerr("ENOENT");
    if (r.vnode.type === "VDIR") throw kerr("EPERM");
    r.dir.remove(r.name);
  }

  rename(from: string, to: string): void {
    const a = lookupParent(this.machine.mounts, this.roots, from, false);
    if (!a.vnode) throw kerr("ENOENT");
    const b = lookupParent(this.machine.mounts, this.roots, to, false);
    if (a.dir.vfs !== b.dir.vfs) throw kerr("EXDEV");
    if (this.isMountPoint(a.vnode) || (b.vnode && this.isMountPoint(b.vnode))) throw kerr("EBUSY");
    a.dir.rename(a.name, b.dir, b.name);
  }

  symlink(target: string, path: string): void {
    const r = lookupParent(this.machine.mounts, this.roots, path, false);
    if (r.vnode) throw kerr("EEXIST");
    r.dir.symlink(r.name, target);
  }

  link(existing: string, path: string): void {
    const target = this.resolve(existing, false);
    const r = lookupParent(this.machine.mounts, this.roots, path, false);
    if (r.vnode) throw kerr("EEXIST");
    if (r.dir.vfs !== target.vfs) throw kerr("EXDEV");
    r.dir.link(r.name, target);
  }

  readlink(path: string): string {
    return this.resolve(path, false).readlink();
  }

  mknod(path: string, type: "VBLK" | "VCHR", mode: number, rdev: { major: number; minor: number }): Vnode {
    const r = lookupParent(this.machine.mounts, this.roots, path, false);
    if (r.vnode) throw kerr("EEXIST");
    return r.dir.mknod(r.name, type, mode, rdev);
  }

  chmod(path: string, mode: number): void {
    this.resolve(path).setattr({ mode });
  }

  chown(path: string, uid: number, gid: number): void {
    this.resolve(path).setattr({ uid, gid });
  }

  utimes(path: string, atime: number, mtime: number): void {
    this.resolve(path).setattr({ atime, mtime });
  }

  truncate(path: string, size: number): void {
    this.resolve(path).setattr({ size });
  }

  chdir(path: string): void {
    const v = this.resolve(path);
    if (v.type !== "VDIR") throw kerr("ENOTDIR");
    this.proc.cwd = v;
  }

  chroot(path: string): void {
    const v = this.resolve(path);
    if (v.type !== "VDIR") throw kerr("ENOTDIR");
    this.proc.root = v;
    this.proc.cwd = v;
  }

  getcwd(): string {
    return getcwd(this.machine.mounts, this.roots);
  }

  statfs(path: string): Statfs {
    return this.resolve(path).vfs.statfs();
  }

  /** the mount that holds this path's file */
  mountFor(path: string): Mount | undefined {
    return this.machine.mounts.mountOf(this.resolve(path).vfs);
  }

  /** a block device node: its driver, minor and the device itself (ENOTBLK, ENXIO) */
  blockDevice(path: string) {
    const a = this.stat(path);
    if (a.type !== "VBLK" || !a.rdev) throw kerr("ENOTBLK");
    const driver = this.machine.devsw.driver(a.rdev.major);
    const dev = driver.device(a.rdev.minor);
    return { driver, minor: a.rdev.minor, major: a.rdev.major, dev };
  }

  mount(args: MountArgs): Mount {
    const m = this.machine;
    const factory = m.fstypes.get(args.type);
    if (!factory) throw kerr("ENODEV", args.type);
    const dirVnode = this.resolve(args.dir);
    if (dirVnode.type !== "VDIR") throw kerr("ENOTDIR");
    if (!args.overlay && this.isMountPoint(dirVnode)) throw kerr("EBUSY");
    // the system root (and a process root) cannot be covered
    if (dirVnode === this.proc.root || (dirVnode === dirVnode.vfs.root() && !m.mounts.mountOf(dirVnode.vfs)?.covered)) throw kerr("EBUSY");
    const { vfs, release } = factory({ sys: this, special: args.special, readonly: args.readonly, options: args.options });
    let mount: Mount;
    try {
      mount = m.mounts.add({
        vfs,
        covered: dirVnode,
        path: args.dir,
        special: args.special,
        options: args.optionString,
        time: m.clock.now(),
        data: { type: args.type, ...(args.data ?? {}) },
      });
    } catch (e) {
      release?.();
      throw e;
    }
    if (release) m.releases.set(vfs, release);
    m.events.emit({ kind: "mount", action: "mounted", mountPoint: args.dir, special: args.special, vfsType: vfs.type });
    return mount;
  }

  /** find the mount named by a mount point or by what was mounted (a device, a source directory) */
  findMount(target: string): Mount | undefined {
    const all = this.machine.mounts.all();
    try {
      const v = this.resolve(target);
      if (v === v.vfs.root()) {
        const m = this.machine.mounts.mountOf(v.vfs);
        if (m && m.covered) return m;
      }
    } catch (e) {
      if (!isKernelError(e)) throw e;
    }
    for (let i = all.length - 1; i >= 0; i--) if (all[i]!.special === target || all[i]!.path === target) return all[i];
    return undefined;
  }

  umount(m: Mount): void {
    const mach = this.machine;
    if (!m.covered) throw kerr("EBUSY");
    if (mach.mounts.hasSubmounts(m.vfs)) throw kerr("EBUSY");
    if ((mach.holds.get(m.vfs) ?? 0) > 0) throw kerr("EBUSY");
    for (const p of mach.procs) if (p.cwd.vfs === m.vfs || p.root.vfs === m.vfs) throw kerr("EBUSY");
    mach.mounts.remove(m);
    m.vfs.unmount?.();
    const rel = mach.releases.get(m.vfs);
    mach.releases.delete(m.vfs);
    rel?.();
    mach.events.emit({ kind: "mount", action: "unmounted", mountPoint: m.path, special: m.special, vfsType: m.vfs.type });
  }
}
