// The groundwork with the real null layer (fs/nullfs) on a bare machine: a mount point cannot be
// removed through a null copy of / (memfs refuses at the bottom), a process in the copy keeps the
// file system below busy, and ".." out of a submount seen through the copy ends where it should.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { bareMachine } from "../../engine/kernel/bare.js";
import { registerLayers } from "../../engine/kernel/fs/layers.js";
import { MemVfs } from "../../engine/kernel/fs/memfs/memfs.js";
import type { Sys } from "../../engine/kernel/sys.js";
import { busyOnUnmount } from "../../engine/kernel/vfs/refs.js";
import { errnoOf as errno } from "../helpers/errno.js";


function machine() {
  const b = bareMachine("bsd", { clock: 1_000_000 });
  registerLayers(b.machine);
  b.sys.mkdirp("/usr/bin");
  b.sys.mkdirp("/copy");
  return b;
}

const nullMount = (sys: Sys, target: string, dir: string) =>
  sys.mount({ type: "loopback", special: target, dir, readonly: false, optionString: "", options: [], overlay: true });

function memMount(sys: Sys, dir: string) {
  const vfs = new MemVfs(sys.machine, { type: "ffs", sizeBlocks: 65536 });
  return sys.machine.mounts.add({ vfs, covered: sys.resolve(dir), path: dir, special: "/dev/wd0e", options: "rw", time: 0 });
}

test("rmdir and rename of a mount point through a null copy of / are refused", () => {
  const { sys, machine: m } = machine();
  memMount(sys, "/usr");
  nullMount(sys, "/", "/copy");
  assert.is(errno(() => sys.rmdir("/copy/usr")), "EBUSY");
  assert.is(errno(() => sys.rename("/copy/usr", "/copy/usr2")), "EBUSY");
  assert.ok(sys.exists("/usr/bin") === false && sys.exists("/copy/usr"), "the mount and its point are as they were");
  assert.equal(m.checkInvariants(), []);
});

test("a process in the copy keeps the file system below busy, found through the layer", () => {
  const { sys } = machine();
  const usr = memMount(sys, "/usr");
  sys.mkdir("/usr/lib");
  nullMount(sys, "/usr", "/copy");
  sys.chdir("/copy/lib");
  const refs = busyOnUnmount(sys.machine, usr).map((r) => `${r.kind} depth ${r.depth}`);
  assert.equal(refs, ["cwd depth 1", "root-of-mount depth 1"]);
  assert.is(errno(() => sys.umount(usr)), "EBUSY");
  assert.is(sys.getcwd(), "/copy/lib");
});

test.run();
