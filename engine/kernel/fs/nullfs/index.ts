// The null layer (4.4BSD miscfs/nullfs, BSD/OS "loopback"): the layer framework plus the four
// operations mount_loopback(8) says are not bypassed. getattr must change the fsid being
// returned, so stat(2) gives the copy its own device number while the inode number stays the
// lower file's — and so getcwd(3), which walks ".." matching (st_dev, st_ino), finds its way
// inside the copy. inactive and reclaim free the layer's own data (the node hash, layer.ts).
// print labels a node. Everything else passes through the bypass.
//
// What the null layer never does: cross a mount. Its lookup is the lower file system's lookup,
// which stops at mount points, and namei crosses mounts only on the layer's own vnodes. So a
// file system mounted under the target (before or after) is not seen through the copy — the
// covered directory is — and a copy of "/" inside itself cannot recurse. A mount on a directory
// of the copy covers the layer node, and the original path does not see it.
import { W_OK } from "../../cred.js";
import { kerr } from "../../errno.js";
import type { Machine } from "../../machine.js";
import type { Vattr, Vnode } from "../../vfs/vnode.js";
import { LayerNode, LayerVfs, type LayerOp } from "../layer/layer.js";

export class NullVfs extends LayerVfs {
  readonly layer: string = "null";

  constructor(machine: Machine, type: string, lowerRoot: Vnode, opts: { readonly: boolean }) {
    super(machine, type, lowerRoot, opts);
    this.vnodeops = {
      getattr: this.null_getattr,
      remove: this.null_remove,
      rmdir: this.null_remove,
      rename: this.null_rename,
      link: this.null_link,
      access: this.null_access,
    };
  }

  /** null_getattr: the bypass does the work; the copy answers with its own fsid */
  protected null_getattr: LayerOp = (node, args, desc, ev) => {
    const a = this.bypass(node, desc, args, ev) as Vattr;
    if (ev) (ev.rewrote ??= []).push({ field: "fsid", from: a.fsid, to: this.fsid });
    return { ...a, fsid: this.fsid };
  };

  /** null_access: asking to write a file, directory or link of a read-only copy is EROFS here
   *  (a device node can still be written); the rest is the lower file system's answer */
  protected null_access: LayerOp = (node, args, desc, ev) => {
    const mode = args[0] as number;
    if (mode & W_OK && this.readonly && (node.type === "VDIR" || node.type === "VLNK" || node.type === "VREG")) throw kerr("EROFS");
    return this.bypass(node, desc, args, ev);
  };

  /** remove and rmdir pass through; the node of a file that is gone leaves the hash (inactive) */
  protected null_remove: LayerOp = (node, args, desc, ev) => {
    const victim = this.childNode(node, args[0] as string);
    const r = this.bypass(node, desc, args, ev);
    if (victim) this.inactive(victim);
    return r;
  };

  /** rename across two layer mounts would move a file between a copy and its original's other
   *  copy: refused as a cross-device move (null_rename: "eliminate null FS to lower FS") */
  protected null_rename: LayerOp = (node, args, desc, ev) => {
    const toDir = args[1] as Vnode;
    if (!(toDir instanceof LayerNode) || toDir.vfs !== this) throw kerr("EXDEV");
    const replaced = this.childNode(toDir, args[2] as string);
    const r = this.bypass(node, desc, args, ev);
    if (replaced) this.inactive(replaced);
    return r;
  };

  /** a hard link joins two names of one file system: both must be of this copy */
  protected null_link: LayerOp = (node, args, desc, ev) => {
    const target = args[1] as Vnode;
    if (!(target instanceof LayerNode) || target.vfs !== this) throw kerr("EXDEV");
    return this.bypass(node, desc, args, ev);
  };

  /** the node already standing for `name` in `dir`, if the hash has one (no new node is made) */
  protected childNode(dir: LayerNode, name: string): LayerNode | null {
    let lower: Vnode | null;
    try {
      lower = dir.lower.lookupIfAny ? dir.lower.lookupIfAny(name) : dir.lower.lookup(name);
    } catch {
      return null;
    }
    return lower ? this.peek(lower) : null;
  }
}
