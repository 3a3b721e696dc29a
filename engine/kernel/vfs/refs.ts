// References are found, not counted. The real kernels keep a use count on each vnode (v_count,
// v_usecount) and vflush() refuses an unmount while any vnode of the file system has one the
// unmount itself does not account for. The lab keeps no counts that could drift: it asks the
// holders instead — every live process (cwd, root, program text, open files), every mount (the
// vnode it covers, the root it holds), every loop unit (its image) — and reads off what they hold.
//
// A reference to a layer node (null, umap, lofs) is also a reference to every vnode below it on
// its `.lower` chain, and so to their file systems: a process whose cwd is /mnt/usr/bin in a null
// copy of /usr keeps /usr busy, as the null node's hold on its lower vnode does in FreeBSD
// (null_nodeget vref()s it). So each reference is listed once per vnode of its chain.
//
// Who asks: Sys.umount (busyOnUnmount), fuser (references, the process kinds), memfs's rmdir and
// rename (isMountedOn, through FsContext), Solaris's mount-time rule later (referenced), and the
// invariant checker.
import type { LoopUnit } from "../dev/loop.js";
import type { Machine } from "../machine.js";
import type { Proc } from "../proc/proc.js";
import type { Mount } from "./mount.js";
import type { Vnode } from "./vnode.js";

export type RefKind =
  /** a process's current directory */
  | "cwd"
  /** a process's root directory (chroot) */
  | "root"
  /** the program a process runs (Proc.text) */
  | "text"
  /** a file a process has open, with its descriptor */
  | "open"
  /** the vnode a mount covers: the directory (or file) it is mounted on */
  | "covered"
  /** the root vnode a mount holds for its file system */
  | "root-of-mount"
  /** the image file a loop unit (AIX loop, Solaris lofi, BSD vnd) is bound to */
  | "image";

export interface Ref {
  kind: RefKind;
  /** the vnode this entry is about: `held` itself (depth 0) or one below it on its .lower chain */
  vnode: Vnode;
  /** what the holder holds (a layer node when depth > 0) */
  held: Vnode;
  /** how many .lower steps `vnode` is below `held` */
  depth: number;
  /** cwd, root, text, open: the process */
  proc?: Proc;
  /** open: the descriptor */
  fd?: number;
  /** covered, root-of-mount: the mount */
  mount?: Mount;
  /** image: the loop unit */
  unit?: LoopUnit;
}

/** the kinds a process holds (fuser's data) */
export const PROCESS_KINDS: ReadonlySet<RefKind> = new Set<RefKind>(["cwd", "root", "text", "open"]);

/** every reference on the machine, each once per vnode of its .lower chain, in a fixed order:
 *  processes by pid (cwd, root, text, then descriptors in order), mounts in mount order
 *  (covered, then root), loop units */
export function references(machine: Machine): Ref[] {
  const out: Ref[] = [];
  const add = (held: Vnode, r: Omit<Ref, "vnode" | "held" | "depth">): void => {
    let depth = 0;
    for (let v: Vnode | undefined = held; v; v = v.lower) out.push({ ...r, vnode: v, held, depth: depth++ });
  };
  for (const proc of [...machine.procs()].sort((a, b) => a.pid - b.pid)) {
    add(proc.cwd, { kind: "cwd", proc });
    add(proc.root, { kind: "root", proc });
    if (proc.text) add(proc.text, { kind: "text", proc });
    for (const [fd, f] of [...proc.fds].sort((a, b) => a[0] - b[0])) if (f.vnode) add(f.vnode, { kind: "open", proc, fd });
  }
  for (const mount of machine.mounts.all()) {
    if (mount.covered) add(mount.covered, { kind: "covered", mount });
    add(mount.vfs.root(), { kind: "root-of-mount", mount });
  }
  for (const unit of machine.loop.all()) if (unit.image) add(unit.image, { kind: "image", unit });
  return out;
}

/**
 * What keeps `mount` from being unmounted: every reference into its file system, through any
 * layer, except the one the mount itself holds on its root (vflush's rule: only the root's own
 * reference may remain). A process in the mount's root directory does count; so does a mount
 * stacked on that root, and a layer mounted on any of its directories. Empty: not busy.
 */
export function busyOnUnmount(machine: Machine, mount: Mount): Ref[] {
  return references(machine).filter(
    (r) => r.vnode.vfs === mount.vfs && !(r.kind === "root-of-mount" && r.mount === mount && r.depth === 0),
  );
}

/** every reference that reaches `v` itself (directly or through layers above it) */
export function referencesTo(machine: Machine, v: Vnode): Ref[] {
  return references(machine).filter((r) => r.vnode === v);
}

/**
 * Is anything holding `v`? Solaris refuses to mount on a directory in use: its mount-time rule
 * is `!overlay && referenced(covered)`. A mounted root counts (its mount holds it, kind
 * root-of-mount), and so does a vnode already covered.
 */
export function referenced(machine: Machine, v: Vnode): boolean {
  return referencesTo(machine, v).length > 0;
}

/**
 * Is something mounted on `v`: does a mount cover it, directly or through a layer node whose
 * lower chain reaches it? memfs asks this (FsContext.isMountedOn) before it removes or renames a
 * name, so the refusal holds however the call arrived (ufs_dirremove's EBUSY).
 */
export function isMountedOn(machine: Machine, v: Vnode): boolean {
  for (const m of machine.mounts.all()) {
    for (let c: Vnode | undefined = m.covered ?? undefined; c; c = c.lower) if (c === v) return true;
  }
  return false;
}
