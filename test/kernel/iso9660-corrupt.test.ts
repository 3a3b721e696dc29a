// Damaged images: fast-check flips bytes, writes bad 32-bit fields and truncates valid images
// thousands of times (fixed seeds). Mounting must either work or throw a KernelError; walking and
// reading everything on a mounted image must only ever throw KernelErrors, and must end.
import { test } from "uvu";
import * as assert from "uvu/assert";
import fc from "fast-check";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Clock } from "../../engine/kernel/clock.js";
import { isKernelError, type Errno } from "../../engine/kernel/errno.js";
import { mountIso9660, type Iso9660Options } from "../../engine/kernel/fs/iso9660/index.js";
import { buildIso } from "../../engine/kernel/fs/iso9660/writer.js";
import type { Vfs, Vnode } from "../../engine/kernel/vfs/vnode.js";
import { MemBlockDevice } from "../helpers/memblockdev.js";

const SECTOR = 2048;
const MTIME = 1385534580;

function mount(img: Uint8Array, opts: Partial<Iso9660Options> = {}): Vfs {
  let fsid = 1;
  return mountIso9660(new MemBlockDevice(img), { clock: new Clock(MTIME), newFsid: () => fsid++ }, { type: "cdrfs", ...opts });
}

function flat(img: { size: number; chunks: { offset: number; data: Uint8Array }[] }): Uint8Array {
  const out = new Uint8Array(img.size);
  for (const c of img.chunks) out.set(c.data, c.offset);
  return out;
}

interface Outcome {
  mounted: boolean;
  errors: number;
  ops: number;
}

/** lists, looks up, stats and reads everything; only KernelErrors are allowed, and it must end */
function walkAll(vfs: Vfs): Outcome {
  const out: Outcome = { mounted: true, errors: 0, ops: 0 };
  // errors a probe expects (ENOENT, ENOTDIR, EROFS …) are not damage; EIO/EFORMAT/EINVAL are
  const guard = <T>(fn: () => T): T | undefined => {
    if (++out.ops > 200_000) throw new Error("the walk does not end");
    try {
      return fn();
    } catch (e) {
      if (isKernelError(e)) {
        if (e.errno === "EIO" || e.errno === "EFORMAT" || e.errno === "EINVAL") out.errors++;
        return undefined;
      }
      throw e;
    }
  };
  guard(() => vfs.statfs());
  const visit = (v: Vnode, depth: number): void => {
    if (depth > 10_000) throw new Error("unbounded depth");
    const a = guard(() => v.getattr());
    if (v.type === "VDIR") {
      const entries = guard(() => v.readdir()) ?? [];
      guard(() => v.lookup(".."));
      guard(() => v.lookup("no such name"));
      for (const e of entries) {
        const c = guard(() => v.lookup(e.name));
        if (c) visit(c, depth + 1);
      }
    } else if (v.type === "VREG") {
      const size = a?.size ?? 0;
      guard(() => v.read(0, Math.min(size, 1 << 26)));
      guard(() => v.read(Math.max(0, size - 3000), 6000));
      guard(() => v.lookup("x"));
    } else if (v.type === "VLNK") {
      guard(() => v.readlink());
    }
    guard(() => v.write(0, new Uint8Array(1)));
  };
  visit(vfs.root(), 0);
  return out;
}

function tryMountAndWalk(img: Uint8Array, opts: Partial<Iso9660Options> = {}): Outcome {
  let vfs: Vfs;
  try {
    vfs = mount(img, opts);
  } catch (e) {
    if (!isKernelError(e)) throw e;
    return { mounted: false, errors: 1, ops: 0 };
  }
  return walkAll(vfs);
}

function expectErrno(fn: () => unknown, errno: Errno, what: string): void {
  try {
    fn();
  } catch (e) {
    assert.ok(isKernelError(e, errno), `${what}: expected ${errno}, got ${String(e)}`);
    return;
  }
  assert.unreachable(`${what}: expected ${errno}`);
}

// --- base images -----------------------------------------------------------------------------

const WRITER_SPEC = {
  volume: "FUZZ",
  mtime: MTIME,
  extentLimit: 4096,
  dirs: ["empty"],
  files: {
    "a/b/c/file.txt": "some text\n",
    "a/b/other": new Uint8Array(3000).fill(3),
    ["N".repeat(230)]: "long name: NM in a continuation area",
    "multi.bin": Uint8Array.from({ length: 9000 }, (_, i) => i & 0xff),
    "zero": "",
    "d/e/f/g/h/i/j/k/deep": "deep",
  },
};

const have = (cmd: string): boolean => spawnSync(cmd, ["-version"], { stdio: "ignore" }).status === 0;

/** small images from the real tools (when installed): Rock Ridge with CE areas, Joliet, relocation, plain */
function realImages(): { name: string; img: Uint8Array; opts?: Partial<Iso9660Options> }[] {
  const out: { name: string; img: Uint8Array; opts?: Partial<Iso9660Options> }[] = [];
  const xorriso = have("xorriso");
  const geniso = have("genisoimage");
  if (!xorriso && !geniso) {
    console.log("iso9660-corrupt: xorriso/genisoimage not installed; fuzzing the lab writer's images only");
    return out;
  }
  const work = mkdtempSync(join(tmpdir(), "looplab-isoc-"));
  try {
    const src = join(work, "src");
    let p = src;
    for (const d of ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]) {
      p = join(p, d);
      mkdirSync(p, { recursive: true });
      writeFileSync(join(p, `${d}.txt`), d.repeat(100));
    }
    writeFileSync(join(src, "L".repeat(200) + ".txt"), "long");
    writeFileSync(join(src, "Mixed.Case"), new Uint8Array(2500).fill(9));
    symlinkSync(`/x/${"y".repeat(180)}/${"z".repeat(120)}`, join(src, "longlink"));
    symlinkSync("a/b", join(src, "ab"));
    const build = (name: string, cmd: string, args: string[], opts?: Partial<Iso9660Options>): void => {
      const img = join(work, name);
      const r = spawnSync(cmd, [...args, "-o", img, src], { encoding: "utf8" });
      if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr}`);
      out.push({ name, img: new Uint8Array(readFileSync(img)), ...(opts ? { opts } : {}) });
    };
    if (xorriso) {
      build("xorriso -R -J", "xorriso", ["-as", "mkisofs", "-quiet", "-R", "-J"]);
      build("xorriso -J (Joliet view)", "xorriso", ["-as", "mkisofs", "-quiet", "-R", "-J"], { norrip: true });
    }
    if (geniso) {
      build("genisoimage -R (relocated)", "genisoimage", ["-quiet", "-R"]);
      build("genisoimage plain", "genisoimage", ["-quiet"]);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return out;
}

const BASES: { name: string; img: Uint8Array; opts?: Partial<Iso9660Options> }[] = [
  { name: "lab writer", img: flat(buildIso(WRITER_SPEC)) },
  ...realImages(),
];

// --- mutations -------------------------------------------------------------------------------

type Edit =
  | { kind: "byte"; pos: number; value: number }
  | { kind: "both32"; pos: number; value: number }
  | { kind: "zero"; pos: number; len: number };

const mutationArb = (size: number) => {
  const metaEnd = Math.min(size, 48 * SECTOR);
  const pos = fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 16 * SECTOR, max: metaEnd - 1 }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: size - 1 }) },
  );
  const value32 = fc.oneof(
    fc.constantFrom(0, 1, 16, 17, 18, 19, 20, 21, 2048, 0x7fffffff, 0xffffffff, Math.floor(size / SECTOR), Math.floor(size / SECTOR) - 1, size),
    fc.nat(),
  );
  const edit: fc.Arbitrary<Edit> = fc.oneof(
    { weight: 5, arbitrary: fc.record({ kind: fc.constant("byte" as const), pos, value: fc.integer({ min: 0, max: 255 }) }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant("both32" as const), pos, value: value32 }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("zero" as const), pos, len: fc.integer({ min: 1, max: 300 }) }) },
  );
  return fc.record({
    edits: fc.array(edit, { minLength: 1, maxLength: 6 }),
    // one run in six also cuts the image short
    truncate: fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: size }) }),
  });
};

function applyMutation(base: Uint8Array, m: { edits: Edit[]; truncate: number | null }): Uint8Array {
  const img = base.slice();
  const put = (pos: number, v: number): void => {
    if (pos >= 0 && pos < img.length) img[pos] = v & 0xff;
  };
  for (const e of m.edits) {
    if (e.kind === "byte") put(e.pos, e.value);
    else if (e.kind === "zero") for (let i = 0; i < e.len; i++) put(e.pos + i, 0);
    else {
      for (let i = 0; i < 4; i++) put(e.pos + i, e.value >>> (8 * i));
      for (let i = 0; i < 4; i++) put(e.pos + 4 + i, e.value >>> (8 * (3 - i)));
    }
  }
  return m.truncate === null ? img : img.subarray(0, m.truncate);
}

// deterministic by default; ISO_FUZZ_SEED / ISO_FUZZ_RUNS explore further by hand
const SEED = Number(process.env.ISO_FUZZ_SEED ?? 0x9660);
const RUNS = Number(process.env.ISO_FUZZ_RUNS ?? 1500);

for (const base of BASES) {
  test(`fuzz (${base.name}): mount works or throws a KernelError, walking only throws KernelErrors`, () => {
    const clean = tryMountAndWalk(base.img, base.opts);
    assert.ok(clean.mounted && clean.errors === 0, `the clean image walks without errors (${clean.errors})`);
    const tally = { mountFailed: 0, walkErrors: 0, clean: 0 };
    fc.assert(
      fc.property(mutationArb(base.img.length), (m) => {
        const r = tryMountAndWalk(applyMutation(base.img, m), base.opts);
        if (!r.mounted) tally.mountFailed++;
        else if (r.errors) tally.walkErrors++;
        else tally.clean++;
      }),
      { seed: SEED + base.img.length, numRuns: RUNS, endOnFailure: true, includeErrorInReport: true },
    );
    if (process.env.ISO_FUZZ_VERBOSE) console.log(base.name, JSON.stringify(tally));
    // the mutations do reach the structures: some mounts fail, some walks hit damage
    assert.ok(tally.mountFailed > 20, `mount failures: ${JSON.stringify(tally)}`);
    assert.ok(tally.walkErrors > 20, `walk errors: ${JSON.stringify(tally)}`);
  });
}

// --- hand-made damage ------------------------------------------------------------------------

const writerImage = (): Uint8Array => flat(buildIso(WRITER_SPEC));
const le32 = (b: Uint8Array, off: number): number => b[off]! | (b[off + 1]! << 8) | (b[off + 2]! << 16) | (b[off + 3]! * 0x1000000);
const putBoth32 = (b: Uint8Array, off: number, v: number): void => {
  for (let i = 0; i < 4; i++) {
    b[off + i] = (v >>> (8 * i)) & 0xff;
    b[off + 7 - i] = (v >>> (8 * i)) & 0xff;
  }
};
const rootExtent = (img: Uint8Array): number => le32(img, 16 * SECTOR + 156 + 2);

/** byte offset of the record with ISO identifier `ident` in the directory at logical block `lba` */
function findRecord(img: Uint8Array, lba: number, ident: string): number {
  const start = lba * SECTOR;
  const size = le32(img, start + 10); // the "." record holds the directory's size
  for (let off = 0; off < size; ) {
    const len = img[start + off]!;
    if (len === 0) {
      off = (Math.floor(off / SECTOR) + 1) * SECTOR;
      continue;
    }
    const idLen = img[start + off + 32]!;
    const id = String.fromCharCode(...img.subarray(start + off + 33, start + off + 33 + idLen));
    if (id === ident) return start + off;
    off += len;
  }
  throw new Error(`no record ${ident}`);
}

test("an all-zero image, an empty device and garbage are EFORMAT", () => {
  expectErrno(() => mount(new Uint8Array(64 * 1024)), "EFORMAT", "all zeros");
  expectErrno(() => mount(new Uint8Array(0)), "EFORMAT", "empty");
  expectErrno(() => mount(new Uint8Array(16 * SECTOR + 100)), "EFORMAT", "shorter than one descriptor");
  const garbage = Uint8Array.from({ length: 40 * SECTOR }, (_, i) => (i * 2654435761) >>> 24);
  expectErrno(() => mount(garbage), "EFORMAT", "garbage");
  // a descriptor set with only a terminator
  const term = new Uint8Array(20 * SECTOR);
  term.set([255, 0x43, 0x44, 0x30, 0x30, 0x31, 1], 16 * SECTOR);
  expectErrno(() => mount(term), "EFORMAT", "no PVD");
});

test("bad descriptor fields are EFORMAT", () => {
  const bs = writerImage();
  bs[16 * SECTOR + 128] = 0x99; // logical block size 0x899
  expectErrno(() => mount(bs), "EFORMAT", "logical block size");
  const vol = writerImage();
  putBoth32(vol, 16 * SECTOR + 80, 0);
  expectErrno(() => mount(vol), "EFORMAT", "volume space size 0");
  const root = writerImage();
  root[16 * SECTOR + 156] = 10; // root record length
  expectErrno(() => mount(root), "EFORMAT", "root record");
  const notDir = writerImage();
  notDir[16 * SECTOR + 156 + 25] = 0;
  expectErrno(() => mount(notDir), "EFORMAT", "root not a directory");
});

test("truncated images: inside the descriptors EFORMAT, mid-directory EIO", () => {
  const img = flat(buildIso({ volume: "T", mtime: MTIME, files: Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`file-${i}.txt`, `${i}`])) }));
  expectErrno(() => mount(img.subarray(0, 16 * SECTOR + 1000)), "EFORMAT", "cut in the PVD");
  const rootLba = rootExtent(img);
  const rootSize = le32(img, rootLba * SECTOR + 10);
  assert.ok(rootSize > SECTOR, "the root directory spans sectors");
  const cut = img.subarray(0, rootLba * SECTOR + 3000);
  // the root's "." has its ER entry in a continuation area after the directories: gone
  expectErrno(() => mount(cut), "EIO", "the root's CE area is cut off");
  const vfs = mount(cut, { norrip: true });
  expectErrno(() => vfs.root().readdir(), "EIO", "readdir of a cut directory");
  expectErrno(() => vfs.root().lookup("FILE_1.TXT"), "EIO", "lookup in a cut directory");
  assert.is(vfs.root().getattr().type, "VDIR");
  // cut before the root directory: mount reads the root's "." for Rock Ridge
  expectErrno(() => mount(img.subarray(0, rootLba * SECTOR + 10)), "EIO", "cut before the root");
  // without Rock Ridge nothing past the descriptors is read at mount
  const plain = mount(img.subarray(0, rootLba * SECTOR + 10), { norrip: true });
  expectErrno(() => plain.root().readdir(), "EIO", "readdir past the end");
  // file data cut off
  const multi = flat(buildIso(WRITER_SPEC));
  const v2 = mount(multi.subarray(0, multi.length - 100));
  const last = v2.root().lookup("a").lookup("b").lookup("c").lookup("file.txt");
  const okOrEio = (() => {
    try {
      return last.read(0, 100).length;
    } catch (e) {
      assert.ok(isKernelError(e, "EIO"));
      return -1;
    }
  })();
  assert.ok(okOrEio === 10 || okOrEio === -1);
});

test("a CE continuation area that points at itself is EIO, not a hang", () => {
  const img = writerImage();
  const dot = rootExtent(img) * SECTOR;
  let ce = -1;
  for (let i = dot + 34; i < dot + img[dot]! - 4; i++) if (img[i] === 0x43 && img[i + 1] === 0x45 && img[i + 2] === 28) ce = i;
  assert.ok(ce > 0, "root '.' has a CE entry");
  const area = le32(img, ce + 4) * SECTOR + le32(img, ce + 12);
  img.copyWithin(area, ce, ce + 28); // the area now starts with the same CE: a loop
  expectErrno(() => mount(img), "EIO", "CE loop at the root");
  // a two-step loop inside a directory: the long name's record → its area → back
  const img2 = writerImage();
  const rec = findRecord(img2, rootExtent(img2), "NNNNNNNN.;1");
  let ce2 = -1;
  for (let i = rec + 33; i < rec + img2[rec]! - 4; i++) if (img2[i] === 0x43 && img2[i + 1] === 0x45 && img2[i + 2] === 28) ce2 = i;
  assert.ok(ce2 > 0, "the long name uses a CE area");
  const area2 = le32(img2, ce2 + 4) * SECTOR + le32(img2, ce2 + 12);
  img2.copyWithin(area2, ce2, ce2 + 28);
  const vfs = mount(img2);
  expectErrno(() => vfs.root().readdir(), "EIO", "CE loop in a directory");
  // a CE past the device end
  const img3 = writerImage();
  putBoth32(img3, ce + 4, 0x7fffffff);
  expectErrno(() => mount(img3), "EIO", "CE past the end");
});

test("a directory whose extent points at itself, its parent or the root: EIO, and the walk ends", () => {
  // a/b/c: make b's record (in a) point at a's own extent
  const img = writerImage();
  const root = rootExtent(img);
  const aRec = findRecord(img, root, "A");
  const aLba = le32(img, aRec + 2);
  const bRec = findRecord(img, aLba, "B");
  putBoth32(img, bRec + 2, aLba);
  let vfs = mount(img);
  const a = vfs.root().lookup("a");
  expectErrno(() => a.lookup("b"), "EIO", "b is a");
  assert.ok(walkAll(vfs).errors > 0);
  // b points at the root
  const img2 = writerImage();
  putBoth32(img2, findRecord(img2, aLba, "B") + 2, root);
  vfs = mount(img2);
  expectErrno(() => vfs.root().lookup("a").lookup("b"), "EIO", "b is the root");
  assert.ok(walkAll(vfs).errors > 0);
  // the root lists itself
  const img3 = writerImage();
  putBoth32(img3, findRecord(img3, root, "A") + 2, root);
  vfs = mount(img3);
  expectErrno(() => vfs.root().lookup("a"), "EIO", "a is the root");
  assert.ok(walkAll(vfs).errors > 0);
  // two directories share one extent: the first one found keeps it
  const img4 = writerImage();
  const dRec = findRecord(img4, root, "D");
  putBoth32(img4, dRec + 2, aLba);
  vfs = mount(img4);
  assert.is(vfs.root().lookup("a").type, "VDIR");
  expectErrno(() => vfs.root().lookup("d"), "EIO", "d shares a's extent");
  assert.ok(walkAll(vfs).errors > 0);
});

test("zero-length records and a huge directory size end cleanly", () => {
  const img = writerImage();
  const root = rootExtent(img);
  // a's directory: wipe its records (all zero lengths) but keep its size
  const aLba = le32(img, findRecord(img, root, "A") + 2);
  img.fill(0, aLba * SECTOR, aLba * SECTOR + SECTOR);
  let vfs = mount(img);
  assert.equal(vfs.root().lookup("a").readdir(), []);
  // a directory size of 4 GB
  const img2 = writerImage();
  putBoth32(img2, findRecord(img2, root, "A") + 10, 0xfffff800);
  vfs = mount(img2);
  expectErrno(() => vfs.root().lookup("a").readdir(), "EIO", "4 GB directory");
  // a file that claims 4 GB
  const img3 = writerImage();
  putBoth32(img3, findRecord(img3, root, "ZERO.;1") + 10, 0xffffffff);
  vfs = mount(img3);
  const z = vfs.root().lookup("zero");
  assert.is(z.getattr().size, 0xffffffff);
  expectErrno(() => z.read(0, 0xffffffff), "EIO", "4 GB file on a small device");
  // a record length that runs past the directory
  const img4 = writerImage();
  img4[findRecord(img4, root, "ZERO.;1")] = 255;
  vfs = mount(img4);
  assert.ok(walkAll(vfs).ops > 0);
});

test.run();
