// The file-system types the Solaris boot registers for mount(2): tmpfs (a new swap-backed file
// system for each mount, as `mount -F tmpfs swap /dir` makes) and zfs for a dataset named by
// `mount -F zfs <dataset> <dir>` (legacy mounting: a dataset the boot did not mount, or one that is
// unmounted; one already mounted is busy). The layers (lofs) come from registerLayers, ufs and
// hsfs on lofi devices from the mount part.
import { kerr } from "../../kernel/errno.js";
import type { Machine } from "../../kernel/machine.js";
import { MemVfs } from "../../kernel/fs/memfs/memfs.js";

export function registerSolarisFsTypes(m: Machine, datasets: ReadonlyMap<string, MemVfs>): void {
  m.fstypes.set("tmpfs", () => ({ vfs: new MemVfs(m, { type: "tmpfs", fsid: m.newFsid("tmpfs"), sizeBlocks: 4194304 }) }));
  m.fstypes.set("zfs", (req) => {
    const ds = datasets.get(req.special);
    // zfs_mount: a name that is no dataset is ENOENT; a mounted one EBUSY
    if (ds === undefined) throw kerr("ENOENT");
    if (m.mounts.mountOf(ds) !== undefined) throw kerr("EBUSY");
    ds.readonly = req.readonly;
    return { vfs: ds, release: () => (ds.readonly = false) };
  });
}
