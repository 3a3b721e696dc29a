// mount(1M) of Solaris 11.1, the generic front end (illumos usr/src/cmd/fs.d/mount.c): list the
// mount table (plain, -v, -p), mount what /etc/vfstab names, or exec the type's back end
// (/usr/lib/fs/TYPE/mount) with the options it was given and the mount point made absolute.
import type { Co } from "../../kernel/proc/wait.js";
import { getopt, reportOpt } from "../common/lib.js";
import { err, msg } from "../common/msg.js";
import { realpath } from "./realpath.js";
import type { CommandContext, CommandDef } from "../types.js";
import { BACK_ENDS } from "./mountback.js";
import { ignored, listLine, mnttab, verboseLine, vfstabLine } from "./mnttab.js";
import { mountAll } from "./mounta.js";
import { lookupVfstab, type VfsEntry } from "./vfstab.js";

/** the file-system modules of an 11.1 kernel (/kernel/fs): what sysfs(GETFSIND) finds */
export const KERNEL_FSTYPES = ["autofs", "bootfs", "ctfs", "dcfs", "dev", "devfs", "fd", "fifofs", "hsfs", "lofs", "mntfs", "namefs", "nfs", "objfs", "pcfs", "proc", "sharefs", "smbfs", "sockfs", "specfs", "tmpfs", "udfs", "ufs", "zfs"];

/** /etc/default/fs: LOCAL=ufs */
export const DEFAULT_FSTYPE = "ufs";
const FSTYPSZ = 8;

export interface MountArgs {
  all: boolean;
  fstype: string | null;
  options: string;
  overlay: boolean;
  readonly: boolean;
  nomnttab: boolean;
  quiet: boolean;
  /** -V: print the back end's command line instead of running it */
  echo: boolean;
  list: "" | "p" | "v";
  operands: string[];
}

function usage(ctx: CommandContext): number {
  err(ctx, "mount.usage");
  return 1;
}

/** a message, then the usage (mount.c prints its usage after each of its argument checks) */
function fail(ctx: CommandContext, id: string): number {
  err(ctx, id);
  return usage(ctx);
}

/** getopt "?o:Oqrmpv VF:ag" and the checks main() makes before anything is looked up */
function parse(ctx: CommandContext): MountArgs | number {
  const a: MountArgs = { all: false, fstype: null, options: "", overlay: false, readonly: false, nomnttab: false, quiet: false, echo: false, list: "", operands: [] };
  let pv = 0;
  let types = 0;
  const r = getopt(ctx.argv.slice(1), "o:OqrmpvVF:ag");
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      return usage(ctx);
    }
    switch (it.flag) {
      case "a": a.all = true; break;
      case "F": types++; a.fstype = it.value!; break;
      case "o": a.options = it.value!; break;
      case "O": a.overlay = true; break;
      case "q": a.quiet = true; break;
      case "V": a.echo = true; break;
      case "r": a.readonly = true; break;
      case "m": a.nomnttab = true; break;
      case "p": a.list = "p"; pv++; break;
      case "v": a.list = "v"; pv++; break;
    }
  }
  a.operands = r.operands;
  if (!a.all && a.operands.length > 2) return usage(ctx);
  if ((a.all ? 1 : 0) + pv > 1) return fail(ctx, "mount.exclusive");
  if (a.all && a.overlay) return fail(ctx, "mount.aO");
  if (types > 1) return fail(ctx, "mount.twotypes");
  if (!a.all && a.operands.length === 0 && (a.nomnttab || a.options || a.readonly || a.quiet || a.fstype !== null)) return usage(ctx);
  if (a.operands.length > 0 && a.list !== "") return fail(ctx, "mount.pvargs");
  return a;
}

/** the listing: every mnttab entry in mount order (-V: the command that would list) */
function list(ctx: CommandContext, a: MountArgs): number {
  if (a.echo) {
    ctx.stdout.write(msg(ctx, "mount.echolist", a.list === "p" ? " -p" : a.list === "v" ? " -v" : "") + "\n");
    return 0;
  }
  const line = a.list === "p" ? vfstabLine : a.list === "v" ? verboseLine : listLine;
  ctx.stdout.write(mnttab(ctx.machine).filter((m) => !ignored(m)).map((m) => line(ctx, m) + "\n").join(""));
  return 0;
}

/** -r and -o together: generic "ro" first, then the specific options */
const optionString = (a: MountArgs, specific: string): string => [a.readonly ? "ro" : "", specific].filter((s) => s !== "").join(",");

/**
 * The end of main() and doexec(): the mount point made absolute (realpath: a missing one is
 * `mount: /x: No such file or directory`; none at all, realpath(NULL), `mount: Invalid argument`),
 * check_fields, then /usr/lib/fs/TYPE/mount runs in mount's place. `specific` is -o's options, or
 * the vfstab entry's when -o was not given.
 */
export function doExec(ctx: CommandContext, a: MountArgs, fstype: string, special: string, mountp: string | null, specific: string): number {
  const rp = mountp === null ? null : realpath(ctx.sys, mountp);
  if (rp === null || !rp.ok) {
    if (mountp === null) err(ctx, "mount.noname", ctx.os.strerror("EINVAL"));
    else err(ctx, "mount.perror", mountp, ctx.os.strerror(rp!.ok ? "ENOENT" : rp!.errno));
    return 1;
  }
  if (fstype.length > FSTYPSZ) {
    err(ctx, "mount.typelen", fstype);
    return 1;
  }
  if (a.echo) {
    ctx.stdout.write(echoLine(a, fstype, special, rp.path, specific) + "\n");
    return 0;
  }
  const back = BACK_ENDS[fstype];
  if (!back) {
    // no /usr/lib/fs/TYPE/mount in the lab: sysfs(GETFSIND) tells a type the kernel has from one
    // it does not (Solaris 11 doexec, with " special:" after mount's name)
    err(ctx, KERNEL_FSTYPES.includes(fstype) ? "mount.notapplicable" : "mount.notinstalled", special, fstype);
    return 1;
  }
  return back(ctx, { special, mountp: rp.path, options: optionString(a, specific), overlay: a.overlay, nomnttab: a.nomnttab, quiet: a.quiet });
}

/** -V: `mount -F TYPE` and the back end's arguments as main() builds them (-m -q -o opts -O -r) */
function echoLine(a: MountArgs, fstype: string, special: string, mountp: string, specific: string): string {
  const args = ["mount", "-F", fstype, ...(a.nomnttab ? ["-m"] : []), ...(a.quiet ? ["-q"] : []), ...(specific ? ["-o", specific] : []), ...(a.overlay ? ["-O"] : []), ...(a.readonly ? ["-r"] : []), special, mountp];
  return args.join(" ");
}

/** default_fstype(): a special with a colon is remote (nfs), anything else LOCAL (ufs) */
const defaultFstype = (special: string): string => (special.includes(":") ? "nfs" : DEFAULT_FSTYPE);

/**
 * One or two operands. vfstab is read when something is missing: an entry matching every field
 * known (mount point, special, -F's type); with one operand it is taken for a mount point, then
 * for a special. The entry gives what is missing and its options when -o gave none; with no
 * entry the type is default_fstype's.
 */
function mountNamed(ctx: CommandContext, a: MountArgs, ops: string[]): number {
  let special: string | null = ops.length === 2 ? ops[0]! : null;
  let mountp: string | null = ops.length === 2 ? ops[1]! : ops[0]!;
  let fstype = a.fstype;
  let specific = a.options;
  if (fstype === null || a.options === "" || special === null) {
    const matches = (s: string | null, mp: string | null) => (e: VfsEntry) =>
      (s === null || e.special === s) && (mp === null || e.mountp === mp) && (fstype === null || e.fstype === fstype);
    // one operand: no entry for it as a mount point, then it is taken for a special
    const r = lookupVfstab(ctx, matches(special, mountp), special === null ? matches(mountp, null) : undefined);
    if (r === null) {
      if (fstype === null || special === null) {
        err(ctx, "mount.novfstab");
        return 1;
      }
    } else {
      if (r.second) {
        special = mountp;
        mountp = null;
      }
      const e = r.entry;
      if (e) {
        fstype ??= e.fstype;
        special ??= e.special;
        mountp ??= e.mountp;
        if (a.options === "" && e.mntopts !== "-") specific = e.mntopts;
      } else fstype ??= defaultFstype(special!);
    }
  }
  return doExec(ctx, a, fstype!, special!, mountp, specific);
}

function* run(ctx: CommandContext): Co<number> {
  const a = parse(ctx);
  if (typeof a === "number") return a;
  const ops = a.operands;
  // -a with exactly one mount point is an ordinary mount of it
  if (a.all && ops.length !== 1) return yield* mountAll(ctx, a);
  if (ops.length === 0) return list(ctx, a);
  return mountNamed(ctx, a, ops);
}

export const mount: CommandDef = {
  name: "mount",
  run,
  path: "/usr/sbin/mount",
  summary: "Mounts file systems and lists mounted ones.",
  flags: ["-F", "-o", "-O", "-r", "-m", "-p", "-v", "-a", "-q", "-V"],
  man: `mount Command

Purpose
       Mounts file systems and lists the mounted ones.

Syntax
       mount [-p | -v]
       mount [-F FSType] [-r] [-m] [-O] [-o specific_options] special | mount_point
       mount [-F FSType] [-r] [-m] [-O] [-o specific_options] special mount_point
       mount -a [-F FSType] [-o specific_options] [mount_point ...]

Description
       With no arguments mount lists /etc/mnttab, in the order of mounting:

            / on rpool/ROOT/solaris read/write/setuid/devices/rstchown/dev=4010002 on Fri Oct 26 10:22:13 2012

       The mount point comes first, then what was mounted, the flags
       (read/write or read only, setuid or nosetuid, devices or nodevices,
       then every other option) and the time of the mount.

       mount is a front end: it makes the mount point absolute and runs the
       type's program, /usr/lib/fs/TYPE/mount, in its own place (lofs, hsfs,
       ufs, tmpfs). With one operand, /etc/vfstab gives the other and the
       type; without -F, two operands are of the vfstab entry's type or ufs.

Flags
       -F FSType  The type of the file system (at most 8 characters).
       -o options Options for the file system, comma separated.
       -O         Overlay: mount over a mount point that is in use.
       -r         Read-only (the same as -o ro).
       -m         Mount without an entry in /etc/mnttab.
       -p         Lists the mounts as /etc/vfstab lines.
       -v         Lists the mounts with their types (special first).
       -a         Mounts the vfstab entries marked yes at boot, in file order.
       -q         No warnings about options the file system ignores.
       -V         Prints the command that would run, and runs nothing:
                  mount -F lofs -o ro /export/home /mnt

Messages
       mount: /x: No such file or directory          (missing mount point)
       mount: /export/home: Device busy               (lofs: the special, exit 111)
       mount: /dev/lofi/1 is already mounted or /mnt is busy   (hsfs 33, ufs 32)
       hsfs mount: /dev/lofi/1 is not an hsfs file system.
       mount: /dev/lofi/1 is not this fstype           (ufs)
       mount: server:/x: Operation not applicable to FSType nfs
       mount: /a: FSType foo is not installed on this system.
       mount: Invalid argument        (one operand that /etc/vfstab does not name)
       mount: /x on /mnt - WARNING ignoring option "foo"

Exit Status
       0    Mounted (or listed).
       1    mount's own errors; the back end's status otherwise (lofs 111,
            ufs 32, hsfs 33).
`,
};
