// mount -a and mountall(1M): mount the /etc/vfstab entries marked "yes" at boot. Once the table
// has a lofs entry, mount.c stops sorting by mount level and mounts serially in file order
// (make_vfsarray/do_mounts), so the lab always goes in file order: an lofs entry placed before
// the file system it needs shows the directory that file system later covers, which is why
// lofs(7FS) says to put loopback entries last. An entry already mounted is left as it is.
import type { Co } from "../../kernel/proc/wait.js";
import { getopt, reportOpt } from "../common/lib.js";
import { err } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { mnttab } from "./mnttab.js";
import { doExec, type MountArgs } from "./mount.js";
import { readVfstab } from "./vfstab.js";

/** mount -a [-F type] [mount_point ...]: 0 when every entry mounted, else the last failure's status */
export function* mountAll(ctx: CommandContext, a: MountArgs): Co<number> {
  const v = readVfstab(ctx);
  if (v === null) {
    err(ctx, "mount.novfstab");
    return 1;
  }
  let entries = v.filter((e) => e.atboot === "yes" && e.mountp !== "-" && (a.fstype === null || e.fstype === a.fstype));
  if (a.operands.length > 0) {
    const named = [];
    for (const mp of a.operands) {
      const e = v.find((x) => x.mountp === mp);
      if (!e) err(ctx, "mount.notinvfstab", mp);
      else named.push(e);
    }
    entries = named;
  }
  if (entries.length === 0) {
    // none marked yes is no error; named mount points none of which is in vfstab are
    if (a.operands.length === 0) return 0;
    err(ctx, "mount.noentries");
    return 1;
  }
  let status = 0;
  for (const e of entries) {
    ctx.sys.charge(1);
    if (mnttab(ctx.machine).some((m) => m.path === e.mountp)) continue;
    if (!ctx.sys.exists(e.mountp)) {
      err(ctx, "mount.nonexistent", e.mountp);
      status = 1;
      continue;
    }
    const r = doExec(ctx, { ...a, fstype: e.fstype }, e.fstype, e.special, e.mountp, a.options || (e.mntopts === "-" ? "" : e.mntopts));
    if (r !== 0) status = r;
  }
  return status;
}

function* run(ctx: CommandContext): Co<number> {
  const r = getopt(ctx.argv.slice(1), "F:lrg");
  let fstype: string | null = null;
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      return 2;
    }
    if (it.flag === "F") fstype = it.value!;
  }
  const a: MountArgs = { all: true, fstype, options: "", overlay: false, readonly: false, nomnttab: false, quiet: false, echo: false, list: "", operands: [] };
  return yield* mountAll(ctx, a);
}

export const mountall: CommandDef = {
  name: "mountall",
  run,
  path: "/usr/sbin/mountall",
  summary: "Mounts the file systems /etc/vfstab marks for boot.",
  flags: ["-F", "-l", "-r", "-g"],
  man: `mountall Command

Purpose
       Mounts every file system /etc/vfstab marks "yes" at boot.

Syntax
       mountall [-F FSType] [-l | -r | -g]

Description
       mountall mounts the /etc/vfstab entries whose "mount at boot" field
       is yes and that are not mounted yet, one after another in the order
       of the file, each by the type's mount program. A loopback (lofs)
       entry must therefore come after the file systems it includes: placed
       before them it shows the directories as they were before those file
       systems covered them.

Flags
       -F FSType  Only entries of this type.
       -l, -r, -g Accepted (local, remote, global); the lab has local file
                  systems only.

Messages
       mount: Nonexistent mount point: /x
       mount: No valid entries found in /etc/vfstab
       the type's own messages (lofs: mount: /export/home: Device busy)

Exit Status
       0    Everything was mounted.
       >0   The last failing mount's status.
`,
};
