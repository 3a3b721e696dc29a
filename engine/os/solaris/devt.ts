// Device numbers as Solaris shows them, and the file-system ids (st_dev) the kernel hands out.
//
// Solaris's 64-bit kernel keeps a dev_t as major << 32 | minor; what a program sees in a 32-bit
// stat, in mnttab's dev= option and in statvfs's f_fsid is the compressed form cmpldev() makes:
// a 14-bit major above an 18-bit minor (NBITSMINOR32 = 18, sys/mkdev.h). The lab keeps every
// st_dev and fsid in that 32-bit form.
//
// zfs has no device: zfs_create_unique_device() gives each mounted dataset
// makedevice(zfs_major, minor) with the minors counting up from ZFS_MIN_MINOR (0x10000), so the
// boot's datasets have 0x10001, 0x10002 …; Oracle's mnttab example shows the root dataset as
// dev=4010002 (major 0x100, minor 0x10002). tmpfs takes a minor of its own pseudo-major, counting
// up from 1 (Oracle's example: swap on /tmp, dev=5100002). The pseudo file systems (devfs, dev,
// ctfs, proc, mntfs, objfs, fd) each have a major of their own (getudev()); the numbers below are
// the lab's (docs/fidelity/solaris.md, "The machine").
import type { Machine } from "../../kernel/machine.js";

export const NBITSMINOR32 = 18;
const MAXMIN32 = (1 << NBITSMINOR32) - 1;

/** cmpldev(): a major and minor as the 32-bit dev_t a program sees */
export function solarisDev(major: number, minor: number): number {
  return (((major & 0x3fff) << NBITSMINOR32) | (minor & MAXMIN32)) >>> 0;
}

export function solarisMajor(dev: number): number {
  return (dev >>> NBITSMINOR32) & 0x3fff;
}

export function solarisMinor(dev: number): number {
  return dev & MAXMIN32;
}

/** the major each kind of file system takes its ids from; zfs and tmpfs from Oracle's mnttab
 *  example, the others the lab's */
export const FS_MAJOR: Readonly<Record<string, number>> = {
  zfs: 0x100, tmpfs: 0x144, devfs: 0x228, dev: 0x229, ctfs: 0x22c, proc: 0x22b, mntfs: 0x22d, objfs: 0x22f,
  sharefs: 0x230, fd: 0x236, lofs: 0x100,
};

/** ZFS_MIN_MINOR: the minors of zfs datasets start above the control device's range */
const ZFS_MIN_MINOR = 0x10000;

/**
 * The machine's fsid policy (Machine.fsidPolicy): zfs datasets from ZFS_MIN_MINOR + 1 on, every
 * other type from minor 1 of its major, each skipping ids a mounted file system has. (A file
 * system on a device — ufs or hsfs on a lofi device — is known by that device's number; its
 * mount passes the fsid itself.)
 */
export function solarisFsidPolicy(m: Machine): (seq: number, type: string) => number {
  const next = new Map<string, number>();
  return (_seq, type) => {
    const major = FS_MAJOR[type] ?? 0x300;
    const inUse = new Set(m.mounts.all().map((x) => x.vfs.fsid));
    let minor = next.get(type) ?? (type === "zfs" ? ZFS_MIN_MINOR + 1 : 1);
    while (inUse.has(solarisDev(major, minor))) minor++;
    next.set(type, minor + 1);
    return solarisDev(major, minor);
  };
}
