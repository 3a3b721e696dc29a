// lofi(7D), the loopback file driver of Solaris 11.1: the Solaris face of the one loop driver
// (engine/kernel/dev/loop.ts). What the face adds is Solaris's way of naming it:
//
//   - one device per unit, minor = unit, numbered from 1 (the lowest free one when lofiadm -a
//     names none); a unit exists only while a file is mapped to it, and its nodes /dev/lofi/N
//     (block) and /dev/rlofi/N (raw) come and go with it (devfsadm makes them on attach);
//   - the master control device /dev/lofictl, through which lofiadm asks (LOFI_MAP_FILE,
//     LOFI_UNMAP_FILE, LOFI_GET_FILENAME, LOFI_GET_MINOR);
//   - one image per device: a file already mapped is refused (EBUSY), compared at the bottom of
//     any layers (realvp), so the same file named through a lofs path is the same image;
//   - a device a file system is mounted from is open, and so busy for LOFI_UNMAP_FILE (EBUSY).
// A unit is named by its block device, /dev/lofi/N (the name lofiadm prints and the Devices pane
// shows); there is no other name a user meets.
// Nodes are root:sys 0600, as lofi(7D) says; they are in /devices/pseudo (lofi@0:N, lofi@0:N,raw,
// lofi@0:ctl) and /dev has links to them, as devfsadm makes them.
import { kerr } from "../../kernel/errno.js";
import type { CharDriver } from "../../kernel/dev/devsw.js";
import { plainFace } from "../../kernel/dev/loop.js";
import type { Machine } from "../../kernel/machine.js";
import type { Sys } from "../../kernel/sys.js";

/** lofi's major (name_to_major assigns it at install: assumed, see the ledger) */
export const LOFI_MAJOR = 147;
/** the control device's minor (lofi.c: minor 0 is the control node) */
export const LOFI_CTL_MINOR = 0;
/** group sys */
export const SYS_GID = 3;
/** the highest unit the driver hands out (lofi_max_files default) */
export const LOFI_MAX_FILES = 128;

export const lofiBlock = (n: number): string => `/dev/lofi/${n}`;
export const lofiRaw = (n: number): string => `/dev/rlofi/${n}`;

/** the unit a /dev/lofi/N or /dev/rlofi/N name gives, or null (lofiadm's name_to_minor) */
export function lofiUnitOf(name: string): number | null {
  const r = /^\/dev\/r?lofi\/([1-9][0-9]*)$/.exec(name);
  return r ? Number(r[1]) : null;
}

/** the raw devices /dev/rlofi/N: reads and writes at the file position go to the image */
function rawDriver(m: Machine): CharDriver {
  const disk = (minor: number) => {
    if (minor === LOFI_CTL_MINOR) throw kerr("ENXIO");
    return m.loop.device(minor);
  };
  return {
    name: "lofi",
    read: (minor, offset, length) => disk(minor).read(offset, length),
    write: (minor, data, offset) => {
      disk(minor).write(offset, data);
      return data.length;
    },
  };
}

/** the driver's nodes in /devices (devfs): lofi@0:N block, lofi@0:N,raw character, lofi@0:ctl */
const DEVICES_DIR = "/devices/pseudo";
const devicesName = (dev: string): string => {
  const r = /^\/dev\/(r?)lofi\/(\d+)$/.exec(dev);
  return r ? `lofi@0:${r[2]}${r[1] ? ",raw" : ""}` : "lofi@0:ctl";
};

/**
 * A device node in /devices and the /dev link devfsadm makes to it (`/dev/lofi/1 ->
 * ../../devices/pseudo/lofi@0:1`), as the boot does for /dev/null: `ls -l /dev/lofi` shows the
 * links, `ls -lL` the nodes. The name a user meets stays /dev/lofi/N.
 */
function node(sys: Sys, path: string, type: "VBLK" | "VCHR", minor: number): void {
  const target = `${DEVICES_DIR}/${devicesName(path)}`;
  for (const p of [path, target]) if (sys.exists(p) || isLink(sys, p)) sys.unlink(p);
  sys.mkdirp(DEVICES_DIR);
  sys.mknod(target, type, 0o600, { major: LOFI_MAJOR, minor });
  sys.chown(target, 0, SYS_GID);
  const up = "../".repeat(path.split("/").length - 2);
  sys.symlink(`${up}devices/pseudo/${devicesName(path)}`, path);
}

function isLink(sys: Sys, path: string): boolean {
  try {
    return sys.lstat(path).type === "VLNK";
  } catch {
    return false;
  }
}

/** a unit's link and its /devices node go (devfsadm -C's cleanup of a detached unit) */
function removeNode(sys: Sys, path: string): void {
  for (const p of [path, `${DEVICES_DIR}/${devicesName(path)}`]) if (sys.exists(p) || isLink(sys, p)) sys.unlink(p);
}

/**
 * The boot's part: the driver with its Solaris face and the control device /dev/lofictl; no
 * units until a file is mapped. The Solaris machine's boot calls it once.
 */
export function installLofi(sys: Sys): void {
  const m = sys.machine;
  m.loop.major = LOFI_MAJOR;
  m.loop.face = plainFace;
  m.devsw.register(LOFI_MAJOR, m.loop);
  m.chardevs.set(LOFI_MAJOR, rawDriver(m));
  sys.mkdirp("/dev/lofi");
  sys.mkdirp("/dev/rlofi");
  node(sys, "/dev/lofictl", "VCHR", LOFI_CTL_MINOR);
  m.invariants.push(lofiInvariants);
}

const mapped = (m: Machine, n: number) => m.loop.all().find((u) => u.minor === n && u.image);

/**
 * LOFI_MAP_FILE(_MINOR): map the file at `path` (absolute, as lofiadm's realpath made it) to unit
 * `want`, or to the lowest free unit. EBUSY when another unit holds the same file; EEXIST when the
 * unit asked for is taken; the file's own errors from namei. Answers the unit.
 */
export function lofiMap(sys: Sys, path: string, want: number | null, readonly = false): number {
  const m = sys.machine;
  const image = sys.resolve(path);
  if (image.type !== "VREG") throw kerr("EINVAL");
  if (m.loop.holderOf(image)) throw kerr("EBUSY");
  let n = want ?? 1;
  if (want !== null) {
    if (want < 1 || want > LOFI_MAX_FILES) throw kerr("ENXIO");
    if (mapped(m, want)) throw kerr("EEXIST");
  } else {
    while (mapped(m, n)) n++;
    if (n > LOFI_MAX_FILES) throw kerr("EAGAIN");
  }
  if (!m.loop.all().some((u) => u.minor === n)) m.loop.configure(n, lofiBlock(n));
  m.loop.attach(n, image, path, readonly);
  node(sys, lofiBlock(n), "VBLK", n);
  node(sys, lofiRaw(n), "VCHR", n);
  return n;
}

/** LOFI_UNMAP_FILE by unit: ENXIO when nothing is mapped there, EBUSY while it is open (mounted) */
export function lofiUnmap(sys: Sys, n: number): void {
  const m = sys.machine;
  const u = mapped(m, n);
  if (!u) throw kerr("ENXIO");
  m.loop.detach(n);
  m.loop.unconfigure(n);
  for (const p of [lofiBlock(n), lofiRaw(n)]) removeNode(sys, p);
}

/** LOFI_GET_MINOR: the unit the file at `path` is mapped to (ENOENT: none) */
export function lofiUnitOfFile(sys: Sys, path: string): number {
  const u = sys.machine.loop.holderOf(sys.resolve(path));
  if (!u) throw kerr("ENOENT");
  return u.minor;
}

/** LOFI_GET_FILENAME: the file mapped to unit n (ENXIO: none) */
export function lofiFileOf(m: Machine, n: number): string {
  const u = mapped(m, n);
  if (!u) throw kerr("ENXIO");
  return u.imagePath;
}

/** the mapped units in minor order: [unit, file, read-only] */
export function lofiList(m: Machine): { unit: number; file: string; readonly: boolean }[] {
  return m.loop.all().filter((u) => u.image).map((u) => ({ unit: u.minor, file: u.imagePath, readonly: u.readonly }));
}

/** a file system mounted from a lofi device holds its unit open, with a file behind it */
export function lofiInvariants(m: Machine): string[] {
  const out: string[] = [];
  for (const mt of m.mounts.all()) {
    const n = lofiUnitOf(mt.special);
    if (n === null) continue;
    const u = mapped(m, n);
    if (!u || u.opens < 1) out.push(`${mt.path}: mounted from ${mt.special} but the lofi unit is not open with a file`);
  }
  return out;
}
