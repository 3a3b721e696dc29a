// The file systems a Solaris mount reads from a device: hsfs (ISO 9660, the High Sierra file
// system module, through the block device as hsfs_vfsops.c does), ufs (made by newfs on a lofi
// device) and tmpfs. The lab has no on-disk UFS: newfs writes the super block's magic number
// where UFS keeps it (byte 1372 of the super block at 8 KB) and the file system itself is a memfs
// kept with the image file, so it is found again at the next mount of the same image, through
// any device. A device without the magic is EINVAL for ufs, as ufs_mountfs answers it.
import { isKernelError, kerr } from "../../kernel/errno.js";
import type { BlockDevice } from "../../kernel/dev/blockdev.js";
import type { FsFactory, Machine, MountRequest } from "../../kernel/machine.js";
import { mountIso9660 } from "../../kernel/fs/iso9660/index.js";
import { MemVfs } from "../../kernel/fs/memfs/memfs.js";
import { realvp, type Vnode } from "../../kernel/vfs/vnode.js";
import { solarisDev } from "./devt.js";
import { LOFI_MAJOR, lofiMap, lofiUnmap } from "./lofi.js";
import type { UfsGeometry } from "./ufsgeom.js";
import { UfsVfs } from "./ufsfs.js";

/** the request's options that ask hsfs to leave Rock Ridge aside (mount -o nrr) */
export const HSFS_NRR = "nrr";
/** where UFS's super block keeps fs_magic: SBOFF 8192 + 1372 */
export const UFS_MAGIC_OFFSET = 8192 + 1372;
export const UFS_MAGIC = 0x011954;

/** the ufs file systems newfs made, by image file (at the bottom of any layers) */
const ufsOfImage = new WeakMap<Vnode, UfsVfs>();

/** is a file system already mounted from this device? */
function mountedOn(m: Machine, dev: BlockDevice): boolean {
  for (const mt of m.mounts.all()) {
    const d = (mt.vfs as { dev?: BlockDevice }).dev ?? (mt.data?.["dev"] as BlockDevice | undefined);
    if (d && d.major === dev.major && d.minor === dev.minor) return true;
  }
  return false;
}

/**
 * namei of the special, the block device check, then one mount per device (EBUSY). A regular file
 * is mounted directly (PSARC 2008/290, Solaris 11): domount's lofi_add maps it to the lowest free
 * lofi device for the mount's life and unmaps it when the mount goes or fails.
 */
function openDevice(m: Machine, req: MountRequest) {
  if (m.loop.major === LOFI_MAJOR && req.special.startsWith("/") && req.sys.stat(req.special).type === "VREG") return openFile(m, req);
  const bd = req.sys.blockDevice(req.special);
  if (mountedOn(m, bd.dev)) throw kerr("EBUSY");
  bd.driver.open(bd.minor);
  return { ...bd, release: () => bd.driver.close(bd.minor) };
}

function openFile(m: Machine, req: MountRequest) {
  const n = lofiMap(req.sys, req.special, null);
  const dev = m.loop.device(n);
  m.loop.open(n);
  const release = () => {
    m.loop.close(n);
    lofiUnmap(req.sys, n);
  };
  return { driver: m.loop, minor: n, major: m.loop.major, dev, release };
}

/**
 * A file system on a device is known by that device (hs_mountfs and ufs_mountfs:
 * vfs_make_fsid(&vfsp->vfs_fsid, dev, fstype), vfs_dev = dev; mnttab's dev= and st_dev are
 * cmpldev(dev)): hsfs or ufs on /dev/lofi/1 is dev=24c0001, whichever type it is.
 */
const deviceFsid = (bd: { major: number; minor: number }): number => solarisDev(bd.major, bd.minor);

/** hsfs_mount: always read-only; a device without an ISO 9660 volume descriptor set is EINVAL */
const hsfs =
  (m: Machine): FsFactory =>
  (req) => {
    const bd = openDevice(m, req);
    try {
      const vfs = mountIso9660(bd.dev, m, { type: "hsfs", norrip: req.options.includes(HSFS_NRR), maplcase: true, fsid: deviceFsid(bd) });
      return { vfs, release: bd.release, device: bd };
    } catch (e) {
      bd.release();
      if (isKernelError(e, "EFORMAT")) throw kerr("EINVAL");
      throw e;
    }
  };

/** the image file behind a lofi device (null for a device that is not a loop unit) */
function imageOf(m: Machine, major: number, minor: number): Vnode | null {
  if (major !== m.loop.major) return null;
  const u = m.loop.all().find((x) => x.minor === m.loop.face.unitOf(minor));
  return u?.image ? realvp(u.image) : null;
}

/** does the device hold UFS's super block magic (what ufs_mountfs and fstyp's ufs module check)? */
export function hasUfsMagic(dev: BlockDevice): boolean {
  if (dev.size() < UFS_MAGIC_OFFSET + 4) return false;
  const b = dev.read(UFS_MAGIC_OFFSET, 4);
  return (b[0]! | (b[1]! << 8) | (b[2]! << 16) | (b[3]! << 24)) === UFS_MAGIC;
}

/**
 * newfs's part: write the magic into the device and start a new file system for its image (what
 * was there before is gone), laid out as `g` says.
 */
export function makeUfs(m: Machine, dev: BlockDevice, g: UfsGeometry): void {
  dev.write(UFS_MAGIC_OFFSET, new Uint8Array([UFS_MAGIC & 0xff, (UFS_MAGIC >> 8) & 0xff, UFS_MAGIC >> 16, 0]));
  const img = imageOf(m, dev.major, dev.minor);
  if (img) ufsOfImage.set(img, new UfsVfs(m, g));
}

/** ufs_mountfs: a device with the magic mounts the file system newfs made for its image */
const ufs =
  (m: Machine): FsFactory =>
  (req) => {
    const bd = openDevice(m, req);
    const img = imageOf(m, bd.major, bd.minor);
    let vfs = img ? ufsOfImage.get(img) : undefined;
    if (!hasUfsMagic(bd.dev) || !vfs) {
      bd.release();
      throw kerr("EINVAL");
    }
    vfs.readonly = req.readonly || bd.dev.readonly;
    vfs.fsid = deviceFsid(bd);
    // logging is Solaris 10's and 11's default for ufs (-o nologging turns it off)
    vfs.mounted(vfs.readonly, !req.options.includes("nologging"));
    return { vfs, release: bd.release, device: bd };
  };

/** tmpfs: memory, the special names nothing (swap) */
const tmpfs =
  (m: Machine): FsFactory =>
  (req) => ({ vfs: new MemVfs(m, { type: "tmpfs", sizeBlocks: 0, readonly: req.readonly }) });

/** hsfs and ufs, and tmpfs unless the machine's boot has its own */
export function registerSolarisDiskTypes(m: Machine): void {
  m.fstypes.set("hsfs", hsfs(m));
  m.fstypes.set("ufs", ufs(m));
  if (!m.fstypes.has("tmpfs")) m.fstypes.set("tmpfs", tmpfs(m));
}
