// lofs, Solaris's loopback file system (illumos usr/src/uts/common/fs/lofs), on the layer
// framework. lofs(7FS): "The loopback file system device allows new, virtual file systems to be
// created, which provide access to existing files using alternate pathnames." It differs from
// the null layer in three ways, and each is a small piece of code here:
//
//  1. The copy is not another device. getattr passes straight through (lo_getattr): st_dev and
//     st_ino are the original's, so the copy cannot be told from the original by stat — which is
//     why Solaris's getcwd is a system call comparing vnodes (namei.ts getcwdByVnode), not the
//     stat-walk of libc, and why the node hash matters: one lnode per real vnode, found again.
//  2. File systems mounted on the original show through. lo_lookup looks the name up in the real
//     directory and then crosses any mount on the real vnode it found (traverse), unless the
//     mount has `nosub`. "File systems which are subsequently mounted onto the original file
//     system are visible to the virtual file system, unless or until the corresponding mount
//     point in the virtual file system is covered by a file system mounted there": a mount made
//     on the lofs path covers the lnode, and namei crosses that before lofs is asked.
//  3. Crossing mounts could loop, so a loop is cut (lo_lookup's comment: "a loop is defined to be
//     a traversal path where the mount point or the real vnode of the root of this lofs is
//     encountered twice"). After `mount -F lofs / /tmp/newroot`, looking up
//     /tmp/newroot/tmp/newroot finds the real /tmp/newroot, which is covered by this very lofs:
//     crossing it would start the whole tree again. Instead the lookup returns a shadow of the
//     covered directory, "just as /tmp/newroot did before the loopback mount was performed (for
//     example, as an empty directory)", marked looping: below it nothing is crossed again.
//
// One simplification against illumos: illumos makes a shadow vfs (lfsnode) for each real file
// system met below the mount, carrying that file system's flags and device. Here every lnode
// belongs to the one lofs vfs; getattr already answers with the real device, a read-only real
// file system refuses writes itself, and statfs (Sys.statfs) asks the real vnode's file system.
import { W_OK } from "../../cred.js";
import { kerr } from "../../errno.js";
import type { Machine } from "../../machine.js";
import type { Mount } from "../../vfs/mount.js";
import { realvp, type Vnode } from "../../vfs/vnode.js";
import { LayerNode, LayerVfs, type LayerOp } from "../layer/layer.js";

export class LofsVfs extends LayerVfs {
  readonly layer: string = "lofs";
  /** nosub: never cross a mount below the source ("NFS server-like semantics") */
  readonly nosub: boolean;
  /** the lnodes that are shadows of a covered directory where a traversal looped */
  private looping = new WeakSet<LayerNode>();

  constructor(machine: Machine, lowerRoot: Vnode, opts: { readonly: boolean; nosub: boolean }) {
    // lo_mount copies the real file system's device: the copy is no new device
    super(machine, "lofs", lowerRoot, { readonly: opts.readonly, fsid: lowerRoot.vfs.fsid });
    this.nosub = opts.nosub;
    this.vnodeops = {
      lookup: this.lo_lookup,
      lookupIfAny: this.lo_lookup,
      access: this.lo_access,
      rename: this.lo_rename,
      link: this.lo_link,
      remove: this.lo_remove,
      rmdir: this.lo_remove,
    };
  }

  /** is this node a shadow where a traversal looped (LO_LOOPING)? */
  isLooping(n: LayerNode): boolean {
    return this.looping.has(n);
  }

  /**
   * lo_lookup: the name in the real directory, then across the mounts on the real vnode.
   * lookupIfAny answers null where lookup would say ENOENT (namei's probe for a new name).
   */
  protected lo_lookup: LayerOp = (node, args, desc, ev) => {
    const name = args[0] as string;
    const ifAny = desc.name === "lookupIfAny";
    // ".." out of a real file system's root: up through the real mount table, as the generic
    // VROOT step does for the real tree. /mnt/usr/.. with / lofs-mounted on /mnt: the real /usr
    // is a mount root; its covered directory's parent is the real /, whose lnode is the lofs root.
    if (name === "..") return this.found(this.realParent(node.lower), node, ev, false);
    let vp: Vnode | null;
    try {
      vp = node.lower.lookupIfAny ? node.lower.lookupIfAny(name) : node.lower.lookup(name);
    } catch (e) {
      if (ifAny && (e as { errno?: string }).errno === "ENOENT") return null;
      throw e;
    }
    if (vp === null) {
      if (ifAny) return null;
      throw kerr("ENOENT");
    }
    // below a looping shadow nothing is crossed (LO_LOOPING is inherited)
    if (this.nosub || this.looping.has(node)) return this.found(vp, node, ev, this.looping.has(node));
    return this.traverse(vp, node, ev);
  };

  /**
   * traverse: cross the mounts stacked on the real vnode, top-most last — unless one of them
   * leads back to this lofs's own source (the loop rule): then the shadow of the directory it
   * covers is the answer. Example: / on /tmp/newroot; at /tmp/newroot/tmp the name newroot is the
   * real /tmp/newroot, covered by this lofs, whose root is the real / again: a loop, so the answer
   * is the covered /tmp/newroot itself, looping. The same holds for a second lofs of the same
   * source stacked there (an indirect loop): its root's real vnode is our source too.
   */
  private traverse(vp: Vnode, dir: LayerNode, ev: Parameters<LayerOp>[3]): Vnode {
    const c = this.crossings(vp);
    if (ev && c.crossed.length) (ev.crossed ??= []).push(...c.crossed.map((m) => m.path));
    if (ev && c.looped) ev.looped = true;
    return this.found(c.vp, dir, ev, c.looped);
  }

  /**
   * What traverse does at a real vnode, without doing it: the mounts stacked on `vp` that a
   * lookup through this lofs crosses (bottom first), the vnode it stops at, and whether it
   * stopped there by the loop rule (`loop`: the mount whose root led back to the source). Pure:
   * makes no lnode, so the panes can ask it (lofsThrough in ./through.ts) without changing what
   * the next traced lookup finds in the hash.
   */
  crossings(vp: Vnode): { crossed: Mount[]; vp: Vnode; looped: boolean; loop: Mount | null } {
    const source = realvp(this.lowerRoot);
    const crossed: Mount[] = [];
    for (let i = 0; i < 64; i++) {
      const m = this.machine.mounts.coveringMount(vp);
      if (!m) return { crossed, vp, looped: false, loop: null };
      const root = m.vfs.root();
      if (realvp(root) === source) return { crossed, vp, looped: true, loop: m };
      crossed.push(m);
      vp = root;
    }
    throw kerr("ELOOP");
  }

  /** the lnode for a real vnode (makelonode); a looping one is made as its own shadow */
  private found(vp: Vnode, _dir: LayerNode, ev: Parameters<LayerOp>[3], looping: boolean): Vnode {
    const { node, hit } = this.nodeget(vp);
    if (ev) ev.hash = hit ? "hit" : "new";
    if (looping) this.looping.add(node);
    return node;
  }

  /** the real parent of a real directory, climbing out of real mount roots */
  private realParent(v: Vnode): Vnode {
    for (let i = 0; i < 64; i++) {
      const m = this.machine.mounts.mountWithRoot(v);
      if (!m || !m.covered) break;
      v = m.covered;
    }
    return v.lookup("..");
  }

  /** lo_access: writing a file of a read-only lofs is EROFS; the rest is the real answer */
  protected lo_access: LayerOp = (node, args, desc, ev) => {
    if ((args[0] as number) & W_OK && this.readonly && node.type !== "VCHR" && node.type !== "VBLK") throw kerr("EROFS");
    return this.bypass(node, desc, args, ev);
  };

  /** lo_rename: read-only first; then the real directories must be of one real file system,
   *  whatever layers stand between (EXDEV) */
  protected lo_rename: LayerOp = (node, args, desc, ev) => {
    if (this.readonly) throw kerr("EROFS");
    const toDir = args[1] as Vnode;
    if (realvp(toDir).vfs !== realvp(node).vfs) throw kerr("EXDEV");
    const lowerArgs = [args[0], toDir instanceof LayerNode ? toDir.lower : toDir, args[2]];
    return this.bypass(node, desc, lowerArgs, ev);
  };

  protected lo_link: LayerOp = (node, args, desc, ev) => {
    const target = args[1] as Vnode;
    if (realvp(target).vfs !== realvp(node).vfs) throw kerr("EXDEV");
    return this.bypass(node, desc, [args[0], target instanceof LayerNode ? target.lower : target], ev);
  };

  /** remove and rmdir pass through; the node of a file that is gone leaves the hash */
  protected lo_remove: LayerOp = (node, args, desc, ev) => {
    let victim: LayerNode | null = null;
    try {
      const lower = node.lower.lookupIfAny ? node.lower.lookupIfAny(args[0] as string) : node.lower.lookup(args[0] as string);
      victim = lower ? this.peek(lower) : null;
    } catch {
      victim = null;
    }
    const r = this.bypass(node, desc, args, ev);
    if (victim) this.inactive(victim);
    return r;
  };
}
