// Boots the Solaris machine, Solaris 11.1-like. The root is zfs, as 11.1 installs it (the
// installer offers no ufs root since Solaris 11): the pool rpool with the boot environment
// rpool/ROOT/solaris on /, its /var, rpool/VARSHARE on /var/share, rpool/export on /export,
// rpool/export/home on /export/home and the pool's own dataset on /rpool. The kernel and SMF
// mount the pseudo file systems in the order 11.1's mnttab shows them: /devices, /dev, ctfs,
// proc, mnttab (mntfs: mntfs.ts), /system/volatile, objfs, sharefs, the libc lofs on
// /lib/libc.so.1, /dev/fd, then the datasets and /tmp
// (swap, from /etc/vfstab). /usr is part of the root dataset. Then /etc's files, /dev's nodes
// (links into /devices, as devfsadm makes them) and the processes.
import { Machine } from "../../kernel/machine.js";
import { MemVfs } from "../../kernel/fs/memfs/memfs.js";
import { ProcVfs } from "../../kernel/fs/procfs.js";
import { registerLayers } from "../../kernel/fs/layers.js";
import { zeros, type CharDriver } from "../../kernel/dev/devsw.js";
import { Sys } from "../../kernel/sys.js";
import { isKernelError } from "../../kernel/errno.js";
import type { Vfs } from "../../kernel/vfs/vnode.js";
import { solarisFsidPolicy } from "./devt.js";
import { registerSolarisFsTypes } from "./fstypes.js";
import { registerSolarisDiskTypes } from "./disktypes.js";
import { installLofi } from "./lofi.js";
import { installSolarisIso } from "./isoimage.js";
import { MntVfs, SharefsVfs } from "./mntfs.js";
import { LofsVfs } from "../../kernel/fs/lofs/index.js";
import { kerr } from "../../kernel/errno.js";
import { bootSolarisProcesses, UPTIME_SECONDS } from "./procs.js";
import { SOLARIS_RLIMITS } from "./rlimits.js";
import { etcFiles, ROOT_DIRS, USR_DIRS, VAR_DIRS } from "./tree.js";

export interface SolarisBootOptions {
  clock: number;
  hostname?: string;
  settings?: Record<string, unknown>;
}

/** the root's mount time in mnttab: 0 (the kernel mounts it before the clock is read) */
export const ROOT_MOUNT_TIME = 0;

/** zfs's options in mnttab on 11.1 */
export const ZFS_OPTIONS = "rw,devices,setuid,nonbmand,exec,rstchown,xattr,atime";

/** rpool's datasets: name, mount point, used blocks (512 bytes) and files when installed */
const DATASETS: { name: string; dir: string; used: number; files: number }[] = [
  { name: "rpool", dir: "/rpool", used: 146, files: 7 },
  { name: "rpool/ROOT/solaris", dir: "/", used: 7654320, files: 148211 },
  { name: "rpool/ROOT/solaris/var", dir: "/var", used: 456780, files: 2931 },
  { name: "rpool/VARSHARE", dir: "/var/share", used: 98, files: 11 },
  { name: "rpool/export", dir: "/export", used: 64, files: 4 },
  { name: "rpool/export/home", dir: "/export/home", used: 62, files: 3 },
];

/** the pool's size in 512-byte blocks (a 20 GB disk less zfs's own) */
const POOL_BLOCKS = 40632320;

/** the memory driver (major 13): null is minor 2, zero minor 12 (mm(7D)) */
const MM_MAJOR = 13;
const mm: CharDriver = {
  name: "mm",
  read: (minor, _offset, length) => (minor === 12 ? zeros(length) : new Uint8Array(0)),
  write: (_minor, data) => data.length,
};

/** group tty */
const TTY_GID = 7;

/** /devices nodes and the /dev links devfsadm makes to them: [dev name, devices path, major, minor, mode] */
const DEVICES: [string, string, number, number, number][] = [
  ["null", "pseudo/mm@0:null", MM_MAJOR, 2, 0o666],
  ["zero", "pseudo/mm@0:zero", MM_MAJOR, 12, 0o666],
  ["console", "pseudo/cn@0:console", 0, 0, 0o620],
  ["tty", "pseudo/sy@0:tty", 22, 0, 0o666],
  ["pts/1", "pseudo/pts@0:1", 26, 1, 0o620],
];

/** a zfs directory's st_size is its number of entries, . and .. included (zfs_dir.c: z_size) */
const zfsDirSize = (names: readonly string[]): number => names.length + 2;

function makeDatasets(m: Machine): Map<string, MemVfs> {
  const out = new Map<string, MemVfs>();
  // the pool's dataset comes first (zpool import), so the boot environment's id is the second
  // zfs minor, as in Oracle's mnttab example (dev=4010002)
  for (const d of DATASETS) {
    out.set(d.name, new MemVfs(m, { type: "zfs", fsid: m.newFsid("zfs"), sizeBlocks: POOL_BLOCKS, baseUsedBlocks: d.used, baseUsedFiles: d.files, rootFileid: 4, dirSize: zfsDirSize }));
  }
  return out;
}

/** mount as the kernel and SMF do at boot: no mount(2) checks, straight into the table */
export function kernelMount(sys: Sys, dir: string, vfs: Vfs, special: string, type: string, options: string, time: number): void {
  sys.machine.mounts.add({ vfs, covered: sys.resolve(dir), path: dir, special, options, time, data: { type } });
}

function pseudo(m: Machine, type: string, mode = 0o555): MemVfs {
  const v = new MemVfs(m, { type, fsid: m.newFsid(type), sizeBlocks: 0 });
  v.root().setattr({ mode });
  return v;
}

/** a swap-backed tmpfs (/system/volatile, /tmp): new at every boot, so empty */
export const newTmpfs = (m: Machine): MemVfs => new MemVfs(m, { type: "tmpfs", fsid: m.newFsid("tmpfs"), sizeBlocks: 4194304 });

/**
 * What a boot mounts that outlives a restart: the pool's datasets (on disk) and the pseudo file
 * systems whose contents every boot rebuilds alike (devfs's nodes and /dev's links, /proc, ctfs,
 * objfs, fd). The tmpfs file systems and mntfs are made anew at each boot.
 */
export interface SolarisDisks {
  datasets: ReadonlyMap<string, MemVfs>;
  pseudo: ReadonlyMap<string, Vfs>;
}

const disksOf = new WeakMap<Machine, SolarisDisks>();

/** the machine's disks as its first boot made them */
export function solarisDisks(m: Machine): SolarisDisks {
  const d = disksOf.get(m);
  if (!d) throw new Error("not a Solaris machine");
  return d;
}

/** the pool's dataset names in the order zfs mounts them */
export const BE_VAR = "rpool/ROOT/solaris/var";
const POOL_MOUNTS = ["rpool/VARSHARE", "rpool/export", "rpool/export/home", "rpool"];

/**
 * The kernel's and SMF's first mounts, in 11.1's order: /devices, /dev, ctfs, proc, mnttab (mntfs:
 * mntfs.ts), /system/volatile, objfs, sharefs on /etc/dfs/sharetab, the libc lofs on
 * /lib/libc.so.1, /dev/fd. `boot` is the boot's time.
 */
export function mountKernelFileSystems(sys: Sys, d: SolarisDisks, boot: number): void {
  const m = sys.machine;
  const t = (s: number) => boot + s;
  const ps = (k: string) => d.pseudo.get(k)!;
  kernelMount(sys, "/devices", ps("devfs"), "/devices", "devfs", "", t(1));
  kernelMount(sys, "/dev", ps("dev"), "/dev", "dev", "", t(1));
  kernelMount(sys, "/system/contract", ps("ctfs"), "ctfs", "ctfs", "", t(1));
  kernelMount(sys, "/proc", ps("proc"), "proc", "proc", "", t(1));
  kernelMount(sys, "/etc/mnttab", new MntVfs(m, m.newFsid("mntfs"), t(1)), "mnttab", "mntfs", "", t(1));
  kernelMount(sys, "/system/volatile", newTmpfs(m), "swap", "tmpfs", "xattr", t(1));
  kernelMount(sys, "/system/object", ps("objfs"), "objfs", "objfs", "", t(1));
  kernelMount(sys, SHARETAB, new SharefsVfs(m, m.newFsid("sharefs"), t(1)), "sharefs", "sharefs", "", t(1));
  mountLibc(sys, t(2));
  sys.mkdirp("/dev/fd");
  kernelMount(sys, "/dev/fd", ps("fd"), "fd", "fd", "rw", t(2));
}

/** sharefs's file: the kernel's table of shares (sharefs(7FS)) */
const SHARETAB = "/etc/dfs/sharetab";
/** the libc built for this processor's capabilities, and the libc every program links */
export const LIBC_HWCAP = "/usr/lib/libc/libc_hwcap1.so.1";
export const LIBC = "/lib/libc.so.1";
/** their sizes (the lab's numbers) and owner root:bin, mode 0755 */
const LIBC_FILES: [string, number][] = [
  [LIBC, 1668752],
  [LIBC_HWCAP, 1680820],
];

/** the two libc files on the root dataset (sparse: the lab has no code in them) */
function makeLibcFiles(sys: Sys): void {
  sys.mkdirp("/usr/lib/libc");
  for (const [path, size] of LIBC_FILES) {
    if (sys.exists(path)) continue;
    sys.writeFile(path, "");
    sys.resolve(path).setattr({ size, mode: 0o755, gid: 2 });
  }
}

/**
 * fs-root's libc_mount: the hardware-capability libc lofs-mounted on /lib/libc.so.1 (a file on a
 * file, `mount -O -F lofs`), as every 11.1 x86 mnttab shows it. Every process maps libc, so the
 * mount is always busy (the lab maps no libraries: its vfs refuses the unmount itself).
 */
function mountLibc(sys: Sys, time: number): void {
  const vfs: Vfs = new LofsVfs(sys.machine, sys.resolve(LIBC_HWCAP), { readonly: false, nosub: false });
  vfs.unmount = () => {
    throw kerr("EBUSY");
  };
  kernelMount(sys, LIBC, vfs, LIBC_HWCAP, "lofs", "", time);
}

/** fs-minimal's boot-environment dataset: /var (3 seconds after boot) */
export function mountBootEnvironment(sys: Sys, d: SolarisDisks, boot: number): void {
  kernelMount(sys, "/var", d.datasets.get(BE_VAR)!, BE_VAR, "zfs", ZFS_OPTIONS, boot + 3);
}

/**
 * fs-local's `zfs mount -a`: the pool's other datasets (6 seconds after boot). At the first boot
 * straight into the table; at a restart (`checked`) through mount(2), whose zfs_mount refuses a
 * mount point that is busy (held by a lofs mounted before, say): that dataset stays unmounted.
 */
export function mountPoolDatasets(sys: Sys, d: SolarisDisks, boot: number, checked = false): void {
  for (const name of POOL_MOUNTS) {
    const dir = DATASETS.find((x) => x.name === name)!.dir;
    // zfs makes a missing mount point
    sys.mkdirp(dir);
    if (!checked) {
      kernelMount(sys, dir, d.datasets.get(name)!, name, "zfs", ZFS_OPTIONS, boot + 6);
      continue;
    }
    try {
      sys.mount({ type: "zfs", special: name, dir, readonly: false, optionString: ZFS_OPTIONS, options: [], overlay: false });
    } catch (e) {
      if (!isKernelError(e)) throw e;
    }
  }
}

function makeDev(sys: Sys): void {
  for (const [name, path, major, minor, mode] of DEVICES) {
    const full = `/devices/${path}`;
    sys.mkdirp(full.replace(/\/[^/]*$/, ""));
    sys.mknod(full, "VCHR", mode, { major, minor });
    // the login's pty: grantpt(3C) gives the slave to the user and group tty (7), mode 0620
    if (name.startsWith("pts/")) sys.chown(full, 0, TTY_GID);
    if (name.includes("/")) sys.mkdirp(`/dev/${name.replace(/\/[^/]*$/, "")}`);
    const up = "../".repeat(name.split("/").length);
    sys.symlink(`${up}devices/${path}`, `/dev/${name}`);
  }
}

export function bootSolaris(opts: SolarisBootOptions): { machine: Machine; sys: Sys } {
  const m = new Machine("solaris", { clock: opts.clock, hostname: opts.hostname ?? "solaris", settings: opts.settings ?? {} });
  m.fsidPolicy = solarisFsidPolicy(m);
  m.rmdirCwdInvalid = true;
  m.chardevs.set(MM_MAJOR, mm);
  const ds = makeDatasets(m);
  const kinds = ["devfs", "dev", "ctfs", "proc", "objfs", "fd"];
  const disks: SolarisDisks = { datasets: ds, pseudo: new Map(kinds.map((k) => [k, k === "devfs" || k === "dev" ? pseudo(m, k, 0o755) : k === "proc" ? new ProcVfs(m, m.newFsid("proc")) : pseudo(m, k)])) };
  disksOf.set(m, disks);
  const rootVfs = ds.get("rpool/ROOT/solaris")!;
  const boot = m.clock.now() - UPTIME_SECONDS;
  // the kernel's own mount of the root (vfs_mountroot): mnttab shows it with no options and the
  // time 0, as Oracle's mnttab examples of zfs roots do (`rpool/ROOT/zfsBE / zfs dev=… 0`)
  m.mounts.add({ vfs: rootVfs, covered: null, path: "/", special: "rpool/ROOT/solaris", options: "", time: ROOT_MOUNT_TIME, data: { type: "zfs" } });
  const root = rootVfs.root();
  // every process starts with Solaris's limits (rlim_fd_cur 256, an 8 MB stack)
  m.sched.rlimits = SOLARIS_RLIMITS;
  bootSolarisProcesses(m, root);
  const sys = new Sys(m, m.sched.table.get(1)!);
  for (const [path, mode] of ROOT_DIRS) {
    sys.mkdirp(path);
    sys.resolve(path).setattr({ mode });
  }
  sys.writeFile("/etc/mnttab", "");
  sys.writeFile(SHARETAB, "");
  makeLibcFiles(sys);
  sys.mkdirp("/etc/svc/volatile");
  sys.mkdirp("/etc/dfs");
  // the kernel's and SMF's mounts, in 11.1's order
  mountKernelFileSystems(sys, disks, boot);
  mountBootEnvironment(sys, disks, boot);
  for (const [p, mode] of VAR_DIRS) {
    sys.mkdirp(p);
    sys.resolve(p).setattr({ mode });
  }
  // vfstab: swap on /tmp
  kernelMount(sys, "/tmp", newTmpfs(m), "swap", "tmpfs", "xattr", boot + 5);
  sys.resolve("/tmp").setattr({ mode: 0o1777 });
  mountPoolDatasets(sys, disks, boot);
  makeDev(sys);
  for (const [path, text, mode, gid] of etcFiles(m)) {
    sys.writeFile(path, text);
    sys.resolve(path).setattr({ mode, gid });
  }
  sys.symlink("./inet/hosts", "/etc/hosts");
  sys.symlink("usr/bin", "/bin");
  for (const d of USR_DIRS) sys.mkdirp(d);
  // tmpfs and zfs for mount(2), the layers (lofs), hsfs and ufs on lofi devices
  registerSolarisFsTypes(m, ds);
  registerLayers(m);
  registerSolarisDiskTypes(m);
  installLofi(sys);
  installSolarisIso(sys);
  return { machine: m, sys };
}
