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
/** the file's text, or null when it cannot be opened */
function readText(ctx: CommandContext, path: string): string | null {
  try {
    return new TextDecoder().decode(ctx.sys.readFile(path));
  } catch (e) {
    if (isKernelError(e)) return null;
    throw e;
  }
}

/** getvfsent over the text: each well-formed entry in file order; a malformed line is said (when
 *  `warn`) and left out, at the moment the reader reaches it */
function* entries(ctx: CommandContext, text: string, warn: boolean): Generator<VfsEntry> {
  for (const line of text.split("\n")) {
    ctx.sys.charge(1);
    const f = line.trim().split(/[ \t]+/);
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (f.length !== 7) {
      if (warn) err(ctx, f.length < 7 ? "mount.vfstab.few" : "mount.vfstab.many", f[0]!);
      continue;
    }
    const [special, fsckdev, mountp, fstype, pass, atboot, mntopts] = f as [string, string, string, string, string, string, string];
    yield { special, fsckdev, mountp, fstype, pass, atboot, mntopts };
  }
}

/** the entries in file order, or null when the file cannot be opened (the caller says so);
 *  `warn`: say so of malformed lines (getvfsent's callers do; the scripts' read loops do not) */
export function readVfstab(ctx: CommandContext, path = VFSTAB, warn = true): VfsEntry[] | null {
  const text = readText(ctx, path);
  return text === null ? null : [...entries(ctx, text, warn)];
}

/**
 * mount's single lookup (mount.c main: `while ((ret = getvfsany(fd, &vget, &vref)) > 0)
 * vfserror(...)`): the file is read only up to the first entry `match` takes, so a malformed line
 * after it is never read nor said; when none matches and `again` is given, the file is read again
 * for that (rewind; its malformed lines were said already). null: no file.
 */
export function lookupVfstab(ctx: CommandContext, match: (e: VfsEntry) => boolean, again?: (e: VfsEntry) => boolean): { entry: VfsEntry | undefined; second: boolean } | null {
  const text = readText(ctx, VFSTAB);
  if (text === null) return null;
  for (const e of entries(ctx, text, true)) if (match(e)) return { entry: e, second: false };
  if (!again) return { entry: undefined, second: false };
  for (const e of entries(ctx, text, false)) if (again(e)) return { entry: e, second: true };
  return { entry: undefined, second: true };
}

/** getvfsfile: the first entry for this mount point */
export const byMountp = (v: VfsEntry[], name: string) => v.find((e) => e.mountp === name);
/** getvfsspec: the first entry for this special */
export const bySpecial = (v: VfsEntry[], name: string) => v.find((e) => e.special === name);
