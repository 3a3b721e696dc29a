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
// The lab's vnode ops carry no credential argument: the kernel keeps the one in force
// (kernel/cred.ts). umap's bypass puts the mapped credential in force for the call below, so the
// lower file system checks access for the mapped ids and makes new files owned by them.
import { kerr } from "../../errno.js";
import type { Machine } from "../../machine.js";
import type { Vattr, Vnode } from "../../vfs/vnode.js";
import type { Cred } from "../../cred.js";
import type { VnodeOpEvent } from "../../events.js";
import type { VopDesc } from "../../vfs/vop.js";
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

  /** umap_bypass: the operation goes down under the caller's credential mapped (umap_mapids):
   *  the lower file system checks access and sets owners for the mapped ids */
  override bypass(node: LayerNode, desc: VopDesc, args: unknown[], ev?: VnodeOpEvent): unknown {
    const c = this.machine.credential();
    const mapped: Cred = {
      uid: this.mapDown(c.uid, this.uidmap, NOBODY),
      gid: this.mapDown(c.gid, this.gidmap, NULLGROUP),
      groups: c.groups.map((g) => this.mapDown(g, this.gidmap, NULLGROUP)),
    };
    return this.machine.asCred(mapped, () => super.bypass(node, desc, args, ev));
  }
}
