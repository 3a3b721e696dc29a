// What processes hold: their current and root directories and the vnodes of their open files.
// This is what makes a file system busy for umount, and what fuser lists.
import type { Vnode } from "../vfs/vnode.js";
import type { Proc } from "./proc.js";

export type Use = "cwd" | "root" | "open";

export interface ProcRef {
  proc: Proc;
  use: Use;
  vnode: Vnode;
  /** the descriptor, for an open file */
  fd?: number;
}

/** every reference a live process holds on a vnode that `match` accepts */
export function processRefs(procs: Iterable<Proc>, match: (v: Vnode) => boolean): ProcRef[] {
  const out: ProcRef[] = [];
  for (const p of procs) {
    if (p.state === "zombie") continue;
    if (match(p.cwd)) out.push({ proc: p, use: "cwd", vnode: p.cwd });
    if (match(p.root)) out.push({ proc: p, use: "root", vnode: p.root });
    for (const [fd, f] of p.fds) if (f.vnode && match(f.vnode)) out.push({ proc: p, use: "open", vnode: f.vnode, fd });
  }
  return out;
}
