// The layer file systems a machine can mount: the null layer and umap (BSD), lofs (Solaris).
// Each OS's boot calls registerLayers, so `mount -t null`, mount_loopback and the fstab/vfstab
// entries find them. The names are the kernel's: BSD/OS calls its null layer "loopback"
// (mount_loopback(8): "renamed mount_loopback in BSD/OS 4.0 to be consistent with the name used
// in the kernel"); mount(8) maps the type null to it.
import { kerr } from "../errno.js";
import type { FsFactory, Machine, MountRequest } from "../machine.js";
import type { Vnode } from "../vfs/vnode.js";
import { LofsVfs } from "./lofs/index.js";
import { NullVfs } from "./nullfs/index.js";
import { UmapVfs, type IdMap } from "./umapfs/index.js";

/** the lower directory a layer mount names (namei with FOLLOW, from the caller's cwd) */
function target(req: MountRequest): Vnode {
  const v = req.sys.resolve(req.special);
  if (v.type !== "VDIR") throw kerr("ENOTDIR");
  return v;
}

export function registerLayers(m: Machine): void {
  if (m.os === "solaris") {
    // lofs: a directory, or a regular file on a regular file; -o nosub keeps to the source's own
    // file system
    const lofs: FsFactory = (req) => {
      const lower = req.sys.resolve(req.special);
      if (lower.type !== "VDIR" && lower.type !== "VREG") throw kerr("EINVAL");
      return { vfs: new LofsVfs(m, lower, { readonly: req.readonly, nosub: req.options.includes("nosub") }) };
    };
    lofs.fileMount = true;
    m.fstypes.set("lofs", lofs);
    return;
  }
  if (m.os !== "bsd") return;
  m.fstypes.set("loopback", (req) => ({ vfs: new NullVfs(m, "loopback", target(req), { readonly: req.readonly }) }));
  m.fstypes.set("umap", (req) => {
    const uidmap = (req.data?.["uidmap"] ?? []) as IdMap;
    const gidmap = (req.data?.["gidmap"] ?? []) as IdMap;
    return { vfs: new UmapVfs(m, "umap", target(req), { readonly: req.readonly }, uidmap, gidmap) };
  });
}
