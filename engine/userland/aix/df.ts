// df (AIX): file system space, in 512-byte blocks by default, -k/-m/-g, -I for used blocks,
// -P for the POSIX columns, -v for all of them.
import { isKernelError } from "../../kernel/errno.js";
import type { Mount } from "../../kernel/vfs/mount.js";
import { cFixed } from "../common/cformat.js";
import { msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { parseFlags } from "./util.js";

type Unit = "512" | "k" | "m" | "g";
const UNIT_BYTES: Record<Unit, number> = { "512": 512, k: 1024, m: 1024 * 1024, g: 1024 * 1024 * 1024 };

/** percent as AIX df rounds it: up, so a nearly empty file system shows 1% */
const pct = (part: number, whole: number): number => (whole <= 0 ? 0 : Math.ceil((part * 100) / whole));

/** a size in the unit: whole blocks, or MB/GB as printf's %.2f prints them */
function numbers(unit: Unit, bytes: number): string {
  if (unit === "m" || unit === "g") return cFixed(bytes / UNIT_BYTES[unit], 2);
  return String(Math.floor(bytes / UNIT_BYTES[unit]));
}

type Form = "inodes" | "used" | "posix" | "verbose";

const r = (s: string | number, w: number) => String(s).padStart(w);

/**
 * A pseudo file system (/proc) has no blocks and no inodes: each number is a `-`. With -P, -I and
 * -v the dash sits under the last digit and a space takes the place of the `%`, so two spaces
 * come before the mount point; the default form prints them in its own, narrower columns
 * (`-      - /proc`), as real 7.2 listings show.
 */
function dashRow(name: string, blocksWidth: number, form: Form, path: string): string {
  const lead = `${name} ${r("-", blocksWidth)}`;
  switch (form) {
    case "used":
      return `${lead} ${r("-", 9)} ${r("-", 9)} ${r("-", 4)}  ${path}`;
    case "posix":
      return `${lead} ${r("-", 9)} ${r("-", 9)} ${r("-", 7)}  ${path}`;
    case "verbose":
      return `${lead} ${r("-", 9)} ${r("-", 9)} ${r("-", 4)}  ${r("-", 8)} ${r("-", 8)} ${r("-", 5)}  ${path}`;
    default:
      return `${lead} ${r("-", 9)} ${r("-", 4)} ${r("-", 8)} ${r("-", 6)} ${path}`;
  }
}

function rowFor(m: Mount, unit: Unit, form: Form): string {
  const name = m.special.padEnd(13);
  const blocksWidth = unit === "k" ? 11 : unit === "512" ? 10 : 9;
  const s = m.vfs.statfs();
  if (s.blocks === 0) return dashRow(name, blocksWidth, form, m.path);
  const num = (bytes: number, w: number) => r(numbers(unit, bytes), w);
  const total = s.blocks * s.bsize;
  const free = s.bfree * s.bsize;
  const used = total - free;
  const usedPct = `${r(pct(used, total), 4)}%`;
  const iused = s.files - s.ffree;
  const lead = `${name} ${num(total, blocksWidth)}`;
  switch (form) {
    case "used":
      return `${lead} ${num(used, 9)} ${num(free, 9)} ${usedPct} ${m.path}`;
    case "posix":
      return `${lead} ${num(used, 9)} ${num(free, 9)} ${r(pct(used, total), 7)}% ${m.path}`;
    case "verbose":
      return `${lead} ${num(used, 9)} ${num(free, 9)} ${usedPct} ${r(iused, 8)} ${r(s.ffree, 8)} ${r(pct(iused, s.files), 5)}% ${m.path}`;
    default:
      return `${lead} ${num(free, 9)} ${usedPct} ${r(iused, 8)} ${r(pct(iused, s.files), 5)}% ${m.path}`;
  }
}

function run(ctx: CommandContext): number {
  const f = parseFlags(ctx, "PIMitvckmgsT:F:S:", "df.usage");
  if (!f) return 1;
  let unit: Unit = "512";
  let form: Form = "inodes";
  let vfsType: string | undefined;
  for (const o of f.opts) {
    if (o.flag === "k") unit = "k";
    else if (o.flag === "m") unit = "m";
    else if (o.flag === "g") unit = "g";
    else if (o.flag === "I" || o.flag === "t") form = "used";
    else if (o.flag === "P") form = "posix";
    else if (o.flag === "v") form = "verbose";
    else if (o.flag === "T") vfsType = o.value;
  }
  const mounts: Mount[] = [];
  let status = 0;
  if (f.operands.length === 0) mounts.push(...ctx.machine.mounts.all());
  for (const operand of f.operands) {
    try {
      // a device name selects its mount; any other path, the file system that holds it
      const byDevice = ctx.machine.mounts.all().find((m) => m.special === operand);
      const m = byDevice ?? ctx.sys.mountFor(operand);
      if (m) mounts.push(m);
    } catch (e) {
      if (!isKernelError(e)) throw e;
      ctx.stderr.write(msg(ctx, "df.cannot", operand, ctx.os.strerror(e.errno)) + "\n");
      status = 1;
    }
  }
  // -T local|remote|vfstype: only file systems of that kind (every lab file system is local)
  const shown = mounts.filter((m) => !vfsType || vfsType === "local" || m.vfs.type === vfsType);
  if (shown.length === 0) return status;
  const header = form === "inodes" ? `df.header.${unit}` : form === "used" ? `df.header.I.${unit}` : form === "posix" ? `df.header.P.${unit}` : `df.header.v.${unit}`;
  let out = msg(ctx, header) + "\n";
  for (const m of shown) out += rowFor(m, unit, form) + "\n";
  ctx.stdout.write(out);
  return status;
}

export const df: CommandDef = {
  name: "df",
  run,
  path: "/usr/bin/df",
  summary: "Reports information about space on file systems.",
  flags: ["-k", "-m", "-g", "-I", "-P", "-v", "-T"],
  man: `df Command

Purpose
       Reports information about space on file systems.

Syntax
       df [ [ -P ] | [ -I | -v ] ] [ -k | -m | -g ] [ -T vfstype ]
          [ FileSystem ... | File ... ]

Description
       For each mounted file system df writes its device, its size, the free
       space, the percent used, the i-nodes used and the percent of i-nodes
       used, and the mount point. Sizes are in 512-byte blocks unless -k
       (1024-byte blocks), -m (MB) or -g (GB) is given; MB and GB are printed
       with two decimals, rounded as printf's %.2f rounds (0.125 is 0.12).

       A CD file system (cdrfs) is always full: 0 free, 100% used. On jfs2 the
       i-nodes are allocated as files are created: the i-node total grows
       with them and with the free space, so Iused keeps counting. /proc has
       no blocks and no i-nodes: each of its numbers is a -.

Flags
       -I   Used and free blocks instead of i-nodes.
       -P   The POSIX columns: blocks, used, available, capacity.
       -v   Every column: used, free, %used, i-nodes used and free.
       -k   1024-byte blocks.   -m   Megabytes.   -g   Gigabytes.
       -T vfstype   Only file systems of that type (local: all of the lab's).

Exit Status
       0    Successful completion.
       >0   A FileSystem or File could not be found:
            df: Name: A file or directory in the path name does not exist.
`,
};
