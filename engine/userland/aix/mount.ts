// mount (AIX): list the mount table, or mount a device or a file system named in /etc/filesystems.
import { isKernelError, kerr } from "../../kernel/errno.js";
import type { Mount } from "../../kernel/vfs/mount.js";
import { msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { monDayTime, parseFlags } from "./util.js";
import { readStanzas, type Stanza } from "./stanzas.js";

const DEFAULT_VFS = "jfs"; // /etc/vfs: %defaultvfs jfs nfs

function row(node: string, mounted: string, over: string, vfs: string, date: string, options: string): string {
  const col = (s: string, w: number) => s.padEnd(w);
  return `${col(node.slice(0, 32), 8)} ${col(mounted, 16)} ${col(over, 16)} ${col(vfs, 6)} ${col(date, 12)} ${col(options, 16)}`;
}

export function mountListing(ctx: CommandContext, mounts: readonly Mount[]): string {
  let out = msg(ctx, "mount.header") + "\n";
  for (const m of mounts) out += row("", m.special, m.path, m.vfs.type, monDayTime(m.time), m.options) + "\n";
  return out;
}

function listing(ctx: CommandContext): number {
  ctx.stdout.write(mountListing(ctx, ctx.machine.mounts.all()));
  return 0;
}

/** a path as the mount table keeps it: absolute */
function absolute(ctx: CommandContext, p: string): string {
  if (p.startsWith("/")) return p;
  const cwd = ctx.sys.getcwd();
  return (cwd === "/" ? "" : cwd) + "/" + p.replace(/\/+$/, "");
}

/** mount one file system; prints mount's messages; returns the exit status */
function mountOne(ctx: CommandContext, device: string, dir: string, vfs: string, opts: string[], readonly: boolean): number {
  if (!ctx.machine.fstypes.has(vfs)) {
    ctx.stderr.write(msg(ctx, "mount.unknownvfs", vfs) + "\n");
    return 1;
  }
  // jfs has no "no log" mode: log=NULL is jfs2's
  const log = opts.find((o) => o.startsWith("log="))?.slice(4);
  if (vfs === "jfs" && log === "NULL") {
    ctx.stderr.write(msg(ctx, "mount.nolog", log) + "\n");
    return 1;
  }
  if (opts.includes("ro")) readonly = true;
  const shown = [...opts];
  if (readonly && !shown.includes("ro")) shown.unshift("ro");
  if (!readonly && !shown.includes("rw")) shown.unshift("rw");
  const optionString = shown.filter((o) => !(readonly && o === "rw")).join(",");
  const path = absolute(ctx, dir);
  try {
    // a device holds one mount at a time
    for (const m of ctx.machine.mounts.all()) if (m.special === device) throw kerr("EBUSY");
    ctx.sys.mount({ type: vfs, special: device, dir: path, readonly, optionString, options: opts, overlay: true });
  } catch (e) {
    if (!isKernelError(e)) throw e;
    ctx.stderr.write(msg(ctx, "mount.cannot", device, dir, ctx.os.strerror(e.errno)) + "\n");
    return 1;
  }
  return 0;
}

/** the options a stanza of /etc/filesystems adds */
function stanzaOptions(st: Stanza, opts: string[]): string[] {
  const out = [...opts];
  if (st.attrs.options) out.unshift(...st.attrs.options.split(","));
  if (st.attrs.log && !out.some((o) => o.startsWith("log="))) out.push(`log=${st.attrs.log}`);
  return out;
}

function run(ctx: CommandContext): number {
  const r = parseFlags(ctx, "afiprn:o:t:v:V:", "mount.usage");
  if (!r) return 1;
  let vfs: string | undefined;
  const opts: string[] = [];
  let readonly = false;
  for (const o of r.opts) {
    if (o.flag === "v" || o.flag === "V") vfs = o.value;
    else if (o.flag === "o") opts.push(...o.value!.split(",").filter(Boolean));
    else if (o.flag === "r") readonly = true;
  }
  const args = r.operands;
  const all = r.opts.some((o) => o.flag === "a") || (args.length === 1 && args[0] === "all");
  const stanzas = readStanzas(ctx.sys, "/etc/filesystems");
  if (all) {
    if (args.length > (args[0] === "all" ? 1 : 0)) {
      ctx.stderr.write(msg(ctx, "mount.usage") + "\n");
      return 1;
    }
    // every file system marked mount = automatic or true that is not mounted yet
    let status = 0;
    for (const st of stanzas) {
      if (!st.attrs.dev || !/^(automatic|true)$/.test(st.attrs.mount ?? "")) continue;
      if (ctx.machine.mounts.all().some((m) => m.path === st.name)) continue;
      status |= mountOne(ctx, st.attrs.dev, st.name, vfs ?? st.attrs.vfs ?? DEFAULT_VFS, stanzaOptions(st, opts), readonly);
    }
    return status;
  }
  if (args.length === 0) {
    if (r.opts.length) {
      ctx.stderr.write(msg(ctx, "mount.usage") + "\n");
      return 1;
    }
    return listing(ctx);
  }
  if (args.length > 2) {
    ctx.stderr.write(msg(ctx, "mount.usage") + "\n");
    return 1;
  }
  if (args.length === 1) {
    // a file system named in /etc/filesystems, by its mount point or its device
    const st = stanzas.find((s) => s.name === args[0] || s.attrs.dev === args[0]);
    if (!st || !st.attrs.dev) {
      ctx.stderr.write(msg(ctx, "mount.unknownfs", args[0]!) + "\n");
      return 1;
    }
    return mountOne(ctx, st.attrs.dev, st.name, vfs ?? st.attrs.vfs ?? DEFAULT_VFS, stanzaOptions(st, opts), readonly);
  }
  const [device, dir] = args as [string, string];
  // without -V the vfs comes from the stanza that names this device, else the default vfs
  const st = stanzas.find((x) => x.attrs.dev === device);
  return mountOne(ctx, device, dir, vfs ?? st?.attrs.vfs ?? DEFAULT_VFS, opts, readonly);
}

export const mount: CommandDef = {
  name: "mount",
  run,
  path: "/usr/sbin/mount",
  summary: "Makes a file system available for use.",
  flags: ["-V", "-v", "-o", "-r", "-a", "-f", "-n", "-p", "-t"],
  man: `mount Command

Purpose
       Makes a file system available for use.

Syntax
       mount [ -f ] [ -n Node ] [ -o Options ] [ -p ] [ -r ] [ -v VfsName ] [ -t Type | [ Device | Node:Directory ] Directory | all | -a ] [ -V [ generic_options ] special_mount_points ]

Description
       The mount command instructs the operating system to make a file
       system available for use at a specified location (the mount point).
       Without a parameter it lists the mounted file systems: node, mounted
       (device), mounted over, vfs, date and options. A Device or Directory
       alone is looked up in /etc/filesystems. The mount point must exist. A
       CD image (cdrfs) can be mounted read-only only.

Flags
       -a   Mounts all file systems in /etc/filesystems with mount=true.
       -o Options
            Specifies options: ro, rw, log=NULL, log=INLINE and others.
       -r   Mounts a file system as a read-only file system.
       -t Type
            Mounts all stanzas in /etc/filesystems that contain type=Type.
       -v VfsName, -V VfsName
            Specifies the file system type: jfs2, cdrfs, udfs, procfs.

Examples
       mount -V cdrfs -o ro /dev/loop0 /cdmount

Messages
       mount: 0506-324 Cannot mount Device on Directory: Reason
       mount: 0506-334 Device is not a known file system.
       mount: 0506-317 VfsName is not a known vfs type.
       mount: 0506-323 Cannot get information about log device Device.

Exit Status
       0    The file system was mounted (or the list written).
       >0   An error occurred.
`,
};
