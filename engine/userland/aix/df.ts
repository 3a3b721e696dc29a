// df (AIX): file system space, in 512-byte blocks by default, -k/-m/-g, -I for used blocks.
import { isKernelError } from "../../kernel/errno.js";
import type { Mount } from "../../kernel/vfs/mount.js";
import { msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { parseFlags } from "./util.js";

type Unit = "512" | "k" | "m" | "g";
const UNIT_BYTES: Record<Unit, number> = { "512": 512, k: 1024, m: 1024 * 1024, g: 1024 * 1024 * 1024 };

/** percent as AIX df rounds it: up, so a nearly empty file system shows 1% */
const pct = (part: number, whole: number): number => (whole <= 0 ? 0 : Math.ceil((part * 100) / whole));

function numbers(unit: Unit, bytes: number): string {
  if (unit === "m" || unit === "g") return (bytes / UNIT_BYTES[unit]).toFixed(2);
  return String(Math.floor(bytes / UNIT_BYTES[unit]));
}

type Form = "inodes" | "used" | "posix" | "verbose";

function rowFor(m: Mount, unit: Unit, form: Form): string {
  const name = m.special.padEnd(13);
  const blocksWidth = unit === "k" ? 11 : unit === "512" ? 10 : 9;
  const s = m.vfs.statfs();
  const num = (bytes: number) => numbers(unit, bytes);
  // pseudo file systems (/proc) have no blocks and no inodes to report
  const none = s.blocks === 0;
  const total = s.blocks * s.bsize;
  const free = s.bfree * s.bsize;
  const used = total - free;
  const usedPct = none ? "-" : `${pct(used, total)}%`;
  const iused = s.files - s.ffree;
  const dash = (w: number) => "-".padStart(w);
  const blocks = none ? dash(blocksWidth) : num(total).padStart(blocksWidth);
  switch (form) {
    case "used":
      return `${name} ${blocks} ${none ? dash(9) : num(used).padStart(9)} ${none ? dash(9) : num(free).padStart(9)} ${usedPct.padStart(none ? 4 : 5)} ${m.path}`;
    case "posix":
      return `${name} ${blocks} ${none ? dash(9) : num(used).padStart(9)} ${none ? dash(9) : num(free).padStart(9)} ${usedPct.padStart(8)} ${m.path}`;
    case "verbose":
      return `${name} ${blocks} ${none ? dash(9) : num(used).padStart(9)} ${none ? dash(9) : num(free).padStart(9)} ${usedPct.padStart(none ? 4 : 5)} ${none ? dash(8) : String(iused).padStart(8)} ${none ? dash(8) : String(s.ffree).padStart(8)} ${none ? dash(6) : `${pct(iused, s.files)}%`.padStart(6)} ${m.path}`;
    default:
      if (none) return `${name} ${blocks} ${dash(9)} ${dash(4)} ${dash(8)} ${dash(6)} ${m.path}`;
      return `${name} ${blocks} ${num(free).padStart(9)} ${usedPct.padStart(5)} ${String(iused).padStart(8)} ${`${pct(iused, s.files)}%`.padStart(6)} ${m.path}`;
  }
}

function run(ctx: CommandContext): number {
  const r = parseFlags(ctx, "PIMitvckmgsT:F:S:", "df.usage");
  if (!r) return 1;
  let unit: Unit = "512";
  let form: Form = "inodes";
  let vfsType: string | undefined;
  for (const o of r.opts) {
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
  if (r.operands.length === 0) mounts.push(...ctx.machine.mounts.all());
  for (const operand of r.operands) {
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
  summary: "report free space on file systems",
  flags: ["-k", "-m", "-g", "-I", "-P", "-v", "-T"],
  man: `df — reports information about space on file systems

  df [-P | -I | -v] [-k | -m | -g] [-T vfstype] [FileSystem ... | File ...]

For each mounted file system: its device, size, free space, percent used,
inodes used, percent of inodes used, and mount point. Sizes are in 512-byte
blocks unless -k (1024-byte blocks), -m (MB) or -g (GB) is given; -I shows
used and free blocks instead of inodes.

A CD file system (cdrfs) is always full: 0 free, 100% used.
`,
};
