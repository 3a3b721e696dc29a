// mkfs_ufs's part of newfs and mkfs -F ufs on a lofi device: check the device, report the
// geometry as mkfs prints it, and make the file system (engine/os/solaris/disktypes.ts makeUfs).
// lofi reports 64 tracks of 32 sectors per cylinder (1 MB); cylinder groups are 16 cylinders; the
// figures are computed from the device's size (the layout rules are assumed, see the ledger).
import { isKernelError, kerr } from "../../kernel/errno.js";
import type { BlockDevice } from "../../kernel/dev/blockdev.js";
import { makeUfs } from "../../os/solaris/disktypes.js";
import { err, msg } from "../common/msg.js";
import type { CommandContext } from "../types.js";

const NTRACK = 64;
const NSECT = 32;
const CYL_PER_GROUP = 16;
const MB = 1024 * 1024;

/** the lofi device behind a /dev/lofi/N or /dev/rlofi/N node (ENXIO: not one, or nothing mapped) */
export function deviceOf(ctx: CommandContext, path: string): BlockDevice {
  const a = ctx.sys.stat(path);
  if ((a.type !== "VBLK" && a.type !== "VCHR") || !a.rdev || a.rdev.major !== ctx.machine.loop.major) throw kerr("ENXIO");
  return ctx.machine.loop.device(a.rdev.minor);
}

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
  const ncyl = Math.floor(dev.size() / 512 / perCyl);
  const sectors = ncyl * perCyl;
  makeUfs(ctx.machine, dev);
  const groups = Math.max(1, Math.ceil(ncyl / CYL_PER_GROUP));
  const cgBytes = CYL_PER_GROUP * perCyl * 512;
  const ipg = Math.floor(((cgBytes / 2048) * 15) / 16 / 64) * 64;
  const backups: string[] = [];
  for (let g = 0; g < groups; g++) backups.push(` ${32 + g * CYL_PER_GROUP * perCyl},`);
  return [
    msg(ctx, "newfs.geometry", path, sectors, ncyl, NTRACK, NSECT),
    msg(ctx, "newfs.groups", ((sectors * 512) / MB).toFixed(1), groups, CYL_PER_GROUP, (cgBytes / MB).toFixed(2), ipg),
    msg(ctx, "newfs.backups"),
    backups.join(""),
  ].join("\n") + "\n";
}
