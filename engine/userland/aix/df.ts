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

function rowFor(ctx: CommandContext, m: Mount, unit: Unit, usedForm: boolean): string {
  const name = m.special.padEnd(13);
  const blocksWidth = unit === "k" ? 11 : unit === "512" ? 10 : 9;
  const s = m.vfs.statfs();
  // pseudo file systems (/proc) have no blocks and no inodes to report
  if (s.blocks === 0) {
    if (usedForm) return `${name} ${"-".padStart(blocksWidth)} ${"-".padStart(9)} ${"-".padStart(9)} ${"-".padStart(4)} ${m.path}`;
    return `${name} ${"-".padStart(blocksWidth)} ${"-".padStart(9)} ${"-".padStart(4)} ${"-".padStart(8)} ${"-".padStart(6)} ${m.path}`;
  }
  const total = s.blocks * s.bsize;
  const free = s.bfree * s.bsize;
  const used = total - free;
  const usedPct = `${pct(used, total)}%`;
  if (usedForm)
    return `${name} ${numbers(unit, total).padStart(blocksWidth)} ${numbers(unit, used).padStart(9)} ${numbers(unit, free).padStart(9)} ${usedPct.padStart(5)} ${m.path}`;
  const iused = s.files - s.ffree;
  return `${name} ${numbers(unit, total).padStart(blocksWidth)} ${numbers(unit, free).padStart(9)} ${usedPct.padStart(5)} ${String(iused).padStart(8)} ${`${pct(iused, s.files)}%`.padStart(6)} ${m.path}`;
}

function run(ctx: CommandContext): number {
  const r = parseFlags(ctx, "PIMitvckmgsT:F:S:", "df.usage");
  if (!r) return 1;
  let unit: Unit = "512";
  let usedForm = false;
  for (const o of r.opts) {
    if (o.flag === "k") unit = "k";
    else if (o.flag === "m") unit = "m";
    else if (o.flag === "g") unit = "g";
    else if (o.flag === "I") usedForm = true;
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
  if (mounts.length === 0) return status;
  let out = msg(ctx, usedForm ? `df.header.I.${unit}` : `df.header.${unit}`) + "\n";
  for (const m of mounts) out += rowFor(ctx, m, unit, usedForm) + "\n";
  ctx.stdout.write(out);
  return status;
}

export const df: CommandDef = {
  name: "df",
  run,
  path: "/usr/bin/df",
  summary: "report free space on file systems",
  flags: ["-k", "-m", "-g", "-I"],
  man: `df — reports information about space on file systems

  df [-I] [-k | -m | -g] [FileSystem ... | File ...]

For each mounted file system: its device, size, free space, percent used,
inodes used, percent of inodes used, and mount point. Sizes are in 512-byte
blocks unless -k (1024-byte blocks), -m (MB) or -g (GB) is given; -I shows
used and free blocks instead of inodes.

A CD file system (cdrfs) is always full: 0 free, 100% used.
`,
};
