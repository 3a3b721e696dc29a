// A stand-in layer for the panes' tests, until the kernel's null layer is there: a vfs whose
// nodes stand on lower vnodes (`.lower`), one node per lower vnode found again through a hash,
// getattr with this mount's fsid, and a VnodeOpEvent per lookup and getattr while machine.trace
// is on — the shape the lead's bypass emits. Every other operation passes straight down.
import type { Machine } from "../../engine/kernel/machine.js";
import type { Session } from "../../engine/session.js";
import type { Mount } from "../../engine/kernel/vfs/mount.js";
import type { Vattr, Vfs, Vnode } from "../../engine/kernel/vfs/vnode.js";
import { isKernelError } from "../../engine/kernel/errno.js";

let depth = 0;

export class FakeLayerVfs implements Vfs {
  readonly fsid: number;
  readonly readonly = false;
  readonly hash = new Map<Vnode, Vnode>();
  private seq = 0;
  mountPath = "?";
  constructor(readonly machine: Machine, readonly lowerRoot: Vnode, readonly type = "null") {
    this.fsid = machine.newFsid(type);
  }
  root(): Vnode {
    return this.nodeget(this.lowerRoot).node;
  }
  statfs() {
    return this.lowerRoot.vfs.statfs();
  }
  nodeget(lower: Vnode): { node: Vnode; hit: boolean } {
    const had = this.hash.get(lower);
    if (had) return { node: had, hit: true };
    const node = makeNode(this, lower, `${this.type}#${++this.seq}`);
    this.hash.set(lower, node);
    return { node, hit: false };
  }
  /** a vnode's label as print() gives it: a layer node's own, a real one's type#fsid:fileid */
  static label(v: Vnode): string {
    const own = (v as { label?: string }).label;
    return own ?? `${v.vfs.type}#${v.vfs.fsid}:${v.getattr().fileid}`;
  }
  /** run a lower op, emitting its event (depth where it was called) when tracing */
  traced<T>(op: string, node: Vnode, fn: () => T, ret: (r: T) => "hit" | "new" | null = () => null): T {
    const d = depth++;
    let errno: string | null = null;
    let hash: "hit" | "new" | null = null;
    try {
      const r = fn();
      hash = ret(r);
      return r;
    } catch (e) {
      errno = isKernelError(e) ? e.errno : "EIO";
      throw e;
    } finally {
      depth--;
      if (this.machine.trace)
        this.machine.events.emit({
          kind: "vnodeop",
          depth: d,
          layer: this.type,
          mount: this.mountPath,
          op,
          node: FakeLayerVfs.label(node),
          lower: FakeLayerVfs.label(node.lower!),
          hash,
          errno,
        });
    }
  }
}

function makeNode(fs: FakeLayerVfs, lower: Vnode, label: string): Vnode {
  const node: Vnode & { label: string } = Object.create(null);
  const pass = (name: keyof Vnode) => (...a: unknown[]) => (lower[name] as (...x: unknown[]) => unknown).apply(lower, a);
  for (const k of ["setattr", "readdir", "read", "write", "create", "mkdir", "mknod", "remove", "rmdir", "rename", "symlink", "link", "readlink"] as const)
    (node as unknown as Record<string, unknown>)[k] = pass(k);
  Object.assign(node, {
    vfs: fs,
    type: lower.type,
    lower,
    label,
    lookup(name: string): Vnode {
      let got: Vnode | null = null;
      const r = fs.traced(
        "lookup",
        node,
        () => {
          got = lower.lookup(name);
          return fs.nodeget(got);
        },
        (x) => (x.hit ? "hit" : "new"),
      );
      return r.node;
    },
    getattr(): Vattr {
      return fs.traced("getattr", node, () => ({ ...lower.getattr(), fsid: fs.fsid }));
    },
  });
  return node;
}

/** mount a fake layer of `target` on `dir` (both exist), as mount_null would: special = target */
export function mountFakeLayer(s: Session, target: string, dir: string, type = "null"): Mount {
  const m = s.machine;
  const vfs = new FakeLayerVfs(m, s.sys.resolve(target), type);
  vfs.mountPath = dir;
  return m.mounts.add({ vfs, covered: s.sys.resolve(dir), path: dir, special: target, options: "rw", time: m.clock.now(), data: { type } });
}
