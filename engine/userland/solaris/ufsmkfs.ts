// mkfs_ufs's part of newfs and mkfs -F ufs on a lofi device: check the device, report the
// geometry as mkfs prints it, and make the file system (engine/os/solaris/disktypes.ts makeUfs).
//
// The geometry is lofi's fake one (lofi.c fake_disk_geometry): one head, dsize / 300K cylinders
// (dsize / 100K under 2 MB, at least one), dsize / (512 * ncyl) sectors a track, and a label
// whose one partition is ncyl * nsect sectors — 35 MB gives lofiadm(1M)'s example, `71638 sectors
// in 119 cylinders of 1 tracks, 602 sectors`; 64 MB gives 218 cylinders of 601 sectors. mkfs.c
// then makes 16 cylinders a group; with one track the groups are not rotated (fs_cgmask is all
// ones), so group c's super-block copy is at c * 16 * nsect + 32 sectors. It prints the first ten
// copies, wrapped before column 80, a newline, then the last ten (those after the tenth, when
// fewer) on lines of their own, the last without its comma; the i/g figure is mkfs.c's with
// newfs's 2048 bytes per inode (file systems under 1 GB).
import { isKernelError, kerr } from "../../kernel/errno.js";
import type { BlockDevice } from "../../kernel/dev/blockdev.js";
import { makeUfs } from "../../os/solaris/disktypes.js";
import { err, msg } from "../common/msg.js";
import type { CommandContext } from "../types.js";

const NTRACK = 1;
/** mkfs wraps the backup list before this column (WIDTH - 1) */
const LINE = 79;
const CYL_PER_GROUP = 16;
const MB = 1024 * 1024;
/** the first super-block copy, in sectors: fs_sblkno (16 fragments of 1K) */
const SBLOCK = 32;
/** newfs's bytes per inode for a file system under 1 GB */
const NBPI = 2048;

/** lofi's fake geometry for a file of `bytes`: cylinders and sectors a track (one head) */
export function lofiGeometry(bytes: number): { ncyl: number; nsect: number } {
  const ncyl = Math.max(1, Math.floor(bytes / (bytes < 2 * MB ? 100 * 1024 : 300 * 1024)));
  return { ncyl, nsect: Math.floor(bytes / (512 * ncyl)) };
}

/** mkfs.c: inodes per group, from the bytes a group has after its super-block, cg block and the
 *  inode blocks a first estimate needs (8K blocks of 1K fragments, 128-byte inodes) */
function inodesPerGroup(spc: number): number {
  const bpcg = spc * 512;
  const first = Math.ceil(bpcg / 128 / 64) * 64;
  const used = (SBLOCK + first / 8) * 2 * 512;
  return Math.ceil(Math.floor((CYL_PER_GROUP * bpcg - used) / NBPI) / 64) * 64;
}

/** the list of super-block copies: the first ten, then the last ten (or those after the tenth)
 *  on lines of their own. (Over 310 groups mkfs also prints a dot for every 50 groups between
 *  them, under "Initializing cylinder groups:": not done here, as newfs's inode density for such
 *  sizes is not either.) */
function backupList(groups: number, perGroup: number, charge: () => void): string {
  const out: string[] = [];
  let line = "";
  let width = 0;
  const add = (word: string) => {
    if (width + word.length > LINE) {
      out.push(line);
      line = "";
      width = 0;
    }
    line += word;
    width += word.length;
  };
  for (let g = 0; g < groups; g++) {
    charge();
    // the groups between the first ten and the last ten are made without a word
    if (g >= 10 && g < groups - 10) continue;
    const at = g * perGroup + SBLOCK;
    // mkfs's second loop (groups after the tenth) leaves out the comma of the last one
    add(g >= 10 && g === groups - 1 ? ` ${at}` : ` ${at},`);
    if (g === 9 && groups > 10) {
      out.push(line);
      line = "";
      width = 0;
    }
  }
  out.push(line);
  return out.join("\n");
}

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

/** make the file system and print mkfs's report */
export function mkfsUfs(ctx: CommandContext, path: string, dev: BlockDevice): string {
  const { ncyl, nsect } = lofiGeometry(dev.size());
  const perCyl = NTRACK * nsect;
  path = rawName(path);
  const sectors = ncyl * perCyl;
  makeUfs(ctx.machine, dev);
  const groups = Math.max(1, Math.ceil(ncyl / CYL_PER_GROUP));
  const cgBytes = CYL_PER_GROUP * perCyl * 512;
  return [
    msg(ctx, "newfs.geometry", path, sectors, ncyl, NTRACK, nsect),
    msg(ctx, "newfs.groups", ((sectors * 512) / MB).toFixed(1), groups, CYL_PER_GROUP, (cgBytes / MB).toFixed(2), inodesPerGroup(perCyl)),
    msg(ctx, "newfs.backups"),
    backupList(groups, CYL_PER_GROUP * perCyl, () => ctx.sys.charge(1)),
  ].join("\n") + "\n";
}
