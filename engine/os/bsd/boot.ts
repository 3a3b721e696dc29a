// Boots the BSD machine, BSD/OS 4.3-like: the wd0 disk with / on wd0a and /usr on wd0h (ufs),
// the root mounted by the kernel and /etc/fstab's other entries by rc's mount -a, in file order,
// through the machine's mount call; /dev with the disk's, the memory driver's and vnd's nodes;
// /etc's files; /usr/include and /usr/src; init and the daemons.
import { Machine } from "../../kernel/machine.js";
import { MemVfs } from "../../kernel/fs/memfs/memfs.js";
import { zeros, type CharDriver } from "../../kernel/dev/devsw.js";
import { Sys } from "../../kernel/sys.js";
import { bsdDev, bsdFsidPolicy, bsdMinor } from "./devt.js";
import { PARTITIONS, WD_MAJOR, WdDriver } from "./disk.js";
import { ETC_FSTAB, mountFstab } from "./fstab.js";
import { registerBsdFsTypes } from "./fstypes.js";
import { INCLUDE_DIRS, INCLUDE_FILES } from "./include.js";
import { bootBsdProcesses } from "./procs.js";
import { registerDiskTypes } from "./disktypes.js";
import { installVnd } from "./vnd.js";
import { ETC_GROUP, ETC_MASTER_PASSWD, ETC_PASSWD } from "./users.js";
import { etcFiles, ROOT_DIRS, USR_DIRS } from "./tree.js";

export interface BsdBootOptions {
  clock: number;
  hostname?: string;
  settings?: Record<string, unknown>;
}

/** wd0's partitions: size in 512-byte sectors, and for a file system its use when installed */
const LAYOUT: { letter: string; sectors: number; fs?: { usedBlocks: number; usedFiles: number } }[] = [
  { letter: "a", sectors: 131072, fs: { usedBlocks: 38912, usedFiles: 1104 } },
  { letter: "b", sectors: 262144 },
  { letter: "c", sectors: 4194304 },
  { letter: "h", sectors: 3801088, fs: { usedBlocks: 1317888, usedFiles: 41230 } },
];

/** the memory driver (major 2): mem 0, kmem 1, null 2, zero 12 (BSD/OS MAKEDEV) */
const MM_MAJOR = 2;
const bsdMm: CharDriver = {
  name: "mm",
  read: (minor, _offset, length) => (minor === 12 ? zeros(length) : new Uint8Array(0)),
  write: (_minor, data) => data.length,
};

function makeDisk(m: Machine): { wd: WdDriver; fs: Map<string, MemVfs> } {
  const wd = new WdDriver();
  m.devsw.register(WD_MAJOR, wd);
  const fs = new Map<string, MemVfs>();
  for (const p of LAYOUT) {
    const sub = PARTITIONS.indexOf(p.letter);
    let vfs: MemVfs | null = null;
    if (p.fs) {
      // a file system on a disk is known by its partition's dev_t (ffs_mountfs: f_fsid = dev)
      const dev = bsdDev(WD_MAJOR, 0, sub);
      // the machine is the context, so the file system can ask it what is mounted on a directory
      vfs = new MemVfs(m, { type: "ufs", fsid: dev, groupFromDirectory: true, sizeBlocks: p.sectors, baseUsedBlocks: p.fs.usedBlocks, baseUsedFiles: p.fs.usedFiles });
      fs.set(p.letter, vfs);
    }
    wd.add(0, p.letter, p.sectors, vfs);
  }
  return { wd, fs };
}

function makeDev(sys: Sys): void {
  for (const p of LAYOUT) {
    const minor = bsdMinor(0, PARTITIONS.indexOf(p.letter));
    sys.mknod(`/dev/wd0${p.letter}`, "VBLK", 0o640, { major: WD_MAJOR, minor });
    sys.mknod(`/dev/rwd0${p.letter}`, "VCHR", 0o640, { major: WD_MAJOR, minor });
    // chgrp operator (gid 5): dump and the like read the disks
    sys.resolve(`/dev/wd0${p.letter}`).setattr({ gid: 5 });
    sys.resolve(`/dev/rwd0${p.letter}`).setattr({ gid: 5 });
  }
  sys.mknod("/dev/console", "VCHR", 0o600, { major: 0, minor: 0 });
  sys.mknod("/dev/tty", "VCHR", 0o666, { major: 1, minor: 0 });
  sys.mknod("/dev/mem", "VCHR", 0o640, { major: MM_MAJOR, minor: 0 });
  sys.mknod("/dev/kmem", "VCHR", 0o640, { major: MM_MAJOR, minor: 1 });
  sys.mknod("/dev/null", "VCHR", 0o666, { major: MM_MAJOR, minor: 2 });
  sys.mknod("/dev/zero", "VCHR", 0o666, { major: MM_MAJOR, minor: 12 });
  for (const k of ["/dev/mem", "/dev/kmem"]) sys.resolve(k).setattr({ gid: 2 });
  // the first pseudo-terminal pair: the login's terminal is ttyp0
  sys.mknod("/dev/ttyp0", "VCHR", 0o620, { major: 5, minor: 0 });
  sys.mknod("/dev/ptyp0", "VCHR", 0o666, { major: 6, minor: 0 });
  sys.resolve("/dev/ttyp0").setattr({ gid: 4 });
}

export function bootBsd(opts: BsdBootOptions): { machine: Machine; sys: Sys; wd: WdDriver } {
  const m = new Machine("bsd", { clock: opts.clock, hostname: opts.hostname ?? "bsdlab", settings: opts.settings ?? {} });
  m.fsidPolicy = bsdFsidPolicy(m);
  // sys/mount.h: struct statfs keeps f_mntonname and f_mntfromname in MNAMELEN (90) bytes
  m.mnamelen = 90;
  m.renameReadOnlyFirst = true;
  m.symlinkUmask = true;
  const { wd, fs } = makeDisk(m);
  registerBsdFsTypes(m, wd);
  // cd9660, read through the block device (the vnode-disk part)
  registerDiskTypes(m);
  m.chardevs.set(MM_MAJOR, bsdMm);
  // the kernel mounts the root file system (wd0a) itself
  const rootVfs = fs.get("a")!;
  m.mounts.add({ vfs: rootVfs, covered: null, path: "/", special: "/dev/wd0a", options: "rw", time: m.clock.now(), data: { type: "ufs" } });
  wd.open(bsdMinor(0, 0));
  const root = rootVfs.root();
  bootBsdProcesses(m, root);
  const sys = new Sys(m, m.sched.table.get(1)!);

  for (const [path, mode] of ROOT_DIRS) {
    sys.mkdirp(path);
    sys.resolve(path).setattr({ mode });
  }
  makeDev(sys);
  // vnd(4): the loop driver's BSD face, its units, /dev/vnd and the nodes MAKEDEV std makes
  installVnd(sys);
  for (const [path, text, mode] of etcFiles(m, ETC_FSTAB, { passwd: ETC_PASSWD, master: ETC_MASTER_PASSWD, group: ETC_GROUP })) {
    sys.writeFile(path, text);
    if (mode !== undefined) sys.resolve(path).setattr({ mode });
  }
  // rc: mount -a
  mountFstab(sys, new TextDecoder().decode(sys.readFile("/etc/fstab")));
  for (const d of USR_DIRS) sys.mkdirp(d);
  for (const d of INCLUDE_DIRS) sys.mkdirp(`/usr/include/${d}`);
  for (const [name, text] of Object.entries(INCLUDE_FILES)) {
    sys.mkdirp(`/usr/include/${name}`.replace(/\/[^/]*$/, ""));
    sys.writeFile(`/usr/include/${name}`, text);
    sys.resolve(`/usr/include/${name}`).setattr({ mode: 0o444, uid: 3, gid: 7 });
  }
  return { machine: m, sys, wd };
}
