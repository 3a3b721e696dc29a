// Credentials: who is asking. A file system decides what a caller may do from the caller's
// credential and the file's owner, group and mode (ufs_access). The vnode operations of the lab
// carry no credential argument; the kernel keeps the one in force, as 4.4BSD's code reads
// curproc->p_ucred: the running process's, or — while a layer that maps ids passes an operation
// down (umap_bypass) — the mapped one. See Machine.credential and Machine.asCred.
import { kerr } from "./errno.js";
import type { Vattr } from "./vfs/vnode.js";

export interface Cred {
  readonly uid: number;
  readonly gid: number;
  /** supplementary groups */
  readonly groups: readonly number[];
}

export const ROOT: Cred = { uid: 0, gid: 0, groups: [0] };

/** access modes, as access(2) and VOP_ACCESS take them */
export const R_OK = 4;
export const W_OK = 2;
export const X_OK = 1;

/**
 * ufs_access: the owner's bits if the caller owns the file, else the group's if the caller is in
 * its group, else the others'; the superuser may do anything (execution aside, which the lab does
 * not check). EACCES when a bit is missing.
 */
export function checkAccess(a: Pick<Vattr, "uid" | "gid" | "mode">, cred: Cred, mode: number): void {
  if (cred.uid === 0) return;
  let shift: number;
  if (cred.uid === a.uid) shift = 6;
  else if (cred.gid === a.gid || cred.groups.includes(a.gid)) shift = 3;
  else shift = 0;
  if ((((a.mode >> shift) & 7) & mode) !== mode) throw kerr("EACCES");
}
