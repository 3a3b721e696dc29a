// References found, not counted (vfs/refs.ts): what processes, mounts and loop units hold, each
// followed down a layer's .lower chain; busy-on-unmount from them; umount's order (the vfs may
// refuse before the mount goes; force leaves the decision to it). A fake layer vnode (a proxy
// with `lower`) stands in for null/umap/lofs nodes, which are not built here.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { bareMachine } from "../../engine/kernel/bare.js";
import { kerr } from "../../engine/kernel/errno.js";
import { MemVfs } from "../../engine/kernel/fs/memfs/memfs.js";
import type { Sys } from "../../engine/kernel/sys.js";
import type { Mount } from "../../engine/kernel/vfs/mount.js";
import { busyOnUnmount, isMountedOn, referenced, references, referencesTo, type Ref } from "../../engine/kernel/vfs/refs.js";
import type { Vfs, Vnode } from "../../engine/kernel/vfs/vnode.js";
import { errnoOf } from "../helpers/errno.js";


function mountMem(sys: Sys, dir: string): { vfs: MemVfs; mount: Mount } {
  const vfs = new MemVfs(sys.machine, { type: "jfs2", sizeBlocks: 65536 });
  const mount = sys.machine.mounts.add({ vfs, covered: sys.resolve(dir), path: dir, special: `/dev/lv${vfs.fsid}`, options: "rw", time: 0 });
  return { vfs, mount };
}

/** a vfs for fake layer nodes: a type and an fsid, nothing mounted from it unless a test says */
function fakeLayerVfs(fsid: number): Vfs {
  return { type: "null", fsid, readonly: false, root: () => assert.unreachable("no root") as never, statfs: () => assert.unreachable("no statfs") as never };
}

/** a layer node over `lower`: its own identity and vfs, every operation passed down (a bypass) */
function layerNode(lower: Vnode, vfs: Vfs): Vnode {
  return new Proxy(lower, {
    get(target, key) {
      if (key === "lower") return lower;
      if (key === "vfs") return vfs;
      const v = Reflect.get(target, key) as unknown;
      return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

/** a short description per reference: kind, what is held, the depth */
const describe = (sys: Sys, refs: Ref[]) =>
  refs.map((r) => `${r.kind}${r.proc ? ":" + r.proc.pid : ""}${r.fd !== undefined ? ":fd" + r.fd : ""}${r.mount ? ":" + r.mount.path : ""}${r.unit ? ":" + r.unit.name : ""} fsid ${r.vnode.vfs.fsid} depth ${r.depth}`);

test("references: cwd and root of each process, open files with their descriptor, covered vnodes, mount roots, loop images", () => {
  const { sys, machine } = bareMachine();
  sys.mkdir("/mnt");
  sys.writeFile("/img", new Uint8Array(1024));
  const { vfs } = mountMem(sys, "/mnt");
  sys.writeFile("/mnt/f", "x");
  const f = sys.open("/mnt/f", { read: true });
  sys.proc.fds.set(3, f);
  machine.loop.configure(0, "loop0");
  machine.loop.attach(0, sys.resolve("/img"), "/img", true);
  const me = sys.proc.pid;
  assert.equal(describe(sys, references(machine)), [
    "cwd:1 fsid 1 depth 0",
    "root:1 fsid 1 depth 0",
    `cwd:${me} fsid 1 depth 0`,
    `root:${me} fsid 1 depth 0`,
    `open:${me}:fd3 fsid ${vfs.fsid} depth 0`,
    "root-of-mount:/ fsid 1 depth 0",
    "covered:/mnt fsid 1 depth 0",
    `root-of-mount:/mnt fsid ${vfs.fsid} depth 0`,
    "image:loop0 fsid 1 depth 0",
  ]);
});

test("a reference to a layer node reaches every vnode below it, and their file systems", () => {
  const { sys, machine } = bareMachine();
  sys.mkdir("/mnt");
  const { vfs, mount } = mountMem(sys, "/mnt");
  sys.mkdir("/mnt/d");
  const lower = sys.resolve("/mnt/d");
  // two layers stacked on /mnt/d: the process holds only the top one
  const mid = layerNode(lower, fakeLayerVfs(900));
  const top = layerNode(mid, fakeLayerVfs(901));
  sys.proc.cwd = top;
  const mine = references(machine).filter((r) => r.proc === sys.proc && r.kind === "cwd");
  assert.equal(mine.map((r) => [r.vnode.vfs.fsid, r.depth, r.held === top]), [[901, 0, true], [900, 1, true], [vfs.fsid, 2, true]]);
  assert.is(mine[2]!.vnode, lower);
  // so the file system at the bottom is busy, and umount says so
  assert.equal(describe(sys, busyOnUnmount(machine, mount)), [`cwd:${sys.proc.pid} fsid ${vfs.fsid} depth 2`]);
  assert.is(errnoOf(() => sys.umount(mount)), "EBUSY");
  assert.ok(referenced(machine, lower));
  assert.is(referencesTo(machine, lower)[0]!.held, top);
  sys.proc.cwd = sys.resolve("/");
  sys.umount(mount);
  assert.equal(machine.checkInvariants(), []);
});

test("busy on unmount: anything in the file system but the mount's own root reference", () => {
  const { sys, machine } = bareMachine();
  sys.mkdir("/mnt");
  const { vfs, mount } = mountMem(sys, "/mnt");
  assert.equal(busyOnUnmount(machine, mount), [], "its own root-of-mount does not count");
  // a process in the root directory counts (vflush: only the mount's own reference may remain)
  sys.chdir("/mnt");
  assert.equal(describe(sys, busyOnUnmount(machine, mount)), [`cwd:${sys.proc.pid} fsid ${vfs.fsid} depth 0`]);
  sys.chdir("/");
  // a mount on one of its directories
  sys.mkdir("/mnt/in");
  const inner = mountMem(sys, "/mnt/in");
  assert.equal(describe(sys, busyOnUnmount(machine, mount)), [`covered:/mnt/in fsid ${vfs.fsid} depth 0`]);
  sys.umount(inner.mount);
  // a mount stacked on its root
  const over = mountMem(sys, "/mnt");
  assert.equal(describe(sys, busyOnUnmount(machine, mount)), [`covered:/mnt fsid ${vfs.fsid} depth 0`]);
  sys.umount(over.mount);
  // a loop image in it
  sys.writeFile("/mnt/img", new Uint8Array(1024));
  machine.loop.configure(0, "loop0");
  machine.loop.attach(0, sys.resolve("/mnt/img"), "/mnt/img", true);
  assert.equal(describe(sys, busyOnUnmount(machine, mount)), [`image:loop0 fsid ${vfs.fsid} depth 0`]);
  assert.is(errnoOf(() => sys.umount(mount)), "EBUSY");
  machine.loop.detach(0);
  sys.umount(mount);
  assert.equal(machine.checkInvariants(), []);
});

test("a program's text holds its file system", () => {
  const { sys, machine } = bareMachine();
  sys.mkdir("/usr");
  const { vfs, mount } = mountMem(sys, "/usr");
  const init = machine.sched.table.get(1)!;
  init.text = vfs.unlisted();
  assert.equal(describe(sys, busyOnUnmount(machine, mount)), [`text:1 fsid ${vfs.fsid} depth 0`]);
  assert.is(errnoOf(() => sys.umount(mount)), "EBUSY");
  // an unlisted file is in no directory and changes no count
  assert.equal(sys.readdir("/usr").map((e) => e.name), []);
  assert.is(vfs.usedInodes(), 1);
});

test("referenced: a held vnode, a mounted root, a covered vnode; not an idle directory", () => {
  const { sys, machine } = bareMachine();
  sys.mkdir("/a");
  sys.mkdir("/b");
  sys.mkdir("/mnt");
  sys.chdir("/a");
  assert.ok(referenced(machine, sys.resolve("/a")));
  assert.not.ok(referenced(machine, sys.resolve("/b")));
  const covered = sys.resolve("/mnt");
  mountMem(sys, "/mnt");
  assert.ok(referenced(machine, covered), "covered");
  assert.ok(referenced(machine, sys.resolve("/mnt")), "a mounted root is held by its mount");
});

test("isMountedOn: a mount on the vnode itself or on a layer node above it", () => {
  const { sys, machine } = bareMachine();
  sys.mkdir("/a");
  sys.mkdir("/b");
  const a = sys.resolve("/a");
  const b = sys.resolve("/b");
  mountMem(sys, "/a");
  assert.ok(isMountedOn(machine, a));
  assert.not.ok(isMountedOn(machine, b));
  const vfs = new MemVfs(machine, { type: "jfs2", sizeBlocks: 65536 });
  machine.mounts.add({ vfs, covered: layerNode(b, fakeLayerVfs(900)), path: "/x/b", special: "x", options: "rw", time: 0 });
  assert.ok(isMountedOn(machine, b), "covered through a layer");
  assert.ok(machine.isMountedOn(b), "the machine answers FsContext's query");
});

/** a file system whose unmount refuses unless forced, and says how it was called */
class StubbornVfs extends MemVfs {
  calls: boolean[] = [];
  override unmount = (force?: boolean): void => {
    this.calls.push(!!force);
    if (!force) throw kerr("EBUSY");
  };
}

test("umount asks the file system before removing the mount; a refusal leaves it mounted; force skips the reference test", () => {
  const { sys, machine } = bareMachine();
  sys.mkdir("/mnt");
  const vfs = new StubbornVfs(machine, { type: "null", sizeBlocks: 0 });
  const mount = machine.mounts.add({ vfs, covered: sys.resolve("/mnt"), path: "/mnt", special: "/x", options: "rw", time: 0 });
  let released = 0;
  machine.releases.set(vfs, () => released++);
  assert.is(errnoOf(() => sys.umount(mount)), "EBUSY");
  assert.equal(vfs.calls, [false]);
  assert.is(machine.mounts.mountOf(vfs), mount, "still mounted");
  assert.is(released, 0);
  // busy by reference: without force the file system is not even asked
  sys.chdir("/mnt");
  assert.is(errnoOf(() => sys.umount(mount)), "EBUSY");
  assert.equal(vfs.calls, [false]);
  // force: the file system decides
  sys.umount(mount, true);
  assert.equal(vfs.calls, [false, true]);
  assert.is(machine.mounts.mountOf(vfs), undefined);
  assert.is(released, 1);
  // the root file system is never unmounted, forced or not
  assert.is(errnoOf(() => sys.umount(machine.mounts.all()[0]!, true)), "EBUSY");
});

test.run();
