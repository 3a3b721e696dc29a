// mount(8) of BSD/OS 4.x (BSDI mount.c 2.17, from 4.4BSD's 8.25): list the mount table, mount
// what /etc/fstab names, or run the mount program of a type (-t, default ufs) on `special node`.
import type { Co } from "../../kernel/proc/wait.js";
import { getopt, reportOpt } from "../common/lib.js";
import { err } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { getfsfile, getfsspec, mountable, scanFstab, type FsEntry } from "./fstab.js";
import { catopt, mountfs, type MountState } from "./mountfs.js";
import { byOn, fstypename, listLine } from "./mountlist.js";
import { checkvfsname, makevfslist, type VfsList } from "./vfslist.js";

interface Args extends MountState {
  all: boolean;
  flags: Set<string>;
  options: string | null;
  vfslist: VfsList | null;
  vfstype: string;
  operands: string[];
}

/** getopt "adfo:rwt:uv", as mount.c's loop takes each flag; null when mount has already failed */
function parse(ctx: CommandContext): Args | number {
  const a: Args = { all: false, debug: false, verbose: false, mountrw: false, flags: new Set(), options: null, vfslist: null, vfstype: "ufs", operands: [] };
  const r = getopt(ctx.argv.slice(1), "adfo:rwt:uv");
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      return usage(ctx);
    }
    const v = it.value ?? "";
    switch (it.flag) {
      case "a": a.all = true; break;
      case "d": a.debug = true; break;
      case "f": a.flags.add("force"); break;
      case "o": if (v !== "") a.options = catopt(a.options ?? "", v); break;
      case "r": a.flags.add("rdonly"); a.mountrw = false; break;
      case "t":
        if (a.vfslist) {
          err(ctx, "mount.onetype");
          return 1;
        }
        a.vfslist = makevfslist(v);
        a.vfstype = v;
        break;
      case "u": a.flags.add("update"); break;
      case "v": a.verbose = true; break;
      case "w": a.flags.delete("rdonly"); a.mountrw = true; break;
    }
  }
  a.operands = r.operands;
  return a;
}

function usage(ctx: CommandContext): number {
  err(ctx, "mount.usage");
  return 1;
}

function list(ctx: CommandContext, a: Args): number {
  if (a.options !== null || a.flags.size !== 0 || a.mountrw) return usage(ctx);
  let out = "";
  for (const m of ctx.machine.mounts.all()) if (!checkvfsname(fstypename(m), a.vfslist)) out += listLine(ctx, m) + "\n";
  ctx.stdout.write(out);
  return 0;
}

/** -a: every fstab entry of type rw, rq or ro not marked na/noauto; one already mounted is updated */
function* mountAll(ctx: CommandContext, a: Args): Co<number> {
  let rval = 0;
  const entries = scanFstab(ctx);
  for (const fs of Array.isArray(entries) ? entries : []) {
    if (!mountable(fs) || checkvfsname(fs.vfstype, a.vfslist)) continue;
    if (hasopt(fs.mntops, "na") || hasopt(fs.mntops, "noauto")) continue;
    const flags = new Set(a.flags);
    if (byOn(ctx, fs.file)) {
      // mfs and msdos cannot update: left as they are
      if (fs.vfstype === "mfs" || fs.vfstype === "msdos") continue;
      flags.add("update");
    }
    if ((yield* mountfs(ctx, a, fs.vfstype, fs.spec, fs.file, flags, a.options, fs.mntops)) !== 0) rval = 1;
  }
  return rval;
}

/** hasopt: the last mention of the option in the list decides ("noX" says no) */
function hasopt(mntops: string, option: string): boolean {
  const negative = option.startsWith("no");
  const name = negative ? option.slice(2) : option;
  let found = false;
  for (const w of mntops.split(",")) {
    if (w === "") continue;
    if (w.startsWith("no")) {
      if (w.slice(2).toLowerCase() === name.toLowerCase()) found = negative;
    } else if (w.toLowerCase() === name.toLowerCase()) found = !negative;
  }
  return found;
}

/** one operand: -u remounts what is mounted there; otherwise fstab says what and how */
function* mountOne(ctx: CommandContext, a: Args, name: string): Co<number> {
  if (a.vfslist) return usage(ctx);
  if (a.flags.has("update")) {
    // getmntpt: the first mount whose from-name or on-name it is
    const mt = ctx.machine.mounts.all().find((x) => x.special === name || x.path === name);
    if (!mt) {
      err(ctx, "mount.unknownfs", name);
      return 1;
    }
    const fs = getfsfile(ctx, mt.path);
    return yield* mountfs(ctx, a, fstypename(mt), fs ? fs.spec : mt.special, mt.path, a.flags, a.options, null);
  }
  const fs: FsEntry | undefined = getfsfile(ctx, name) ?? getfsspec(ctx, name);
  if (!fs) {
    err(ctx, "mount.unknownspec", name);
    return 1;
  }
  if (!mountable(fs)) {
    err(ctx, "mount.badtype", name);
    return 1;
  }
  if (byOn(ctx, fs.file)) {
    err(ctx, "mount.already", name);
    return 1;
  }
  return yield* mountfs(ctx, a, fs.vfstype, fs.spec, fs.file, a.flags, a.options, fs.mntops);
}

function* run(ctx: CommandContext): Co<number> {
  const a = parse(ctx);
  if (typeof a === "number") return a;
  const ops = a.operands;
  if (ops.length === 0) return a.all ? yield* mountAll(ctx, a) : list(ctx, a);
  if (ops.length === 1) return yield* mountOne(ctx, a, ops[0]!);
  if (ops.length > 2) return usage(ctx);
  // spec with ':' or '@' and no -t: an NFS file system, "ala Sun"
  const type = !a.vfslist && /[:@]/.test(ops[0]!) ? "nfs" : a.vfstype;
  return yield* mountfs(ctx, a, type, ops[0]!, ops[1]!, a.flags, a.options, null);
}

export const mount: CommandDef = {
  name: "mount",
  run,
  path: "/sbin/mount",
  summary: "Mounts file systems.",
  flags: ["-a", "-d", "-f", "-o", "-r", "-t", "-u", "-v", "-w"],
  man: `mount Command

Purpose
       Mounts file systems.

Syntax
       mount [ -adfruvw ] [ -t ufs | external_type ]
       mount [ -dfruvw ] special | node
       mount [ -dfruvw ] [ -o options ] [ -t ufs | external_type ] special node

Description
       The mount command grafts a special device, or the directory a layer
       shows (mount_loopback), on to the file system tree at the point node.
       When only one of special and node is given, the other is taken from
       /etc/fstab.

       With no arguments mount lists the mounted file systems, in the order
       they were mounted: what was mounted, where, and the mount's flags in
       this order: asynchronous, NFS exported, local, noaccesstime, nodev,
       noexec, nosuid, with quotas, read-only, synchronous, union:

            /dev/wd0a on / (local)
            /dev/vnd0c on /mnt (local, read-only)

       BSD/OS shows no file-system type in the list; -t TYPE lists the mounts
       of the listed types only (-t nocd9660: all but those).

       ufs is mounted by mount itself. For any other type mount runs the
       program mount_TYPE from /sbin or /usr/sbin (mount_cd9660,
       mount_loopback, mount_umap), whose first argument is the type: its
       messages begin with the type's name. null is taken for loopback and
       iso9660 for cd9660. The mount point is made absolute first.

Flags
       -a   Mounts every /etc/fstab entry of type rw, rq or ro not marked na
            or noauto. One that is mounted already is updated.
       -d   Prints the program and arguments that would run, and runs
            nothing: exec: mount_cd9660 -o ro /dev/vnd0c /mnt
       -f   Adds the force option.
       -o options
            Options, comma separated (ro, rw, nodev, noexec, nosuid, union,
            noaccesstime; cd9660: norockridge, extattr), handed to the
            program. When -o is given, the fstab entry's options are not used.
       -r   Mounts read-only (adds ro).
       -t ufs | external_type
            The type of file system; ufs by default.
       -u   Updates a mounted file system (in the lab nothing of it
            changes; another device is refused).
       -v   Prints the mount's line after mounting.
       -w   Mounts read-write (adds rw).

Messages
       mount: realpath /nodir: No such file or directory
       mount: /x: unknown special file or file system.
       mount: /mnt: already mounted.
       mount: no mount program for type \`\`ffs''
       cd9660: /dev/vnd0c on /mnt: Device busy
       /dev/vnd0c on /mnt: Incorrect super block.      (ufs)
       fstab: /etc/fstab: No such file or directory

Exit Status
       0    Everything named was mounted.
       >0   The failing program's status, or 1.
`,
};
