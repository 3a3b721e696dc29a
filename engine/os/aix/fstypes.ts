// The AIX vfs types a mount can ask for. A file system on a device reads its blocks through the
// block device; the device stays open (busy) while mounted.
import { kerr } from "../../kernel/errno.js";
import type { FsFactory, Machine, MountRequest } from "../../kernel/machine.js";
import { mountIso9660 } from "../../kernel/fs/iso9660/index.js";
import type { LvDriver } from "./lvm.js";
import { mountJfs2 } from "../../kernel/fs/jfs2img/index.js";
import { ProcVfs } from "../../kernel/fs/procfs.js";

/** open the block device named by the request; closed again by the returned release */
function openDevice(req: MountRequest) {
  const bd = req.sys.blockDevice(req.special);
  bd.driver.open(bd.minor);
  return { ...bd, release: () => bd.driver.close(bd.minor) };
}

/** cdrfs: ISO 9660. AIX refuses a read-write cdrfs mount before it reads the medium (EROFS). */
const cdrfs =
  (m: Machine, type: string): FsFactory =>
  (req) => {
    if (!req.readonly) {
      req.sys.blockDevice(req.special);
      throw kerr("EROFS");
    }
    const bd = openDevice(req);
    try {
      return { vfs: mountIso9660(bd.dev, m, { type }), release: bd.release };
    } catch (e) {
      bd.release();
      throw e;
    }
  };

/**
 * jfs and UDF: the lab has no on-disk jfs or UDF format, so any device offered to them is not
 * formatted for them (EFORMAT), as real AIX says of an ISO image mounted as jfs2.
 */
const unformatted: FsFactory = (req) => {
  const bd = openDevice(req);
  bd.release();
  throw kerr("EFORMAT");
};

/** jfs2: a logical volume of rootvg carries its file system; anything else is not jfs2 */
const jfs2 =
  (m: Machine, lvm: LvDriver): FsFactory =>
  (req) => {
    const bd = openDevice(req);
    if (bd.driver === lvm) {
      const fs = lvm.filesystem(bd.minor);
      if (!fs) {
        bd.release();
        throw kerr("EFORMAT");
      }
      // mount -r or options = ro: the volume's file system refuses writes until it is unmounted
      fs.readonly = req.readonly;
      return {
        vfs: fs,
        release: () => {
          fs.readonly = false;
          bd.release();
        },
      };
    }
    // any other device (a loop device): a jfs2 that mkfs made in its image, read through the device
    try {
      return { vfs: mountJfs2(bd.dev, m, req.readonly), release: bd.release };
    } catch (e) {
      bd.release();
      throw e;
    }
  };

export function registerAixFsTypes(m: Machine, lvm: LvDriver): void {
  m.fstypes.set("cdrfs", cdrfs(m, "cdrfs"));
  m.fstypes.set("udfs", unformatted);
  m.fstypes.set("jfs2", jfs2(m, lvm));
  m.fstypes.set("jfs", unformatted); // the lab has no jfs volumes
  // /proc: a directory per process; the special is only a name
  m.fstypes.set("procfs", () => ({ vfs: new ProcVfs(m, m.newFsid()) }));
}
