// The BSD file-system types the boot registers. ufs (4.4BSD's name for the fast file system,
// the type BSD/OS's mount and fstab use; "ffs" is NetBSD's name for it and is accepted too):
// a wd partition carries its file system; any other device is not a ufs file system
// (ffs_mountfs finds no superblock magic: EINVAL), and a partition already mounted is busy
// (vfs_mountedon: EBUSY). Layers (null, umap) come from registerLayers, cd9660 from the
// vnode-disk part.
import { kerr } from "../../kernel/errno.js";
import type { FsFactory, Machine } from "../../kernel/machine.js";
import { registerLayers } from "../../kernel/fs/layers.js";
import { WdDriver } from "./disk.js";

const ufs =
  (wd: WdDriver): FsFactory =>
  (req) => {
    const bd = req.sys.blockDevice(req.special);
    if (bd.driver !== wd) throw kerr("EINVAL");
    const fs = wd.filesystem(bd.minor);
    if (fs === null) throw kerr("EINVAL");
    if (wd.isOpen(bd.minor)) throw kerr("EBUSY");
    wd.open(bd.minor);
    fs.readonly = req.readonly;
    return {
      vfs: fs,
      release: () => {
        fs.readonly = false;
        wd.close(bd.minor);
      },
    };
  };

export function registerBsdFsTypes(m: Machine, wd: WdDriver): void {
  m.fstypes.set("ufs", ufs(wd));
  m.fstypes.set("ffs", ufs(wd));
  registerLayers(m);
}
