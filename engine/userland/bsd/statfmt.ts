// The pieces of a stat(2) result as 4.4BSD programs show them: st_mode with its type bits, strmode's
// string, st_dev and st_rdev as device numbers in the system's encoding (read from the kernel:
// the file system's fsid, a device node's rdev; never made up), and devname(3)'s name for one.
import type { Vattr } from "../../kernel/vfs/vnode.js";
import { errnoOf, permString, typeChar } from "../common/lib.js";
import type { CommandContext } from "../types.js";

const S_IFMT: Record<Vattr["type"], number> = {
  VFIFO: 0o010000,
  VCHR: 0o020000,
  VDIR: 0o040000,
  VBLK: 0o060000,
  VREG: 0o100000,
  VLNK: 0o120000,
};

/** st_mode: the file type bits and the permission bits */
export function stMode(a: Vattr): number {
  return S_IFMT[a.type] | (a.mode & 0o7777);
}

/** strmode(3) without its eleventh character (the blank an ACL would fill) */
export function strmode(a: Vattr): string {
  return typeChar(a.type) + permString(a.mode);
}

/** st_rdev: a device node's number in the system's encoding, 0 for anything else */
export function stRdev(ctx: CommandContext, a: Vattr): number {
  if ((a.type !== "VBLK" && a.type !== "VCHR") || !a.rdev) return 0;
  return ctx.os.formats.dev.makedev(a.rdev.major, a.rdev.minor);
}

/** devname(3): the name under /dev of the node of this type with this device number; null if none */
export function devname(ctx: CommandContext, dev: number, type: "VBLK" | "VCHR"): string | null {
  let names: string[];
  try {
    names = ctx.sys.readdir("/dev").map((e) => e.name);
  } catch (e) {
    errnoOf(e);
    return null;
  }
  for (const n of names.sort()) {
    try {
      const a = ctx.sys.lstat("/dev/" + n);
      if (a.type === type && stRdev(ctx, a) === dev) return n;
    } catch (e) {
      // gone since the directory was read
      errnoOf(e);
    }
  }
  return null;
}
