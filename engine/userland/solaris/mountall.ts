// mountall(1M) of Solaris 11 (usr/src/cmd/initpkg/mountall.sh, a /usr/sbin/sh script). It reads
// the table itself for the entries marked "yes" of the class asked (-l local, -r remote, -g
// global, -F a type), leaves out those /etc/mnttab already lists (its `grep "\t$mountp\t"
// /etc/mnttab`) and those with no type, then ends in mount -a (mounta.ts):
//   - another table, or -s: each entry left is mounted by `mount -F type [-o opts] special mp`;
//   - -F type: `mount -a -F type` (every entry of that type, mounted or not);
//   - -r: `mount -a -F nfs` and `mount -a -F smbfs`;
//   - -l or -g: `mount -a` with the entries left (nothing when none is left);
//   - nothing: a plain `mount -a`, which mounts again what is mounted (and so fails for it).
// The boot's `mountall -l` thus leaves the boot's own mounts alone; a second plain mountall does not.
import type { Co } from "../../kernel/proc/wait.js";
import { err, msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { mnttab } from "./mnttab.js";
import { doExec, KERNEL_FSTYPES, type MountArgs } from "./mount.js";
import { mountAll } from "./mounta.js";
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

const mountArgs = (fstype: string | null, operands: string[] = []): MountArgs => ({ all: true, fstype, options: "", overlay: false, readonly: false, nomnttab: false, quiet: false, echo: false, list: "", operands });

export interface MountallRequest {
  fstype: string | null;
  cls: EntryClass;
  /** the table to read (another table than /etc/vfstab, or -s: each entry mounted by mount -F) */
  table: string;
  serial: boolean;
}

/** the script's read loop: the entries to mount, in file order (its saveentry list) */
function entriesLeft(ctx: CommandContext, r: MountallRequest): VfsEntry[] {
  const out: VfsEntry[] = [];
  // the shell's read loop says nothing of malformed lines (mount -a does, when it reads them)
  for (const e of readVfstab(ctx, r.table, false) ?? []) {
    ctx.sys.charge(1);
    if (e.special === "-" || e.atboot !== "yes") continue;
    if (r.fstype !== null && r.fstype !== e.fstype) continue;
    if (!takes(r.cls, e)) continue;
    if (e.fstype === "-") {
      err(ctx, "mountall.notype", e.special);
      continue;
    }
    if (mnttab(ctx.machine).some((m) => m.path === e.mountp)) continue;
    // no /usr/lib/fs/TYPE/mount: a warning, and the entry is kept all the same
    if (!KERNEL_FSTYPES.includes(e.fstype)) err(ctx, "mountall.notinstalled", e.special, e.fstype);
    out.push(e);
  }
  return out;
}

/** the script after its argument checks: the read loop, then the mount -a it ends in */
export function* mountallTable(ctx: CommandContext, r: MountallRequest): Co<number> {
  const left = entriesLeft(ctx, r);
  if (r.serial) {
    // the saved `/usr/sbin/mount -F type [-o opts] special mountp` lines, run by sh; the script
    // then exits with rm's status
    for (const e of left) doExec(ctx, { ...mountArgs(e.fstype), all: false }, e.fstype, e.special, e.mountp, e.mntopts === "-" ? "" : e.mntopts);
    return 0;
  }
  if (r.fstype !== null) return yield* mountAll(ctx, mountArgs(r.fstype));
  if (r.cls === "r") {
    yield* mountAll(ctx, mountArgs("nfs"));
    return yield* mountAll(ctx, mountArgs("smbfs"));
  }
  if (r.cls === "l" || r.cls === "g") return left.length === 0 ? 0 : yield* mountAll(ctx, mountArgs(null, left.map((e) => e.mountp)));
  return yield* mountAll(ctx, mountArgs(null));
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
  let serial = false;
  for (const o of opts) {
    if (o.kind === "bad") {
      complain(ctx, scriptName(ctx, mountall), o);
      return usage(ctx);
    }
    if (o.letter === "g" || o.letter === "r" || o.letter === "l") cls[o.letter] = true;
    if (o.letter === "s") serial = true;
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
  // an operand (even `-`, /etc/vfstab) makes the script save mount commands instead of mount -a
  const req: MountallRequest = { fstype, cls: cls.l ? "l" : cls.r ? "r" : cls.g ? "g" : "", table: table === "-" ? VFSTAB : table, serial: serial || rest.length === 1 };
  return yield* mountallTable(ctx, req);
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
       is yes, one after another in the order of the file, each by the
       type's mount program. With -l or -g it leaves out the entries
       /etc/mnttab already lists; without them it runs mount -a, which
       mounts every entry again (an entry already mounted fails: Device
       busy). A loopback (lofs)
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
       mountall: FSType of special cannot be identified
       mountall: FSType of special (type) might not be installed.
       the type's own messages (lofs: mount: /export/home: Device busy)

Exit Status
       0    Everything was mounted.
       2    Wrong usage.
       >0   The last failing mount's status.
`,
};
