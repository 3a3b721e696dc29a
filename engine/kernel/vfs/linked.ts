// Is a covered vnode still in its file system's tree? A mount on a directory that was then
// removed or renamed away is orphaned: nothing leads to it by name, and its covered vnode names a
// place that no longer exists. memfs refuses those removals (EBUSY, as ufs_dirremove does) and
// the invariant checker asks this to prove it. The answer uses only vnode operations, so every
// file system can give it, at the cost of one readdir of the parent:
//   - a file system's root is linked by being the root;
//   - a file: its link count (memfs decrements it on unlink);
//   - a directory: its ".." must list it. A removed memfs directory keeps 1 link ("." of its own)
//     and its old parent, so the count cannot tell; the parent's entries can.
import { isKernelError } from "../errno.js";
import type { Vnode } from "./vnode.js";

export function isLinked(v: Vnode): boolean {
  try {
    const a = v.getattr();
    if (a.nlink === 0) return false;
    if (v === v.vfs.root() || v.type !== "VDIR") return true;
    const parent = v.lookup("..");
    if (parent === v) return true;
    return parent.readdir().some((e) => e.fileid === a.fileid && parent.lookup(e.name) === v);
  } catch (e) {
    // a damaged image cannot say (EIO): not a broken invariant of the machine
    if (isKernelError(e)) return true;
    throw e;
  }
}
