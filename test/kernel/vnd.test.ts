// The loop driver's BSD face (vnd): device minors carry a partition, only c reaches the image, and
// "one image per device" looks at the file under any layers.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Vnode } from "../../engine/kernel/vfs/vnode.js";
import { RAW_PART, vndClear, vndMinor, vndSet } from "../../engine/os/bsd/vnd.js";
import { SAMPLE_ISO } from "../../engine/os/bsd/cdimage.js";
import { bsdBoot } from "../userland/bsd/helpers.js";
import { errnoOf } from "../helpers/errno.js";


test("the nodes: unit << 8 | partition under major 42, the control device at unit 1023", () => {
  const { sys } = bsdBoot();
  assert.equal(sys.stat("/dev/vnd0c").rdev, { major: 42, minor: 2 });
  assert.equal(sys.stat("/dev/rvnd1a").rdev, { major: 42, minor: 256 });
  assert.equal(sys.stat("/dev/vnd").rdev, { major: 42, minor: 1023 << 8 });
  assert.equal([sys.stat("/dev/vnd1h").type, sys.stat("/dev/vnd1h").mode & 0o7777, sys.stat("/dev/vnd1h").gid], ["VBLK", 0o640, 5]);
  assert.is(sys.exists("/dev/vnd2c"), false);
});

test("partition c reaches the image; the others and an unconfigured unit are ENXIO", () => {
  const { sys, machine } = bsdBoot();
  vndSet(sys, 0, SAMPLE_ISO);
  const dev = machine.loop.device(vndMinor(0, RAW_PART));
  assert.equal([dev.name, dev.major, dev.minor], ["vnd0", 42, 2]);
  assert.is(new TextDecoder().decode(dev.read(16 * 2048 + 1, 5)), "CD001");
  assert.is(errnoOf(() => machine.loop.device(vndMinor(0, 0))), "ENXIO");
  assert.is(errnoOf(() => machine.loop.device(vndMinor(1, RAW_PART))), "ENXIO");
  machine.loop.open(vndMinor(0, RAW_PART));
  assert.is(machine.loop.unit(0).opens, 1);
  assert.is(errnoOf(() => vndClear(machine, 0)), "EBUSY");
  machine.loop.close(vndMinor(0, RAW_PART));
  assert.is(vndClear(machine, 0), SAMPLE_ISO);
  assert.is(errnoOf(() => vndClear(machine, 0)), "ENXIO");
  assert.is(errnoOf(() => vndSet(sys, 4, SAMPLE_ISO)), "ENXIO");
});

test("one image per unit: the same file under a layer that reports another fsid is the same image", () => {
  const { sys, machine } = bsdBoot();
  vndSet(sys, 0, SAMPLE_ISO);
  const file = sys.resolve(SAMPLE_ISO);
  const layer: Vnode = Object.assign(Object.create(file) as Vnode, {
    lower: file,
    getattr: () => ({ ...file.getattr(), fsid: 9999 }),
  });
  assert.is(machine.loop.holderOf(layer)?.name, "vnd0");
  assert.is(errnoOf(() => machine.loop.attach(1, layer, "/copy/cd.iso", false)), "EBUSY");
  assert.is(errnoOf(() => vndSet(sys, 0, "/images")), "EBUSY");
});

test("the raw disk reads at the file position and writes there", () => {
  const { sys } = bsdBoot();
  sys.writeFile("/tmp/disk.img", new Uint8Array(8192));
  vndSet(sys, 1, "/tmp/disk.img");
  const raw = sys.open("/dev/rvnd1c", { read: true, write: true });
  raw.pos = 1024;
  raw.write(new TextEncoder().encode("hello"));
  assert.is(new TextDecoder().decode(sys.readFile("/tmp/disk.img").subarray(1024, 1029)), "hello");
  assert.is(errnoOf(() => sys.open("/dev/vnd", { read: true }).read(10)), "ENODEV");
});

test.run();
