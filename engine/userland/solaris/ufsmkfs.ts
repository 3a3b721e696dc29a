// mkfs_ufs's part of newfs and mkfs -F ufs on a lofi device: check the device, report the
// geometry as mkfs prints it, and make the file system (engine/os/solaris/disktypes.ts makeUfs).
// For a lofi device mkfs lays out cylinders of 1 track of 602 sectors, 16 cylinders a group, as
// a real capture shows (`/dev/rlofi/1: 20468 sectors in 34 cylinders of 1 tracks, 602 sectors`,
// `10.0MB in 3 cyl groups (16 c/g, 4.70MB/g, 2240 i/g)`); the backups' places and the i/g rule
// are fitted to those figures (see the ledger).
import { isKernelError, kerr } from "../../kernel/errno.js";
import type { BlockDevice } from "../../kernel/dev/blockdev.js";
import { makeUfs } from "../../os/solaris/disktypes.js";
import { err, msg } from "../common/msg.js";
import type { CommandContext } from "../types.js";

const NTRACK = 1;
const NSECT = 602;
/** each group's super-block copy sits this many sectors further in than the last (cg rotation) */
const CG_OFFSET = 32;
/** mkfs wraps the backup list before this column */
const LINE = 80;
const CYL_PER_GROUP = 16;
const MB = 1024 * 1024;

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
  const perCyl = NTRACK * NSECT;
  path = rawName(path);
  const ncyl = Math.floor(dev.size() / 512 / perCyl);
  const sectors = ncyl * perCyl;
  makeUfs(ctx.machine, dev);
  const groups = Math.max(1, Math.ceil(ncyl / CYL_PER_GROUP));
  const cgBytes = CYL_PER_GROUP * perCyl * 512;
  const ipg = Math.floor(((cgBytes / 2048) * 15) / 16 / 64) * 64;
  let backups = "";
  let line = "";
  for (let g = 0; g < groups; g++) {
    ctx.sys.charge(1);
    const word = ` ${32 + g * (CYL_PER_GROUP * perCyl + CG_OFFSET)},`;
    if (line.length + word.length > LINE) {
      backups += line + "\n";
      line = "";
    }
    line += word;
  }
  backups += line;
  return [
    msg(ctx, "newfs.geometry", path, sectors, ncyl, NTRACK, NSECT),
    msg(ctx, "newfs.groups", ((sectors * 512) / MB).toFixed(1), groups, CYL_PER_GROUP, (cgBytes / MB).toFixed(2), ipg),
    msg(ctx, "newfs.backups"),
    backups,
  ].join("\n") + "\n";
}
