// The layer framework, the null layer and umap on a bare machine: the behaviours
// mount_loopback(8) states, each checked against the kernel's own answers.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { bareMachine } from "../../engine/kernel/bare.js";
import { registerLayers } from "../../engine/kernel/fs/layers.js";
import { LayerNode, type LayerVfs } from "../../engine/kernel/fs/layer/layer.js";
import { MemVfs } from "../../engine/kernel/fs/memfs/memfs.js";
import type { VnodeOpEvent } from "../../engine/kernel/events.js";
import type { Sys } from "../../engine/kernel/sys.js";
import { errnoOf as errno } from "../helpers/errno.js";

function machine() {
  const b = bareMachine("bsd", { clock: 1_000_000 });
  registerLayers(b.machine);
  const { sys } = b;
  sys.mkdirp("/usr/include/sys");
  sys.writeFile("/usr/include/sys/types.h", "typedef int pid_t;\n");
  sys.writeFile("/usr/include/stdio.h", "int printf();\n");
  sys.mkdirp("/mnt");
  return { ...b, sys };
}

function nullMount(sys: Sys, target: string, dir: string, readonly = false) {
  return sys.mount({ type: "loopback", special: target, dir, readonly, optionString: readonly ? "ro" : "", options: [], overlay: true });
}


test("stat in the copy: a different device number, the same inode", () => {
  const { sys } = machine();
  nullMount(sys, "/usr/include", "/mnt");
  const a = sys.stat("/usr/include/sys/types.h");
  const b = sys.stat("/mnt/sys/types.h");
  assert.is(b.fileid, a.fileid);
  assert.is.not(b.fsid, a.fsid);
  assert.is(b.size, a.size);
  // a second copy has its own device number again
  sys.mkdirp("/mnt2");
  nullMount(sys, "/usr/include", "/mnt2");
  assert.is.not(sys.stat("/mnt2/stdio.h").fsid, sys.stat("/mnt/stdio.h").fsid);
});

test("the node hash: one layer node per lower vnode, found again", () => {
  const { sys } = machine();
  const m = nullMount(sys, "/usr/include", "/mnt");
  const one = sys.resolve("/mnt/sys");
  const two = sys.resolve("/mnt/sys/../sys");
  assert.ok(one instanceof LayerNode);
  assert.is(one, two);
  assert.is((one as LayerNode).lower, sys.resolve("/usr/include/sys"));
  assert.is((m.vfs as LayerVfs).nodes, 2); // the root and sys
  // null_print: the node and what it stands on
  const fileid = sys.stat("/usr/include/sys").fileid;
  assert.is((one as LayerNode).print(), `null#2 → jfs2#1:${fileid}`);
});

test("getcwd works in the copy; through a symbolic link it names the original", () => {
  const { sys } = machine();
  nullMount(sys, "/usr/include", "/mnt");
  sys.chdir("/mnt/sys");
  assert.is(sys.getcwd(), "/mnt/sys");
  sys.symlink("/usr/include", "/inc");
  sys.chdir("/inc/sys");
  assert.is(sys.getcwd(), "/usr/include/sys");
});

test("a file system mounted on the copy does not affect the original", () => {
  const { sys, machine: m } = machine();
  nullMount(sys, "/usr/include", "/mnt");
  const vfs = new MemVfs(m, { type: "ffs", sizeBlocks: 1000 });
  vfs.root().create("other", 0o644);
  m.mounts.add({ vfs, covered: sys.resolve("/mnt/sys"), path: "/mnt/sys", special: "/dev/x", options: "", time: 0 });
  assert.equal(sys.readdir("/mnt/sys").map((e) => e.name), ["other"]);
  assert.equal(sys.readdir("/usr/include/sys").map((e) => e.name), ["types.h"]);
});

test("file systems mounted under the target are not seen through the copy (4.4BSD)", () => {
  const { sys, machine: m } = machine();
  const vfs = new MemVfs(m, { type: "ffs", sizeBlocks: 1000 });
  vfs.root().create("cdfile", 0o644);
  m.mounts.add({ vfs, covered: sys.resolve("/usr/include/sys"), path: "/usr/include/sys", special: "/dev/x", options: "", time: 0 });
  nullMount(sys, "/usr/include", "/mnt");
  assert.equal(sys.readdir("/usr/include/sys").map((e) => e.name), ["cdfile"]);
  assert.equal(sys.readdir("/mnt/sys").map((e) => e.name), ["types.h"]);
});

test("a copy of / inside itself does not recurse", () => {
  const { sys } = machine();
  nullMount(sys, "/", "/mnt");
  assert.ok(sys.exists("/mnt/usr/include/stdio.h"));
  assert.equal(sys.readdir("/mnt/mnt"), []);
});

test("writes through the layer reach the original; a read-only copy answers EROFS", () => {
  const { sys } = machine();
  nullMount(sys, "/usr/include", "/mnt");
  sys.writeFile("/mnt/new.h", "x\n");
  assert.is(new TextDecoder().decode(sys.readFile("/usr/include/new.h")), "x\n");
  sys.mkdir("/mnt/dir");
  sys.rename("/mnt/new.h", "/mnt/dir/new.h");
  assert.ok(sys.exists("/usr/include/dir/new.h"));
  sys.unlink("/mnt/dir/new.h");
  assert.not.ok(sys.exists("/usr/include/dir/new.h"));
  sys.mkdirp("/ro");
  nullMount(sys, "/usr/include", "/ro", true);
  assert.is(errno(() => sys.writeFile("/ro/x", "y")), "EROFS");
  assert.is(errno(() => sys.open("/ro/stdio.h", { write: true })), "EROFS");
  assert.is(errno(() => sys.mkdir("/ro/d")), "EROFS");
  assert.is(errno(() => sys.chmod("/ro/stdio.h", 0o600)), "EROFS");
  assert.is(errno(() => sys.unlink("/ro/stdio.h")), "EROFS");
  assert.ok(sys.exists("/ro/stdio.h"));
});

test("a node whose file is removed leaves the hash (inactive, reclaim)", () => {
  const { sys } = machine();
  const m = nullMount(sys, "/usr/include", "/mnt");
  sys.stat("/mnt/stdio.h");
  const before = (m.vfs as LayerVfs).nodes;
  sys.unlink("/mnt/stdio.h");
  assert.is((m.vfs as LayerVfs).nodes, before - 1);
});

test("unmount: the root in use refuses even a forced unmount; a flushed layer is dead", () => {
  const { sys, machine: m } = machine();
  const mt = nullMount(sys, "/usr/include", "/mnt");
  sys.chdir("/mnt");
  assert.is(errno(() => mt.vfs.unmount!(true)), "EBUSY");
  sys.chdir("/mnt/sys");
  const held = sys.proc.cwd;
  mt.vfs.unmount!(true);
  m.mounts.remove(mt);
  assert.is(errno(() => held.lookup("types.h")), "ENOTDIR");
  assert.is(errno(() => held.getattr()), "EBADF");
});

test("stacks: null on null to depth 64 answers with the top copy's fsid and the file's inode", () => {
  const { sys } = machine();
  let prev = "/usr/include";
  for (let i = 1; i <= 64; i++) {
    sys.mkdirp(`/s${i}`);
    nullMount(sys, prev, `/s${i}`);
    prev = `/s${i}`;
  }
  const a = sys.stat("/s64/sys/types.h");
  assert.is(a.fileid, sys.stat("/usr/include/sys/types.h").fileid);
  assert.is(a.fsid, sys.mountFor("/s64")!.vfs.fsid);
  sys.chdir("/s64/sys");
  assert.is(sys.getcwd(), "/s64/sys");
});

test("trace: stat /mnt/sys/types.h — lookups bypassed, nodes stacked new then found, getattr", () => {
  const { sys, machine: m } = machine();
  nullMount(sys, "/usr/include", "/mnt");
  const seen: VnodeOpEvent[] = [];
  m.events.on((e) => {
    if (e.kind === "vnodeop") seen.push(e);
  });
  m.trace = true;
  sys.stat("/mnt/sys/types.h");
  sys.stat("/mnt/sys/types.h");
  const line = (e: VnodeOpEvent) => `${e.depth} ${e.layer} ${e.mount} ${e.op} ${e.node} -> ${e.lower} ${e.hash ?? "-"} ${e.errno ?? "ok"}`;
  const root = sys.stat("/usr/include").fileid;
  const sysdir = sys.stat("/usr/include/sys").fileid;
  const file = sys.stat("/usr/include/sys/types.h").fileid;
  assert.equal(seen.map(line), [
    `0 null /mnt lookup null#1 -> jfs2#1:${root} new ok`,
    `0 null /mnt lookupIfAny null#2 -> jfs2#1:${sysdir} new ok`,
    `0 null /mnt getattr null#3 -> jfs2#1:${file} - ok`,
    `0 null /mnt lookup null#1 -> jfs2#1:${root} hit ok`,
    `0 null /mnt lookupIfAny null#2 -> jfs2#1:${sysdir} hit ok`,
    `0 null /mnt getattr null#3 -> jfs2#1:${file} - ok`,
  ]);
  const getattr = seen[2]!;
  assert.equal(getattr.rewrote, [{ field: "fsid", from: sys.stat("/usr/include").fsid, to: sys.stat("/mnt").fsid }]);
  m.trace = false;
  seen.length = 0;
  sys.stat("/mnt/sys/types.h");
  assert.is(seen.length, 0);
});

test("trace: depth grows by one per layer of a stack, errors carry their errno", () => {
  const { sys, machine: m } = machine();
  nullMount(sys, "/usr/include", "/mnt");
  sys.mkdirp("/top");
  nullMount(sys, "/mnt", "/top");
  const seen: VnodeOpEvent[] = [];
  m.events.on((e) => {
    if (e.kind === "vnodeop") seen.push(e);
  });
  m.trace = true;
  assert.is(errno(() => sys.stat("/top/nosuch")), "ENOENT");
  m.trace = false;
  assert.equal(seen.map((e) => [e.depth, e.mount, e.op, e.errno]), [
    [0, "/top", "lookupIfAny", null],
    [1, "/mnt", "lookupIfAny", null],
  ]);
});

test("umap: ids mapped up in getattr, unmapped ids are nobody; new files owned by the mapped caller", () => {
  const { sys, machine: m } = machine();
  sys.mkdirp("/export/home");
  sys.writeFile("/export/home/a", "a");
  sys.chown("/export/home/a", 1000, 100);
  sys.writeFile("/export/home/b", "b");
  sys.chown("/export/home/b", 1001, 101);
  sys.mkdirp("/u");
  sys.mount({
    type: "umap", special: "/export/home", dir: "/u", readonly: false, optionString: "", options: [], overlay: true,
    data: { uidmap: [[500, 1000]], gidmap: [[20, 100]] },
  });
  const a = sys.stat("/u/a");
  assert.equal([a.uid, a.gid], [500, 20]);
  const b = sys.stat("/u/b");
  assert.equal([b.uid, b.gid], [32767, 65534]);
  assert.is.not(a.fsid, sys.stat("/export/home/a").fsid);
  // root (uid 0) is not in the map: below, it acts as nobody — refused where nobody may not
  // write, and the owner of what it makes where nobody may
  assert.is(errno(() => sys.writeFile("/u/made", "x")), "EACCES");
  assert.is(errno(() => sys.mkdir("/u/dir")), "EACCES");
  assert.is(errno(() => sys.unlink("/u/a")), "EACCES");
  assert.is(errno(() => sys.open("/u/a", { write: true })), "EACCES");
  assert.is(errno(() => sys.chmod("/u/a", 0o777)), "EPERM");
  assert.is(new TextDecoder().decode(sys.readFile("/u/a")), "a");
  sys.chmod("/export/home", 0o777);
  sys.writeFile("/u/made", "x");
  assert.is(sys.stat("/export/home/made").uid, 32767);
  assert.is(sys.stat("/u/made").uid, 32767);
  // and the original, reached without the layer, is root's as ever
  sys.writeFile("/export/home/mine", "y");
  assert.is(sys.stat("/export/home/mine").uid, 0);
  assert.ok(m.fstypes.has("umap"));
});

test("umap: with uid 0 mapped to an owner below, root acts as that owner", () => {
  const { sys } = machine();
  sys.mkdirp("/export/home");
  sys.chown("/export/home", 1000, 100);
  sys.chmod("/export/home", 0o755);
  sys.mkdirp("/u");
  sys.mount({
    type: "umap", special: "/export/home", dir: "/u", readonly: false, optionString: "", options: [], overlay: true,
    data: { uidmap: [[0, 1000]], gidmap: [[0, 100]] },
  });
  sys.writeFile("/u/f", "x");
  assert.equal([sys.stat("/export/home/f").uid, sys.stat("/u/f").uid], [1000, 0]);
});

test("umap: the 4.4BSD limits, 64 uids and 16 gids", () => {
  const { sys } = machine();
  sys.mkdirp("/u");
  const many = (n: number) => Array.from({ length: n }, (_, i) => [i, i] as [number, number]);
  const mount = (u: number, g: number) =>
    errno(() => sys.mount({ type: "umap", special: "/usr", dir: "/u", readonly: false, optionString: "", options: [], overlay: true, data: { uidmap: many(u), gidmap: many(g) } }));
  assert.is(mount(65, 1), "EINVAL");
  assert.is(mount(1, 17), "EINVAL");
  assert.is(mount(64, 16), "none");
});

test("a non-directory target is refused", () => {
  const { sys } = machine();
  assert.is(errno(() => nullMount(sys, "/usr/include/stdio.h", "/mnt")), "ENOTDIR");
  assert.is(errno(() => nullMount(sys, "/nosuch", "/mnt")), "ENOENT");
});

test.run();
