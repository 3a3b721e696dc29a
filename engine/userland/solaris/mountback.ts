// The file-system back ends /usr/sbin/mount execs (/usr/lib/fs/TYPE/mount): lofs, hsfs, ufs and
// tmpfs. The front end execs without a fork, so the back end's exit status is mount's own:
// lofs exits 111 and names the special in its perror (DECISIONS Solaris 2 and 4); hsfs exits 33
// and ufs and tmpfs 32, each after its rpterr() message (illumos fs.d/{lofs,hsfs,ufs}/mount/mount.c).
import { isKernelError, type Errno } from "../../kernel/errno.js";
import { err } from "../common/msg.js";
import type { CommandContext } from "../types.js";

export interface BackRequest {
  special: string;
  /** the mount point, made absolute by the front end's realpath */
  mountp: string;
  /** -o's options, comma separated ("" for none); -r is already "ro" here */
  options: string;
  overlay: boolean;
  /** -m: no mnttab entry */
  nomnttab: boolean;
  /** -q: no warnings about options the file system does not know */
  quiet: boolean;
}

export type BackEnd = (ctx: CommandContext, req: BackRequest) => number;

const LOFS_RET_ERR = 111;
const HSFS_RET_ERR = 33;
const UFS_RET_ERR = 32;
const TMPFS_RET_ERR = 32;

/** options each type's kernel module knows (others draw the fslib warning after the mount) */
const GENERIC = ["ro", "rw", "suid", "nosuid", "setuid", "nosetuid", "devices", "nodevices", "exec", "noexec", "nbmand", "nonbmand"];
const KNOWN: Record<string, string[]> = {
  lofs: [...GENERIC, "xattr", "noxattr", "sub", "nosub", "loop"],
  hsfs: [...GENERIC, "nrr", "notraildot", "nomaplcase", "maplcase", "traildot", "global", "noglobal", "joliet", "nojoliet", "jolietlong", "vers2", "novers2", "rr"],
  ufs: [...GENERIC, "intr", "nointr", "largefiles", "nolargefiles", "logging", "nologging", "xattr", "noxattr", "forcedirectio", "noforcedirectio", "global", "noglobal", "onerror=panic", "onerror=lock", "onerror=umount"],
  tmpfs: [...GENERIC, "xattr", "noxattr"],
};

const words = (s: string): string[] => s.split(",").filter((w) => w !== "");

/** mount(2) with MS_OPTIONSTR: the kernel keeps the options it knows; the rest are warned about */
function syscall(ctx: CommandContext, type: string, req: BackRequest, shown: string[]): void {
  const opts = words(req.options);
  const ro = shown.includes("ro");
  ctx.sys.mount({
    type,
    special: req.special,
    dir: req.mountp,
    readonly: ro,
    optionString: shown.join(","),
    options: opts,
    overlay: req.overlay,
    data: req.nomnttab ? { nomnttab: true } : {},
  });
}

/** fslib's cmp_requested_to_actual_options: a warning per option the kernel did not take */
function warnUnknown(ctx: CommandContext, type: string, req: BackRequest): void {
  if (req.quiet) return;
  for (const o of words(req.options)) if (!KNOWN[type]!.includes(o)) err(ctx, "mount.ignoring", req.special, req.mountp, o);
}

const known = (type: string, req: BackRequest) => words(req.options).filter((o) => KNOWN[type]!.includes(o) && o !== "loop");

/** lofs: `mount: special: strerror`, exit 111, whatever failed */
function lofs(ctx: CommandContext, req: BackRequest): number {
  try {
    if (ctx.sys.proc.uid !== 0) throw { errno: "EPERM" };
    syscall(ctx, "lofs", req, known("lofs", req));
  } catch (e) {
    const errno = kernelErrno(e);
    err(ctx, "mount.perror", req.special, ctx.os.strerror(errno));
    return LOFS_RET_ERR;
  }
  warnUnknown(ctx, "lofs", req);
  return 0;
}

function kernelErrno(e: unknown): Errno {
  if (isKernelError(e)) return e.errno;
  if (e && typeof e === "object" && "errno" in e) return (e as { errno: Errno }).errno;
  throw e;
}

/** rpterr() of the hsfs and ufs back ends */
function rpterr(ctx: CommandContext, type: "hsfs" | "ufs", errno: Errno, bs: string, mp: string): void {
  switch (errno) {
    case "EPERM": return err(ctx, `mount.${type}.eperm`);
    case "ENXIO": return err(ctx, "mount.be.enxio", bs);
    case "ENOTDIR": return err(ctx, "mount.be.enotdir", bs, mp);
    case "ENOENT": return err(ctx, "mount.be.enoent", bs, mp);
    case "EINVAL": return err(ctx, `mount.${type}.einval`, bs);
    case "EBUSY": return err(ctx, "mount.be.ebusy", bs, mp);
    case "ENOTBLK": return err(ctx, "mount.be.enotblk", bs);
    case "EROFS": return err(ctx, "mount.be.erofs", bs);
    default:
      err(ctx, "mount.be.perror", ctx.os.strerror(errno));
      err(ctx, `mount.${type}.cannot`, bs);
  }
}

/**
 * A file mounted directly (no lofiadm first) is always nosuid; asking for suid, setuid or devices
 * is EINVAL (vfs.c lofi_add).
 */
function fileMountOptions(ctx: CommandContext, req: BackRequest, shown: string[]): string[] {
  let file = false;
  try {
    file = req.special.startsWith("/") && ctx.sys.stat(req.special).type === "VREG";
  } catch {
    file = false;
  }
  if (!file) return shown;
  if (words(req.options).some((o) => o === "suid" || o === "setuid" || o === "devices")) throw { errno: "EINVAL" };
  return shown.includes("nosuid") ? shown : [...shown, "nosuid"];
}

/** a back end over a device: its rpterr message and exit status on failure */
function deviceBackEnd(type: "hsfs" | "ufs", shown: (req: BackRequest) => string[], status: number, order = (o: string[]) => o): BackEnd {
  return (ctx, req) => {
    try {
      if (ctx.sys.proc.uid !== 0) throw { errno: "EPERM" };
      syscall(ctx, type, req, order(fileMountOptions(ctx, req, shown(req))));
    } catch (e) {
      rpterr(ctx, type, kernelErrno(e), req.special, req.mountp);
      return status;
    }
    warnUnknown(ctx, type, req);
    return 0;
  };
}

/**
 * The hsfs options as the kernel lists them in mnttab: its option table is vfs.c's generic one
 * with hsfs's merged in (vfs_mergeopttbl: the generic options first, then hsfs's own in
 * hsfs_vfsops.c's order), and hsfs's MO_DEFAULT options are on unless -o cancels them: ro,
 * noglobal, maplcase, rr, traildot. (hs_mountfs clears rr on an image without Rock Ridge; the
 * lab's images have it.)
 */
const HSFS_TABLE = [
  ...["ro", "rw", "suid", "nosuid", "devices", "nodevices", "setuid", "nosetuid", "nbmand", "nonbmand", "exec", "noexec"],
  ...["global", "noglobal", "maplcase", "nomaplcase", "rr", "nrr", "joliet", "nojoliet", "jolietlong", "vers2", "novers2", "traildot", "notraildot"],
];
const HSFS_DEFAULTS: [string, string][] = [["noglobal", "global"], ["maplcase", "nomaplcase"], ["rr", "nrr"], ["traildot", "notraildot"]];

function hsfsOptions(asked: string[]): string[] {
  const on = new Set(asked.filter((o) => o !== "rw"));
  on.add("ro");
  for (const [dflt, cancel] of HSFS_DEFAULTS) if (!on.has(cancel)) on.add(dflt);
  return HSFS_TABLE.filter((o) => on.has(o));
}

/** hsfs forces read-only (it appends ",ro" to the options) */
const hsfs = deviceBackEnd("hsfs", (req) => known("hsfs", req), HSFS_RET_ERR, hsfsOptions);

/** ufs's defaults as the kernel lists them in mnttab, -o's choices replacing them */
function ufsOptions(req: BackRequest): string[] {
  const asked = known("ufs", req);
  const pick = (yes: string, no: string) => (asked.includes(no) ? no : yes);
  const ro = asked.includes("ro");
  const rest = asked.filter((o) => !["ro", "rw", "intr", "nointr", "largefiles", "nolargefiles", "logging", "nologging", "xattr", "noxattr"].includes(o) && !o.startsWith("onerror"));
  const onerror = asked.find((o) => o.startsWith("onerror")) ?? "onerror=panic";
  return [ro ? "ro" : "rw", ...rest, pick("intr", "nointr"), pick("largefiles", "nolargefiles"), pick("logging", "nologging"), pick("xattr", "noxattr"), onerror];
}
const ufs = deviceBackEnd("ufs", ufsOptions, UFS_RET_ERR);

/**
 * tmpfs (fs.d/tmpfs/mount.c): EBUSY names the mount point, then the special; anything else is
 * perror("mount"); both exit 32.
 */
function tmpfs(ctx: CommandContext, req: BackRequest): number {
  try {
    if (ctx.sys.proc.uid !== 0) throw { errno: "EPERM" };
    const asked = known("tmpfs", req);
    syscall(ctx, "tmpfs", req, [...asked, ...(asked.includes("noxattr") ? [] : ["xattr"])]);
  } catch (e) {
    const errno = kernelErrno(e);
    if (errno === "EBUSY" && !req.overlay) err(ctx, "mount.tmpfs.ebusy", req.mountp, req.special);
    else err(ctx, "mount.be.perror", ctx.os.strerror(errno));
    return TMPFS_RET_ERR;
  }
  warnUnknown(ctx, "tmpfs", req);
  return 0;
}

/** /usr/lib/fs/TYPE/mount for the types the machine has a back end for */
export const BACK_ENDS: Readonly<Record<string, BackEnd>> = { lofs, hsfs, ufs, tmpfs };
