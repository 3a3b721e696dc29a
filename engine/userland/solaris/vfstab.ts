// /etc/vfstab (vfstab(4)) as getvfsent(3C) reads it for mount and mountall: seven fields split on
// blanks and tabs, `-` for none, comment lines (#) and blank lines skipped, in file order. A line
// with the wrong number of fields is reported and left out, as mount's warnings say.
import { isKernelError } from "../../kernel/errno.js";
import { err } from "../common/msg.js";
import type { CommandContext } from "../types.js";

export const VFSTAB = "/etc/vfstab";

export interface VfsEntry {
  special: string;
  fsckdev: string;
  mountp: string;
  fstype: string;
  pass: string;
  atboot: string;
  /** "-" when none */
  mntopts: string;
}

/** the entries in file order, or null when the file cannot be opened (the caller says so) */
export function readVfstab(ctx: CommandContext, path = VFSTAB): VfsEntry[] | null {
  let text: string;
  try {
    text = new TextDecoder().decode(ctx.sys.readFile(path));
  } catch (e) {
    if (isKernelError(e)) return null;
    throw e;
  }
  const out: VfsEntry[] = [];
  for (const line of text.split("\n")) {
    ctx.sys.charge(1);
    const f = line.trim().split(/[ \t]+/);
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (f.length < 7) {
      err(ctx, "mount.vfstab.few", f[0]!);
      continue;
    }
    if (f.length > 7) {
      err(ctx, "mount.vfstab.many", f[0]!);
      continue;
    }
    const [special, fsckdev, mountp, fstype, pass, atboot, mntopts] = f as [string, string, string, string, string, string, string];
    out.push({ special, fsckdev, mountp, fstype, pass, atboot, mntopts });
  }
  return out;
}

/** getvfsfile: the first entry for this mount point */
export const byMountp = (v: VfsEntry[], name: string) => v.find((e) => e.mountp === name);
/** getvfsspec: the first entry for this special */
export const bySpecial = (v: VfsEntry[], name: string) => v.find((e) => e.special === name);
