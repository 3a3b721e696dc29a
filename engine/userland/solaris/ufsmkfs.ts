// mkfs_ufs's part of newfs and mkfs -F ufs on a lofi device: check the device, report the
// geometry as mkfs prints it (on standard error), and make the file system
// (engine/os/solaris/disktypes.ts makeUfs). The layout is Solaris 11 mkfs.c's for lofi's geometry,
// cylinders of 1 track of size / (512 · ncyl) sectors, 16 cylinders a group (ufsgeom.ts), as a real capture shows
// (`/dev/rlofi/1: 20468 sectors in 34 cylinders of 1 tracks, 602 sectors`,
// `10.0MB in 3 cyl groups (16 c/g, 4.70MB/g, 2240 i/g)`).
import { isKernelError, kerr } from "../../kernel/errno.js";
import type { BlockDevice } from "../../kernel/dev/blockdev.js";
import { makeUfs } from "../../os/solaris/disktypes.js";
import { backupLines, CPG, FSIZE, SECTOR, ufsGeometry } from "../../os/solaris/ufsgeom.js";
import { err, msg } from "../common/msg.js";
import type { CommandContext } from "../types.js";

const MB = 1024 * 1024;
/** mkfs's lockexit(32) */
export const MKFS_FAILED = 32;

/** the lofi device behind a /dev/lofi/N or /dev/rlofi/N node (ENXIO: not one, or nothing mapped) */
export function deviceOf(ctx: CommandContext, path: string): BlockDevice {
  const a = ctx.sys.stat(path);
  if ((a.type !== "VBLK" && a.type !== "VCHR") || !a.rdev || a.rdev.major !== ctx.machine.loop.major) throw kerr("ENXIO");
  return ctx.machine.loop.device(a.rdev.minor);
}

/** the raw name mkfs reports (newfs /dev/lofi/1 asks about /dev/rlofi/1) */
export const rawName = (path: string): string => path.replace(/^\/dev\/lofi\//, "/dev/rlofi/");

/** the device the caller names, or its complaint (`prog: path: strerror`) and null */
export function openForMkfs(ctx: CommandContext, prog: string, path: string): BlockDevice | null {
  try {
    const dev = deviceOf(ctx, path);
    const busy = ctx.machine.mounts.all().some((m) => {
      const d = (m.vfs as { dev?: BlockDevice }).dev;
      return m.special === path || m.special === path.replace("/rlofi/", "/lofi/") || (d && d.major === dev.major && d.minor === dev.minor);
    });
    if (busy) {
      err(ctx, `${prog}.mounted`, path);
      return null;
    }
    return dev;
  } catch (e) {
    if (!isKernelError(e)) throw e;
    err(ctx, `${prog}.perror`, path, ctx.os.strerror(e.errno));
    return null;
  }
}

/**
 * make the file system and give mkfs's report (which mkfs writes on standard error): the
 * geometry, the groups, the super-block backups; a warning first when the last group was too
 * small for its inodes; null with the failure's text when one group cannot hold them
 */
export function mkfsUfs(ctx: CommandContext, path: string, dev: BlockDevice): { report: string; ok: boolean } {
  path = rawName(path);
  const g = ufsGeometry(Math.floor(dev.size() / SECTOR));
  if (g === null) return { report: msg(ctx, "newfs.toosmall") + "\n", ok: false };
  makeUfs(ctx.machine, dev, g);
  const warn = g.droppedLast ? msg(ctx, "newfs.lastcg", ...g.droppedLast) + "\n" : "";
  const mb = (frags: number) => ((frags * FSIZE) / MB).toFixed(1);
  const report = [
    msg(ctx, "newfs.geometry", path, g.sectors, g.ncyl, 1, g.nsect),
    msg(ctx, "newfs.groups", mb(g.size), g.ncg, CPG, ((g.fpg * FSIZE) / MB).toFixed(2), g.ipg),
    msg(ctx, "newfs.backups"),
  ].join("\n");
  return { report: warn + report + "\n" + backupLines(g), ok: true };
}
