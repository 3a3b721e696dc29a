// Device numbers as BSD/OS encodes them, and the file-system ids (st_dev) the kernel hands out.
//
// BSD/OS splits a dev_t in three: a 12-bit major, a 12-bit unit and an 8-bit subunit
// (dv_makedev(major, unit, subunit) = major << 20 | unit << 8 | subunit), which is why its
// MAKEDEV creates disks with three numbers: `mknod wd0a b 3 0 0`. A disk partition is unit =
// drive, subunit = partition (a = 0 … h = 7).
//
// A file system on a disk has the partition's dev_t as its fsid (ffs_mountfs: f_fsid.val[0] =
// dev), so `stat` shows st_dev = the dev_t of /dev/wd0a for files of /. A file system with no
// device of its own (the null and umap layers, procfs, kernfs) gets one from
// vfs_getnewfsid(), 4.4BSD-Lite2 vfs_subr.c:
//
//     tfsid.val[0] = makedev(nblkdev + mtype, xxxfs_mntid);
//     while (vfs_getvfs(&tfsid)) { tfsid.val[0]++; xxxfs_mntid++; }
//
// a major past the last block device plus the type's number in vfsconf, and a minor that starts
// at 1 and steps only past ids in use: the first null mount gets minor 1, the second 2, and a
// null mount made after the first is gone takes the lowest id not in use from the counter on.
import type { Machine } from "../../kernel/machine.js";

export const MAJOR_SHIFT = 20;
export const UNIT_SHIFT = 8;

/** dv_makedev(major, unit, subunit) */
export function bsdDev(major: number, unit: number, subunit: number): number {
  return ((major & 0xfff) << MAJOR_SHIFT) | ((unit & 0xfff) << UNIT_SHIFT) | (subunit & 0xff);
}

/** the minor part of a dev_t as the lab's device nodes carry it (unit << 8 | subunit) */
export function bsdMinor(unit: number, subunit: number): number {
  return ((unit & 0xfff) << UNIT_SHIFT) | (subunit & 0xff);
}

/** makedev(major, minor) with the lab's {major, minor} */
export function devOf(rdev: { major: number; minor: number }): number {
  return ((rdev.major & 0xfff) << MAJOR_SHIFT) | (rdev.minor & 0xfffff);
}

/** block devices in BSD/OS's device switch: majors from nblkdev on are free for fsids (assumed) */
export const NBLKDEV = 32;

/** vfsconf type numbers of 4.4BSD-Lite2 (vfs_conf.c order): the mtype of vfs_getnewfsid */
export const VFS_TYPENUM: Readonly<Record<string, number>> = {
  ufs: 1, nfs: 2, mfs: 3, msdos: 4, lfs: 5, lofs: 6, fdesc: 7, portal: 8, null: 9, loopback: 9, umap: 10,
  kernfs: 11, procfs: 12, afs: 13, cd9660: 14, union: 15,
};

/**
 * The machine's fsid policy (Machine.fsidPolicy): vfs_getnewfsid for a file system of `type`.
 * The ids of mounted file systems are looked up in the mount table, as vfs_getvfs does.
 */
export function bsdFsidPolicy(m: Machine): (seq: number, type: string) => number {
  let mntid = 0;
  return (_seq, type) => {
    const mtype = VFS_TYPENUM[type] ?? 0;
    if (mntid === 0) mntid = 1;
    const inUse = new Set(m.mounts.all().map((x) => x.vfs.fsid));
    let fsid = bsdDev(NBLKDEV + mtype, 0, 0) | mntid;
    while (inUse.has(fsid)) {
      fsid++;
      mntid++;
    }
    return fsid;
  };
}
