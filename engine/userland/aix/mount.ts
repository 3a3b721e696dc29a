// mount (AIX): list the mount table, or mount a device or a file system named in /etc/filesystems.
import { isKernelError, kerr } from "../../kernel/errno.js";
import type { Mount } from "../../kernel/vfs/mount.js";
import { msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { monDayTime, parseFlags } from "./util.js";
import { readStanzas } from "./stanzas.js";

const DEFAULT_VFS = "jfs2"; // /etc/vfs: %defaultvfs jfs2

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
  let device: string;
  let dir: string;
  if (args.length === 1) {
    // a file system named in /etc/filesystems, by its mount point or its device
    const stanzas = readStanzas(ctx.sys, "/etc/filesystems");
    const st = stanzas.find((s) => s.name === args[0] || s.attrs.dev === args[0]);
    if (!st || !st.attrs.dev) {
      ctx.stderr.write(msg(ctx, "mount.unknownfs", args[0]!) + "\n");
      return 1;
    }
    device = st.attrs.dev;
    dir = st.name;
    vfs ??= st.attrs.vfs;
    if (st.attrs.options) opts.unshift(...st.attrs.options.split(","));
    if (st.attrs.log && !opts.some((o) => o.startsWith("log="))) opts.push(`log=${st.attrs.log}`);
  } else {
    [device, dir] = args as [string, string];
  }
  vfs ??= DEFAULT_VFS;
  if (!ctx.machine.fstypes.has(vfs)) {
    ctx.stderr.write(msg(ctx, "mount.unknownvfs", vfs) + "\n");
    return 1;
  }
  if (opts.includes("ro")) readonly = true;
  if (opts.includes("rw") && !r.opts.some((o) => o.flag === "r")) readonly = false;
  const shown = [...opts];
  if (readonly && !shown.includes("ro")) shown.unshift("ro");
  if (!readonly && !shown.includes("rw")) shown.unshift("rw");
  const optionString = shown.filter((o) => !(readonly && o === "rw")).join(",");
  try {
    // a device holds one mount at a time
    for (const m of ctx.machine.mounts.all()) if (m.special === device) throw kerr("EBUSY");
    ctx.sys.mount({ type: vfs, special: device, dir, readonly, optionString, options: opts, overlay: true });
  } catch (e) {
    if (!isKernelError(e)) throw e;
    ctx.stderr.write(msg(ctx, "mount.cannot", device, dir, ctx.os.strerror(e.errno)) + "\n");
    return 1;
  }
  return 0;
}

export const mount: CommandDef = {
  name: "mount",
  run,
  path: "/usr/sbin/mount",
  summary: "mount a file system, or list the mounted file systems",
  flags: ["-V", "-v", "-o", "-r", "-a", "-f", "-n", "-p", "-t"],
  man: `mount — makes a file system available for use

  mount [-f] [-n Node] [-o Options] [-p] [-r] [-v VfsName] [-t Type |
        [Device | Node:Directory] Directory | all | -a] [-V [generic_options]
        special_mount_points]

With no arguments, lists the mounted file systems: node, mounted (device),
mounted over, vfs, date and options.

  -V, -v VfsName  the file system type: jfs2, cdrfs, udfs …
  -o Options      ro, rw, log=NULL, log=INLINE …
  -r              mount read-only

A CD image (cdrfs) can only be mounted read-only. The mount point must
exist. A Device or Directory alone is looked up in /etc/filesystems.

Example:  mount -V cdrfs -o ro /dev/loop0 /cdmount
`,
};
