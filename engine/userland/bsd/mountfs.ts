// mountfs() of BSD/OS's mount.c 2.17: make the mount point absolute (realpath), build the option
// list, and run the type's program — ufs in mount's own child (mount_ufs.c is linked in), any
// other type as /sbin/mount_TYPE or /usr/sbin/mount_TYPE, found by execv. The program's argv[0]
// is the type's name, so its messages begin `cd9660: ` (libc's err(3) prints __progname), while
// its usage line names mount_cd9660.
import { isKernelError, type Errno } from "../../kernel/errno.js";
import type { Co } from "../../kernel/proc/wait.js";
import { resolve, runChild } from "../common/child.js";
import { getopt, reportOpt } from "../common/lib.js";
import { err, msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { MOPT_ASYNC, MOPT_FORCE, MOPT_SOFTRDONLY, MOPT_SYNC, MOPT_UPDATE } from "./mntflags.js";
import { getmntopts, STDOPTS } from "./mntopts.js";
import { mountSyscall } from "./mountsys.js";
import { listLine } from "./mountlist.js";
import { realpath } from "./realpath.js";
import { vfsremap } from "./vfslist.js";

/** catopt: options joined with commas */
export const catopt = (a: string, b: string): string => (a ? `${a},${b}` : b);

/** mangle: "-x=y" words become arguments "-x" "y", any other word "-o" "word" */
export function mangle(options: string): string[] {
  const out: string[] = [];
  for (const w of options.split(",")) {
    if (w === "") continue;
    if (w.startsWith("-")) {
      const eq = w.indexOf("=");
      if (eq < 0) out.push(w);
      else out.push(w.slice(0, eq), w.slice(eq + 1));
    } else out.push("-o", w);
  }
  return out;
}

export interface MountState {
  debug: boolean;
  verbose: boolean;
  /** -w was given */
  mountrw: boolean;
}

/**
 * The options the program gets: those of -o if any were given, else fstab's, else rw (mount.c
 * means to add fstab's to -o's, but its test is the wrong way round and never does), then force,
 * ro, rw and update for -f, -r, -w and -u.
 */
function optionList(flags: ReadonlySet<string>, st: MountState, options: string | null, mntopts: string | null): string {
  const fromFstab = mntopts ?? "";
  let buf = options ?? (fromFstab === "" ? "rw" : fromFstab);
  if (flags.has("force")) buf = catopt(buf, "force");
  if (flags.has("rdonly")) buf = catopt(buf, "ro");
  if (st.mountrw) buf = catopt(buf, "rw");
  if (flags.has("update")) buf = catopt(buf, "update");
  return buf;
}

/** run mount_TYPE; 0 when it mounted, else its exit status */
export function* mountfs(
  ctx: CommandContext,
  st: MountState,
  vfstype: string,
  spec: string,
  name: string,
  flags: ReadonlySet<string>,
  options: string | null,
  mntopts: string | null,
): Co<number> {
  const rp = realpath(ctx.sys, name);
  if (!rp.ok) {
    err(ctx, "mount.realpath", rp.resolved, ctx.os.strerror(rp.errno));
    return 1;
  }
  const type = vfsremap(vfstype);
  const argv = [type, ...mangle(optionList(flags, st, options, mntopts)), spec, rp.path];
  if (st.debug) {
    ctx.stdout.write(msg(ctx, "mount.debug", type, argv.slice(1).map((a) => ` ${a}`).join("")) + "\n");
    return 0;
  }
  const status = yield* runChild(ctx, program(ctx, type, argv, rp.path), { nullInput: false });
  if ("signal" in status) {
    err(ctx, "mount.signal", rp.path, ctx.os.signals.text(status.signal));
    return 1;
  }
  if (status.code !== 0) return status.code;
  if (st.verbose) {
    const m = ctx.sys.mountFor(rp.path);
    if (m) ctx.stdout.write(listLine(ctx, m) + "\n");
  }
  return 0;
}

/** what the vfork child runs: mount_ufs in place, or the program execv finds, or its complaint */
function program(ctx: CommandContext, type: string, argv: string[], name: string): { def: CommandDef | ((c: CommandContext) => number); argv: string[] } {
  if (type === "ufs") return { def: (c) => mountUfs(c, argv), argv: [...ctx.argv] };
  let last: Errno = "ENOENT";
  const complaints: [string, Errno][] = [];
  for (const dir of ["/sbin", "/usr/sbin"]) {
    const path = `${dir}/mount_${type}`;
    const r = resolve(ctx, [path]);
    if ("def" in r) return { def: r.def, argv };
    last = r.errno;
    if (r.errno !== "ENOENT") complaints.push([path, r.errno]);
  }
  const fail = (c: CommandContext): number => {
    for (const [path, e] of complaints) err(c, "mount.exec", path, name, c.os.strerror(e));
    if (last === "ENOENT") err(c, "mount.noprog", type);
    return 1;
  };
  return { def: fail, argv: [...ctx.argv] };
}

/**
 * mount_ufs.c, linked into mount: its usage names mount_ufs, its failures name no program
 * (`special on node: reason`); an unknown -o word is mount's own errx.
 */
function mountUfs(ctx: CommandContext, argv: string[]): number {
  const table = [...STDOPTS, MOPT_ASYNC, MOPT_FORCE, MOPT_SYNC, MOPT_UPDATE, MOPT_SOFTRDONLY];
  const flags = new Set<string>();
  const r = getopt(argv.slice(1), "o:");
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      err(ctx, "mount_ufs.usage");
      return 1;
    }
    const p = getmntopts(it.value ?? "", table, flags);
    if (!p.ok) {
      err(ctx, p.problem === "unsupported" ? "mntopt.unsupported" : "mntopt.needvalue", "mount", p.option);
      return 1;
    }
  }
  if (r.operands.length !== 2) {
    err(ctx, "mount_ufs.usage");
    return 1;
  }
  if (flags.has("rdonly")) flags.delete("softrdonly");
  const [spec, node] = r.operands as [string, string];
  try {
    mountSyscall(ctx.sys, "ufs", node, flags, spec);
  } catch (e) {
    if (!isKernelError(e)) throw e;
    const why =
      e.errno === "EMFILE" ? msg(ctx, "mount_ufs.table")
      : e.errno === "EINVAL" ? msg(ctx, flags.has("update") ? "mount_ufs.baddev" : "mount_ufs.badsb")
      : e.errno === "ENOSPC" ? msg(ctx, "mount_ufs.notclean")
      : ctx.os.strerror(e.errno);
    err(ctx, "mount_ufs.failed", spec, node, why);
    return 1;
  }
  return 0;
}
