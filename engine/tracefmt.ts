// One line per vnode operation a layer traced (engine/kernel/events.ts VnodeOpEvent): the
// Layers pane, `looplab --trace` on stderr and a replay's pane all print these same lines, so a
// trace read in one place reads the same in another. Pure; no ink.
//
//   lookup  null /mnt  null#1 → ffs#1:2  (new)
//   getattr null /mnt  null#3 → ffs#1:17  fsid 1→9
//   lookup  null /top  null#1 → null#1  (hit)
//     lookup  null /mnt  null#1 → ffs#1:2  (hit)     the layer below: two more spaces
//   remove  umap /b  umap#3 → ffs#1:41  EROFS
//   lookup  lofs /tmp/newroot  lofs#1 → zfs#1:4  (new)  crossed /tmp
//   lookup  lofs /tmp/newroot  lofs#2 → tmpfs#11:2  (new)  loop: the covered directory
//
// The columns: two spaces per depth (0 is the operation the system call made; each layer below
// adds one), the operation padded to 8 (a longer one gets one space), the layer's type and its
// mount point, two spaces, the layer node and the lower vnode it was passed to (labels as the
// layer's print() gives them: type#serial; a real file system's vnode type#mount:inode); then,
// for an operation that returned a vnode, whether the layer node for it was made now (new) or
// found in the layer's node hash (hit); what the layer rewrote in the answer on its way up (null's
// getattr: the fsid; umap's: uid and gid), as `field from→to`; for lofs's lookup, the mounts of
// the original it crossed to the answer, or that it stopped at the loop rule's covered
// directory; the errno of an operation that failed. The kernel's lookupIfAny (a lookup that
// answers "none" instead of failing, so namei can ask for a name that may not exist yet) is the
// lookup it stands for: "none" shows as ENOENT, which VOP_LOOKUP returns. The layout is held by a golden test (test/shell/tracefmt.test.ts):
// change it there and in the README together.
import type { VnodeOpEvent } from "./kernel/events.js";
import type { Machine } from "./kernel/machine.js";

/** the operation's column: wide enough for readlink, inactive, readdir */
export const OP_WIDTH = 8;

/** what the hash column says */
export const HASH_WORDS: Record<"hit" | "new", string> = { new: "new", hit: "hit" };

/** a trace line in its parts, for a renderer that styles them (the pane); joined they are formatTrace's line */
export interface TraceParts {
  depth: number;
  /** the operation, padded to OP_WIDTH (at least one space after it) */
  op: string;
  /** "null /mnt": the layer's type and its mount point */
  where: string;
  node: string;
  /** " → ffs#1:17", or "" when the operation reached no lower vnode */
  lower: string;
  /** "  (new)", "  (hit)" or "" */
  hash: string;
  /** "  fsid 1→9", "  uid 1000→0, gid 100→0" or "" */
  rewrote: string;
  /** lofs's lookup: "  crossed /export/home", "  loop: the covered directory" (", …" after a
   *  rewrite) or "" — a part of its own, so that a narrow pane can give it a row of its own */
  crossing: string;
  /** "  ENOENT" or "" */
  errno: string;
}

export function traceParts(e: VnodeOpEvent): TraceParts {
  const ifAny = e.op === "lookupIfAny";
  const name = ifAny ? "lookup" : e.op;
  const op = name.length >= OP_WIDTH ? name + " " : name.padEnd(OP_WIDTH);
  const errno = e.errno ?? (ifAny && e.hash === null ? "ENOENT" : null);
  // what the layer did on the way: the values it rewrote; the mounts lofs crossed on the real
  // side, the loop it cut (the covered directory's shadow)
  const rewrote = (e.rewrote ?? []).map((r) => `${r.field} ${r.from}→${r.to}`).join(", ");
  const crossing = [...(e.crossed?.length ? [`crossed ${e.crossed.join(", ")}`] : []), ...(e.looped ? ["loop: the covered directory"] : [])].join(", ");
  // a node label that already names its lower vnode (print()'s "null#4 → ffs#1:17") is not
  // followed by it again
  const lower = e.lower === null || e.node.endsWith(` → ${e.lower}`) ? "" : ` → ${e.lower}`;
  return {
    depth: Math.max(0, e.depth),
    op,
    where: `${e.layer} ${e.mount}`,
    node: e.node,
    lower,
    hash: e.hash ? `  (${HASH_WORDS[e.hash]})` : "",
    rewrote: rewrote ? `  ${rewrote}` : "",
    crossing: crossing ? `${rewrote ? ", " : "  "}${crossing}` : "",
    errno: errno ? `  ${errno}` : "",
  };
}

/** the line for one event, without a newline */
export function formatTrace(e: VnodeOpEvent): string {
  const p = traceParts(e);
  return "  ".repeat(p.depth) + p.op + p.where + "  " + p.node + p.lower + p.hash + p.rewrote + p.crossing + p.errno;
}

/**
 * `--trace`: turn the machine's tracing on and give each operation's line (with its newline) to
 * `write` as it happens. Returns what stops it.
 */
export function traceTo(m: Machine, write: (line: string) => void): () => void {
  m.trace = true;
  const off = m.events.on((e) => {
    if (e.kind === "vnodeop") write(formatTrace(e) + "\n");
  });
  return () => {
    off();
    m.trace = false;
  };
}
