// df(1M) of Solaris 11.1 (/usr/bin/df, illumos usr/src/cmd/fs.d/df.c): one line per mounted file
// system, or per file system holding each operand. Plain df: `mount point (special): free blocks
// free files`; -k: 1024-blocks, Used, Available, Capacity; -h: the same scaled; -n: the type.
// The Filesystem column is mnttab's special (a lofs shows its source directory, with its real
// file system's figures: lo_statvfs passes the call down).
import { isKernelError } from "../../kernel/errno.js";
import type { Co } from "../../kernel/proc/wait.js";
import type { Mount } from "../../kernel/vfs/mount.js";
import { getopt, reportOpt } from "../common/lib.js";
import { err, msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { fstypeOf, mnttab } from "./mnttab.js";

// df.c's formatting constants
const FS_WIDTH = 20;
const KBYTE_WIDTH = 11;
const SCALED_WIDTH = 6;
const AVAILABLE_WIDTH = 10;
const CAPACITY_WIDTH = 9;
const MOUNT_POINT_WIDTH = 19;
const SPECIAL_DEVICE_WIDTH = 18;
const BLOCK_WIDTH = 8;
const FSTYPE_WIDTH = 8;
const MNAME_WIDTH = 10;

/** statvfs in bytes: total, free, available (to others than root), and free files */
interface Figures {
  total: number;
  free: number;
  avail: number;
  freeFiles: number;
}

function figures(m: Mount): Figures {
  const s = m.vfs.statfs();
  return { total: s.blocks * s.bsize, free: s.bfree * s.bsize, avail: s.bavail * s.bsize, freeFiles: s.ffree };
}

/** printf's %.0f: to the nearest, a half to the even neighbour */
function printf0f(v: number): string {
  const f = Math.floor(v);
  const r = v - f === 0.5 ? (f % 2 === 0 ? f : f + 1) : Math.round(v);
  return String(r);
}

/** k_output's "%5.0f%%": used / (total - reserved) · 100 + 0.5, so any fraction rounds up */
function capacity(f: Figures): string {
  const used = f.total - f.free;
  const denom = f.total - (f.free - f.avail);
  const v = f.total === 0 || denom === 0 ? 0 : (used / denom) * 100 + 0.5;
  return `${printf0f(v).padStart(5)}%`;
}

/**
 * number_to_scaled_string (df.c, scale 1024): the count in K, then divided by 1024 with rounding
 * while it is 1024 or more; one decimal ("%2.1f") when the unit before the last step was under
 * ten of the new ones, else "%4llu".
 */
export function scaled(bytes: number): string {
  const M = "KMGTPE";
  let u = 0;
  let n = Math.floor(bytes / 1024);
  let save = 0;
  while (n >= 1024 && u < M.length - 1) {
    u++;
    save = n;
    n = Math.floor((n + 512) / 1024);
  }
  if (save && Math.floor(save / 1024) < 10) return `${(save / 1024).toFixed(1).padStart(2)}${M[u]}`;
  return `${String(n).padStart(4)}${M[u]}`;
}

/** the special on its own line when it is too long and stdout is a terminal (df.c) */
function fsColumn(ctx: CommandContext, special: string): string {
  if (special.length > FS_WIDTH && ctx.stdout.isatty) return special + "\n" + " ".repeat(FS_WIDTH);
  return special.padEnd(FS_WIDTH);
}

/** k_output, -k (unit 1024) and -P (unit 512): "%-20s %11s %11s %11s %-9s %-s" */
function kLine(ctx: CommandContext, m: Mount, f: Figures, unit: number): string {
  const n = (bytes: number) => String(Math.floor(bytes / unit)).padStart(KBYTE_WIDTH);
  return `${fsColumn(ctx, m.special)} ${n(f.total)} ${n(f.total - f.free)} ${n(f.avail)} ${capacity(f).padEnd(CAPACITY_WIDTH)} ${m.path}`;
}

/** k_output with -h: "%-20s %6s %6s %10s %-9s %-s" */
function hLine(ctx: CommandContext, m: Mount, f: Figures): string {
  return `${fsColumn(ctx, m.special)} ${scaled(f.total).padStart(SCALED_WIDTH)} ${scaled(f.total - f.free).padStart(SCALED_WIDTH)} ${scaled(f.avail).padStart(AVAILABLE_WIDTH)} ${capacity(f).padEnd(CAPACITY_WIDTH)} ${m.path}`;
}

/** default_output: "%-19s(%-18s):%8s blocks %8s files", free 512-byte blocks and free files */
const plainLine = (ctx: CommandContext, m: Mount, f: Figures): string =>
  `${m.path.padEnd(MOUNT_POINT_WIDTH)}(${m.special.padEnd(SPECIAL_DEVICE_WIDTH)}):${String(Math.floor(f.free / 512)).padStart(BLOCK_WIDTH)}${msg(ctx, "df.blocks")}${String(f.freeFiles).padStart(BLOCK_WIDTH)}${msg(ctx, "df.files")}`;

/** n_output: "%-19s: %-8s" */
const typeLine = (m: Mount): string => `${m.path.padEnd(MOUNT_POINT_WIDTH)}: ${fstypeOf(m).padEnd(FSTYPE_WIDTH)}`;

/** the mount an operand names: a mount point or special in mnttab, else the file system holding the path */
function mountFor(ctx: CommandContext, name: string): Mount | null {
  const all = mnttab(ctx.machine);
  const byName = [...all].reverse().find((m) => m.special === name && !ctx.sys.exists(name));
  if (byName) return byName;
  try {
    const m = ctx.sys.mountFor(name);
    return m && all.includes(m) ? m : null;
  } catch (e) {
    if (!isKernelError(e)) throw e;
    return null;
  }
}

type Style = "" | "k" | "P" | "h" | "n";

/** the options in select_output's order of precedence: -h, then -k/-P, then -n */
function parse(ctx: CommandContext): { style: Style; fstype: string | null; operands: string[] } | null {
  const r = getopt(ctx.argv.slice(1), "F:o:abehkVtgnlPvZ");
  let h = false;
  let k = false;
  let P = false;
  let n = false;
  let fstype: string | null = null;
  for (const it of r.items) {
    if (it.kind === "badflag") {
      err(ctx, "df.badopt", it.flag);
      err(ctx, "df.usage");
      return null;
    }
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      err(ctx, "df.usage");
      return null;
    }
    if (it.flag === "h") h = true;
    else if (it.flag === "k") k = true;
    else if (it.flag === "P") P = true;
    else if (it.flag === "n") n = true;
    else if (it.flag === "F") fstype = it.value!;
  }
  const style: Style = h ? "h" : k ? "k" : P ? "P" : n ? "n" : "";
  return { style, fstype, operands: r.operands };
}

function line(ctx: CommandContext, style: Style, m: Mount): string {
  if (style === "n") return typeLine(m);
  const f = figures(m);
  if (style === "h") return hLine(ctx, m, f);
  if (style === "k" || style === "P") return kLine(ctx, m, f, style === "k" ? 1024 : 512);
  return plainLine(ctx, m, f);
}

function* run(ctx: CommandContext): Co<number> {
  const a = parse(ctx);
  if (!a) return 1;
  let errors = 0;
  let mounts: Mount[] = [];
  // no operand: every mnttab entry but swap, those of another type dropped quietly under -F
  if (a.operands.length === 0) mounts = mnttab(ctx.machine).filter((m) => fstypeOf(m) !== "swap" && (a.fstype === null || fstypeOf(m) === a.fstype));
  for (const name of a.operands) {
    ctx.sys.charge(1);
    const m = mountFor(ctx, name);
    if (!m) {
      err(ctx, "df.nofs", name.padEnd(MNAME_WIDTH));
      errors++;
    } else if (a.fstype !== null && fstypeOf(m) !== a.fstype) {
      err(ctx, "df.othertype", name, fstypeOf(m));
      errors++;
    } else mounts.push(m);
  }
  if (mounts.length === 0) return errors;
  const header = a.style === "h" ? "df.hheader" : a.style === "k" ? "df.kheader" : a.style === "P" ? "df.pheader" : null;
  let out = header ? msg(ctx, header) + "\n" : "";
  for (const m of mounts) {
    ctx.sys.charge(1);
    out += line(ctx, a.style, m) + "\n";
  }
  yield* ctx.stdout.put(out);
  return errors;
}

export const df: CommandDef = {
  name: "df",
  run,
  path: "/usr/sbin/df",
  summary: "Reports free disk space.",
  flags: ["-k", "-h", "-n", "-P", "-F", "-a", "-b", "-e", "-g", "-l", "-t", "-V", "-v", "-Z", "-o"],
  man: `df Command

Purpose
       Reports the free space of mounted file systems.

Syntax
       df [-F FSType] [-k | -h | -n] [directory | block_device | resource ...]

Description
       Without an operand df reports every file system in /etc/mnttab; with
       operands, the file system holding each. Without a flag it prints the
       mount point, what was mounted, the free 512-byte blocks and the free
       files:

            /                  (rpool/ROOT/solaris):32977192 blocks  3664158 files

       A lofs shows its source directory and the figures of the file system
       it stands on.

Flags
       -F FSType  Only file systems of this type.
       -h         Like -k, the sizes scaled (K, M, G, T):
                  Filesystem             Size   Used  Available Capacity  Mounted on
       -P         As -k, in 512-byte blocks (header 512-blocks).
       -k         Sizes in kilobytes:
                  Filesystem           1024-blocks        Used   Available Capacity  Mounted on
       -n         The type of each file system: /mnt               : lofs

Messages
       df: (/x        ) not a block device, directory or mounted resource
       df: Warning: /mnt mounted as a lofs file system     (-F another type)
       df: unknown option: x

Exit Status
       The number of operands that could not be reported (0 when all
       were); 1 for a wrong option.
`,
};
