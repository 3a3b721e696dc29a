// lofsThrough: what a lofs lets through, asked of the kernel (the Mounts pane's "shows" and
// "loop" lines). Each answer is checked against what lookups through the lofs really find.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { bareMachine } from "../../engine/kernel/bare.js";
import { registerLayers } from "../../engine/kernel/fs/layers.js";
import { LofsVfs } from "../../engine/kernel/fs/lofs/index.js";
import { lofsThrough } from "../../engine/kernel/fs/lofs/through.js";
import { MemVfs } from "../../engine/kernel/fs/memfs/memfs.js";
import type { Machine } from "../../engine/kernel/machine.js";
import type { Sys } from "../../engine/kernel/sys.js";
import type { Mount } from "../../engine/kernel/vfs/mount.js";

function machine() {
  const b = bareMachine("solaris", { clock: 1_000_000 });
  registerLayers(b.machine);
  b.sys.mkdirp("/export/home/alice");
  b.sys.mkdirp("/tmp/newroot");
  b.sys.mkdirp("/mnt");
  return b;
}

const lofs = (sys: Sys, src: string, dir: string, o: { nosub?: boolean; overlay?: boolean } = {}) =>
  sys.mount({ type: "lofs", special: src, dir, readonly: false, optionString: "", options: o.nosub ? ["nosub"] : [], overlay: !!o.overlay });

/** a new file system with one file, mounted at dir (over what is there, as -O would) */
function fsAt(m: Machine, sys: Sys, dir: string, file: string): Mount {
  const vfs = new MemVfs(m, { type: "tmpfs", sizeBlocks: 1000 });
  vfs.root().create(file, 0o644);
  sys.mkdirp(dir);
  return m.mounts.add({ vfs, covered: sys.resolve(dir), path: dir, special: "swap", options: "", time: 0 });
}

const paths = (ms: readonly Mount[]) => ms.map((x) => x.path);
const through = (m: Machine, x: Mount) => {
  const t = lofsThrough(m, x);
  return t && { crossed: paths(t.crossed), loops: paths(t.loops) };
};

test("/ on /tmp/newroot: every file system below /, and the loop at the real /tmp/newroot", () => {
  const { sys, machine: m } = machine();
  fsAt(m, sys, "/export/home/bob", "bobs");
  fsAt(m, sys, "/export/home/bob/cd", "readme");
  const nr = lofs(sys, "/", "/tmp/newroot");
  assert.equal(through(m, nr), { crossed: ["/export/home/bob", "/export/home/bob/cd"], loops: ["/tmp/newroot"] });
  // what lookups find agrees
  assert.ok(sys.exists("/tmp/newroot/export/home/bob/cd/readme"));
  assert.equal(sys.readdir("/tmp/newroot/tmp/newroot"), []);
});

test("a source below /: only the mounts under it, the later ones included; none above or beside it", () => {
  const { sys, machine: m } = machine();
  fsAt(m, sys, "/tmp/other", "x");
  const mnt = lofs(sys, "/export", "/mnt");
  assert.equal(through(m, mnt), { crossed: [], loops: [] });
  fsAt(m, sys, "/export/home/alice", "later");
  assert.equal(through(m, mnt), { crossed: ["/export/home/alice"], loops: [] });
  assert.ok(sys.exists("/mnt/home/alice/later"));
});

test("nosub lets nothing through, and nothing loops", () => {
  const { sys, machine: m } = machine();
  fsAt(m, sys, "/export/home/alice", "later");
  sys.mkdirp("/nosub");
  const ns = lofs(sys, "/export", "/nosub", { nosub: true });
  assert.equal(through(m, ns), { crossed: [], loops: [] });
  assert.not.ok(sys.exists("/nosub/home/alice/later"));
  const nr = lofs(sys, "/", "/tmp/newroot", { nosub: true });
  assert.equal(through(m, nr), { crossed: [], loops: [] });
});

test("covered in the copy: the original's mount there, and the mounts under it, no longer show", () => {
  const { sys, machine: m } = machine();
  const mnt = lofs(sys, "/export", "/mnt");
  fsAt(m, sys, "/export/home/alice", "later");
  fsAt(m, sys, "/export/home/alice/cd", "deeper");
  assert.equal(through(m, mnt)!.crossed, ["/export/home/alice", "/export/home/alice/cd"]);
  // the copy's /mnt/home/alice is the root of the original's mount: a mount there must overlay it
  fsAt(m, sys, "/mnt/home/alice", "mine");
  assert.equal(through(m, mnt), { crossed: [], loops: [] });
  assert.not.ok(sys.exists("/mnt/home/alice/later"));
  // a plain directory covered in the copy hides what is mounted below it in the original
  const mnt2 = lofs(sys, "/export", "/tmp/newroot");
  sys.readdir("/tmp/newroot/home");
  fsAt(m, sys, "/tmp/newroot/home", "h");
  assert.equal(through(m, mnt2), { crossed: [], loops: [] });
});

test("a mount stacked on the original's mount hides what was mounted inside the one below", () => {
  const { sys, machine: m } = machine();
  const mnt = lofs(sys, "/export", "/mnt");
  fsAt(m, sys, "/export/a", "in-a");
  fsAt(m, sys, "/export/a/b", "in-b");
  assert.equal(through(m, mnt)!.crossed, ["/export/a", "/export/a/b"]);
  fsAt(m, sys, "/export/a", "over");
  assert.equal(through(m, mnt)!.crossed, ["/export/a", "/export/a"]);
  assert.ok(sys.exists("/mnt/a/over"));
  assert.not.ok(sys.exists("/mnt/a/b"));
});

test("a file system mounted on a file (mntfs on /etc/mnttab, a lofs file on a file) shows through a lofs above it", () => {
  const { sys, machine: m } = machine();
  sys.writeFile("/export/motd", "real\n");
  sys.writeFile("/export/home/alice/motd", "covered\n");
  const file = lofs(sys, "/export/motd", "/export/home/alice/motd");
  const mnt = lofs(sys, "/export", "/mnt");
  assert.equal(through(m, mnt), { crossed: ["/export/home/alice/motd"], loops: [] });
  assert.is(new TextDecoder().decode(sys.readFile("/mnt/home/alice/motd")), "real\n");
  // its name no longer leads to it: not said
  sys.rename("/export/home/alice", "/export/home/bob");
  assert.equal(through(m, mnt), { crossed: [], loops: [] });
  assert.ok(file);
});

test("a second lofs of the same source on the original loops too (the indirect loop)", () => {
  const { sys, machine: m } = machine();
  sys.mkdirp("/export/copy");
  const twin = lofs(sys, "/export", "/export/copy");
  const mnt = lofs(sys, "/export", "/mnt");
  assert.equal(through(m, mnt), { crossed: [], loops: ["/export/copy"] });
  assert.equal(through(m, twin), { crossed: [], loops: ["/export/copy"] });
  assert.equal(sys.readdir("/mnt/copy"), []);
});

test("asking makes no lnode: the next traced lookup finds the hash as it was", () => {
  const { sys, machine: m } = machine();
  fsAt(m, sys, "/export/home/bob", "bobs");
  const nr = lofs(sys, "/", "/tmp/newroot");
  const vfs = nr.vfs as LofsVfs;
  const before = vfs.nodes;
  lofsThrough(m, nr);
  assert.is(vfs.nodes, before);
});

test("not a lofs, a lofs of a lofs path, a file on a file: no answer or nothing through", () => {
  const { sys, machine: m } = machine();
  const root = m.mounts.all()[0]!;
  assert.is(lofsThrough(m, root), null);
  lofs(sys, "/export", "/mnt");
  sys.mkdirp("/tmp/x");
  assert.is(lofsThrough(m, lofs(sys, "/mnt/home", "/tmp/x")), null);
  sys.writeFile("/a", "a");
  sys.writeFile("/b", "b");
  assert.equal(through(m, lofs(sys, "/a", "/b")), { crossed: [], loops: [] });
});

test.run();
