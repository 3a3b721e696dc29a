// The layer framework: what null, umap and lofs stand on.
//
// Why a layer. A null layer "duplicates a sub-tree of the file system name space under another
// part of the global file system namespace" (mount_loopback(8)). It is "the minimum file system
// layer, simply bypassing all possible operations to the lower layer for processing there". It
// does nothing, "which is slightly more than nothing": getcwd works in the copy, and other file
// systems may be mounted on the copy without affecting the original, which a symbolic link cannot
// give. Every other layer (umap, lofs) is the null layer plus the few operations it changes.
//
// Vnode stacks. Mounting a layer stacks one vfs on another, but vnodes are stacked on demand.
// The mount makes a single stack, the root: a layer node over the lower directory. Every other
// layer node comes into being because an operation returned a vnode. After
//     mount_loopback /usr/include /mnt
// `cd /mnt` gives the root layer node. `stat /mnt/sys` calls lookup("sys") on it; the bypass
// passes the lookup to the lower root (the ffs /usr/include), which returns the ffs vnode of sys;
// the bypass stacks a layer node on it and returns that. A later lookup of sys finds the same
// layer node again in the node hash (nodeget): one layer node per lower vnode, because "a unique
// node is required for the correct evaluation of the current working directory" (illumos) — and
// because a mount on /mnt/sys covers that node, so the next lookup must meet it again.
//
// The bypass routine. Every operation this layer does not do itself passes through bypass():
//   1. map the arguments that are nodes of *this* layer to their lower vnodes (nodes of other
//      layers are left alone: "we're not guaranteed that any but the first vnode are of our
//      type", null_vnops.c);
//   2. refuse a writing operation on a read-only layer (EROFS), here and only here;
//   3. call the operation on the lower vnode (vop.ts's vcall);
//   4. stack a layer node (nodeget) on a vnode the operation returned.
// The ops each layer takes over are listed in its `vnodeops` table; the rest is `vop_default`.
// null takes over getattr (to give the copy its own fsid), and inactive/reclaim/print, which are
// bookkeeping (reclaim drops a node from the hash, print labels it).
//
// A new layer. Subclass LayerVfs, name it (`layer`, `type`), put the ops it changes in
// `vnodeops` (each may call `this.bypass` for the work, as null's getattr does, or call the lower
// vnode directly: "it is the responsibility of the aliasing layer to make the operation arguments
// correct for the lower layer"). umap (fs/umapfs) is null plus three ops; lofs adds a lookup.
//
// Tracing. While machine.trace is on, every op on a layer node becomes a VnodeOpEvent: depth
// (0 is the op the system call made, each layer below adds one), layer, mount, op, node and lower
// labels, whether a returned node came from the hash, and the errno. They are emitted in call
// order when the outermost op ends. Off, the cost is one boolean test per op.
import { isKernelError, kerr } from "../../errno.js";
import type { VnodeOpEvent } from "../../events.js";
import type { Machine } from "../../machine.js";
import { referencesTo } from "../../vfs/refs.js";
import { VOP, VOPS, vcall, type VopDesc, type VopName } from "../../vfs/vop.js";
import type { DirEntry, SetAttr, Statfs, Vattr, Vfs, Vnode, VType } from "../../vfs/vnode.js";

/** an op a layer does itself instead of bypassing it */
export type LayerOp = (node: LayerNode, args: unknown[], desc: VopDesc, ev?: VnodeOpEvent) => unknown;

/** the trace of the operation in progress on a machine: its events in call order */
interface TraceState {
  depth: number;
  events: VnodeOpEvent[];
}
const traces = new WeakMap<Machine, TraceState>();

export abstract class LayerVfs implements Vfs {
  /** what kind of layer: null, umap, lofs (the trace's `layer`) */
  abstract readonly layer: string;
  /** the vfs type name as the system calls it (BSD/OS: loopback) */
  readonly type: string;
  readonly fsid: number;
  readonly readonly: boolean;
  /** the ops this layer does itself; every other op goes through bypass (vop_default) */
  protected vnodeops: Partial<Record<VopName, LayerOp>> = {};
  /** the node hash: lower vnode → its one layer node (null_hashget / null_hashins) */
  private hash = new Map<Vnode, LayerNode>();
  private rootNode: LayerNode | null = null;
  private serial = 0;
  /** unmounted: a node still held (a forced unmount) answers as a dead vnode */
  dead = false;

  constructor(
    readonly machine: Machine,
    type: string,
    /** the lower directory the layer aliases (the target) */
    readonly lowerRoot: Vnode,
    opts: { readonly: boolean; fsid?: number },
  ) {
    this.type = type;
    this.readonly = opts.readonly;
    // a new device for the copy (null), unless the layer keeps the real one (lofs)
    this.fsid = opts.fsid ?? machine.newFsid(type);
  }

  root(): Vnode {
    // made on first use rather than in the constructor, so a subclass's fields exist by then
    this.rootNode ??= this.nodeget(this.lowerRoot).node;
    return this.rootNode;
  }

  /** the lower file system's numbers (nullfs_statfs copies them) */
  statfs(): Statfs {
    return this.lowerRoot.vfs.statfs();
  }

  /**
   * nullfs_unmount: the root must not be in use — not even with -f, since 4.4BSD checks the
   * root's use count before vflush — and then every node is flushed from the hash (vflush;
   * FORCECLOSE makes nodes still in use dead). References below the root were already found by
   * the unmount's busy check when -f was not given.
   */
  unmount(_force: boolean): void {
    if (this.rootInUse()) throw kerr("EBUSY");
    for (const n of this.hash.values()) this.reclaim(n);
    this.dead = true;
  }

  /** something other than the mount itself holds the root: a process's cwd, root or open
   *  file, a mount on it, a layer above it (the root's use count beyond the mount's own) */
  protected rootInUse(): boolean {
    const r = this.rootNode;
    if (!r) return false;
    return referencesTo(this.machine, r).some((ref) => !(ref.kind === "root-of-mount" && ref.depth === 0));
  }

  /**
   * null_nodeget: the layer node over `lower`, found in the hash or made and put there.
   * Invariant: for as long as the layer is mounted, the hash holds exactly one node per lower
   * vnode it has met (until reclaim), so every path to the same file meets the same node.
   */
  nodeget(lower: Vnode): { node: LayerNode; hit: boolean } {
    const found = this.hash.get(lower);
    if (found) return { node: found, hit: true };
    const node = new LayerNode(this, lower, ++this.serial);
    this.hash.set(lower, node);
    return { node, hit: false };
  }

  /** the node over `lower` if the hash has one (null_hashget without making a node) */
  peek(lower: Vnode): LayerNode | null {
    return this.hash.get(lower) ?? null;
  }

  /** how many nodes the hash holds (tests, the panes) */
  get nodes(): number {
    return this.hash.size;
  }

  /** null_reclaim: the node leaves the hash; it no longer stands for its lower vnode */
  reclaim(node: LayerNode): void {
    if (this.hash.get(node.lower) === node) this.hash.delete(node.lower);
    if (this.machine.trace) this.note("reclaim", node);
  }

  /** a layer's own bookkeeping op (reclaim) in the trace, at the depth of what caused it */
  private note(op: string, node: LayerNode): void {
    let t = traces.get(this.machine);
    if (!t) traces.set(this.machine, (t = { depth: 0, events: [] }));
    const ev: VnodeOpEvent = {
      kind: "vnodeop", depth: t.depth, layer: this.layer, mount: this.machine.mounts.mountOf(this)?.path ?? "",
      op, node: node.label(), lower: vprint(this.machine, node.lower), hash: null, errno: null,
    };
    if (t.depth > 0) t.events.push(ev);
    else this.machine.events.emit(ev);
  }

  /**
   * null_inactive, asked after an op that may have removed the file under a node: a node whose
   * lower file has no name left is reclaimed (4.4BSD frees the node when the last reference goes;
   * the lab keeps nodes while the file lives, like FreeBSD's "cache" mode).
   */
  inactive(node: LayerNode): void {
    let gone: boolean;
    try {
      gone = node.lower.getattr().nlink === 0;
    } catch {
      gone = true;
    }
    if (gone) this.reclaim(node);
  }

  /** the bypass routine (null_bypass): see the header */
  bypass(node: LayerNode, desc: VopDesc, args: unknown[], ev?: VnodeOpEvent): unknown {
    if (desc.writes && this.readonly) throw kerr("EROFS");
    const lowerArgs = args.slice();
    for (const i of desc.vnodeArgs) {
      const a = lowerArgs[i];
      if (a instanceof LayerNode && a.vfs === this) lowerArgs[i] = a.lower;
    }
    const r = this.callLower(node.lower, desc, lowerArgs);
    if (!desc.returnsVnode || r === null || r === undefined) return r;
    const { node: upper, hit } = this.nodeget(r as Vnode);
    if (ev) ev.hash = hit ? "hit" : "new";
    return upper;
  }

  /** VCALL on the lower vnode; a lower vnode without lookupIfAny answers through lookup */
  protected callLower(lower: Vnode, desc: VopDesc, args: unknown[]): unknown {
    // a file system without VOP_ACCESS allows everything
    if ((desc.name === "access" || desc.name === "open" || desc.name === "close") && !lower[desc.name]) return undefined;
    if (desc.name === "lookupIfAny" && !lower.lookupIfAny) {
      try {
        return lower.lookup(args[0] as string);
      } catch (e) {
        if (isKernelError(e, "ENOENT")) return null;
        throw e;
      }
    }
    return vcall(lower, desc, args);
  }

  /** every op on a node of this layer arrives here: the layer's own op or the bypass, traced */
  dispatch(node: LayerNode, desc: VopDesc, args: unknown[]): unknown {
    if (this.dead) return this.deadOp(desc);
    const own = this.vnodeops[desc.name];
    if (!this.machine.trace) return own ? own(node, args, desc) : this.bypass(node, desc, args);
    return this.traced(node, desc, args, own);
  }

  /**
   * A node a forced unmount left behind answers as 4.4BSD's deadfs (miscfs/deadfs/dead_vnops.c):
   * lookup ENOTDIR, open ENXIO, read and write EIO, close nothing (so the process that holds it
   * can still close it and exit), everything else EBADF.
   */
  private deadOp(desc: VopDesc): unknown {
    switch (desc.name) {
      case "close":
        return undefined;
      case "lookup":
      case "lookupIfAny":
        throw kerr("ENOTDIR");
      case "open":
        throw kerr("ENXIO");
      case "read":
      case "write":
        throw kerr("EIO");
      default:
        throw kerr("EBADF");
    }
  }

  /** dispatch while tracing: the op's event is recorded before the ops it causes below */
  private traced(node: LayerNode, desc: VopDesc, args: unknown[], own: LayerOp | undefined): unknown {
    let t = traces.get(this.machine);
    if (!t) traces.set(this.machine, (t = { depth: 0, events: [] }));
    const ev: VnodeOpEvent = {
      kind: "vnodeop",
      depth: t.depth,
      layer: this.layer,
      mount: this.machine.mounts.mountOf(this)?.path ?? "",
      op: desc.name,
      node: node.label(),
      lower: vprint(this.machine, node.lower),
      hash: null,
      errno: null,
    };
    t.events.push(ev);
    t.depth++;
    try {
      return own ? own(node, args, desc, ev) : this.bypass(node, desc, args, ev);
    } catch (e) {
      ev.errno = isKernelError(e) ? e.errno : "EIO";
      throw e;
    } finally {
      if (--t.depth === 0) {
        const out = t.events;
        t.events = [];
        for (const e of out) this.machine.events.emit(e);
      }
    }
  }
}

/**
 * A layer node: the vnode a layer hands out, standing for one lower vnode. Its operations are
 * generated from the descriptor table (vop.ts) below the class: each goes to its vfs's dispatch.
 */
export class LayerNode implements Vnode {
  readonly type: VType;
  constructor(
    readonly vfs: LayerVfs,
    readonly lower: Vnode,
    /** its number among this layer's nodes, for print() */
    readonly serial: number,
  ) {
    this.type = lower.type;
  }

  /** the node's own label: its layer and its number in that layer, `null#4` */
  label(): string {
    return `${this.vfs.layer}#${this.serial}`;
  }

  /** null_print: the node and what it stands on, `null#4 → ufs#2:17` */
  print(): string {
    return `${this.label()} → ${vprint(this.vfs.machine, this.lower)}`;
  }

  // The operations, declared for the type checker; their bodies are installed below.
  declare lookup: (name: string) => Vnode;
  declare lookupIfAny: (name: string) => Vnode | null;
  declare getattr: () => Vattr;
  declare setattr: (attrs: SetAttr) => void;
  declare readdir: () => DirEntry[];
  declare read: (offset: number, length: number) => Uint8Array;
  declare write: (offset: number, data: Uint8Array) => number;
  declare create: (name: string, mode: number) => Vnode;
  declare mkdir: (name: string, mode: number) => Vnode;
  declare mknod: (name: string, type: "VBLK" | "VCHR", mode: number, rdev: { major: number; minor: number }) => Vnode;
  declare remove: (name: string) => void;
  declare rmdir: (name: string) => void;
  declare rename: (fromName: string, toDir: Vnode, toName: string) => void;
  declare symlink: (name: string, target: string) => Vnode;
  declare link: (name: string, target: Vnode) => void;
  declare readlink: () => string;
  declare access: (mode: number) => void;
  declare open: (mode: number) => void;
  declare close: (mode: number) => void;
}

// Every vnode op of a layer node goes to its vfs's dispatch, which picks the layer's own op or the
// bypass: the one place a new op needs no code in any layer.
for (const desc of VOPS) {
  Object.defineProperty(LayerNode.prototype, desc.name, {
    value: function (this: LayerNode, ...args: unknown[]) {
      return this.vfs.dispatch(this, desc, args);
    },
    writable: true,
    configurable: true,
  });
}

/** a vnode's label in traces: a layer node's own (`null#4`), a real file system's
 *  `type#mount:fileid` (`ufs#2:17`: the mount table's number of its mount, its inode) */
export function vprint(machine: Machine, v: Vnode): string {
  if (v instanceof LayerNode) return v.label();
  const m = machine.mounts.mountOf(v.vfs);
  let fileid: number | string;
  try {
    fileid = v.getattr().fileid;
  } catch {
    fileid = "?";
  }
  return `${v.vfs.type}#${m ? m.id : "-"}:${fileid}`;
}

export { VOP };
