// umount(1M) of Solaris 11.1 (illumos usr/src/cmd/fs.d/umount.c): the argument is looked up in
// mnttab as a mount point (the last entry wins: mounts stack), then as a special; one not found
// draws a warning and umount2() is tried on the name all the same. Failures are rpterr()'s words.
// lofs has no umount of its own; a forced unmount of a lofs is ENOTSUP (lo_unmount).
import { isKernelError, kerr, type Errno } from "../../kernel/errno.js";
import type { Co } from "../../kernel/proc/wait.js";
import type { Mount } from "../../kernel/vfs/mount.js";
import { getopt, reportOpt } from "../common/lib.js";
import { err, msg } from "../common/msg.js";
import { realpath } from "./realpath.js";
import type { CommandContext, CommandDef } from "../types.js";
import { fstypeOf, mnttab } from "./mnttab.js";

/** umount -a never unmounts these (Solaris 11 umount.c's keeplist: CTFS_ROOT, OBJFS_ROOT,
 *  _PATH_SYSVOL and SHARETAB where illumos has /etc/svc/volatile and /var/run) */
const KEEP = ["/", "/dev", "/dev/fd", "/devices", "/etc/mnttab", "/lib", "/proc", "/sbin", "/system/contract", "/system/object", "/system/volatile", "/tmp", "/usr", "/var", "/var/adm", "/etc/dfs/sharetab"];

function usage(ctx: CommandContext): number {
  err(ctx, "umount.usage");
  return 1;
}

function rpterr(ctx: CommandContext, errno: Errno, name: string): void {
  switch (errno) {
    case "EPERM": return err(ctx, "umount.eperm");
    case "ENXIO": return err(ctx, "umount.enxio", name);
    case "ENOENT": return err(ctx, "umount.enoent", name);
    case "EINVAL": return err(ctx, "umount.notmounted", name);
    case "EBUSY": return err(ctx, "umount.busy", name);
    case "ENOTBLK": return err(ctx, "umount.enotblk", name);
    case "EOPNOTSUPP":
      // lo_unmount's ENOTSUP: Solaris's text for it, not EOPNOTSUPP's (a socket's)
      err(ctx, "umount.enotsup");
      err(ctx, "umount.cannot", name);
      return;
    default:
      err(ctx, "umount.perror", ctx.os.strerror(errno));
      err(ctx, "umount.cannot", name);
  }
}

/** umount2(): the mount whose root the path names (EINVAL: not a mount point) */
function umount2(ctx: CommandContext, m: Mount | undefined, name: string, force: boolean): void {
  if (ctx.sys.proc.uid !== 0) throw kerr("EPERM");
  if (!m) {
    const v = ctx.sys.resolve(name);
    m = ctx.machine.mounts.mountWithRoot(v);
    if (!m || !m.covered) throw kerr("EINVAL");
  }
  if (force && fstypeOf(m) === "lofs") throw kerr("EOPNOTSUPP");
  // a mount on top of this one keeps it busy: the special named a mount that is covered
  ctx.sys.umount(m, force);
}

/**
 * umount.c main(): the name made absolute (realpath) is looked for as a mount point, then the name
 * as typed, then as a special. A special whose mount point has something else stacked on it is
 * busy at once (`umount: /dev/lofi/1 busy`). A name not in mnttab draws a warning and is tried.
 */
function lookup(ctx: CommandContext, name: string): Mount | "stacked" | undefined {
  const all = mnttab(ctx.machine);
  const last = (f: (m: Mount) => boolean) => [...all].reverse().find(f);
  const rp = realpath(ctx.sys, name);
  let m = rp.ok ? last((x) => x.path === rp.path) : undefined;
  if (m) return m;
  m = last((x) => x.path === name) ?? last((x) => x.special === name);
  if (!m) return undefined;
  const top = last((x) => x.path === m!.path);
  return top && top.special !== m.special ? "stacked" : m;
}

function one(ctx: CommandContext, name: string, force: boolean, echo: boolean): number {
  const m = lookup(ctx, name);
  if (m === "stacked") {
    rpterr(ctx, "EBUSY", name);
    return 1;
  }
  if (!m) {
    err(ctx, "umount.notinmnttab", name);
    if (echo) return 1;
  }
  if (echo) {
    ctx.stdout.write(msg(ctx, "umount.echo", m!.path) + "\n");
    return 0;
  }
  try {
    umount2(ctx, m, name, force);
  } catch (e) {
    if (!isKernelError(e)) throw e;
    rpterr(ctx, e.errno, m ? m.path : name);
    return 1;
  }
  return 0;
}

/** parumount: the named mount points (each made absolute) or every mount not kept, latest first
 *  (-V: the commands that would run) */
export function umountAll(ctx: CommandContext, names: string[], force: boolean, echo = false): number {
  let status = 0;
  const targets: string[] = [];
  if (names.length === 0) targets.push(...mnttab(ctx.machine).map((m) => m.path).filter((p) => !KEEP.includes(p)).reverse());
  for (const n of names) {
    const rp = realpath(ctx.sys, n);
    const path = rp.ok ? rp.path : n;
    if (!rp.ok) {
      err(ctx, "umount.cantresolve", n);
      status = 1;
    }
    if (!mnttab(ctx.machine).some((m) => m.path === path)) {
      err(ctx, "umount.notfound", path);
      status = 1;
    }
    targets.push(path);
  }
  for (const n of targets) {
    ctx.sys.charge(1);
    if (one(ctx, n, force, echo) !== 0) status = 1;
  }
  return status;
}

function* run(ctx: CommandContext): Co<number> {
  const r = getopt(ctx.argv.slice(1), "afo:Vl");
  let isAll = false;
  let force = false;
  let echo = false;
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      return usage(ctx);
    }
    if (it.flag === "a") isAll = true;
    if (it.flag === "f") force = true;
    if (it.flag === "V") echo = true;
  }
  // -a with one mount point is a plain umount of it (aflg && fscnt != 1)
  if (isAll && r.operands.length !== 1) return umountAll(ctx, r.operands, force, echo);
  if (r.operands.length !== 1) return usage(ctx);
  return one(ctx, r.operands[0]!, force, echo);
}

export const umount: CommandDef = {
  name: "umount",
  run,
  path: "/usr/sbin/umount",
  summary: "Unmounts file systems.",
  flags: ["-a", "-f", "-o", "-V"],
  man: `umount Command

Purpose
       Unmounts file systems.

Syntax
       umount [-f] [-V] [-o specific_options] special | mount_point
       umount -a [-f] [-V] [-o specific_options] [mount_point ...]

Description
       umount looks the name up in /etc/mnttab, first as a mount point (the
       latest mount there), then as what was mounted (a device, a lofs
       source directory), and unmounts that file system. A name not in
       mnttab draws a warning and is tried all the same.

Flags
       -a   Unmounts the named mount points, or every mounted file system
            but /, /usr, /var, /tmp, /proc and the like, latest first.
       -f   Forces the unmount of a busy file system (a lofs refuses:
            Operation not supported).
       -V   Prints the command that would run (umount /mnt), and runs
            nothing.

Messages
       umount: /mnt busy
       umount: warning: /foo not in mnttab
       umount: /foo not mounted
       umount: permission denied
       umount: Operation not supported
       umount: cannot unmount /mnt

Exit Status
       0    Unmounted.
       1    Something could not be unmounted.
`,
};
