// The file systems a BSD mount reads from a disk: cd9660 (ISO 9660, through the block device, as
// cd9660_vfsops.c does) and ufs. The lab has no on-disk UFS: a device offered to ufs holds no
// super block, which is what ffs_mountfs answers for an ISO image (EINVAL, "Incorrect super
// block." in mount_ufs). The boot of the BSD machine calls registerDiskTypes.
import { isKernelError, kerr } from "../../kernel/errno.js";
import type { BlockDevice } from "../../kernel/dev/blockdev.js";
import type { FsFactory, Machine, MountRequest } from "../../kernel/machine.js";
import { mountIso9660 } from "../../kernel/fs/iso9660/index.js";

/** the request's options that ask cd9660 to leave Rock Ridge aside (mount_cd9660 -r) */
export const CD9660_NORRIP = "norrip";

/** vfs_mountedon: is a file system already mounted from this device? */
function mountedOn(m: Machine, dev: BlockDevice): boolean {
  for (const mt of m.mounts.all()) {
    const d = (mt.vfs as { dev?: BlockDevice }).dev;
    if (d && d.major === dev.major && d.minor === dev.minor) return true;
  }
  return false;
}

/** namei of the special, the block device check, then "Disallow multiple mounts of the same device" */
function openDevice(m: Machine, req: MountRequest) {
  const bd = req.sys.blockDevice(req.special);
  if (mountedOn(m, bd.dev)) throw kerr("EBUSY");
  bd.driver.open(bd.minor);
  return { ...bd, release: () => bd.driver.close(bd.minor) };
}

/**
 * cd9660_mount: a read-write request is EROFS before anything is looked at; a device without an
 * ISO 9660 volume descriptor set is EINVAL (iso_mountfs). mount_cd9660 always asks read-only.
 */
const cd9660 =
  (m: Machine): FsFactory =>
  (req) => {
    if (!req.readonly) throw kerr("EROFS");
    const bd = openDevice(m, req);
    try {
      const vfs = mountIso9660(bd.dev, m, {
        type: "cd9660",
        norrip: req.options.includes(CD9660_NORRIP),
        maplcase: true,
        noFileCounts: true,
      });
      return { vfs, release: bd.release };
    } catch (e) {
      bd.release();
      if (isKernelError(e, "EFORMAT")) throw kerr("EINVAL");
      throw e;
    }
  };

/** ufs: no device in the lab carries a UFS super block (ffs_mountfs: EINVAL) */
const ufs =
  (m: Machine): FsFactory =>
  (req) => {
    const bd = openDevice(m, req);
    bd.release();
    throw kerr("EINVAL");
  };

/** cd9660, and ufs unless the machine's boot has its own */
export function registerDiskTypes(m: Machine): void {
  m.fstypes.set("cd9660", cd9660(m));
  if (!m.fstypes.has("ufs")) m.fstypes.set("ufs", ufs(m));
}
