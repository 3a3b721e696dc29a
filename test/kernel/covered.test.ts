// Mount points as the file system below sees them: memfs refuses to remove or rename a name
// something is mounted on (EBUSY, at the bottom, so also through a layer); the invariant that
// every covered vnode is still linked; ".." out of a root decided by the mount table.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { bareMachine } from "../../engine/kernel/bare.js";
import { Clock } from "../../engine/kernel/clock.js";
import { MemVfs } from "../../engine/kernel/fs/memfs/memfs.js";
import type { Sys } from "../../engine/kernel/sys.js";
import { parentOf } from "../../engine/kernel/vfs/namei.js";
import type { Vfs, Vnode } from "../../engine/kernel/vfs/vnode.js";
import { errnoOf } from "../helpers/errno.js";


function mountMem(sys: Sys, dir: string, covered: Vnode = sys.resolve(dir)): MemVfs {
  const vfs = new MemVfs(sys.machine, { type: "jfs2", sizeBlocks: 65536 });
  sys.machine.mounts.add({ vfs, covered, path: dir, special: `/dev/lv${vfs.fsid}`, options: "rw", time: 0 });
  return vfs;
}

/** a layer node over `lower` (its own identity, every operation passed down) */
function layerNode(lower: Vnode): Vnode {
  const vfs: Vfs = { type: "null", fsid: 900, readonly: false, root: () => lower, statfs: () => lower.vfs.statfs() };
  return new Proxy(lower, {
    get(target, key) {
      if (key === "lower") return lower;
      if (key === "vfs") return vfs;
      const v = Reflect.get(target, key) as unknown;
      return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

test("memfs refuses rmdir, rename and remove of a name something is mounted on", () => {
  const { sys, machine, rootVfs } = bareMachine();
  sys.mkdir("/mnt");
  sys.mkdir("/other");
  mountMem(sys, "/mnt");
  const root = rootVfs.root();
  assert.is(errnoOf(() => root.rmdir("mnt")), "EBUSY");
  assert.is(errnoOf(() => root.rename("mnt", root, "moved")), "EBUSY");
  assert.is(errnoOf(() => root.rename("other", root, "mnt")), "EBUSY", "nor may another directory replace it");
  assert.is(errnoOf(() => root.remove("mnt")), "EBUSY");
  // the system calls reach the same refusal
  assert.is(errnoOf(() => sys.rmdir("/mnt")), "EBUSY");
  assert.is(errnoOf(() => sys.rename("/mnt", "/moved")), "EBUSY");
  assert.is(errnoOf(() => sys.rename("/other", "/mnt")), "EBUSY");
  // ".." that leads out of a file system names its mount point
  sys.mkdir("/mnt/sub");
  assert.is(errnoOf(() => sys.rmdir("/mnt/sub/..")), "EBUSY");
  // the process's root stays refused by the system call
  sys.mkdir("/jail");
  sys.chroot("/jail");
  assert.is(errnoOf(() => sys.rmdir("/")), "EINVAL");
  assert.equal(machine.checkInvariants(), []);
});

test("the refusal holds when the call comes through a layer", () => {
  const { sys, machine, rootVfs } = bareMachine();
  sys.mkdir("/mnt");
  mountMem(sys, "/mnt");
  // a null copy of /: its root node passes rmdir down to memfs's root
  const copy = layerNode(rootVfs.root());
  assert.is(errnoOf(() => copy.rmdir("mnt")), "EBUSY");
  // (a bypass hands memfs the lower vnode of each of its own nodes among the arguments)
  assert.is(errnoOf(() => copy.rename("mnt", rootVfs.root(), "x")), "EBUSY");
  // a mount made on a layer node covers the vnode below it too
  sys.mkdir("/d");
  mountMem(sys, "/x", layerNode(sys.resolve("/d")));
  assert.is(errnoOf(() => rootVfs.root().rmdir("d")), "EBUSY");
  assert.equal(machine.checkInvariants(), []);
});

test("invariant: a covered vnode removed behind the mount's back is reported", () => {
  const { sys, machine } = bareMachine();
  sys.mkdir("/mnt");
  // a file system that cannot ask the machine (its context has no mount table)
  const blind = new MemVfs({ clock: new Clock(0), newFsid: () => 77 }, { type: "jfs2", sizeBlocks: 65536 });
  mountMem(sys, "/mnt");
  const vfsRoot = blind.root();
  vfsRoot.mkdir("d", 0o755);
  vfsRoot.create("f", 0o644);
  machine.mounts.add({ vfs: new MemVfs(machine, { type: "jfs2", sizeBlocks: 0 }), covered: vfsRoot.lookup("d"), path: "/blind/d", special: "a", options: "", time: 0 });
  machine.mounts.add({ vfs: new MemVfs(machine, { type: "jfs2", sizeBlocks: 0 }), covered: vfsRoot.lookup("f"), path: "/blind/f", special: "b", options: "", time: 0 });
  assert.equal(machine.checkInvariants(), []);
  vfsRoot.rmdir("d");
  vfsRoot.remove("f");
  assert.equal(machine.checkInvariants(), ["mount /blind/d: covered vnode unlinked", "mount /blind/f: covered vnode unlinked"]);
});

test("a renamed mount point is still linked", () => {
  const { sys, machine } = bareMachine();
  sys.mkdir("/a");
  sys.mkdir("/a/mnt");
  mountMem(sys, "/a/mnt");
  sys.rename("/a", "/b");
  assert.equal(machine.checkInvariants(), []);
});

test(".. out of a root is the mount table's answer: a root no mount names is an ordinary directory", () => {
  const { sys, machine } = bareMachine();
  sys.mkdir("/a");
  sys.mkdir("/a/b");
  sys.mkdir("/mnt");
  const vfs = mountMem(sys, "/mnt");
  const roots = { root: sys.proc.root, cwd: sys.proc.cwd };
  assert.is(parentOf(machine.mounts, roots, vfs.root()), sys.resolve("/"), "a mounted root: up through the covered vnode");
  // a shadow vfs's root (lofs makes one per submount it meets): its ".." is its own lookup's
  const parent = sys.resolve("/a");
  const shadowVfs: Vfs = { type: "lofs", fsid: 5, readonly: true, root: () => shadowRoot, statfs: () => vfs.statfs() };
  const b = sys.resolve("/a/b");
  const shadowRoot: Vnode = new Proxy(b, {
    get(target, key) {
      if (key === "vfs") return shadowVfs;
      if (key === "lookup") return (name: string) => (name === ".." ? parent : target.lookup(name));
      const v = Reflect.get(target, key) as unknown;
      return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
  assert.is(parentOf(machine.mounts, roots, shadowRoot), parent);
  // and a process standing in it finds its way back by name
  sys.proc.cwd = shadowRoot;
  assert.is(sys.getcwd(), "/a/b");
});

test("findMount and the mount-point checks ask the mount table", () => {
  const { sys } = bareMachine();
  sys.mkdir("/mnt");
  mountMem(sys, "/mnt");
  assert.is(sys.findMount("/mnt")!.path, "/mnt");
  // mounting on a mounted root needs overlay; the system root cannot be covered
  const args = { type: "jfs2", special: "/dev/x", readonly: false, optionString: "rw", options: [] };
  sys.machine.fstypes.set("jfs2", () => ({ vfs: new MemVfs(sys.machine, { type: "jfs2", sizeBlocks: 0 }) }));
  assert.is(errnoOf(() => sys.mount({ ...args, dir: "/mnt", overlay: false })), "EBUSY");
  assert.is(errnoOf(() => sys.mount({ ...args, dir: "/", overlay: true })), "EBUSY");
  assert.is(sys.mount({ ...args, dir: "/mnt", overlay: true }).path, "/mnt");
});

test.run();
