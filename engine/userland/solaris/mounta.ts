// mount -a (illumos usr/src/cmd/fs.d/mount.c parmount): every /etc/vfstab entry marked "yes" (or
// the entries of the mount points named, whatever their mark), -F's type only when none is named.
// Once the table has a lofs entry, mount.c stops sorting by mount level and mounts serially in
// file order (make_vfsarray/do_mounts), so the lab always goes in file order: an lofs entry
// placed before the file system it needs shows the directory that file system later covers,
// which is why lofs(7FS) says to put loopback entries last. mount -a does not look at mnttab: an
// entry already mounted is mounted again, and its back end fails (lofs `Device busy`, tmpfs
// `/tmp is already mounted or swap is busy`).
import type { Co } from "../../kernel/proc/wait.js";
import { err } from "../common/msg.js";
import type { CommandContext } from "../types.js";
import { doExec, type MountArgs } from "./mount.js";
import { readVfstab, VFSTAB, type VfsEntry } from "./vfstab.js";

/** parmount's status when there were failures and every one was an lofs mount's */
export const ALL_LOFS_FAILURES = 111;

/** getvfsall: the entries mount -a takes (swap and entries with no mount point never) */
function collect(v: VfsEntry[], a: MountArgs): VfsEntry[] {
  const named = a.operands.length > 0;
  return v.filter((e) => (named || e.atboot === "yes") && (named || a.fstype === null || e.fstype === a.fstype) && e.mountp !== "-" && e.fstype !== "swap");
}

/** make_vfsarray: the named mount points' entries in the order named, a warning for each missing */
function named(ctx: CommandContext, all: VfsEntry[], operands: string[]): { entries: VfsEntry[]; missing: boolean } {
  const entries: VfsEntry[] = [];
  let missing = false;
  for (const mp of operands) {
    const e = all.find((x) => x.mountp === mp && !entries.includes(x));
    if (e) entries.push(e);
    else {
      err(ctx, "mount.notinvfstab", mp);
      missing = true;
    }
  }
  return { entries, missing };
}

/** mount -a [-F type] [mount_point ...]: 0 when every entry mounted; 1, or 111 when every failure was lofs */
export function* mountAll(ctx: CommandContext, a: MountArgs): Co<number> {
  const v = readVfstab(ctx, VFSTAB);
  if (v === null) {
    err(ctx, "mount.novfstab");
    return 1;
  }
  const all = collect(v, a);
  let exitcode = 0;
  let entries = all;
  if (a.operands.length > 0) {
    const r = named(ctx, all, a.operands);
    entries = r.entries;
    if (r.missing) exitcode = 1;
  }
  if (entries.length === 0) {
    // none marked yes is no error; named mount points none of which is in vfstab are
    if (a.operands.length === 0) return 0;
    err(ctx, "mount.noentries");
    return 1;
  }
  let failcnt = 0;
  let lofsfail = 0;
  for (const e of entries) {
    ctx.sys.charge(1);
    if (!ctx.sys.exists(e.mountp)) {
      err(ctx, "mount.nonexistent", e.mountp);
      exitcode = 1;
      continue;
    }
    const r = doExec(ctx, { ...a, fstype: e.fstype }, e.fstype, e.special, e.mountp, a.options || (e.mntopts === "-" ? "" : e.mntopts));
    if (r === 0) continue;
    exitcode = 1;
    failcnt++;
    if (e.fstype === "lofs") lofsfail++;
  }
  return failcnt > 0 && failcnt === lofsfail ? ALL_LOFS_FAILURES : exitcode;
}
