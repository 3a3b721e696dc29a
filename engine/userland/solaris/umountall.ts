// umountall(1M) of Solaris 11: the script usr/src/cmd/initpkg/umountall.sh (run by /usr/sbin/sh,
// ksh93). getopts `?rslkF:h:Zn`, its sanity checks (each `umountall: why` then the usage, exit 2);
// with no criteria in the global zone it is `umount -a` (the system's file systems kept). With
// criteria it walks /etc/mnttab latest first, leaves the system's own mounts, keeps those that
// match (-F type, -l local, -r and -h remote: the lab has none), and unmounts them together
// (`umount -a list`), or one by one with -s; -k first runs `fuser -c -k` on each mount point; -n
// only shows what would run. What umount and fuser say goes to standard error.
import type { Co } from "../../kernel/proc/wait.js";
import { err, msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { fuser } from "./fuser.js";
import { mnttab, mnttabOptions, fstypeOf } from "./mnttab.js";
import { complain, scriptName, shGetopts } from "./shgetopts.js";
import { umountAll } from "./umount.js";

/** the mounts the script never unmounts (doumounts' case list) */
const KEEP = ["/", "/dev", "/dev/fd", "/devices", "/etc/mnttab", "/lib", "/proc", "/sbin", "/system/contract", "/system/object", "/system/volatile", "/tmp", "/usr", "/var", "/var/adm", ""];
const FSTYPE_MAX = 8;

interface Flags {
  r: boolean;
  s: boolean;
  l: boolean;
  k: boolean;
  Z: boolean;
  n: boolean;
  host: string | null;
  fstype: string | null;
}

/** usage(): `umountall: why` when there is a why, then the two usage lines; exit 2 */
function usage(ctx: CommandContext, id?: string, ...args: string[]): number {
  if (id) err(ctx, "umountall.why", msg(ctx, id, ...args));
  err(ctx, "umountall.usage");
  return 2;
}

/** the getopts loop; a number is the status the script exits with */
function options(ctx: CommandContext): Flags | number {
  const { opts, rest } = shGetopts(ctx.argv.slice(1), "?rslkF:h:Zn");
  const f: Flags = { r: false, s: false, l: false, k: false, Z: false, n: false, host: null, fstype: null };
  for (const o of opts) {
    if (o.kind === "bad") {
      complain(ctx, scriptName(ctx, umountall), o);
      return usage(ctx);
    }
    if (o.letter === "h") {
      if (f.host !== null) return usage(ctx, "umountall.twohosts");
      f.host = o.arg!;
    } else if (o.letter === "F") {
      if (f.fstype !== null) return usage(ctx, "umountall.twotypes");
      f.fstype = o.arg!;
      if (f.fstype.length > FSTYPE_MAX) return usage(ctx, "umountall.typelen", f.fstype);
    } else f[o.letter as "r" | "s" | "l" | "k" | "Z" | "n"] = true;
  }
  if (rest.length > 0) return usage(ctx, "umountall.args");
  if (f.r && f.l) return usage(ctx, "umountall.rl");
  if ((f.r || f.l) && f.host !== null) return usage(ctx, "umountall.hopt", f.r ? "r" : "l");
  if (f.fstype !== null && f.host !== null) return usage(ctx, "umountall.htype");
  if (f.host !== null && f.host === ctx.machine.hostname) return usage(ctx, "umountall.localhost");
  if (f.fstype === "nfs" && f.l) return usage(ctx, "umountall.lnfs");
  if (f.fstype !== null && f.fstype !== "nfs" && f.r) return usage(ctx, "umountall.rtype", f.fstype);
  return f;
}

/** the mount points doumounts picks, latest first */
function picked(ctx: CommandContext, f: Flags): string[] {
  const out: string[] = [];
  for (const m of [...mnttab(ctx.machine)].reverse()) {
    ctx.sys.charge(1);
    const type = fstypeOf(m);
    const opts = mnttabOptions(m).split(",");
    if (KEEP.includes(m.path)) continue;
    // -h: nfs mounts from that host only (the lab has no nfs)
    if (f.host !== null && type !== "nfs") continue;
    if (f.fstype !== null && f.fstype !== type) continue;
    if (f.l && type === "nfs") continue;
    if (f.r && type !== "nfs") continue;
    if (f.l && opts.includes("global")) continue;
    // the global zone: mounts of other zones are left unless -Z, ours are left with -Z
    if (opts.some((o) => o.startsWith("zone=")) !== f.Z) continue;
    out.push(m.path);
  }
  return out;
}

/** `fuser -c -k mountp 1>&2` (with -n, the shell function that only shows it) */
function* fuserKill(ctx: CommandContext, mountp: string, show: boolean): Co<void> {
  const argv = ["fuser", "-c", "-k", mountp];
  if (show) {
    ctx.stderr.write(argv.join(" ") + "\n");
    return;
  }
  const r = fuser.run({ ...ctx, argv, stdout: ctx.stderr });
  if (typeof r !== "number") yield* r;
}

function* run(ctx: CommandContext): Co<number> {
  const f = options(ctx);
  if (typeof f === "number") return f;
  // no criteria (the lab's machine is the global zone): the parallel `umount -a [-V]`
  if (!f.s && !f.l && !f.r && f.host === null && !f.k && f.fstype === null && !f.Z) return umountAll(ctx, [], false, f.n);
  const err2 = { ...ctx, stdout: ctx.stderr };
  let rc = 0;
  const list: string[] = [];
  for (const mp of picked(ctx, f)) {
    if (f.k) yield* fuserKill(ctx, mp, f.n);
    if (f.s) {
      const r = umountAll(err2, [mp], false, f.n);
      if (r !== 0) rc = r;
    } else list.push(mp);
  }
  if (list.length > 0) {
    const r = umountAll(err2, list, false, f.n);
    if (r !== 0) rc = r;
  }
  return rc;
}

export const umountall: CommandDef = {
  name: "umountall",
  run,
  path: "/usr/sbin/umountall",
  summary: "Unmounts every file system but the system's own.",
  flags: ["-k", "-s", "-F", "-l", "-r", "-h", "-Z", "-n"],
  man: `umountall Command

Purpose
       Unmounts every mounted file system but those the system needs.

Syntax
       umountall [-k] [-s] [-F FSType] [-l | -r] [-Z] [-n]
       umountall [-k] [-s] [-h host] [-Z] [-n]

Description
       umountall is a shell script. Without options it runs umount -a,
       which unmounts everything in /etc/mnttab but /, /usr, /var, /tmp,
       /proc, /dev and the other file systems of the system itself,
       latest first. With options it goes through /etc/mnttab itself,
       latest first, leaves the same system mounts, and unmounts those that
       match, all together (umount -a list) or one at a time (-s).

Flags
       -F FSType  Only file systems of this type (at most 8 characters).
       -l         Only local file systems (not nfs).
       -r         Only remote file systems (nfs; the lab has none).
       -h host    Only nfs file systems from that host.
       -k         Kills the processes using each one first (fuser -c -k).
       -s         One at a time, not in parallel.
       -Z         File systems of non-global zones (the lab has none).
       -n         Shows what would be done (umount -V), does nothing.

Messages
       /usr/sbin/umountall: -x: unknown option    (the shell's getopts, then:)
       Usage:
               umountall [-k] [-s] [-F FSType] [-l|-r] [-Z] [-n]
               umountall [-k] [-s] [-h host] [-Z] [-n]
       umountall: additional arguments not supported
       umountall: options -r and -l are incompatible
       umount: /mnt busy                   (umount's own, on standard error)

Exit Status
       0    Every file system it chose was unmounted.
       1    Some could not be unmounted (umount's status).
       2    Wrong usage.
`,
};
