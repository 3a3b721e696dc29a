// mount -a and mountall(1M): mount the /etc/vfstab entries marked "yes" at boot. Once the table
// has a lofs entry, mount.c stops sorting by mount level and mounts serially in file order
// (make_vfsarray/do_mounts), so the lab always goes in file order: an lofs entry placed before
// the file system it needs shows the directory that file system later covers, which is why
// lofs(7FS) says to put loopback entries last. An entry already mounted is left as it is.
import type { Co } from "../../kernel/proc/wait.js";
import { err, msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { mnttab } from "./mnttab.js";
import { doExec, type MountArgs } from "./mount.js";
import { complain, scriptName, shGetopts } from "./shgetopts.js";
import { readVfstab, VFSTAB, type VfsEntry } from "./vfstab.js";

/** which vfstab entries a mountall -l, -r or -g takes (the script's isremote/isglobal tests) */
export type EntryClass = "" | "l" | "r" | "g";
const REMOTE = ["nfs", "smbfs"];
const isGlobal = (e: VfsEntry) => e.mntopts.split(",").includes("global");
function takes(cls: EntryClass, e: VfsEntry): boolean {
  if (cls === "l") return !REMOTE.includes(e.fstype) && !isGlobal(e);
  if (cls === "r") return REMOTE.includes(e.fstype);
  if (cls === "g") return !REMOTE.includes(e.fstype) && isGlobal(e);
  return true;
}

/** mount -a [-F type] [mount_point ...]: 0 when every entry mounted, else the last failure's status */
export function* mountAll(ctx: CommandContext, a: MountArgs, table = VFSTAB, cls: EntryClass = ""): Co<number> {
  const v = readVfstab(ctx, table);
  if (v === null) {
    err(ctx, "mount.novfstab");
    return 1;
  }
  let entries = v.filter((e) => e.atboot === "yes" && e.mountp !== "-" && (a.fstype === null || e.fstype === a.fstype) && takes(cls, e));
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

/** the script's `echo "$USAGE" 1>&2; exit 2`, after a message of its own when there is one */
function usage(ctx: CommandContext, id?: string): number {
  if (id) err(ctx, id);
  err(ctx, "mountall.usage");
  return 2;
}

/** the lines the script echoes to standard output before it exits */
const say = (ctx: CommandContext, id: string, ...args: string[]): void => ctx.stdout.write(msg(ctx, id, ...args) + "\n");

/** FSTYPE_MAX of the script's `?????????*` pattern */
const FSTYPE_MAX = 8;

/**
 * mountall.sh of Solaris 11 (usr/src/cmd/initpkg/mountall.sh, a /usr/sbin/sh script): getopts
 * `?grlsF:`, each option's checks as the loop meets it, then the operand (another table) and the
 * -g/-r/-l checks; the entries are mounted as mount -a mounts them.
 */
function* run(ctx: CommandContext): Co<number> {
  const { opts, rest } = shGetopts(ctx.argv.slice(1), "?grlsF:");
  let fstype: string | null = null;
  const cls = { g: false, r: false, l: false };
  for (const o of opts) {
    if (o.kind === "bad") {
      complain(ctx, scriptName(ctx, mountall), o);
      return usage(ctx);
    }
    if (o.letter === "g" || o.letter === "r" || o.letter === "l") cls[o.letter] = true;
    if (o.letter !== "F") continue;
    if (fstype !== null) {
      say(ctx, "mountall.twotypes");
      return 2;
    }
    fstype = o.arg!;
    if (fstype.length > FSTYPE_MAX) {
      say(ctx, "mountall.typelen", fstype);
      return 2;
    }
  }
  if (rest.length > 1) return usage(ctx, "mountall.multiple");
  const table = rest.length === 1 ? rest[0]! : VFSTAB;
  if (table !== "-" && !(ctx.sys.exists(table) && ctx.sys.stat(table).size > 0)) {
    say(ctx, "mountall.notable", table);
    return 1;
  }
  if ((cls.g ? 1 : 0) + (cls.r ? 1 : 0) + (cls.l ? 1 : 0) > 1) return usage(ctx, "mountall.exclusive");
  if (fstype !== null && REMOTE.includes(fstype) && cls.l) return usage(ctx, "mountall.lfstype");
  if (fstype !== null && !REMOTE.includes(fstype) && cls.r) return usage(ctx, "mountall.rfstype");
  const a: MountArgs = { all: true, fstype, options: "", overlay: false, readonly: false, nomnttab: false, quiet: false, echo: false, list: "", operands: [] };
  return yield* mountAll(ctx, a, table === "-" ? VFSTAB : table, cls.l ? "l" : cls.r ? "r" : cls.g ? "g" : "");
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
       mountall [-F FSType] [-l | -r | -g] [file_system_table]

Description
       mountall mounts the /etc/vfstab entries whose "mount at boot" field
       is yes and that are not mounted yet, one after another in the order
       of the file, each by the type's mount program. A loopback (lofs)
       entry must therefore come after the file systems it includes: placed
       before them it shows the directories as they were before those file
       systems covered them.

Flags
       -F FSType  Only entries of this type (at most 8 characters).
       -l         Local file systems only (not nfs or smbfs, not global).
       -r         Remote file systems only (nfs, smbfs: the lab has none).
       -g         Entries with the global option only.
       file_system_table
                  Another table in vfstab's format instead of /etc/vfstab.

Messages
       /usr/sbin/mountall: -x: unknown option    (the shell's getopts, then:)
       Usage:
       mountall [-F FSType] [-l|-r|-g] [file_system_table]
       mountall: more than one FSType specified
       mountall: options -g, -r and -l are mutually exclusive
       mountall: file system table (/x) not found
       mount: Nonexistent mount point: /x
       mount: No valid entries found in /etc/vfstab
       the type's own messages (lofs: mount: /export/home: Device busy)

Exit Status
       0    Everything was mounted.
       2    Wrong usage.
       >0   The last failing mount's status.
`,
};
