// The umap layer (4.4BSD miscfs/umapfs): the null layer with user and group ids translated.
// mount_loopback(8) calls umap "an example of a layer descended from the null layer"; 4.4BSD
// made it by copying null and renaming with sed. Here it *extends* null and changes only what
// differs:
//   - going down, the caller's credentials are mapped (umap_bypass → umap_mapids): an id found in
//     the first column of a map becomes the second; an id not in the map becomes NOBODY (32767)
//     or NULLGROUP (65534). So unless uid 0 is in the map, root acts as nobody below.
//   - coming up, getattr maps the file's owner back (umap_getattr → umap_reverse_findid): an id
//     found in the second column becomes the first; unmapped ids show as NOBODY / NULLGROUP. And
//     like null it gives the copy its own fsid.
// Each map line is therefore `<id above> <id below>` — the kernel's reading of the map files
// (the man page's prose puts the original id first; the code is what runs).
//
// The lab's vnode ops carry no credential: a real file system makes a new file's owner the
// caller's uid (ufs_makeinode: i_uid = cn_cred->cr_uid, i_gid = the directory's gid). So for the
// ops whose descriptor says credentials matter and that make a file, umap sets the new lower
// file's owner to the mapped uid of the calling process and the directory's gid, which is what
// the mapped credential does to ufs.
import { kerr } from "../../errno.js";
import type { Machine } from "../../machine.js";
import type { Vattr, Vnode } from "../../vfs/vnode.js";
import type { LayerNode, LayerOp } from "../layer/layer.js";
import { NullVfs } from "../nullfs/index.js";

/** umap.h */
export const NOBODY = 32767;
export const NULLGROUP = 65534;
export const MAPFILEENTRIES = 64;
export const GMAPFILEENTRIES = 16;

export type IdMap = readonly (readonly [number, number])[];

export class UmapVfs extends NullVfs {
  override readonly layer: string = "umap";

  constructor(
    machine: Machine,
    type: string,
    lowerRoot: Vnode,
    opts: { readonly: boolean },
    readonly uidmap: IdMap,
    readonly gidmap: IdMap,
  ) {
    // the maps' sizes are fixed arrays in struct umap_mount
    if (uidmap.length > MAPFILEENTRIES || gidmap.length > GMAPFILEENTRIES) throw kerr("EINVAL");
    super(machine, type, lowerRoot, opts);
    this.vnodeops.getattr = this.umap_getattr;
    for (const op of ["create", "mkdir", "mknod", "symlink"] as const) this.vnodeops[op] = this.umap_makeinode;
  }

  /** umap_findid: above → below, unmapped → NOBODY/NULLGROUP */
  mapDown(id: number, map: IdMap, none: number): number {
    const e = map.find((m) => m[0] === id);
    return e ? e[1] : none;
  }

  /** umap_reverse_findid: below → above, unmapped → NOBODY/NULLGROUP */
  mapUp(id: number, map: IdMap, none: number): number {
    const e = map.find((m) => m[1] === id);
    return e ? e[0] : none;
  }

  protected umap_getattr: LayerOp = (node, args, desc, ev) => {
    const a = this.null_getattr(node, args, desc, ev) as Vattr;
    const uid = this.mapUp(a.uid, this.uidmap, NOBODY);
    const gid = this.mapUp(a.gid, this.gidmap, NULLGROUP);
    if (ev) ev.rewrote!.push({ field: "uid", from: a.uid, to: uid }, { field: "gid", from: a.gid, to: gid });
    return { ...a, uid, gid };
  };

  /** an op that makes a file: bypassed, then the new lower file is owned by the mapped caller */
  protected umap_makeinode: LayerOp = (node, args, desc, ev) => {
    const made = this.bypass(node, desc, args, ev) as LayerNode;
    const caller = this.machine.sched.current;
    const uid = this.mapDown(caller ? caller.uid : 0, this.uidmap, NOBODY);
    made.lower.setattr({ uid, gid: node.lower.getattr().gid });
    return made;
  };
}
