// mount(1M) of Solaris 11.1, the generic front end (illumos usr/src/cmd/fs.d/mount.c): list the
// mount table (plain, -v, -p), mount what /etc/vfstab names, or exec the type's back end
// (/usr/lib/fs/TYPE/mount) with the options it was given and the mount point made absolute.
import type { Co } from "../../kernel/proc/wait.js";
import { getopt, reportOpt } from "../common/lib.js";
import { err } from "../common/msg.js";
import { realpath } from "./realpath.js";
import type { CommandContext, CommandDef } from "../types.js";
import { BACK_ENDS } from "./mountback.js";
import { listLine, mnttab, verboseLine, vfstabLine } from "./mnttab.js";
import { mountAll } from "./mountall.js";
import { byMountp, bySpecial, readVfstab } from "./vfstab.js";

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

/** getopt "?o:Oqrmpv VF:ag", the checks main() makes before anything is mounted */
function parse(ctx: CommandContext): MountArgs | number {
  const a: MountArgs = { all: false, fstype: null, options: "", overlay: false, readonly: false, nomnttab: false, quiet: false, echo: false, list: "", operands: [] };
  let pv = 0;
  for (const it of getopt(ctx.argv.slice(1), "o:OqrmpvVF:ag").items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      return usage(ctx);
    }
    switch (it.flag) {
      case "a": a.all = true; break;
      case "F":
        if (a.fstype !== null) {
          err(ctx, "mount.twotypes");
          return 1;
        }
        a.fstype = it.value!;
        break;
      case "o": a.options = a.options ? `${a.options},${it.value}` : it.value!; break;
      case "O": a.overlay = true; break;
      case "q": a.quiet = true; break;
      case "V": a.echo = true; break;
      case "r": a.readonly = true; break;
      case "m": a.nomnttab = true; break;
      case "p": a.list = "p"; pv++; break;
      case "v": a.list = "v"; pv++; break;
    }
  }
  a.operands = getopt(ctx.argv.slice(1), "o:OqrmpvVF:ag").operands;
  if ((a.all ? 1 : 0) + pv > 1) {
    err(ctx, "mount.exclusive");
    return 1;
  }
  if (a.all && a.overlay) {
    err(ctx, "mount.aO");
    return 1;
  }
  if (a.fstype !== null && a.fstype.length > FSTYPSZ) {
    err(ctx, "mount.typelen", a.fstype);
    return 1;
  }
  return a;
}

/** the listing: every mnttab entry in mount order */
function list(ctx: CommandContext, a: MountArgs): number {
  const line = a.list === "p" ? vfstabLine : a.list === "v" ? verboseLine : listLine;
  ctx.stdout.write(mnttab(ctx.machine).map((m) => line(ctx, m) + "\n").join(""));
  return 0;
}

/** -r and -o together: generic "ro" first, then the specific options */
const optionString = (a: MountArgs, fromVfstab: string): string =>
  [a.readonly ? "ro" : "", a.options || (fromVfstab === "-" ? "" : fromVfstab)].filter((s) => s !== "").join(",");

/**
 * exec the back end: the mount point is made absolute first (realpath; a missing one is
 * `mount: /x: No such file or directory`), then /usr/lib/fs/TYPE/mount runs in mount's place.
 */
export function doExec(ctx: CommandContext, a: MountArgs, fstype: string, special: string, mountp: string, mntopts: string): number {
  const back = BACK_ENDS[fstype];
  if (!back) {
    err(ctx, "mount.notapplicable", fstype);
    return 1;
  }
  if (a.echo) {
    ctx.stdout.write(echoLine(a, fstype, special, mountp, mntopts) + "\n");
    return 0;
  }
  const rp = realpath(ctx.sys, mountp);
  if (!rp.ok) {
    err(ctx, "mount.perror", mountp, ctx.os.strerror(rp.errno));
    return 1;
  }
  return back(ctx, { special, mountp: rp.path, options: optionString(a, mntopts), overlay: a.overlay, nomnttab: a.nomnttab, quiet: a.quiet });
}

/** -V: `mount -F TYPE` and the back end's arguments as doexec() builds them (-m -q -o opts -O -r) */
function echoLine(a: MountArgs, fstype: string, special: string, mountp: string, mntopts: string): string {
  const opts = a.options || (mntopts === "-" ? "" : mntopts);
  const args = ["mount", "-F", fstype, ...(a.nomnttab ? ["-m"] : []), ...(a.quiet ? ["-q"] : []), ...(opts ? ["-o", opts] : []), ...(a.overlay ? ["-O"] : []), ...(a.readonly ? ["-r"] : []), special, mountp];
  return args.join(" ");
}

/** one operand: vfstab fills in the rest (by mount point, then by special) */
function mountOne(ctx: CommandContext, a: MountArgs, name: string): number {
  const v = readVfstab(ctx);
  if (v === null) {
    err(ctx, "mount.novfstab");
    return 1;
  }
  const e = byMountp(v, name) ?? bySpecial(v, name);
  if (!e) {
    let dir = false;
    try {
      dir = ctx.sys.stat(name).type === "VDIR";
    } catch {
      dir = false;
    }
    err(ctx, dir ? "mount.nospecial" : "mount.nomp");
    return 1;
  }
  return doExec(ctx, a, a.fstype ?? e.fstype, e.special, e.mountp, e.mntopts);
}

/** two operands: the type from -F, else vfstab's entry for the mount point, else LOCAL */
function mountTwo(ctx: CommandContext, a: MountArgs, special: string, mountp: string): number {
  let fstype = a.fstype;
  if (fstype === null) fstype = byMountp(readVfstab(ctx) ?? [], mountp)?.fstype ?? DEFAULT_FSTYPE;
  return doExec(ctx, a, fstype, special, mountp, "-");
}

function* run(ctx: CommandContext): Co<number> {
  const a = parse(ctx);
  if (typeof a === "number") return a;
  const ops = a.operands;
  if (a.all) return yield* mountAll(ctx, a);
  if (a.list !== "" && ops.length > 0) {
    err(ctx, "mount.pvargs");
    return 1;
  }
  if (ops.length === 0) return a.fstype || a.options || a.readonly || a.overlay ? usage(ctx) : list(ctx, a);
  if (ops.length === 1) return mountOne(ctx, a, ops[0]!);
  if (ops.length > 2) return usage(ctx);
  return mountTwo(ctx, a, ops[0]!, ops[1]!);
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

            / on rpool/ROOT/solaris read/write/setuid/devices/dev=4010002 on Mon Aug  5 10:22:13 2024

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
       mount: Operation not applicable to FSType nfs
       mount: /x on /mnt - WARNING ignoring option "foo"

Exit Status
       0    Mounted (or listed).
       1    mount's own errors; the back end's status otherwise (lofs 111,
            ufs 32, hsfs 33).
`,
};
