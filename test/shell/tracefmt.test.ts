// The trace line's layout (engine/tracefmt.ts): the Layers pane, --trace on stderr and a replay's
// pane print these lines. A golden test: the layout is a promise to people who read traces.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { VnodeOpEvent } from "../../engine/kernel/events.js";
import { EventBus } from "../../engine/kernel/events.js";
import { formatTrace, traceParts, traceTo } from "../../engine/tracefmt.js";
import { paneWhere, traceLine } from "../../shell/layerpane.js";
import type { Machine } from "../../engine/kernel/machine.js";

const ev = (o: Partial<VnodeOpEvent>): VnodeOpEvent => ({
  kind: "vnodeop",
  depth: 0,
  layer: "null",
  mount: "/mnt",
  op: "lookup",
  node: "null#1",
  lower: "ffs#1:2",
  hash: null,
  errno: null,
  ...o,
});

// `stat /mnt/sys/types.h` through a null mount of /usr/include on /mnt, then the same through a
// null of that null (/b on /a), a write refused by a read-only layer, a lookup that fails
const GOLDEN: [VnodeOpEvent, string][] = [
  [ev({ hash: "new" }), "lookup  null /mnt  null#1 → ffs#1:2  (new)"],
  [ev({ node: "null#2", lower: "ffs#1:9", hash: "hit" }), "lookup  null /mnt  null#2 → ffs#1:9  (hit)"],
  [ev({ op: "getattr", node: "null#3", lower: "ffs#1:17" }), "getattr null /mnt  null#3 → ffs#1:17"],
  // null's getattr gives the copy its own device number; umap maps the owner too
  [ev({ op: "getattr", node: "null#3", lower: "ffs#1:17", rewrote: [{ field: "fsid", from: 1, to: 9 }] }), "getattr null /mnt  null#3 → ffs#1:17  fsid 1→9"],
  [
    ev({ layer: "umap", mount: "/u", op: "getattr", node: "umap#2", lower: "ffs#1:30", rewrote: [{ field: "fsid", from: 1, to: 11 }, { field: "uid", from: 1000, to: 0 }, { field: "gid", from: 100, to: 0 }] }),
    "getattr umap /u  umap#2 → ffs#1:30  fsid 1→11, uid 1000→0, gid 100→0",
  ],
  // the kernel's lookupIfAny is the lookup it stands for; a name it did not find is ENOENT
  [ev({ op: "lookupIfAny", node: "null#2", lower: "ffs#1:9", hash: "new" }), "lookup  null /mnt  null#2 → ffs#1:9  (new)"],
  [ev({ op: "lookupIfAny", node: "null#2", lower: "ffs#1:9" }), "lookup  null /mnt  null#2 → ffs#1:9  ENOENT"],
  [ev({ mount: "/b", node: "null#7", lower: "null#1", hash: "new" }), "lookup  null /b  null#7 → null#1  (new)"],
  [ev({ depth: 1, node: "null#1", hash: "hit" }), "  lookup  null /mnt  null#1 → ffs#1:2  (hit)"],
  [ev({ depth: 2, op: "getattr" }), "    getattr null /mnt  null#1 → ffs#1:2"],
  [ev({ layer: "umap", mount: "/u", op: "remove", node: "umap#3", lower: "ffs#1:41", errno: "EROFS" }), "remove  umap /u  umap#3 → ffs#1:41  EROFS"],
  [ev({ hash: null, errno: "ENOENT" }), "lookup  null /mnt  null#1 → ffs#1:2  ENOENT"],
  [ev({ op: "readlink", node: "null#5", lower: "ffs#1:30" }), "readlink null /mnt  null#5 → ffs#1:30"],
  [ev({ op: "inactive", node: "null#5", lower: null }), "inactive null /mnt  null#5"],
  // lofs's lookup: the mounts of the original it crossed to the answer (two stacked on one
  // directory: both), the loop rule's shadow
  [ev({ layer: "lofs", mount: "/tmp/newroot", node: "lofs#1", lower: "zfs#1:4", hash: "new", crossed: ["/tmp"] }), "lookup  lofs /tmp/newroot  lofs#1 → zfs#1:4  (new)  crossed /tmp"],
  [ev({ layer: "lofs", mount: "/mnt", node: "lofs#1", lower: "zfs#12:4", hash: "hit", crossed: ["/export/home/cd", "/export/home/cd"] }), "lookup  lofs /mnt  lofs#1 → zfs#12:4  (hit)  crossed /export/home/cd, /export/home/cd"],
  [ev({ layer: "lofs", mount: "/tmp/newroot", node: "lofs#2", lower: "tmpfs#11:2", hash: "new", looped: true }), "lookup  lofs /tmp/newroot  lofs#2 → tmpfs#11:2  (new)  loop: the covered directory"],
  // a label that names its lower vnode itself (print()'s form) is not followed by it again
  [ev({ op: "reclaim", node: "null#4 → ffs#1:17", lower: "ffs#1:17" }), "reclaim null /mnt  null#4 → ffs#1:17"],
];

test("the golden lines: depth, operation, layer and mount, node → lower, hash, errno", () => {
  for (const [e, line] of GOLDEN) assert.is(formatTrace(e), line);
});

test("the parts joined are the line (the pane styles the parts)", () => {
  for (const [e, line] of GOLDEN) {
    const p = traceParts(e);
    assert.is("  ".repeat(p.depth) + p.op + p.where + "  " + p.node + p.lower + p.hash + p.rewrote + p.crossing + p.errno, line);
  }
});

test("the Layers pane shortens all its lines alike: the layer's name goes first, the mount point stays while it fits", () => {
  const short = ev({ op: "getattr", node: "null#1", lower: "ffs#1:2" });
  const long = ev({ mount: "/mnt/top", node: "null#12", lower: "null#3", hash: "new" });
  const text = (e: VnodeOpEvent, w: number) => traceLine(e, w, paneWhere([short, long], w)).map((x) => x.t).join("");
  assert.is(paneWhere([short, long], 48), "full");
  assert.is(paneWhere([short, long], 44), "mount");
  assert.is(text(short, 44), "getattr /mnt  null#1 → ffs#1:2");
  assert.is(text(long, 44), "lookup  /mnt/top  null#12 → null#3  (new)");
  assert.is(paneWhere([short, long], 30), "none");
  assert.is(text(short, 30), "getattr null#1 → ffs#1:2");
});

test("traceTo: tracing on, one line per vnode operation as it happens, nothing for other events; off again", () => {
  const m = { trace: false, events: new EventBus() } as unknown as Machine;
  const out: string[] = [];
  const stop = traceTo(m, (l) => out.push(l));
  assert.ok(m.trace);
  m.events.emit({ kind: "mount", action: "mounted", mountPoint: "/mnt", special: "/usr/include", vfsType: "null" });
  m.events.emit(GOLDEN[0]![0]);
  assert.equal(out, [GOLDEN[0]![1] + "\n"]);
  stop();
  assert.not.ok(m.trace);
  m.events.emit(GOLDEN[0]![0]);
  assert.is(out.length, 1);
});

test.run();
