// vnd(4), the vnode disk of BSD/OS 4.x: the BSD face of the one loop driver
// (engine/kernel/dev/loop.ts). What the face adds is BSD/OS's way of naming it:
//
//   - a disk, not a single device: each unit has eight partitions, /dev/vnd0a … /dev/vnd0h (block)
//     and /dev/rvnd0a … /dev/rvnd0h (raw), major 42, minor `unit << 8 | partition` (BSD/OS's
//     three-part dev_t: `mknod vnd0c b 42 0 2` in BSDI MAKEDEV 2.49);
//   - a control device, /dev/vnd (`mknod vnd c 42 1023 0`), through which vndconfig(8) hands the
//     kernel a unit number and a file's path (ioctls VNDIOCSET and VNDIOCCLR, BSDI vndconfig.c
//     1.6), rather than opening the disk itself as 4.4BSD and NetBSD vnconfig do;
//   - an image without a disk label: partition c, the whole disk, reaches the file; the other
//     partitions have no size (ENXIO), as in NetBSD's default label for an unlabelled vnd.
//
// `mount -t cd9660 /dev/vnd0c /mnt` after `vndconfig /images/cd.iso` is the path every exercise
// takes: cd9660 reads the image through the block device, and `vndconfig -c` is refused while
// the file system holds the disk open.
import { kerr } from "../../kernel/errno.js";
import type { CharDriver } from "../../kernel/dev/devsw.js";
import type { LoopFace } from "../../kernel/dev/loop.js";
import type { Machine } from "../../kernel/machine.js";
import type { Sys } from "../../kernel/sys.js";

export const VND_MAJOR = 42;
/** units the kernel has (the GENERIC count is not known: assumed, see the ledger) */
export const VND_UNITS = 4;
/** units MAKEDEV std makes nodes for (`sh $0 vnd0 vnd1`) */
export const VND_NODE_UNITS = 2;
/** the control device's unit */
export const VND_CTL_UNIT = 1023;
/** partition c: the whole disk */
export const RAW_PART = 2;
export const PARTITIONS = "abcdefgh";
/** group operator, which owns the disk nodes (chgrp operator in MAKEDEV) */
export const OPERATOR_GID = 5;

export const vndMinor = (unit: number, part: number): number => (unit << 8) | part;

export const vndFace: LoopFace = {
  unitOf: (minor) => minor >> 8,
  serves: (minor) => (minor & 0xff) === RAW_PART,
};

/** the raw disks /dev/rvndNx: reads and writes at the file position go to the image */
function rawDriver(m: Machine): CharDriver {
  const disk = (minor: number) => {
    if (minor >> 8 === VND_CTL_UNIT) throw kerr("ENODEV");
    return m.loop.device(minor);
  };
  return {
    name: "vnd",
    read: (minor, offset, length) => disk(minor).read(offset, length),
    write: (minor, data, offset) => {
      disk(minor).write(offset, data);
      return data.length;
    },
  };
}

function node(sys: Sys, path: string, type: "VBLK" | "VCHR", mode: number, minor: number, gid: number): void {
  if (sys.exists(path)) sys.unlink(path);
  sys.mknod(path, type, mode, { major: VND_MAJOR, minor });
  sys.chown(path, 0, gid);
}

/** /dev/vndN[a-h] and /dev/rvndN[a-h] for one unit, as `MAKEDEV vndN` makes them */
export function makeVndNodes(sys: Sys, unit: number): void {
  for (let p = 0; p < PARTITIONS.length; p++) {
    node(sys, `/dev/vnd${unit}${PARTITIONS[p]}`, "VBLK", 0o640, vndMinor(unit, p), OPERATOR_GID);
    node(sys, `/dev/rvnd${unit}${PARTITIONS[p]}`, "VCHR", 0o640, vndMinor(unit, p), OPERATOR_GID);
  }
}

/**
 * The boot's part: the driver with its BSD face and its units, the control device and the disk
 * nodes MAKEDEV std makes. The BSD machine's boot calls it once.
 */
export function installVnd(sys: Sys): void {
  const m = sys.machine;
  m.loop.major = VND_MAJOR;
  m.loop.face = vndFace;
  m.devsw.register(VND_MAJOR, m.loop);
  m.chardevs.set(VND_MAJOR, rawDriver(m));
  for (let u = 0; u < VND_UNITS; u++) m.loop.configure(u, `vnd${u}`);
  sys.mkdirp("/dev");
  node(sys, "/dev/vnd", "VCHR", 0o600, vndMinor(VND_CTL_UNIT, 0), 0);
  for (let u = 0; u < VND_NODE_UNITS; u++) makeVndNodes(sys, u);
  m.invariants.push(vndInvariants);
}

function unitOrNxio(m: Machine, unit: number) {
  if (!Number.isInteger(unit) || unit < 0 || unit >= VND_UNITS) throw kerr("ENXIO");
  return m.loop.unit(unit);
}

/**
 * VNDIOCSET: back `unit` with the file at `path` (the path vndconfig made absolute). EBUSY when
 * the unit is configured already or another unit holds the same file (compared at the bottom of
 * any layers); ENXIO for a unit the kernel does not have; the file's own errors from namei.
 */
export function vndSet(sys: Sys, unit: number, path: string): void {
  const m = sys.machine;
  const u = unitOrNxio(m, unit);
  if (u.image) throw kerr("EBUSY");
  m.loop.attach(unit, sys.resolve(path), path, false);
}

/**
 * VNDIOCCLR: the unit lets its file go and answers the path it had (vndconfig clears the
 * immutable flag there). ENXIO when it has none; EBUSY while a partition is open (mounted).
 */
export function vndClear(m: Machine, unit: number): string {
  const u = unitOrNxio(m, unit);
  if (!u.image) throw kerr("ENXIO");
  const path = u.imagePath;
  m.loop.detach(unit);
  return path;
}

/** a file system mounted from a vnd disk holds its unit open, with a file behind it */
export function vndInvariants(m: Machine): string[] {
  const out: string[] = [];
  for (const mt of m.mounts.all()) {
    const unit = /^\/dev\/vnd(\d+)[a-h]$/.exec(mt.special)?.[1];
    if (unit === undefined) continue;
    const u = m.loop.all().find((x) => x.minor === Number(unit));
    if (!u || !u.image || u.opens < 1) out.push(`${mt.path}: mounted from ${mt.special} but the vnd unit is not open with a file`);
  }
  return out;
}
