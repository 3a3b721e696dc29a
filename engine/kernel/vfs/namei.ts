// namei: path name to vnode. Crosses mounts downward (a covered directory leads to the mounted
// root) and upward (".." at a vfs root goes through the covered vnode); follows symlinks with a
// loop limit; stops at the process root (chroot).
import { kerr } from "../errno.js";
import type { MountTable } from "./mount.js";
import type { Vnode } from "./vnode.js";

export const MAXSYMLINKS = 20;
export const PATH_MAX = 1023;

export interface NameiRoots {
  root: Vnode;
  cwd: Vnode;
}

/** the vnode that is seen at v: the root of the top-most mount stacked on it */
export function crossDown(mounts: MountTable, v: Vnode): Vnode {
  for (let i = 0; i < 64; i++) {
    const m = mounts.coveringMount(v);
    if (!m) return v;
    v = m.vfs.root();
  }
  throw kerr("ELOOP");
}

/** ".." of a directory, crossing upward out of mounted file systems. Whether `dir` is a mount's
 *  root is the mount table's to say: a vfs root that no mount names (a lofs shadow of a
 *  submount) is an ordinary directory, and its ".." is its own lookup's. */
export function parentOf(mounts: MountTable, roots: NameiRoots, dir: Vnode): Vnode {
  return crossDown(mounts, dotdot(mounts, roots, dir));
}

/**
 * ".." as the file system answers it, up through the covered vnode of a mounted root, but not
 * down through a mount on what it finds (VOP_LOOKUP of "..", not lookuppn): the walk Solaris's
 * getcwd makes (dirtopath), so that a directory a mount covered later is still found under its
 * own parent. The root answers itself.
 */
function dotdot(mounts: MountTable, roots: NameiRoots, dir: Vnode): Vnode {
  let v = dir;
  for (let i = 0; i < 64; i++) {
    if (v === roots.root) return v;
    const m = mounts.mountWithRoot(v);
    if (!m) break;
    if (!m.covered) return v; // the system root
    v = m.covered;
  }
  return v.lookup("..");
}

export interface NameiResult {
  vnode: Vnode;
  /** the directory that holds the last component (for create/remove) */
  dir: Vnode;
  /** the last component, "" for "/" */
  name: string;
}

export interface NameiParentResult {
  dir: Vnode;
  name: string;
  /** the existing vnode of the last component, if any (not followed when it is a symlink) */
  vnode: Vnode | null;
}

function split(path: string): string[] {
  return path.split("/").filter((c) => c !== "" && c !== ".");
}

/**
 * Resolve a path. follow: follow a symlink in the last component.
 * Returns the parent-and-name form too, which create/remove/rename need.
 */
export function lookupParent(mounts: MountTable, roots: NameiRoots, path: string, follow: boolean): NameiParentResult {
  if (path === "") throw kerr("ENOENT");
  if (path.length > PATH_MAX) throw kerr("ENAMETOOLONG");
  let links = 0;
  let dir = path.startsWith("/") ? roots.root : roots.cwd;
  let comps = split(path);
  // A trailing slash means the last component must be a directory: "a/" behaves as "a/."
  const trailingSlash = path.length > 1 && path.endsWith("/");
  // A relative path starts at the cwd vnode itself: a file system mounted over the current
  // directory after cd does not move the process into it (only a lookup by name crosses).
  if (path.startsWith("/")) dir = crossDown(mounts, dir);
  if (comps.length === 0) return { dir, name: "", vnode: dir };
  for (;;) {
    const name = comps[0]!;
    const last = comps.length === 1;
    if (dir.type !== "VDIR") throw kerr("ENOTDIR");
    if (name.length > 255) throw kerr("ENAMETOOLONG");
    let next: Vnode | null;
    if (name === "..") next = parentOf(mounts, roots, dir);
    else if (last && dir.lookupIfAny) {
      const v = dir.lookupIfAny(name);
      next = v === null ? null : crossDown(mounts, v);
    } else {
      try {
        next = crossDown(mounts, dir.lookup(name));
      } catch (e) {
        if (last && (e as { errno?: string }).errno === "ENOENT") next = null;
        else throw e;
      }
    }
    if (next && next.type === "VLNK" && (!last || follow || trailingSlash)) {
      if (++links > MAXSYMLINKS) throw kerr("ELOOP");
      const target = next.readlink();
      if (target === "") throw kerr("ENOENT");
      const rest = split(target);
      if (target.startsWith("/")) dir = crossDown(mounts, roots.root);
      comps = [...rest, ...comps.slice(1)];
      if (comps.length === 0) return { dir, name: "", vnode: dir };
      continue;
    }
    if (last) {
      if (trailingSlash && next && next.type !== "VDIR") throw kerr("ENOTDIR");
      return { dir, name, vnode: next };
    }
    if (!next) throw kerr("ENOENT");
    dir = next;
    comps = comps.slice(1);
  }
}

export function namei(mounts: MountTable, roots: NameiRoots, path: string, follow = true): NameiResult {
  const r = lookupParent(mounts, roots, path, follow);
  if (!r.vnode) throw kerr("ENOENT");
  return { vnode: r.vnode, dir: r.dir, name: r.name };
}

/**
 * The walk both getcwds share: from the cwd up through ".." to the process root, asking at each
 * step which name of the parent's entries leads to where we came from (ENOENT when none does).
 */
function walkUp(mounts: MountTable, roots: NameiRoots, nameIn: (parent: Vnode, cur: Vnode) => string | null, up = parentOf): string {
  const parts: string[] = [];
  let cur = roots.cwd;
  for (let depth = 0; depth < 1024; depth++) {
    if (cur === roots.root) return "/" + parts.reverse().join("/");
    const parent = up(mounts, roots, cur);
    if (parent === cur) return "/" + parts.reverse().join("/");
    const found = nameIn(parent, cur);
    if (found === null) throw kerr("ENOENT");
    parts.push(found);
    cur = parent;
  }
  throw kerr("ENAMETOOLONG");
}

/**
 * getcwd the classic way (libc's, AIX and 4.4BSD): each directory's name is the parent's entry
 * with the same (fsid, fileid), stat'ing each through any mount on it.
 */
export function getcwd(mounts: MountTable, roots: NameiRoots): string {
  return walkUp(mounts, roots, (parent, cur) => {
    const want = cur.getattr();
    // 4.4BSD getcwd(3): on the parent's own device the entry is found by its d_fileno alone; only
    // a mount point (the parent on another device) makes it lstat each entry, because the
    // directory's inode number is the covered one's. So walking up a null copy reads its
    // directories and looks up nothing but "..".
    const sameDevice = parent.getattr().fsid === want.fsid;
    for (const e of parent.readdir()) {
      if (e.name === "." || e.name === "..") continue;
      if (sameDevice) {
        if (e.fileid === want.fileid) return e.name;
        continue;
      }
      let a;
      try {
        a = crossDown(mounts, parent.lookup(e.name)).getattr();
      } catch {
        continue;
      }
      if (a.fsid === want.fsid && a.fileid === want.fileid) return e.name;
    }
    return null;
  });
}

/**
 * getcwd the way Solaris's kernel does it (a system call): each directory's name is the parent's
 * entry that, looked up and crossed down through any mount, is the very vnode we came from. lofs
 * needs this: its files have the original's device and inode numbers, so after
 * `mount -F lofs /a /b` the entries a and b of / both stat alike, and only the vnode tells /b
 * from /a.
 */
export function getcwdByVnode(mounts: MountTable, roots: NameiRoots): string {
  return walkUp(mounts, roots, (parent, cur) => {
    for (const e of parent.readdir()) {
      if (e.name === "." || e.name === "..") continue;
      try {
        // the entry itself, or what is mounted on it: a process that entered a directory before a
        // mount covered it still has a name, the covered one (illumos dirtopath's dirfindvp
        // compares the entry VOP_LOOKUP finds, before any mount is crossed)
        const v = parent.lookup(e.name);
        if (v === cur || crossDown(mounts, v) === cur) return e.name;
      } catch {
        continue;
      }
    }
    return null;
  }, dotdot);
}
