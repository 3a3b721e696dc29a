// One line per vnode operation a layer traced (engine/kernel/events.ts VnodeOpEvent): the
// Layers pane, `looplab --trace` on stderr and a replay's pane all print these same lines, so a
// trace read in one place reads the same in another. Pure; no ink.
//
//   lookup  null /mnt  null#1 → ffs#1:2  (new)
//   getattr null /mnt  null#2 → ffs#1:17
//     lookup  null /a  null#7 → ffs#1:2  (hit)      a layer below: two more spaces
//   remove  umap /b  umap#3 → ffs#1:41  EROFS
//
// The columns: two spaces per depth (0 is the operation the system call made; each layer below
// adds one), the operation padded to 8 (a longer one gets one space), the layer's type and its mount point, two spaces, the
// layer node and the lower vnode it was passed to; then, for an operation that returned a vnode,
// whether the layer node for it was made now (new) or found in the layer's node hash (hit); then
// the errno the operation ended with, if it failed. The layout is held by a golden
// test (test/shell/tracefmt.test.ts): change it there and in the README together.
import type { VnodeOpEvent } from "../engine/kernel/events.js";
import type { Machine } from "../engine/kernel/machine.js";

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
  /** "  ENOENT" or "" */
  errno: string;
}

export function traceParts(e: VnodeOpEvent): TraceParts {
  const op = e.op.length >= OP_WIDTH ? e.op + " " : e.op.padEnd(OP_WIDTH);
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
    errno: e.errno ? `  ${e.errno}` : "",
  };
}

/** the line for one event, without a newline */
export function formatTrace(e: VnodeOpEvent): string {
  const p = traceParts(e);
  return "  ".repeat(p.depth) + p.op + p.where + "  " + p.node + p.lower + p.hash + p.errno;
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
