// The message rm and rmdir print when unlink or rmdir fails (rm_msg of the AIX rm.c): a directory
// that is not empty (or busy), the current directory, or "Cannot remove" and the system's reason.
// rm's and rmdir's ids are apart (rm.*, rmdir.*) for systems whose two programs word them apart
// (Solaris rm: "Unable to remove directory", rmdir: `directory "x": Directory not empty`); the
// reason is the program's own words for the errno where the catalog has them (reasonFor).
import type { Errno } from "../../kernel/errno.js";
import type { CommandContext } from "../types.js";
import { err, errnoOf, reasonFor } from "./msg.js";

export function isCwd(ctx: CommandContext, path: string): boolean {
  try {
    const a = ctx.sys.stat(path);
    const b = ctx.sys.stat(".");
    return a.fsid === b.fsid && a.fileid === b.fileid;
  } catch (e) {
    errnoOf(e);
    return false;
  }
}

export function rmMessage(ctx: CommandContext, cmd: string, path: string, errno: Errno, isDir: boolean): void {
  const p = cmd === "rmdir" ? "rmdir" : "rm";
  const why = reasonFor(ctx, p, errno);
  // a System V kernel refuses the caller's own current directory with EINVAL (zfs_rmdir,
  // ufs_dirremove: `vp == cwd`); rm.c says it cannot remove a directory in the path of it
  if (p === "rm" && isDir && errno === "EINVAL") {
    err(ctx, "rm.cwd", cmd, path, why, why);
    return;
  }
  if (errno === "EEXIST" || errno === "ENOTEMPTY" || (errno === "EBUSY" && isDir)) {
    // the reason is for systems whose text has it (4.4BSD rmdir: path: Directory not empty); the
    // fourth argument is the reason a System V kernel gives for the current directory (EINVAL)
    if (isCwd(ctx, path)) err(ctx, `${p}.cwd`, cmd, path, why, reasonFor(ctx, p, "EINVAL"));
    else err(ctx, `${p}.notempty`, cmd, path, why);
    return;
  }
  err(ctx, p === "rm" && isDir ? "rm.cantremovedir" : `${p}.cantremove`, cmd, path, why);
  err(ctx, `${p}.reason`, why);
}
