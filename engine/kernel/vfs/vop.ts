// The vnode operations, each described once (4.4BSD's vnode_if.src, FreeBSD's `struct
// vnodeop_desc`): which of its arguments are vnodes, whether it returns a vnode, whether it
// changes the file system, and whether the caller's credentials matter to it.
//
// A layer needs these facts to pass an operation it knows nothing about to the layer below: the
// bypass routine (fs/layer/layer.ts) maps the vnode arguments of *its own* layer to their lower
// vnodes, refuses a writing op on a read-only layer in one place, and stacks a layer node on a
// returned vnode. Nothing else in the kernel needs to know an op's shape, so adding an op to the
// Vnode interface means adding one line here, and every layer passes it through at once.
import { kerr } from "../errno.js";
import type { Vnode } from "./vnode.js";

/** the operations a Vnode has, by name */
export type VopName =
  | "lookup"
  | "lookupIfAny"
  | "getattr"
  | "setattr"
  | "readdir"
  | "read"
  | "write"
  | "create"
  | "mkdir"
  | "mknod"
  | "remove"
  | "rmdir"
  | "rename"
  | "symlink"
  | "link"
  | "readlink"
  | "access"
  | "open"
  | "close";

export interface VopDesc {
  readonly name: VopName;
  /** positions (0-based, among the op's arguments) of further vnode arguments, besides the vnode
   *  the op is called on: rename's target directory, link's target. A layer maps them to their
   *  lower vnodes only when they are nodes of that same layer (vdesc_vp_offsets). */
  readonly vnodeArgs: readonly number[];
  /** the op returns a vnode (vdesc_vpp_offset): the bypass stacks a layer node on it.
   *  "nullable": it may return null (lookupIfAny, where lookup would say ENOENT) */
  readonly returnsVnode: boolean | "nullable";
  /** the op changes the file system: a read-only layer answers EROFS before passing it down */
  readonly writes: boolean;
  /** the caller's credentials decide its result (vdesc_cred_offset): the owner of what it makes.
   *  umap maps them on the way down */
  readonly cred: boolean;
}

function d(name: VopName, o: Partial<Omit<VopDesc, "name">> = {}): VopDesc {
  return { name, vnodeArgs: o.vnodeArgs ?? [], returnsVnode: o.returnsVnode ?? false, writes: o.writes ?? false, cred: o.cred ?? false };
}

/** every vnode operation, in the Vnode interface's order */
export const VOPS: readonly VopDesc[] = [
  d("lookup", { returnsVnode: true }),
  d("lookupIfAny", { returnsVnode: "nullable" }),
  d("getattr"),
  d("setattr", { writes: true, cred: true }),
  d("readdir"),
  d("read"),
  d("write", { writes: true }),
  d("create", { returnsVnode: true, writes: true, cred: true }),
  d("mkdir", { returnsVnode: true, writes: true, cred: true }),
  d("mknod", { returnsVnode: true, writes: true, cred: true }),
  d("remove", { writes: true }),
  d("rmdir", { writes: true }),
  d("rename", { vnodeArgs: [1], writes: true }),
  d("symlink", { returnsVnode: true, writes: true, cred: true }),
  d("link", { vnodeArgs: [1], writes: true }),
  d("readlink"),
  d("access", { cred: true }),
  d("open", { cred: true }),
  d("close", { cred: true }),
];

export const VOP: Readonly<Record<VopName, VopDesc>> = Object.fromEntries(VOPS.map((v) => [v.name, v])) as Record<VopName, VopDesc>;

/** call an op on a vnode by its descriptor (VCALL) */
export function vcall(v: Vnode, desc: VopDesc, args: readonly unknown[]): unknown {
  const f = (v as unknown as Record<string, (...a: unknown[]) => unknown>)[desc.name];
  if (typeof f !== "function") throw kerr("EOPNOTSUPP");
  return f.apply(v, args as unknown[]);
}
