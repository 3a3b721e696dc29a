// The kernel's vfs layer: namei across mounts and symlinks, getcwd by (fsid, fileid), busy
// unmounts, sparse files, the loop driver's rules.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { bareMachine } from "../../engine/kernel/bare.js";
import { MemVfs } from "../../engine/kernel/fs/memfs/memfs.js";
import type { Sys } from "../../engine/kernel/sys.js";
import { errnoOf } from "../helpers/errno.js";

const enc = new TextEncoder();
const dec = new TextDecoder();


function mountMem(sys: Sys, dir: string, type = "jfs2"): MemVfs {
  const vfs = new MemVfs(sys.machine, { type, sizeBlocks: 65536 });
  sys.machine.mounts.add({ vfs, covered: sys.resolve(dir), path: dir, special: `/dev/${type}${vfs.fsid}`, options: "rw", time: 0 });
  return vfs;
}

test("namei creates and finds nested files", () => {
  const { sys } = bareMachine();
  sys.mkdir("/a");
  sys.mkdir("/a/b");
  sys.writeFile("/a/b/f", "hello");
  assert.is(dec.decode(sys.readFile("/a/b/f")), "hello");
  assert.is(dec.decode(sys.readFile("/a/./b/../b/f")), "hello");
  assert.is(errnoOf(() => sys.readFile("/a/nope")), "ENOENT");
  assert.is(errnoOf(() => sys.readFile("/a/b/f/x")), "ENOTDIR");
  assert.is(errnoOf(() => sys.mkdir("/a")), "EEXIST");
});

test("symlinks are followed, loops end in ELOOP", () => {
  const { sys } = bareMachine();
  sys.mkdir("/d");
  sys.writeFile("/d/f", "x");
  sys.symlink("/d", "/l");
  sys.symlink("f", "/d/rel");
  assert.is(dec.decode(sys.readFile("/l/f")), "x");
  assert.is(dec.decode(sys.readFile("/d/rel")), "x");
  assert.is(sys.lstat("/l").type, "VLNK");
  sys.symlink("/loop2", "/loop1");
  sys.symlink("/loop1", "/loop2");
  assert.is(errnoOf(() => sys.stat("/loop1")), "ELOOP");
});

test("mounts cover directories; .. at a mount root goes up through the covered vnode", () => {
  const { sys } = bareMachine();
  sys.mkdir("/mnt");
  sys.writeFile("/mnt/hidden", "under");
  const vfs = mountMem(sys, "/mnt");
  assert.is(errnoOf(() => sys.readFile("/mnt/hidden")), "ENOENT");
  sys.writeFile("/mnt/top", "t");
  assert.is(sys.stat("/mnt/top").fsid, vfs.fsid);
  sys.mkdir("/mnt/sub");
  sys.chdir("/mnt/sub");
  assert.is(sys.getcwd(), "/mnt/sub");
  sys.chdir("../..");
  assert.is(sys.getcwd(), "/");
  // stacking: a second mount over the same point covers the first one's root
  const top = mountMem(sys, "/mnt");
  assert.is(sys.stat("/mnt").fsid, top.fsid);
  assert.is(errnoOf(() => sys.readFile("/mnt/top")), "ENOENT");
});

test("unmount is refused while busy (cwd inside, or a mount inside)", () => {
  const { sys, machine } = bareMachine();
  sys.mkdir("/mnt");
  mountMem(sys, "/mnt");
  sys.mkdir("/mnt/inner");
  mountMem(sys, "/mnt/inner");
  const outer = sys.findMount("/mnt")!;
  assert.is(errnoOf(() => sys.umount(outer)), "EBUSY");
  const inner = sys.findMount("/mnt/inner")!;
  sys.chdir("/mnt/inner");
  assert.is(errnoOf(() => sys.umount(inner)), "EBUSY");
  sys.chdir("/");
  sys.umount(inner);
  sys.umount(outer);
  assert.is(machine.mounts.all().length, 1);
  assert.equal(machine.checkInvariants(), []);
});

test("rmdir of a mount point is EBUSY; rename across file systems is EXDEV", () => {
  const { sys } = bareMachine();
  sys.mkdir("/mnt");
  mountMem(sys, "/mnt");
  sys.writeFile("/f", "x");
  assert.is(errnoOf(() => sys.rmdir("/mnt")), "EBUSY");
  assert.is(errnoOf(() => sys.rename("/f", "/mnt/f")), "EXDEV");
});

test("getcwd finds names by (fsid, fileid) through chroot", () => {
  const { sys } = bareMachine();
  sys.mkdir("/jail");
  sys.mkdir("/jail/home");
  sys.chroot("/jail");
  assert.is(sys.getcwd(), "/");
  sys.chdir("/home");
  assert.is(sys.getcwd(), "/home");
  sys.chdir("../../..");
  assert.is(sys.getcwd(), "/");
});

test("sparse files cost only the blocks written", () => {
  const { sys, rootVfs } = bareMachine();
  const f = sys.open("/big.img", { write: true, create: true });
  f.vnode.setattr({ size: 800 * 1024 * 1024 });
  f.vnode.write(400 * 1024 * 1024, enc.encode("middle"));
  const a = sys.stat("/big.img");
  assert.is(a.size, 800 * 1024 * 1024);
  assert.ok(a.blocks <= 8, `allocated ${a.blocks} blocks`);
  assert.is(dec.decode(f.vnode.read(400 * 1024 * 1024, 6)), "middle");
  assert.equal([...f.vnode.read(1000, 4)], [0, 0, 0, 0]);
  assert.ok(rootVfs.allocatedBlocks() < 64);
});

test("loop driver: one image per device, read-only, busy while open, counters", () => {
  const { sys, machine } = bareMachine();
  const loop = machine.loop;
  loop.major = 34;
  machine.devsw.register(34, loop);
  sys.writeFile("/img", new Uint8Array(4096).fill(7));
  loop.configure(0, "loop0");
  loop.configure(1, "loop1");
  loop.attach(0, sys.resolve("/img"), "/img", true);
  assert.is(errnoOf(() => loop.attach(1, sys.resolve("/img"), "/img", false)), "EBUSY");
  const dev = loop.device(0);
  assert.is(dev.size(), 4096);
  assert.is(dev.read(512, 512)[0], 7);
  assert.is(dev.stats.reads, 1);
  assert.is(errnoOf(() => dev.write(0, new Uint8Array(512))), "EROFS");
  loop.open(0);
  assert.is(errnoOf(() => loop.detach(0)), "EBUSY");
  assert.is(errnoOf(() => loop.unconfigure(0)), "EBUSY");
  loop.close(0);
  loop.detach(0);
  assert.is(errnoOf(() => loop.device(0)), "ENXIO");
  loop.attach(1, sys.resolve("/img"), "/img", false);
  assert.equal(machine.checkInvariants(), []);
});

test.run();
