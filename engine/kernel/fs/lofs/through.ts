// What a lofs lets through, as a question to the kernel rather than a walk of its files: the file
// systems mounted on the original below the lofs's source that a lookup through the lofs crosses
// (lo_lookup's traverse, LofsVfs.crossings), and the places where the loop rule answers with the
// covered directory instead. lofs(7FS): "file systems which are subsequently mounted onto the
// original file system are visible to the virtual file system, unless or until the corresponding
// mount point in the virtual file system is covered by a file system mounted there", and "the
// file /tmp/newroot/tmp/newroot does not contain yet another file system hierarchy".
//
// The answer comes from the mount table, the lofs's options (nosub), realvp and the lofs's node
// hash as it stands (peek, which makes no lnode): nothing is looked up through the lofs, so asking
// does not change what the next traced lookup finds (new or hit). The Mounts pane asks it after
// every command line.
//
// Example: `mount -F lofs / /tmp/newroot` crosses every file system mounted below / (/tmp,
// /export/home, …) and loops at the real /tmp/newroot, which the lofs itself covers; with
// `-o nosub` it crosses nothing and nothing loops.
import type { Machine } from "../../machine.js";
import type { Mount } from "../../vfs/mount.js";
import { crossDown } from "../../vfs/namei.js";
import type { Vnode } from "../../vfs/vnode.js";
import { LofsVfs } from "./index.js";

export interface LofsThrough {
  /** the mounts a lookup through the lofs crosses, in mount-table order */
  crossed: Mount[];
  /** the mounts a lookup meets and does not cross (the loop rule): each one's root leads back to
   *  the lofs's source, so the directory it covers shows instead (for / on /tmp/newroot: the lofs
   *  itself, on the real /tmp/newroot), in mount-table order */
  loops: Mount[];
}

/**
 * The mounts a lofs lets through (see above). null for a mount that is not a lofs, and for a lofs
 * whose source lies in another layer (a lofs of a lofs path: what shows through it is what the
 * layer below lets through, which this does not work out).
 */
export function lofsThrough(m: Machine, mount: Mount): LofsThrough | null {
  const lofs = mount.vfs;
  if (!(lofs instanceof LofsVfs) || lofs.lowerRoot.lower) return null;
  const out: LofsThrough = { crossed: [], loops: [] };
  // nosub: lo_lookup never traverses, so nothing is crossed and nothing can loop
  if (lofs.nosub || lofs.lowerRoot.type !== "VDIR") return out;
  const crossed = new Set<Mount>();
  const loops = new Set<Mount>();
  const bases = new Set<Vnode>();
  for (const x of m.mounts.all()) {
    const base = x.covered ? stackBase(m, x.covered) : null;
    if (!base || bases.has(base)) continue;
    bases.add(base);
    let c;
    try {
      c = lofs.crossings(base);
      if (coveredInCopy(m, lofs, c.vp)) continue;
      // a file a file system is mounted on (mntfs on /etc/mnttab) has no ".." to climb: its
      // directory is found from the mount point's name
      if (base.type === "VDIR" ? !below(m, lofs, base, true) : !below(m, lofs, dirOfFile(m, x.path, base), false)) continue;
    } catch {
      continue;
    }
    for (const y of c.crossed) crossed.add(y);
    if (c.loop) loops.add(c.loop);
  }
  const all = m.mounts.all();
  return { crossed: all.filter((x) => crossed.has(x)), loops: all.filter((x) => loops.has(x)) };
}

/** the real directory a stack of mounts stands on (below mounts stacked on mount roots); null
 *  for a directory of a layer (a mount made on a lofs path is no mount of the original) */
function stackBase(m: Machine, v: Vnode): Vnode | null {
  for (let i = 0; i < 64; i++) {
    if (v.lower) return null;
    const under = m.mounts.mountWithRoot(v);
    if (!under || !under.covered) return v;
    v = under.covered;
  }
  return null;
}

/** the lofs path of a real vnode is covered by a mount made there (on its lnode, if it has one) */
function coveredInCopy(m: Machine, lofs: LofsVfs, v: Vnode): boolean {
  const n = lofs.peek(v);
  return n !== null && m.mounts.coveringMount(n) !== undefined;
}

/**
 * Is the real directory `dir` reached by lookups through the lofs? Climb from it to the source:
 * each directory on the way must be what the lofs shows at its name — not covered (a plain
 * directory with a mount on it shows that mount instead), not hidden in the copy, and for a file
 * system's root, the top of the stack its mount point shows, reached without a loop (below a
 * looping shadow nothing is crossed).
 */
function below(m: Machine, lofs: LofsVfs, dir: Vnode | null, judged: boolean): boolean {
  const source = lofs.lowerRoot;
  if (!dir) return false;
  let v = dir;
  // `judged`: v is a mount point whose stack the climb has already judged (the one asked about,
  // or the base of a stack just climbed)
  for (let i = 0; i < 1024; i++) {
    if (v === source) return true;
    const up = m.mounts.mountWithRoot(v);
    if (up) {
      const base = up.covered ? stackBase(m, up.covered) : null;
      if (!base) return false;
      const c = lofs.crossings(base);
      if (c.vp !== v || c.looped || coveredInCopy(m, lofs, v)) return false;
      v = base;
      judged = true;
      continue;
    }
    if (!judged && (m.mounts.coveringMount(v) || coveredInCopy(m, lofs, v))) return false;
    judged = false;
    const p = v.lookup("..");
    if (p === v) return false;
    v = p;
  }
  return false;
}

/** the real directory that holds a file covered by a mount, from the mount point's name (namei
 *  through the real mount table from the system root); null when that name no longer leads to
 *  the file (it was renamed, or named through a symbolic link or a layer) */
function dirOfFile(m: Machine, path: string, file: Vnode): Vnode | null {
  const rootMount = m.mounts.all().find((x) => !x.covered);
  if (!rootMount || !path.startsWith("/")) return null;
  const names = path.split("/").filter((c) => c !== "");
  const last = names.pop();
  let v = crossDown(m.mounts, rootMount.vfs.root());
  for (const name of names) {
    v = crossDown(m.mounts, v.lookup(name));
    if (v.lower || v.type !== "VDIR") return null;
  }
  return last !== undefined && v.lookup(last) === file ? v : null;
}
