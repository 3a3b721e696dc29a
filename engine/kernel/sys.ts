// System calls: the path-level interface every command uses. One Sys per process.
//
// Most calls are immediate. The ones that may have to wait — reading a pipe or the terminal,
// writing a full pipe, sleeping, waiting for a child — are coroutines (`yield*` them): they give
// the processor back to the scheduler until they can go on (see proc/sched.ts).
import { R_OK, W_OK, X_OK } from "./cred.js";
import { kerr, isKernelError } from "./errno.js";
import type { Machine } from "./machine.js";
import type { File } from "./proc/file.js";
import { closeFile, hold, PipeEnd, TtyFile } from "./proc/file.js";
import type { ChildEvent, Proc } from "./proc/proc.js";
import type { ReadKind, Termios } from "./proc/tty.js";
import { WaitQueue, type Co } from "./proc/wait.js";
import { busyOnUnmount, referenced } from "./vfs/refs.js";
import type { Mount } from "./vfs/mount.js";
import { crossDown, getcwd, getcwdByVnode, lookupParent, namei, type NameiRoots } from "./vfs/namei.js";
import { realvp, type DirEntry, type SetAttr, type Statfs, type Vattr, type Vnode } from "./vfs/vnode.js";

export { OpenFile, type OpenFlags } from "./openfile.js";
import { OpenFile, type OpenFlags } from "./openfile.js";

/** how much a read of a regular file or device takes at once */
export const READ_CHUNK = 65536;

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

  /** fork(): a child process sharing this one's open files; start it with start() */
  fork(argv?: string[]): Sys {
    return new Sys(this.machine, this.machine.sched.fork(this.proc, argv));
  }

  /** the process starts running its body */
  start(body: Co<number>): void {
    this.machine.sched.start(this.proc, body);
  }

  /** start with a first turn now, inside the running process's (see Scheduler.startInline):
   *  true when it has already ended */
  startInline(body: Co<number>): boolean {
    return this.machine.sched.startInline(this.proc, body);
  }

  get pid(): number {
    return this.proc.pid;
  }

  // ---- descriptors ----

  /** open a file at the lowest free descriptor (or at `fd`, closing what was there) */
  openFd(path: string, flags: OpenFlags, mode = 0o666, fd?: number): number {
    const f = this.open(path, flags, mode);
    return this.install(f, fd);
  }

  /** put an open file at a descriptor (the lowest free one by default); the file's reference moves there */
  install(f: File, fd = this.proc.freeFd()): number {
    const old = this.proc.fds.get(fd);
    this.proc.fds.set(fd, f);
    if (old) closeFile(old);
    return fd;
  }

  file(fd: number): File {
    const f = this.proc.fds.get(fd);
    if (!f) throw kerr("EBADF");
    return f;
  }

  close(fd: number): void {
    const f = this.proc.fds.get(fd);
    if (!f) throw kerr("EBADF");
    this.proc.fds.delete(fd);
    closeFile(f);
  }

  /** dup2(from, to): `to` refers to what `from` does */
  dup2(from: number, to: number): void {
    const f = this.file(from);
    if (from === to) return;
    this.install(hold(f), to);
  }

  /** a pipe: [read descriptor, write descriptor] */
  pipe(): [number, number] {
    const p = this.machine.sched.pipe();
    const r = this.install(new PipeEnd(p, "read"));
    const w = this.install(new PipeEnd(p, "write"));
    return [r, w];
  }

  isatty(fd: number): boolean {
    return this.proc.fds.get(fd)?.isatty() ?? false;
  }

  /** the terminal as an open file (the session's standard input, output and error) */
  static ttyFile(tty: import("./proc/tty.js").Tty): File {
    return new TtyFile(tty);
  }

  /**
   * read(2): up to `max` bytes; an empty array at end of file. `line` stops after a newline (the
   * shell's read takes one line and leaves the rest). Waits for a pipe or the terminal; a caught
   * signal interrupts the wait (EINTR). A process of the background that reads its terminal is
   * stopped (SIGTTIN) until it is brought to the foreground.
   */
  *read(fd: number, max = READ_CHUNK, opts: { line?: boolean; kind?: ReadKind } = {}): Co<Uint8Array> {
    const p = this.proc;
    const k = this.machine.sched;
    for (;;) {
      const f = this.file(fd);
      if (!f.readable) throw kerr("EBADF");
      if (f instanceof TtyFile && p.tty === f.tty && p.pgid !== f.tty.pgrp) {
        if (p.handlers.get("SIGTTIN") === "ignore") throw kerr("EIO");
        k.signalGroup(p.pgid, "SIGTTIN");
        yield undefined;
        if (p.interrupted) throw kerr("EINTR");
        continue;
      }
      const r = f.read(max, opts.line ?? false, p, opts.kind ?? "data");
      if (!(r instanceof WaitQueue)) return r;
      yield r;
      if (p.interrupted) throw kerr("EINTR");
    }
  }

  /** tcgetattr(3): the modes of the terminal open at `fd` (ENOTTY for anything else) */
  tcgetattr(fd: number): Termios {
    const f = this.file(fd);
    if (!(f instanceof TtyFile) || !f.isatty()) throw kerr("ENOTTY");
    return f.tty.termios;
  }

  /**
   * tcsetattr(3), TCSANOW: the terminal at `fd` takes the modes now. A process of the background
   * that sets the modes of its own terminal is stopped with SIGTTOU until it is brought to the
   * foreground, unless it ignores SIGTTOU (then the call goes through, as POSIX says).
   */
  *tcsetattr(fd: number, t: Termios): Co<void> {
    const p = this.proc;
    for (;;) {
      const f = this.file(fd);
      if (!(f instanceof TtyFile) || !f.isatty()) throw kerr("ENOTTY");
      if (p.tty === f.tty && p.pgid !== f.tty.pgrp && p.handlers.get("SIGTTOU") !== "ignore") {
        this.machine.sched.signalGroup(p.pgid, "SIGTTOU");
        yield undefined;
        if (p.interrupted) throw kerr("EINTR");
        continue;
      }
      f.tty.setTermios(t);
      return;
    }
  }

  /**
   * write(2) of all of `data`, waiting while a pipe is full or the terminal is busy. Writing to a
   * pipe nobody reads raises SIGPIPE, which ends the process unless it ignores or catches it;
   * then the write fails with EPIPE.
   */
  *write(fd: number, data: Uint8Array | string): Co<void> {
    let buf = typeof data === "string" ? enc.encode(data) : data;
    const p = this.proc;
    // a process a signal has ended (SIGXFSZ, SIGPIPE) writes nothing more before it goes
    while (buf.length > 0 && !p.doomed) {
      const f = this.file(fd);
      let r: number | WaitQueue;
      try {
        r = f.write(buf, false, p);
      } catch (e) {
        if (isKernelError(e, "EPIPE")) {
          this.machine.sched.signal(p, "SIGPIPE");
          yield undefined;
        }
        throw e;
      }
      if (r instanceof WaitQueue) {
        yield r;
        if (p.interrupted) throw kerr("EINTR");
        continue;
      }
      buf = buf.subarray(r);
    }
  }

  /**
   * A write that does not wait: all of `data` goes now (a pipe takes it beyond its capacity; the
   * process waits for room afterwards, see drained). For commands whose output is bounded by the
   * machine's state. A pipe with no reader raises SIGPIPE and the data is dropped.
   */
  writeNow(fd: number, data: Uint8Array | string): void {
    if (this.proc.doomed) return;
    let buf = typeof data === "string" ? enc.encode(data) : data;
    const f = this.file(fd);
    try {
      // a file takes what fits under the size limit, then fails
      for (;;) {
        const r = f.write(buf, true, this.proc);
        if (typeof r !== "number" || r >= buf.length || r === 0) break;
        buf = buf.subarray(r);
      }
    } catch (e) {
      if (!isKernelError(e, "EPIPE")) throw e;
      this.machine.sched.signal(this.proc, "SIGPIPE");
    }
  }

  /** wait while a pipe at `fd` holds more than its capacity (after writeNow) */
  *drained(fd: number): Co<void> {
    for (;;) {
      const f = this.proc.fds.get(fd);
      if (!(f instanceof PipeEnd) || !f.pipe.full || f.pipe.readers === 0) return;
      yield f.pipe.writable;
    }
  }

  /** sleep until the machine clock has moved `seconds` on (a fraction too; Infinity: until a
   *  signal, with no alarm for the clock to jump to); a caught signal ends it early (EINTR) */
  *sleep(seconds: number): Co<void> {
    const k = this.machine.sched;
    const at = this.machine.clock.exact() + seconds;
    const p = this.proc;
    try {
      while (this.machine.clock.exact() < at) {
        if (at !== Infinity) k.setAlarm(p, at);
        yield p.timerq;
        if (p.interrupted) throw kerr("EINTR");
      }
    } finally {
      k.clearAlarm(p);
    }
  }

  /**
   * wait(): the next change of a child (pid > 0: that one; pid < 0: its process group -pid;
   * 0: any). ECHILD when there is none; EINTR when a caught signal comes first. `untraced`
   * reports stopped children too.
   */
  *wait(pid = 0, untraced = true): Co<ChildEvent> {
    const k = this.machine.sched;
    const p = this.proc;
    for (;;) {
      const e = k.waitChild(p, pid, untraced);
      if (e === undefined) throw kerr("ECHILD");
      if (e !== null) return e;
      yield p.childq;
      if (p.interrupted) throw kerr("EINTR");
    }
  }

  /** wait until the file open at `fd` is written (tail -f); a caught signal ends it (EINTR) */
  *waitWrite(fd: number): Co<void> {
    const f = this.file(fd);
    if (!f.vnode) return;
    yield this.machine.watch(f.vnode);
    if (this.proc.interrupted) throw kerr("EINTR");
  }

  /** one step: true when this process has used its quantum and must give the processor back */
  tick(): boolean {
    return this.machine.sched.tick();
  }

  /** `n` steps of work at once (bytes scanned by a command: one step per 4 KB) */
  charge(n: number): boolean {
    return this.machine.sched.charge(n);
  }

  resolve(path: string, follow = true): Vnode {
    return namei(this.machine.mounts, this.roots, path, follow).vnode;
  }

  /** access(2): may the credential in force read, write or search the file (R_OK, W_OK, X_OK)?
   *  EACCES, EROFS … when not */
  access(path: string, mode: number): void {
    this.resolve(path).access?.(mode);
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
    v.access?.(R_OK);
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
      // VOP_ACCESS: the caller may read or write it (a layer passes the question down)
      const want = (flags.read ? R_OK : 0) | (flags.write || flags.trunc ? W_OK : 0);
      if (want && v.access) v.access(want);
      // opening for writing fails at open time on a read-only file (EROFS), as open(2) does
      if (flags.write && v.type === "VREG") v.write(v.getattr().size, new Uint8Array(0));
      if (flags.trunc && v.type === "VREG") v.setattr({ size: 0 });
    }
    v.open?.((flags.read ? R_OK : 0) | (flags.write ? W_OK : 0));
    const node = v;
    if (v.type === "VCHR") v = this.charDeviceVnode(v);
    const f = new OpenFile(v, flags, this.proc.fsizeLimit, flags.write ? (x) => this.machine.changed(x) : null);
    if (r.name !== "") f.opened = { dir: r.dir, name: r.name, node };
    return f;
  }

  /** the node's reads and writes go to its driver (specfs), everything else to the node */
  private charDeviceVnode(v: Vnode): Vnode {
    const a = v.getattr();
    const drv = a.rdev ? this.machine.chardevs.get(a.rdev.major) : undefined;
    if (!drv || !a.rdev) throw kerr("ENXIO");
    const minor = a.rdev.minor;
    const per = drv.bytesPerStep;
    return Object.assign(Object.create(v) as Vnode, {
      read: (offset: number, length: number) => {
        const d = drv.read(minor, offset, length);
        if (per) this.charge(Math.ceil(d.length / per));
        return d;
      },
      write: (offset: number, data: Uint8Array) => drv.write(minor, data, offset),
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
    try {
      f.write(typeof data === "string" ? enc.encode(data) : data);
    } finally {
      f.release();
    }
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

  /** the root of a mount that covers something (the mount table says, not the vfs) */
  private isMountPoint(v: Vnode): boolean {
    return !!this.machine.mounts.mountWithRoot(v)?.covered;
  }

  /** a ".." that leads out of a file system names a mount's root, which is no entry of the
   *  directory it is looked up in: the file system below cannot see the mount (covered names are
   *  its to refuse, see memfs), so the refusal for this spelling stays here */
  private dotdotMountPoint(r: { name: string; vnode: Vnode | null }): boolean {
    return r.name === ".." && !!r.vnode && this.isMountPoint(r.vnode);
  }

  rmdir(path: string): void {
    const r = lookupParent(this.machine.mounts, this.roots, path, false);
    if (!r.vnode) throw kerr("ENOENT");
    if (r.name === "" || r.name === ".") throw kerr("EINVAL");
    if (r.vnode.type !== "VDIR") throw kerr("ENOTDIR");
    // a mounted-on directory is refused by its file system (EBUSY), however the call reaches it
    if (this.dotdotMountPoint(r) || r.vnode === this.proc.root) throw kerr("EBUSY");
    // the file system compares its own vnode with the cwd it is handed: lo_rmdir hands down the
    // real vnode of a lofs cwd, a call straight to the file system the cwd as it is
    const cwd = r.dir.lower ? realvp(this.proc.cwd) : this.proc.cwd;
    if (this.machine.rmdirCwdInvalid && realvp(r.vnode) === cwd) {
      // vn_removeat refuses a read-only file system first; VOP_RMDIR asks for the right to
      // delete, then meets the cwd before it would see whether the directory is empty
      if (r.dir.vfs.readonly) throw kerr("EROFS");
      r.dir.access?.(W_OK | X_OK);
      throw kerr("EINVAL");
    }
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
    if (this.machine.renameReadOnlyFirst && (a.dir.vfs.readonly || b.dir.vfs.readonly)) throw kerr("EROFS");
    if (a.dir.vfs !== b.dir.vfs) throw kerr("EXDEV");
    // a mounted-on source or target is refused by the file system (EBUSY)
    if (this.dotdotMountPoint(a) || this.dotdotMountPoint(b)) throw kerr("EBUSY");
    a.dir.rename(a.name, b.dir, b.name);
  }

  symlink(target: string, path: string): void {
    const r = lookupParent(this.machine.mounts, this.roots, path, false);
    if (r.vnode) throw kerr("EEXIST");
    const v = r.dir.symlink(r.name, target);
    if (this.machine.symlinkUmask) v.setattr({ mode: 0o777 & ~this.proc.umask });
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
    this.changeOwner(this.resolve(path), uid, gid);
  }

  /** chown of a symbolic link itself */
  lchown(path: string, uid: number, gid: number): void {
    this.changeOwner(this.resolve(path, false), uid, gid);
  }

  /** -1 leaves an id as it is (chown(2)) */
  private changeOwner(v: Vnode, uid: number, gid: number): void {
    const a: SetAttr = {};
    if (uid !== -1) a.uid = uid;
    if (gid !== -1) a.gid = gid;
    v.setattr(a);
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
    v.access?.(X_OK);
    this.proc.cwd = v;
  }

  chroot(path: string): void {
    const v = this.resolve(path);
    if (v.type !== "VDIR") throw kerr("ENOTDIR");
    this.proc.root = v;
    this.proc.cwd = v;
  }

  getcwd(): string {
    return (this.machine.kernelGetcwd ? getcwdByVnode : getcwd)(this.machine.mounts, this.roots);
  }

  /** statvfs(2): the numbers of the file system that really holds the file (a layer's are its
   *  lower file system's; a file reached through lofs is on whatever file system holds it) */
  statfs(path: string): Statfs {
    return realvp(this.resolve(path)).vfs.statfs();
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
    // a regular file may be covered by a file system that mounts files (lofs: VFCF_FILEMOUNT),
    // and then only by a file (checked below)
    if (dirVnode.type !== "VDIR" && !(dirVnode.type === "VREG" && factory.fileMount)) throw kerr("ENOTDIR");
    if (!args.overlay && this.isMountPoint(dirVnode)) throw kerr("EBUSY");
    // Solaris: a mount point in use is busy unless -O (each file system's mount routine:
    // `vp->v_count != 1 || (vp->v_flag & VROOT)`). `vp` is the vnode the path names: through a
    // lofs, the lnode. Every live lnode holds its real vnode, so a use anywhere above counts for
    // the real directory — a process's cwd in /tmp/newroot/opt, a mount on it, a lofs whose source
    // it is make /opt busy (the seed's busy rule). The other way round does not hold: after
    // `mount -F lofs / /tmp/newroot`, /tmp/newroot/tmp is an lnode of the tmpfs root that only this
    // lookup holds (makelonode copies no VROOT), so a tmpfs mounts there and covers only the copy.
    if (!args.overlay && m.busyMountPoints && referenced(m, dirVnode)) throw kerr("EBUSY");
    // the system root (and a process root) cannot be covered
    const rootMount = m.mounts.mountWithRoot(dirVnode);
    if (dirVnode === this.proc.root || (rootMount && !rootMount.covered)) throw kerr("EBUSY");
    const { vfs, release, device } = factory({ sys: this, special: args.special, readonly: args.readonly, options: args.options, covered: dirVnode, ...(args.data ? { data: args.data } : {}) });
    let mount: Mount;
    try {
      if (vfs.root().type !== dirVnode.type && (dirVnode.type === "VREG" || vfs.root().type === "VREG")) throw kerr("ENOTDIR");
      mount = m.mounts.add({
        vfs,
        covered: dirVnode,
        path: m.mountName(args.dir),
        special: m.mountName(args.special),
        options: args.optionString,
        time: m.clock.now(),
        data: { type: args.type, ...(args.data ?? {}) },
        ...(device ? { device: { major: device.major, minor: device.minor } } : {}),
      });
    } catch (e) {
      release?.();
      throw e;
    }
    if (release) m.releases.set(vfs, release);
    m.events.emit({ kind: "mount", action: "mounted", mountPoint: mount.path, special: mount.special, vfsType: vfs.type });
    return mount;
  }

  /** find the mount named by a mount point or by what was mounted (a device, a source directory) */
  findMount(target: string): Mount | undefined {
    const all = this.machine.mounts.all();
    try {
      const m = this.machine.mounts.mountWithRoot(this.resolve(target));
      if (m && m.covered) return m;
    } catch (e) {
      if (!isKernelError(e)) throw e;
    }
    for (let i = all.length - 1; i >= 0; i--) if (all[i]!.special === target || all[i]!.path === target) return all[i];
    return undefined;
  }

  /**
   * Unmount: refused (EBUSY) for the system root, and while anything refers into the file system
   * (vfs/refs.ts busyOnUnmount: processes, mounts on it, layers over it, loop images in it).
   * `force` (umount -f where the OS has it) skips that test and leaves the decision to the file
   * system: its unmount(force) runs before the mount is removed and may still refuse by throwing
   * (a layer whose nodes are in use, as nullfs_unmount's vflush does), leaving the mount as it was.
   */
  umount(m: Mount, force = false): void {
    const mach = this.machine;
    if (!m.covered) throw kerr("EBUSY");
    const busy = busyOnUnmount(mach, m);
    // A file system mounted on one of its directories keeps it busy even for a forced unmount:
    // taking the ground from under that mount would leave a mount no path reaches and no umount
    // can remove (later BSDs refuse the same way; 4.4BSD's vflush did not look).
    if (busy.some((r) => r.kind === "covered")) throw kerr("EBUSY");
    if (!force && busy.length > 0) throw kerr("EBUSY");
    m.vfs.unmount?.(force);
    mach.mounts.remove(m);
    const rel = mach.releases.get(m.vfs);
    mach.releases.delete(m.vfs);
    rel?.();
    mach.events.emit({ kind: "mount", action: "unmounted", mountPoint: m.path, special: m.special, vfsType: m.vfs.type });
  }
}
