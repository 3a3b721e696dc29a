// buildIso → mount through a (sparse) memory block device → the same tree comes back; and the
// images are good enough for the real tools (isoinfo, xorriso) when they are installed.
import { test } from "uvu";
import * as assert from "uvu/assert";
import fc from "fast-check";
import { spawnSync } from "node:child_process";
import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Clock } from "../../engine/kernel/clock.js";
import { isKernelError, type Errno } from "../../engine/kernel/errno.js";
import { mountIso9660 } from "../../engine/kernel/fs/iso9660/index.js";
import { buildIso, type IsoImage, type IsoSpec } from "../../engine/kernel/fs/iso9660/writer.js";
import type { FsContext, Vfs, Vnode } from "../../engine/kernel/vfs/vnode.js";
import { MemBlockDevice } from "../helpers/memblockdev.js";

const MTIME = 1385534580; // 2013-11-27T06:43:00Z
const enc = new TextEncoder();

function ctx(): FsContext {
  let n = 7;
  return { clock: new Clock(MTIME), newFsid: () => n++ };
}

function mount(img: IsoImage, type = "cdrfs"): { vfs: Vfs; dev: MemBlockDevice } {
  const dev = new MemBlockDevice(img);
  return { vfs: mountIso9660(dev, ctx(), { type }), dev };
}

interface Seen {
  type: string;
  size: number;
  data?: Uint8Array;
}

function walk(vfs: Vfs): Map<string, Seen> {
  const out = new Map<string, Seen>();
  const visit = (dir: Vnode, prefix: string): void => {
    for (const e of dir.readdir()) {
      const v = dir.lookup(e.name);
      const a = v.getattr();
      const path = prefix + e.name;
      assert.is(a.fileid, e.fileid, `readdir fileid of ${path}`);
      assert.is(a.type, e.type);
      if (v.type === "VDIR") {
        out.set(path, { type: "VDIR", size: 0 });
        assert.is(v.lookup(".."), dir, `.. of ${path}`);
        visit(v, path + "/");
      } else {
        out.set(path, { type: v.type, size: a.size, data: v.read(0, a.size) });
      }
    }
  };
  visit(vfs.root(), "");
  return out;
}

function expected(spec: IsoSpec): Map<string, Seen> {
  const out = new Map<string, Seen>();
  const addDirs = (path: string): void => {
    const parts = path.split("/").filter(Boolean);
    for (let i = 1; i <= parts.length; i++) out.set(parts.slice(0, i).join("/"), { type: "VDIR", size: 0 });
  };
  for (const d of spec.dirs ?? []) addDirs(d);
  for (const [p, c] of Object.entries(spec.files)) {
    const parts = p.split("/").filter(Boolean);
    addDirs(parts.slice(0, -1).join("/"));
    const data = typeof c === "string" ? enc.encode(c) : c;
    out.set(parts.join("/"), { type: "VREG", size: data.length, data });
  }
  return out;
}

function assertSameTree(got: Map<string, Seen>, want: Map<string, Seen>): void {
  assert.equal([...got.keys()].sort(), [...want.keys()].sort());
  for (const [p, w] of want) {
    const g = got.get(p)!;
    assert.is(g.type, w.type, p);
    if (w.type === "VREG") {
      assert.is(g.size, w.size, p);
      assert.ok(Buffer.from(g.data!).equals(Buffer.from(w.data!)), `bytes of ${p}`);
    }
  }
}

function throwsErrno(fn: () => unknown, errno: Errno, what: string): void {
  try {
    fn();
  } catch (e) {
    assert.ok(isKernelError(e, errno), `${what}: expected ${errno}, got ${String(e)}`);
    return;
  }
  assert.unreachable(`${what}: expected ${errno}`);
}

const have = (cmd: string): boolean => spawnSync(cmd, ["-version"], { stdio: "ignore" }).status === 0;
const HAVE_XORRISO = have("xorriso");
const HAVE_ISOINFO = spawnSync("isoinfo", ["-version"], { stdio: "ignore" }).error === undefined;
if (!HAVE_XORRISO || !HAVE_ISOINFO) {
  console.log("iso9660-writer: xorriso/isoinfo not installed; skipping the real-tool checks (apt-get install -y xorriso genisoimage)");
}

/** writes the image as a sparse file, as the machine will */
function writeSparse(img: IsoImage, path: string): void {
  const fd = openSync(path, "w");
  try {
    ftruncateSync(fd, img.size);
    for (const c of img.chunks) writeSync(fd, c.data, 0, c.data.length, c.offset);
  } finally {
    closeSync(fd);
  }
}

function withTmp<T>(fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "looplab-isow-"));
  try {
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const SAMPLE: IsoSpec = {
  volume: "Sample_Vol",
  mtime: MTIME,
  dirs: ["empty", "a/b/c"],
  files: {
    "README.txt": "hello world\n",
    "docs/readme.txt": "x".repeat(5000),
    "docs/ReadMe.TXT": "another file, same 8.3 name\n",
    "docs/.hidden": "dot file",
    "docs/trailing.": "trailing dot",
    "bin/setup.sh": "#!/bin/sh\necho hi\n",
    ["L".repeat(255)]: "a 255-byte name needs a continuation area",
    "zero": "",
    "exact2048": new Uint8Array(2048).fill(0x41),
    "exact4096": new Uint8Array(4096).fill(0x42),
    "a/b/c/d/e/f/g/h/i/j/deep.txt": "ten levels down",
    "Mixed.Case.Name.tar.gz": Uint8Array.from({ length: 7000 }, (_, i) => (i * 31) & 0xff),
  },
};

test("round trip: names keep their case, contents, types and sizes come back", () => {
  const img = buildIso(SAMPLE);
  const { vfs } = mount(img);
  assertSameTree(walk(vfs), expected(SAMPLE));
  assert.is((vfs as unknown as { label: string }).label, "Sample_Vol");
});

test("attributes: modes 0444/0555, the machine time, root owner, blocks, unique fileids", () => {
  const { vfs } = mount(buildIso(SAMPLE));
  const root = vfs.root();
  const ra = root.getattr();
  assert.is(ra.type, "VDIR");
  assert.is(ra.mode, 0o555);
  assert.is(ra.mtime, MTIME);
  assert.is(ra.fsid, vfs.fsid);
  assert.is(vfs.fsid, 7);
  const f = root.lookup("docs").lookup("readme.txt").getattr();
  assert.is(f.mode, 0o444);
  assert.is(f.uid, 0);
  assert.is(f.gid, 0);
  assert.is(f.nlink, 1);
  assert.is(f.size, 5000);
  assert.is(f.blocks, 10);
  assert.is(f.mtime, MTIME);
  assert.is(f.atime, MTIME);
  assert.is(f.ctime, MTIME);
  assert.is(f.rdev, null);
  assert.is(root.lookup("a").getattr().nlink, 3);
  const ids = new Set<number>();
  const visit = (v: Vnode): void => {
    const id = v.getattr().fileid;
    assert.not.ok(ids.has(id), `fileid ${id} twice`);
    ids.add(id);
    if (v.type === "VDIR") for (const e of v.readdir()) visit(v.lookup(e.name));
  };
  visit(root);
  assert.ok(ids.size > 20);
});

test("vnode rules: same object, .., ENOENT, ENOTDIR, EINVAL, EISDIR, EROFS everywhere", () => {
  const { vfs } = mount(buildIso(SAMPLE));
  const root = vfs.root();
  assert.is(vfs.root(), root);
  assert.is(root.lookup(".."), root);
  const docs = root.lookup("docs");
  assert.is(root.lookup("docs"), docs);
  assert.is(docs.lookup(".."), root);
  const file = docs.lookup("readme.txt");
  assert.is(docs.lookup("readme.txt"), file);
  const c = root.lookup("a").lookup("b").lookup("c");
  assert.is(c.lookup("..").lookup("..").lookup(".."), root);
  throwsErrno(() => root.lookup("nope"), "ENOENT", "missing");
  throwsErrno(() => root.lookup("readme.txt"), "ENOENT", "case matters with Rock Ridge");
  throwsErrno(() => file.lookup("x"), "ENOTDIR", "lookup in a file");
  throwsErrno(() => file.readdir(), "ENOTDIR", "readdir of a file");
  throwsErrno(() => file.readlink(), "EINVAL", "readlink of a file");
  throwsErrno(() => docs.read(0, 10), "EISDIR", "read of a directory");
  throwsErrno(() => file.write(0, new Uint8Array(1)), "EROFS", "write");
  throwsErrno(() => file.setattr({ mode: 0o644 }), "EROFS", "setattr");
  throwsErrno(() => docs.create("n", 0o644), "EROFS", "create");
  throwsErrno(() => docs.mkdir("n", 0o755), "EROFS", "mkdir");
  throwsErrno(() => docs.mknod("n", "VBLK", 0o600, { major: 1, minor: 2 }), "EROFS", "mknod");
  throwsErrno(() => docs.remove("readme.txt"), "EROFS", "remove");
  throwsErrno(() => root.rmdir("empty"), "EROFS", "rmdir");
  throwsErrno(() => docs.rename("readme.txt", root, "x"), "EROFS", "rename");
  throwsErrno(() => docs.symlink("l", "readme.txt"), "EROFS", "symlink");
  assert.ok(vfs.readonly);
  assert.is(vfs.type, "cdrfs");
  // partial reads
  assert.equal(Array.from(file.read(4998, 100)), [0x78, 0x78]);
  assert.is(file.read(5000, 10).length, 0);
  assert.is(file.read(123456, 10).length, 0);
});

test("statfs: 2 KB blocks, all used, Iused = blocks", () => {
  const { vfs } = mount(buildIso({ ...SAMPLE, blocks: 1000 }), "hsfs");
  assert.equal(vfs.statfs(), { bsize: 2048, blocks: 1000, bfree: 0, bavail: 0, files: 1000, ffree: 0 });
  assert.is(vfs.type, "hsfs");
});

test("the technote image: an 819 MB volume costs a few KB", () => {
  const img = buildIso({
    volume: "cdrom",
    blocks: 419576,
    mtime: MTIME,
    files: {
      "README.txt": "Product documentation CD\n",
      "install/setup.sh": "#!/bin/sh\necho installing\n",
      "install/images/bos.rte": new Uint8Array(20000).fill(0x5a),
      "usr/sys/inst.images/.toc": "0 1311270813 2\n",
    },
  });
  assert.is(img.size, 419576 * 2048);
  const total = img.chunks.reduce((n, c) => n + c.data.length, 0);
  assert.ok(total < 64 * 1024, `chunks total ${total}`);
  for (const c of img.chunks) assert.ok(c.offset + c.data.length <= img.size);
  const dev = new MemBlockDevice(img);
  assert.ok(dev.allocatedBytes() < 512 * 1024);
  const vfs = mountIso9660(dev, ctx(), { type: "cdrfs" });
  assert.is(vfs.statfs().blocks, 419576);
  const tree = walk(vfs);
  assert.equal([...tree.keys()].sort(), [
    "README.txt", "install", "install/images", "install/images/bos.rte", "install/setup.sh", "usr", "usr/sys",
    "usr/sys/inst.images", "usr/sys/inst.images/.toc",
  ]);
  assert.ok(dev.stats.bytesRead < 128 * 1024, `read ${dev.stats.bytesRead} bytes`);
  assert.ok(dev.largestRead <= 20480);
});

test("multi-extent files (one record per section) read back whole and across sections", () => {
  const data = Uint8Array.from({ length: 10000 }, (_, i) => (i * 7) & 0xff);
  const img = buildIso({ volume: "MULTI", mtime: MTIME, extentLimit: 4096, files: { "big.bin": data, "x": "x" } });
  const { vfs } = mount(img);
  const f = vfs.root().lookup("big.bin");
  assert.is(f.getattr().size, 10000);
  assert.equal(Array.from(vfs.root().readdir().map((e) => e.name)), ["big.bin", "x"]);
  assert.ok(Buffer.from(f.read(0, 20000)).equals(Buffer.from(data)));
  assert.ok(Buffer.from(f.read(4000, 5000)).equals(Buffer.from(data.subarray(4000, 9000))));
  assert.ok(Buffer.from(f.read(8191, 2)).equals(Buffer.from(data.subarray(8191, 8193))));
});

test("bad writer input is refused with a KernelError", () => {
  throwsErrno(() => buildIso({ volume: "v", mtime: 0, files: { "a/../b": "x" } }), "EINVAL", "..");
  throwsErrno(() => buildIso({ volume: "v", mtime: 0, files: { "a": "x", "a/b": "y" } }), "ENOTDIR", "file as dir");
  throwsErrno(() => buildIso({ volume: "v", mtime: 0, files: { "x": "x" }, extentLimit: 1000 }), "EINVAL", "extent limit");
});

// random specs: a fixed seed keeps the run deterministic
const nameArb = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._ -]{0,14}$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z][A-Za-z0-9.]{100,250}$/) },
  { weight: 1, arbitrary: fc.constantFrom("README", "readme", "ReadMe.txt", "a.b.c.d", "x.", "é-ü.txt", "日本語") },
).filter((n) => n !== "." && n !== ".." && enc.encode(n).length <= 255);

const contentArb = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(0, 1, 2047, 2048, 2049, 4096, 6144).map((n) => new Uint8Array(n).fill(n & 0xff)),
  fc.integer({ min: 0, max: 20000 }).map((n) => Uint8Array.from({ length: n }, (_, i) => (i * 13 + n) & 0xff)),
);

const specArb = fc
  .record({
    paths: fc.uniqueArray(fc.array(nameArb, { minLength: 1, maxLength: 4 }), {
      maxLength: 14,
      selector: (p) => p.join("/"),
    }),
    contents: fc.array(contentArb, { minLength: 14, maxLength: 14 }),
    volume: fc.stringMatching(/^[A-Za-z0-9_]{1,32}$/),
    mtime: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  })
  .map(({ paths, contents, volume, mtime }) => {
    // drop paths that would make a file a directory of another file
    const files: Record<string, string | Uint8Array> = {};
    const dirs = new Set<string>();
    const taken = new Set<string>();
    paths.forEach((parts, i) => {
      const path = parts.join("/");
      for (let k = 1; k < parts.length; k++) if (taken.has(parts.slice(0, k).join("/"))) return;
      if (dirs.has(path)) return;
      taken.add(path);
      for (let k = 1; k < parts.length; k++) dirs.add(parts.slice(0, k).join("/"));
      files[path] = contents[i]!;
    });
    return { volume, mtime, files } satisfies IsoSpec;
  });

test("property: any spec round-trips through buildIso and the reader", () => {
  fc.assert(
    fc.property(specArb, (spec) => {
      const img = buildIso(spec);
      const { vfs } = mount(img);
      assertSameTree(walk(vfs), expected(spec));
      assert.is(vfs.root().getattr().mtime, spec.mtime);
    }),
    { seed: 9660, numRuns: 150 },
  );
});

// without the tools these are not registered (uvu's test.skip upsets the runner's closing line)
const toolTest = HAVE_XORRISO && HAVE_ISOINFO ? test : ((() => undefined) as unknown as typeof test);
if (!HAVE_XORRISO || !HAVE_ISOINFO) test("SKIPPED real-tool checks: xorriso/isoinfo not installed", () => {});

toolTest("real tools: isoinfo -R -l lists the technote image's files with the right sizes", () => {
  const img = buildIso({
    volume: "cdrom",
    blocks: 419576,
    mtime: MTIME,
    files: { "README.txt": "Product documentation CD\n", "install/setup.sh": "#!/bin/sh\n", "data.bin": new Uint8Array(5000) },
  });
  withTmp((dir) => {
    const path = join(dir, "cd.iso");
    writeSparse(img, path);
    const d = spawnSync("isoinfo", ["-d", "-i", path], { encoding: "utf8" });
    assert.match(d.stdout, /Volume id: cdrom/);
    assert.match(d.stdout, /Volume size is: 419576/);
    assert.match(d.stdout, /Rock Ridge signatures version 1 found/);
    const l = spawnSync("isoinfo", ["-R", "-l", "-i", path], { encoding: "utf8" });
    assert.is(l.status, 0, l.stderr);
    const sizes = new Map<string, number>();
    for (const line of l.stdout.split("\n")) {
      const m = /^(-r--r--r--)\s+\d+\s+\d+\s+\d+\s+(\d+)\s.*\]\s+(\S+)\s*$/.exec(line);
      if (m) sizes.set(m[3]!, Number(m[2]));
    }
    assert.equal(Object.fromEntries(sizes), { "README.txt": 25, "setup.sh": 10, "data.bin": 5000 });
    assert.match(l.stdout, /dr-xr-xr-x .*install/);
  });
});

toolTest("real tools: xorriso loads random images without complaint and extracts the same bytes", () => {
  fc.assert(
    fc.property(specArb, (spec) => {
      const img = buildIso({ ...spec, extentLimit: 8192 });
      withTmp((dir) => {
        const path = join(dir, "img.iso");
        writeSparse(img, path);
        const out = join(dir, "out");
        const r = spawnSync("xorriso", ["-abort_on", "FAILURE", "-report_about", "WARNING", "-osirrox", "on", "-indev", path, "-extract", "/", out], { encoding: "utf8" });
        assert.is(r.status, 0, r.stderr);
        assert.not.match(r.stderr, /SORRY|WARNING|FAILURE/, r.stderr);
        for (const [p, c] of Object.entries(spec.files)) {
          const want = typeof c === "string" ? enc.encode(c) : c;
          assert.ok(readFileSync(join(out, p)).equals(Buffer.from(want)), `xorriso extracted ${p}`);
        }
      });
    }),
    { seed: 1282, numRuns: 6 },
  );
});

test.run();
