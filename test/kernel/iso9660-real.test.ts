// Images made by the real tools (xorriso, genisoimage) from random host trees, mounted through the
// memory block device: the lab must see the same files, types, sizes, bytes, modes, times and
// symlink targets as the host. fast-check with fixed seeds, so every run builds the same trees.
import { test } from "uvu";
import * as assert from "uvu/assert";
import fc from "fast-check";
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import {
  chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync,
  utimesSync, writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Clock } from "../../engine/kernel/clock.js";
import { mountIso9660, type Iso9660Options } from "../../engine/kernel/fs/iso9660/index.js";
import type { Vfs, Vnode } from "../../engine/kernel/vfs/vnode.js";
import { MemBlockDevice } from "../helpers/memblockdev.js";

const have = (cmd: string): boolean => spawnSync(cmd, ["-version"], { stdio: "ignore" }).status === 0;
const HAVE_XORRISO = have("xorriso");
const HAVE_GENISO = have("genisoimage");
if (!HAVE_XORRISO || !HAVE_GENISO) {
  console.log(
    `iso9660-real: ${[!HAVE_XORRISO && "xorriso", !HAVE_GENISO && "genisoimage"].filter(Boolean).join(" and ")} ` +
      "not installed: skipping the real-image tests (apt-get install -y xorriso genisoimage)",
  );
}
// Without the tools the tests are not registered (uvu's test.skip upsets the runner's closing line:
// it counts skipped tests as failed); one placeholder says what was skipped.
const noop = (() => undefined) as unknown as typeof test;
const xTest = HAVE_XORRISO ? test : noop;
const gTest = HAVE_GENISO ? test : noop;
if (!HAVE_XORRISO || !HAVE_GENISO) {
  test(`SKIPPED real-image tests for ${[!HAVE_XORRISO && "xorriso", !HAVE_GENISO && "genisoimage"].filter(Boolean).join(", ")}: not installed`, () => {});
}

// --- host trees ----------------------------------------------------------------------------

type HNode =
  | { kind: "file"; size: number; seed: number; mode: number }
  | { kind: "link"; target: string }
  | { kind: "dir"; mode: number; entries: [string, HNode][] };

const BASE_TIME = 1385534580;

const nameArb = fc
  .oneof(
    { weight: 8, arbitrary: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,11}$/) },
    { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9. _-]{12,40}$/) },
    { weight: 1, arbitrary: fc.stringMatching(/^[a-z][A-Za-z0-9._-]{60,150}$/) },
    { weight: 1, arbitrary: fc.constantFrom("README", "ReadMe.TXT", "a.b.c.d", "trailing.", ".hidden", "x.tar.gz", "UPPER") },
  )
  .filter((n) => n !== "." && n !== "..");

const sizeArb = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 5000 }) },
  { weight: 2, arbitrary: fc.constantFrom(0, 1, 2047, 2048, 2049, 4096, 6144, 65536) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 146 }).map((k) => k * 2048) },
  { weight: 1, arbitrary: fc.integer({ min: 5000, max: 300_000 }) },
);

const fileArb = fc.record({
  kind: fc.constant("file" as const),
  size: sizeArb,
  seed: fc.integer({ min: 0, max: 0x7fffffff }),
  mode: fc.constantFrom(0o644, 0o600, 0o755, 0o444, 0o640, 0o4755),
});

const componentArb = (long: boolean) =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(".", "..") },
    { weight: 4, arbitrary: long ? fc.stringMatching(/^[A-Za-z0-9._-]{1,120}$/, { size: "max" }) : fc.stringMatching(/^[A-Za-z0-9._-]{1,16}$/) },
  );

const targetArb = (long: boolean) =>
  fc
    .tuple(fc.boolean(), fc.array(componentArb(long), { minLength: 1, maxLength: long ? 5 : 4, size: "max" }))
    .map(([abs, parts]) => (abs ? "/" : "") + parts.join("/"));

const linkArb = (long: boolean) =>
  fc.record({
    kind: fc.constant("link" as const),
    target: fc.oneof({ weight: 6, arbitrary: targetArb(long) }, { weight: 1, arbitrary: fc.constantFrom("/", ".", "..", "../..") }),
  });

/** a random tree; `long` allows symlink targets of several hundred bytes */
const treeArb = (long: boolean): fc.Arbitrary<HNode & { kind: "dir" }> => {
  const { dir } = fc.letrec<{ dir: HNode & { kind: "dir" }; node: HNode }>((tie) => ({
    node: fc.oneof({ maxDepth: 4, depthSize: "medium", depthIdentifier: "tree" }, fileArb, fileArb, linkArb(long), tie("dir")),
    dir: fc.record({
      kind: fc.constant("dir" as const),
      mode: fc.constantFrom(0o755, 0o750, 0o700, 0o775),
      // unique ignoring case, so Joliet's view can be compared too
      entries: fc.uniqueArray(fc.tuple(nameArb, tie("node")), {
        maxLength: 8,
        size: "medium",
        selector: ([n]) => n.toLowerCase(),
      }),
    }),
  }));
  // xorriso writes no image at all (and exits 0) for an empty directory: give the root one file
  return dir.map((d) =>
    d.entries.length ? d : { ...d, entries: [["only.txt", { kind: "file", size: 1, seed: 1, mode: 0o644 }] as [string, HNode]] },
  );
};

function fill(size: number, seed: number): Uint8Array {
  const out = new Uint8Array(size);
  let x = seed | 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

let clockTick = 0;
function materialize(dir: string, node: HNode & { kind: "dir" }): void {
  for (const [name, child] of node.entries) {
    const p = join(dir, name);
    if (child.kind === "file") {
      writeFileSync(p, fill(child.size, child.seed));
      chmodSync(p, child.mode);
      const t = BASE_TIME + (child.seed % 1_000_000);
      utimesSync(p, t, t);
    } else if (child.kind === "link") {
      symlinkSync(child.target, p);
    } else {
      mkdirSync(p);
      materialize(p, child);
      chmodSync(p, child.mode);
      const t = BASE_TIME + ++clockTick * 3600;
      utimesSync(p, t, t);
    }
  }
}

interface Entry {
  type: "VREG" | "VDIR" | "VLNK";
  size: number;
  mode: number;
  mtime: number;
  uid: number;
  gid: number;
  hash?: string;
  target?: string;
}

const sha = (b: Uint8Array): string => createHash("sha1").update(b).digest("hex");

function hostWalk(root: string): Map<string, Entry> {
  const out = new Map<string, Entry>();
  const visit = (dir: string, prefix: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      const st = lstatSync(p);
      const base = { mode: st.mode & 0o7777, mtime: Math.floor(st.mtimeMs / 1000), uid: st.uid, gid: st.gid };
      if (st.isSymbolicLink()) {
        const target = readlinkSync(p);
        out.set(prefix + name, { type: "VLNK", size: Buffer.byteLength(target), target, ...base });
      } else if (st.isDirectory()) {
        out.set(prefix + name, { type: "VDIR", size: 0, ...base });
        visit(p, prefix + name + "/");
      } else {
        out.set(prefix + name, { type: "VREG", size: st.size, hash: sha(readFileSync(p)), ...base });
      }
    }
  };
  visit(root, "");
  return out;
}

function labWalk(vfs: Vfs): Map<string, Entry> {
  const out = new Map<string, Entry>();
  const visit = (dir: Vnode, prefix: string): void => {
    for (const e of dir.readdir()) {
      const v = dir.lookup(e.name);
      assert.is(dir.lookup(e.name), v, "same vnode every time");
      const a = v.getattr();
      assert.is(a.type, e.type);
      assert.is(a.fileid, e.fileid);
      assert.is(a.blocks, Math.ceil(a.size / 512));
      const path = prefix + e.name;
      const base = { mode: a.mode, mtime: a.mtime, uid: a.uid, gid: a.gid };
      if (v.type === "VDIR") {
        assert.is(v.lookup(".."), dir, `.. of ${path}`);
        out.set(path, { type: "VDIR", size: 0, ...base });
        visit(v, path + "/");
      } else if (v.type === "VLNK") {
        const target = v.readlink();
        out.set(path, { type: "VLNK", size: a.size, target, ...base });
      } else {
        assert.is(v.type, "VREG");
        const data = v.read(0, a.size + 100);
        assert.is(data.length, a.size);
        out.set(path, { type: "VREG", size: a.size, hash: sha(data), ...base });
      }
    }
  };
  visit(vfs.root(), "");
  return out;
}

function mountFile(img: string, opts: Partial<Iso9660Options> = {}): { vfs: Vfs; dev: MemBlockDevice } {
  const dev = new MemBlockDevice(new Uint8Array(readFileSync(img)));
  let fsid = 1;
  const vfs = mountIso9660(dev, { clock: new Clock(BASE_TIME), newFsid: () => fsid++ }, { type: "cdrfs", ...opts });
  return { vfs, dev };
}

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed:\n${r.stderr}`);
}

function withTree<T>(tree: HNode & { kind: "dir" }, fn: (src: string, work: string) => T): T {
  const work = mkdtempSync(join(tmpdir(), "looplab-iso-"));
  try {
    const src = join(work, "src");
    mkdirSync(src);
    materialize(src, tree);
    return fn(src, work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Rock Ridge: everything the host has, exactly */
function assertSameAsHost(host: Map<string, Entry>, lab: Map<string, Entry>, ignore: (p: string) => boolean = () => false): void {
  const labKeys = [...lab.keys()].filter((k) => !ignore(k)).sort();
  assert.equal(labKeys, [...host.keys()].sort());
  for (const [p, h] of host) {
    const l = lab.get(p)!;
    assert.equal(l, h, p);
  }
}

const RUNS = 12;

xTest("xorriso -as mkisofs -R -J: the Rock Ridge view is the host tree", () => {
  fc.assert(
    fc.property(treeArb(true), (tree) =>
      withTree(tree, (src, work) => {
        const img = join(work, "x.iso");
        run("xorriso", ["-as", "mkisofs", "-quiet", "-R", "-J", "-o", img, src]);
        const { vfs } = mountFile(img);
        assert.is((vfs as unknown as { namespace: string }).namespace, "rockridge");
        assertSameAsHost(hostWalk(src), labWalk(vfs));
      }),
    ),
    { seed: 9660, numRuns: RUNS, endOnFailure: true, includeErrorInReport: true },
  );
});

gTest("genisoimage -R: the Rock Ridge view is the host tree", () => {
  fc.assert(
    fc.property(treeArb(false), (tree) =>
      withTree(tree, (src, work) => {
        const img = join(work, "g.iso");
        run("genisoimage", ["-quiet", "-R", "-o", img, src]);
        const { vfs } = mountFile(img);
        assertSameAsHost(hostWalk(src), labWalk(vfs));
      }),
    ),
    { seed: 1282, numRuns: RUNS, endOnFailure: true, includeErrorInReport: true },
  );
});

xTest("xorriso -J, mounted without Rock Ridge: the Joliet names (UCS-2, case kept)", () => {
  fc.assert(
    fc.property(treeArb(false), (tree) =>
      withTree(tree, (src, work) => {
        const img = join(work, "j.iso");
        run("xorriso", ["-as", "mkisofs", "-quiet", "-R", "-J", "-o", img, src]);
        const { vfs } = mountFile(img, { norrip: true });
        assert.is((vfs as unknown as { namespace: string }).namespace, "joliet");
        const lab = labWalk(vfs);
        // Joliet has no symlinks, keeps 64 characters of a name, drops what lies deeper than a
        // 240-byte (120-character) path
        const host = hostWalk(src);
        const expect = new Map<string, Entry>();
        let hostFiles = 0;
        let surelyKept = 0;
        for (const [p, h] of host) {
          if (h.type === "VLNK") continue;
          const comps = p.split("/");
          const short = comps.map((c) => c.slice(0, 64)).join("/").length <= 110;
          if (h.type === "VREG") {
            hostFiles++;
            if (short) surelyKept++;
          }
          if (!short || comps.some((c) => c.length > 64)) continue;
          expect.set(p, h);
        }
        for (const [p, h] of expect) {
          const l = lab.get(p);
          assert.ok(l, `Joliet lacks ${p}`);
          assert.is(l!.type, h.type, p);
          assert.is(l!.size, h.size, p);
          assert.is(l!.hash, h.hash, p);
          assert.is(l!.mode, 0o555, p);
        }
        const labFiles = [...lab].filter(([, e]) => e.type === "VREG").map(([p]) => p);
        assert.ok(labFiles.length >= surelyKept && labFiles.length <= hostFiles, `Joliet files: ${labFiles.join(", ")}`);
      }),
    ),
    { seed: 1999, numRuns: RUNS, endOnFailure: true, includeErrorInReport: true },
  );
});

const plainNames = (lab: Map<string, Entry>): void => {
  for (const p of lab.keys()) {
    const name = p.slice(p.lastIndexOf("/") + 1);
    assert.ok(name === name.toUpperCase() && /^[A-Z0-9_.]{1,12}$/.test(name) && !name.includes(";"), `plain ISO name ${p}`);
  }
};

const fileMultiset = (m: Map<string, Entry>): string[] =>
  [...m.values()].filter((e) => e.type === "VREG").map((e) => `${e.size}:${e.hash}`).sort();

gTest("plain ISO 9660 level 1 (genisoimage, no extensions): upper-case 8.3 names, same files", () => {
  fc.assert(
    fc.property(treeArb(false), (tree) =>
      withTree(tree, (src, work) => {
        const img = join(work, "p.iso");
        run("genisoimage", ["-quiet", "-o", img, src]);
        const { vfs } = mountFile(img);
        assert.is((vfs as unknown as { namespace: string }).namespace, "iso9660");
        const lab = labWalk(vfs);
        plainNames(lab);
        assert.equal(fileMultiset(lab), fileMultiset(hostWalk(src)));
        for (const e of lab.values()) assert.is(e.mode, 0o555);
      }),
    ),
    { seed: 1988, numRuns: RUNS / 2, endOnFailure: true, includeErrorInReport: true },
  );
});

xTest("plain ISO 9660 level 1 (xorriso --norock): upper-case 8.3 names, same files", () => {
  fc.assert(
    fc.property(treeArb(false), (tree) =>
      withTree(tree, (src, work) => {
        const img = join(work, "p.iso");
        run("xorriso", ["-as", "mkisofs", "-quiet", "--norock", "-iso-level", "1", "-o", img, src]);
        const { vfs } = mountFile(img);
        const lab = labWalk(vfs);
        plainNames(lab);
        assert.equal(fileMultiset(lab), fileMultiset(hostWalk(src)));
      }),
    ),
    { seed: 1987, numRuns: RUNS / 2, endOnFailure: true, includeErrorInReport: true },
  );
});

// --- fixed cases -----------------------------------------------------------------------------

gTest("genisoimage -J without Rock Ridge: Joliet by default; nojoliet shows ISO names, maplcase lowers them", () => {
  const tree: HNode & { kind: "dir" } = {
    kind: "dir",
    mode: 0o755,
    entries: [
      ["Read Me.txt", { kind: "file", size: 10, seed: 1, mode: 0o644 }],
      ["Sub", { kind: "dir", mode: 0o755, entries: [["data.bin", { kind: "file", size: 5000, seed: 2, mode: 0o644 }]] }],
    ],
  };
  withTree(tree, (src, work) => {
    const img = join(work, "j.iso");
    run("genisoimage", ["-quiet", "-J", "-o", img, src]);
    const names = (opts: Partial<Iso9660Options>): string[] => [...labWalk(mountFile(img, opts).vfs).keys()].sort();
    assert.equal(names({}), ["Read Me.txt", "Sub", "Sub/data.bin"]);
    assert.equal(names({ nojoliet: true }), ["READ_ME.TXT", "SUB", "SUB/DATA.BIN"]);
    assert.equal(names({ nojoliet: true, maplcase: true }), ["read_me.txt", "sub", "sub/data.bin"]);
    const { vfs } = mountFile(img, { nojoliet: true });
    assert.is(vfs.root().lookup("SUB").lookup("DATA.BIN").getattr().size, 5000);
  });
});

const deepTree = (): HNode & { kind: "dir" } => {
  let node: HNode & { kind: "dir" } = {
    kind: "dir",
    mode: 0o755,
    entries: [["deep.txt", { kind: "file", size: 3000, seed: 42, mode: 0o644 }], ["up", { kind: "link", target: "../../.." }]],
  };
  for (const name of ["j", "i", "h", "g", "f", "e", "d", "c", "b", "a"]) {
    node = { kind: "dir", mode: 0o755, entries: [[name.toUpperCase() + name + ".dir", node], [`${name}.txt`, { kind: "file", size: 10, seed: name.charCodeAt(0), mode: 0o644 }]] };
  }
  return node;
};

gTest("genisoimage -R relocates directories deeper than 8 levels (CL/RE/PL): the lab follows them", () => {
  withTree(deepTree(), (src, work) => {
    const img = join(work, "deep.iso");
    run("genisoimage", ["-quiet", "-R", "-o", img, src]);
    const { vfs } = mountFile(img);
    const lab = labWalk(vfs);
    assert.ok(lab.has("rr_moved"), "genisoimage keeps an rr_moved directory");
    assert.is([...lab.keys()].filter((k) => k.startsWith("rr_moved/")).length, 0, "relocated directories are hidden");
    assertSameAsHost(hostWalk(src), lab, (p) => p === "rr_moved");
    // .. of a relocated directory is its logical parent, not rr_moved
    let v = vfs.root();
    const path = ["Aa.dir", "Bb.dir", "Cc.dir", "Dd.dir", "Ee.dir", "Ff.dir", "Gg.dir", "Hh.dir", "Ii.dir"];
    const chain: Vnode[] = [v];
    for (const p of path) chain.push((v = v.lookup(p)));
    for (let i = chain.length - 1; i > 0; i--) assert.is(chain[i]!.lookup(".."), chain[i - 1]);
  });
});

xTest("xorriso: 255-byte names and long symlink targets (NM/SL continuation, CE areas)", () => {
  const long = (c: string, n: number): string => c.repeat(n);
  const tree: HNode & { kind: "dir" } = {
    kind: "dir",
    mode: 0o755,
    entries: [
      [long("N", 251) + ".txt", { kind: "file", size: 777, seed: 7, mode: 0o644 }],
      [long("d", 200), { kind: "dir", mode: 0o755, entries: [[long("f", 255), { kind: "file", size: 2048, seed: 8, mode: 0o600 }]] }],
      ["longlink", { kind: "link", target: `/usr/local/${long("x", 200)}/${long("y", 150)}/../z` }],
      ["rootlink", { kind: "link", target: "/" }],
      ["dots", { kind: "link", target: "./../a/./b/.." }],
      ["Ünïcödé ñame.txt", { kind: "file", size: 5, seed: 9, mode: 0o644 }],
    ],
  };
  withTree(tree, (src, work) => {
    const img = join(work, "long.iso");
    run("xorriso", ["-as", "mkisofs", "-quiet", "-R", "-J", "-o", img, src]);
    const { vfs, dev } = mountFile(img);
    assertSameAsHost(hostWalk(src), labWalk(vfs));
    assert.is(vfs.root().lookup("longlink").readlink().length, 11 + 200 + 1 + 150 + 5);
    assert.ok(dev.stats.reads > 0);
  });
});

xTest("a big sparse image is never read whole: mount + walk read only metadata and file data", () => {
  const tree: HNode & { kind: "dir" } = {
    kind: "dir",
    mode: 0o755,
    entries: [["a.txt", { kind: "file", size: 100, seed: 1, mode: 0o644 }], ["sub", { kind: "dir", mode: 0o755, entries: [["b", { kind: "file", size: 5000, seed: 2, mode: 0o644 }]] }]],
  };
  withTree(tree, (src, work) => {
    const img = join(work, "pad.iso");
    run("xorriso", ["-as", "mkisofs", "-quiet", "-R", "-o", img, src]);
    const { vfs, dev } = mountFile(img);
    labWalk(vfs);
    assert.ok(dev.stats.bytesRead < 64 * 1024, `read ${dev.stats.bytesRead} of ${dev.size()} bytes`);
  });
});

test.run();
