// The message rm and rmdir print when unlink or rmdir fails (rm_msg of the AIX rm.c): a directory
// that is not empty (or busy), the current directory, or "Cannot remove" and the system's reason.
import type { Errno } from "../../kernel/errno.js";
import type { CommandContext } from "../types.js";
import { err, errnoOf } from "./msg.js";

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
  if (errno === "EEXIST" || errno === "ENOTEMPTY" || (errno === "EBUSY" && isDir)) {
    // the reason is for systems whose text has it (4.4BSD rmdir: path: Directory not empty)
    if (isCwd(ctx, path)) err(ctx, "rm.cwd", cmd, path, ctx.os.strerror(errno));
    else err(ctx, "rm.notempty", cmd, path, ctx.os.strerror(errno));
    return;
  }
  err(ctx, "rm.cantremove", cmd, path, ctx.os.strerror(errno));
  err(ctx, "rm.reason", ctx.os.strerror(errno));
}
