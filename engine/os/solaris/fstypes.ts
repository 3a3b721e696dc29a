// The file-system types the Solaris boot registers for mount(2): tmpfs (a new swap-backed file
// system for each mount, as `mount -F tmpfs swap /dir` makes, its root like the directory below) and zfs for a dataset named by
// `mount -F zfs <dataset> <dir>` (legacy mounting: a dataset the boot did not mount, or one that is
// unmounted; one already mounted is busy). The layers (lofs) come from registerLayers, ufs and
// hsfs on lofi devices from the mount part.
import { kerr } from "../../kernel/errno.js";
import type { Machine } from "../../kernel/machine.js";
import { MemVfs } from "../../kernel/fs/memfs/memfs.js";

export function registerSolarisFsTypes(m: Machine, datasets: ReadonlyMap<string, MemVfs>): void {
  m.fstypes.set("tmpfs", (req) => {
    const vfs = new MemVfs(m, { type: "tmpfs", fsid: m.newFsid("tmpfs"), sizeBlocks: 4194304 });
    // tmp_mount: the root takes the mode, owner and group of the directory it covers (so a
    // tmpfs on /tmp is drwxrwxrwt like the directory under it)
    const a = req.covered?.getattr();
    if (a) vfs.root().setattr({ mode: a.mode, uid: a.uid, gid: a.gid });
    return { vfs };
  });
  m.fstypes.set("zfs", (req) => {
    const ds = datasets.get(req.special);
    // zfs_mount: a name that is no dataset is ENOENT; a mounted one EBUSY
    if (ds === undefined) throw kerr("ENOENT");
    if (m.mounts.mountOf(ds) !== undefined) throw kerr("EBUSY");
    ds.readonly = req.readonly;
    return { vfs: ds, release: () => (ds.readonly = false) };
  });
}
