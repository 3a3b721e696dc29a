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

const FS_WIDTH = 20;
const NUMBER_WIDTH = 11;
const SCALED_WIDTH = 6;
const AVAIL_WIDTH = 9;
const CAPACITY_WIDTH = 9;

interface Figures {
  kbytes: number;
  used: number;
  avail: number;
  freeBlocks: number;
  freeFiles: number;
}

function figures(m: Mount): Figures {
  const s = m.vfs.statfs();
  const k = (n: number) => Math.floor((n * s.bsize) / 1024);
  return { kbytes: k(s.blocks), used: k(s.blocks - s.bfree), avail: k(s.bavail), freeBlocks: Math.floor((s.bfree * s.bsize) / 512), freeFiles: s.ffree };
}

/** "%5.0f%%" of used / (used + avail) */
function capacity(f: Figures): string {
  const total = f.used + f.avail;
  const pct = total === 0 ? 0 : Math.round((f.used / total) * 100);
  return `${String(pct).padStart(5)}%`;
}

/** number_to_scaled_string: 1024 steps, one decimal below 10, K as the smallest unit */
export function scaled(kbytes: number): string {
  const units = "KMGTPE";
  let v = kbytes;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  if (v === 0) return "0K";
  return (v < 10 && u > 0 ? v.toFixed(1) : String(Math.round(v))) + units[u];
}

/** the special on its own line when it is too long and stdout is a terminal (df.c) */
function fsColumn(ctx: CommandContext, special: string): string {
  if (special.length > FS_WIDTH && ctx.stdout.isatty) return special + "\n" + " ".repeat(FS_WIDTH);
  return special.padEnd(FS_WIDTH);
}

function kLine(ctx: CommandContext, m: Mount, f: Figures): string {
  const n = (x: number) => String(x).padStart(NUMBER_WIDTH);
  return `${fsColumn(ctx, m.special)} ${n(f.kbytes)} ${n(f.used)} ${n(f.avail)} ${capacity(f).padEnd(CAPACITY_WIDTH)} ${m.path}`;
}

function hLine(ctx: CommandContext, m: Mount, f: Figures): string {
  return `${fsColumn(ctx, m.special)} ${scaled(f.kbytes).padStart(SCALED_WIDTH)} ${scaled(f.used).padStart(SCALED_WIDTH)} ${scaled(f.avail).padStart(AVAIL_WIDTH)} ${capacity(f).padEnd(CAPACITY_WIDTH)} ${m.path}`;
}

/** plain df: "%-19s(%-18s):%8s blocks %8s files" */
const plainLine = (ctx: CommandContext, m: Mount, f: Figures): string =>
  `${m.path.padEnd(19)}(${m.special.padEnd(18)}):${String(f.freeBlocks).padStart(8)}${msg(ctx, "df.blocks")}${String(f.freeFiles).padStart(8)}${msg(ctx, "df.files")}`;

/** df -n: "%-19s: %-8s" */
const typeLine = (m: Mount): string => `${m.path.padEnd(19)}: ${fstypeOf(m).padEnd(8)}`;

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

function* run(ctx: CommandContext): Co<number> {
  const r = getopt(ctx.argv.slice(1), "abeghklntVvZF:o:P");
  let style: "" | "k" | "h" | "n" = "";
  let fstype: string | null = null;
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      err(ctx, "df.usage");
      return 1;
    }
    if (it.flag === "k" || it.flag === "P") style = style === "h" ? "h" : "k";
    else if (it.flag === "h") style = "h";
    else if (it.flag === "n") style = "n";
    else if (it.flag === "F") fstype = it.value!;
  }
  let status = 0;
  let mounts: Mount[] = [];
  if (r.operands.length === 0) mounts = mnttab(ctx.machine).filter((m) => fstype === null || fstypeOf(m) === fstype);
  for (const name of r.operands) {
    const m = mountFor(ctx, name);
    if (!m) {
      err(ctx, "df.nofs", name);
      status = 1;
    } else mounts.push(m);
  }
  let out = style === "k" ? msg(ctx, "df.kheader") + "\n" : style === "h" ? msg(ctx, "df.hheader") + "\n" : "";
  for (const m of mounts) {
    ctx.sys.charge(1);
    if (style === "n") {
      out += typeLine(m) + "\n";
      continue;
    }
    const f = figures(m);
    out += (style === "k" ? kLine(ctx, m, f) : style === "h" ? hLine(ctx, m, f) : plainLine(ctx, m, f)) + "\n";
  }
  if (mounts.length > 0 || style === "k" || style === "h") yield* ctx.stdout.put(out);
  return status;
}

export const df: CommandDef = {
  name: "df",
  run,
  path: "/usr/sbin/df",
  summary: "Reports free disk space.",
  flags: ["-k", "-h", "-n", "-F", "-a", "-b", "-e", "-g", "-l", "-t", "-V", "-v", "-Z", "-o"],
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

            /                  (rpool/ROOT/solaris):  1234567 blocks   123456 files

       A lofs shows its source directory and the figures of the file system
       it stands on.

Flags
       -F FSType  Only file systems of this type.
       -h         Like -k, the sizes scaled (K, M, G, T):
                  Filesystem             Size   Used  Available Capacity  Mounted on
       -k         Sizes in kilobytes:
                  Filesystem           1024-blocks        Used   Available Capacity  Mounted on
       -n         The type of each file system: /mnt               : lofs

Messages
       df: (/x) not a block device, directory or mounted resource

Exit Status
       0    Every operand was reported.
       1    An operand names no mounted file system.
`,
};
