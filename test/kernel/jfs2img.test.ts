// The lab's jfs2 in a disk image: made by mkfs, filled, written back at unmount, read again;
// a damaged image is a clean EFORMAT.
import { test } from "uvu";
import * as assert from "uvu/assert";
import fc from "fast-check";
import { MemBlockDevice } from "../helpers/memblockdev.js";
import { mkfsJfs2, mountJfs2, SUPER_OFFSET } from "../../engine/kernel/fs/jfs2img/index.js";
import { Clock } from "../../engine/kernel/clock.js";
import { isKernelError } from "../../engine/kernel/errno.js";
import type { Vnode } from "../../engine/kernel/vfs/vnode.js";

const enc = new TextEncoder();
const ctx = () => {
  let id = 0;
  return { clock: new Clock(0), newFsid: () => ++id };
};

test("mkfs, write a tree, unmount, mount again: the same tree", () => {
  const dev = new MemBlockDevice({ size: 8 << 20, chunks: [] });
  const c = ctx();
  mkfsJfs2(dev, c, "INLINE");
  const fs = mountJfs2(dev, c, false);
  const root = fs.root();
  const d = root.mkdir("etc", 0o755);
  const f = d.create("motd", 0o644);
  f.write(0, enc.encode("hello"));
  f.write(1 << 20, enc.encode("far"));
  d.symlink("link", "motd");
  d.link("hard", f);
  fs.unmount!(false);
  const again = mountJfs2(dev, c, true);
  const e = again.root().lookup("etc");
  const g = e.lookup("motd");
  assert.is(new TextDecoder().decode(g.read(0, 5)), "hello");
  assert.is(g.getattr().size, (1 << 20) + 3);
  assert.is(e.lookup("link").readlink(), "motd");
  assert.is(e.lookup("hard"), g, "a hard link is the same file");
  assert.ok(again.root().lookup("lost+found"));
  let refused = "";
  try {
    again.root().create("x", 0o644);
  } catch (err) {
    refused = (err as { errno: string }).errno;
  }
  assert.is(refused, "EROFS");
});

test("a damaged image mounts cleanly or fails with a kernel error, never anything else", () => {
  const base = new MemBlockDevice({ size: 1 << 20, chunks: [] });
  const c = ctx();
  mkfsJfs2(base, c, "NULL");
  const fs = mountJfs2(base, c, false);
  fs.root().create("a", 0o644).write(0, enc.encode("aaa"));
  fs.unmount!(false);
  const image = base.read(0, 1 << 20);
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.integer({ min: SUPER_OFFSET, max: SUPER_OFFSET + 8192 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 }), (muts) => {
      const img = image.slice();
      for (const [at, v] of muts) img[at] = v;
      try {
        const m = mountJfs2(new MemBlockDevice(img), c, true);
        const walk = (v: Vnode, depth: number): void => {
          if (depth > 50) return;
          for (const e of v.readdir()) {
            const n = v.lookup(e.name);
            if (n.type === "VDIR") walk(n, depth + 1);
            else if (n.type === "VREG") n.read(0, 64);
          }
        };
        walk(m.root(), 0);
      } catch (e) {
        if (!isKernelError(e)) throw e;
      }
    }),
    { numRuns: 400, seed: 99 },
  );
});

test.run();
