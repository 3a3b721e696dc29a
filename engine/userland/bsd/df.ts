// df(1) of BSD/OS 4.x (df.c 8.9 from 4.4BSD): free disk space in BLOCKSIZE units (getbsize(3):
// 512-blocks unless the environment says otherwise; -k is BLOCKSIZE=1024, "1024-blocks"), the
// Filesystem column as wide as the longest name, Capacity as used / (used + avail) rounded by
// printf %5.0f, and with -i the inodes. A layer shows its target directory and the numbers of the
// file system below it (nullfs_statfs copies them). A device that is not mounted is read for a UFS
// super block; none in the lab has one. df exits 0 whatever it could not show.
import { isKernelError, type Errno } from "../../kernel/errno.js";
import type { Mount } from "../../kernel/vfs/mount.js";
import { cFixed } from "../common/cformat.js";
import { getopt, reportOpt } from "../common/lib.js";
import { err, msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { byFrom, fstypename } from "./mountlist.js";
import { checkvfsname, makevfslist, type VfsList } from "./vfslist.js";

const KB = 1024;
const MB = 1024 * KB;
const GB = 1024 * MB;

/** getbsize(3): the column header and the block size BLOCKSIZE asks for (its complaints on stderr) */
export function getbsize(ctx: CommandContext, env: string | undefined): { header: string; blocksize: number } {
  if (env === undefined || env === "") return { header: msg(ctx, "df.bsize", 512, ""), blocksize: 512 };
  // strtol: no digits leaves the end pointer at the start
  const m = /^\s*([+-]?\d+)/.exec(env);
  let n = m ? Number.parseInt(m[1]!, 10) : 0;
  const ep = m ? env.slice(m[0].length) : env;
  let form = "";
  let mul = 1;
  let max = GB;
  if (n < 0) return underflow(ctx);
  if (n === 0) n = 1;
  const unit = ep.length === 1 ? ep.toUpperCase() : ep === "" ? "" : "?";
  if (unit === "G") [form, max, mul] = ["G", 1, GB];
  else if (unit === "K") [form, max, mul] = ["K", GB / KB, KB];
  else if (unit === "M") [form, max, mul] = ["M", GB / MB, MB];
  else if (unit !== "") {
    err(ctx, "df.bsize.unknown", env);
    n = 512;
    mul = 1;
  }
  if (n > max) {
    err(ctx, "df.bsize.max");
    n = max;
  }
  if (n * mul < 512) return underflow(ctx);
  return { header: msg(ctx, "df.bsize", n, form), blocksize: n * mul };
}

function underflow(ctx: CommandContext): { header: string; blocksize: number } {
  err(ctx, "df.bsize.min");
  return { header: msg(ctx, "df.bsize", 512, ""), blocksize: 512 };
}

/** fsbtoblk: file-system blocks in BLOCKSIZE units, as the C macro's integer arithmetic does */
const fsbtoblk = (num: number, fsbs: number, bs: number): number =>
  fsbs !== 0 && fsbs < bs ? Math.trunc(num / Math.trunc(bs / fsbs)) : num * Math.trunc(fsbs / bs);

interface Printer {
  ctx: CommandContext;
  iflag: boolean;
  header: string;
  blocksize: number;
  printed: boolean;
  out: string;
}

/** prtstat: the header before the first line, then the line */
function prtstat(p: Printer, m: Mount, maxwidth: number): void {
  const w = Math.max(maxwidth, 11);
  const col = (s: string) => s.slice(0, w).padEnd(w);
  if (!p.printed) {
    p.printed = true;
    p.out += msg(p.ctx, "df.header", col(msg(p.ctx, "df.filesystem")), p.header, p.iflag ? msg(p.ctx, "df.header.i") : "") + "\n";
  }
  const s = m.vfs.statfs();
  const used = s.blocks - s.bfree;
  const availblks = s.bavail + used;
  const pct = (a: number, b: number) => cFixed(b === 0 ? 100 : (a / b) * 100, 0).padStart(5) + "%";
  const blk = (n: number) => String(fsbtoblk(n, s.bsize, p.blocksize));
  let line = `${col(m.special)} ${blk(s.blocks).padStart(p.header.length)} ${blk(used).padStart(8)} ${blk(s.bavail).padStart(8)} ${pct(used, availblks)}`;
  if (p.iflag) {
    const iused = s.files - s.ffree;
    line += ` ${String(iused).padStart(7)} ${String(s.ffree).padStart(7)} ${pct(iused, s.files)} `;
  } else line += "  ";
  p.out += `${line}  ${m.path}\n`;
}

/** ufs_df: a device nobody mounted is read for its super block (SBOFF 8192, SBSIZE 8192) */
function ufsDf(p: Printer, path: string, raw: boolean): void {
  const ctx = p.ctx;
  let data: Uint8Array;
  try {
    if (raw) data = ctx.sys.open(path, { read: true }).vnode.read(8192, 8192);
    else data = ctx.sys.blockDevice(path).dev.read(8192, 8192);
  } catch (e) {
    if (!isKernelError(e)) throw e;
    err(ctx, "df.cannot", path, ctx.os.strerror(e.errno));
    return;
  }
  if (data.length !== 8192) {
    // a short read: errno is EIO for a partial one, and whatever it was before for none
    err(ctx, data.length > 0 ? "df.bread" : "df.bread.eof", 8192, ctx.os.strerror("EIO"));
    return;
  }
  // no device of the lab carries a UFS file system: the magic number never matches
  err(ctx, "df.unknownfs", path);
}

/** the environment's BLOCKSIZE (an exported variable; -k sets it to 1024) */
function envBlocksize(ctx: CommandContext): string | undefined {
  return ctx.shell.env.exported().find(([n]) => n === "BLOCKSIZE")?.[1];
}

function run(ctx: CommandContext): number {
  let aflag = false;
  let iflag = false;
  let kflag = false;
  let vfslist: VfsList | null = null;
  const r = getopt(ctx.argv.slice(1), "aiknt:");
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      err(ctx, "df.usage");
      return 1;
    }
    if (it.flag === "a") aflag = true;
    else if (it.flag === "i") iflag = true;
    else if (it.flag === "k") kflag = true;
    else if (it.flag === "t") {
      if (vfslist) {
        err(ctx, "df.onetype");
        return 1;
      }
      vfslist = makevfslist(it.value ?? "");
    }
  }
  // by default autofs mounts are not shown (the lab has none)
  if (!vfslist && !aflag) vfslist = makevfslist("noautofs");
  const all = ctx.machine.mounts.all();
  const widest = (ms: readonly Mount[]) => ms.reduce((w, m) => Math.max(w, m.special.length), 0);
  const { header, blocksize } = getbsize(ctx, kflag ? "1024" : envBlocksize(ctx));
  const p: Printer = { ctx, iflag, header, blocksize, printed: false, out: "" };
  if (r.operands.length === 0) {
    const shown = all.filter((m) => !checkvfsname(fstypename(m), vfslist));
    for (const m of shown) prtstat(p, m, widest(vfslist ? shown : all));
  } else for (const name of r.operands) operand(p, name, widest(all), r.operands.length === 1);
  ctx.stdout.write(p.out);
  return 0;
}

/** one operand: a mounted device by its name, a raw or unmounted device by its super block, any other path by the file system that holds it */
function operand(p: Printer, name: string, maxwidth: number, only: boolean): void {
  const ctx = p.ctx;
  let type: string | null = null;
  let fail: Errno | null = null;
  try {
    type = ctx.sys.stat(name).type;
  } catch (e) {
    if (!isKernelError(e)) throw e;
    fail = e.errno;
  }
  let m: Mount | undefined;
  if (type === null || type === "VBLK") {
    m = byFrom(ctx, name);
    if (!m) {
      if (type === "VBLK") ufsDf(p, name, false);
      else err(ctx, "df.cannot", name, ctx.os.strerror(fail ?? "ENOENT"));
      return;
    }
  } else if (type === "VCHR") return ufsDf(p, name, true);
  const path = m ? m.path : name;
  try {
    m = ctx.sys.mountFor(path);
  } catch (e) {
    if (!isKernelError(e)) throw e;
    err(ctx, "df.cannot", path, ctx.os.strerror(e.errno));
    return;
  }
  if (!m) return;
  prtstat(p, m, only ? m.special.length + 1 : maxwidth);
}

export const df: CommandDef = {
  name: "df",
  run,
  path: "/bin/df",
  summary: "Displays free disk space.",
  flags: ["-a", "-i", "-k", "-n", "-t"],
  man: `df Command

Purpose
       Displays free disk space.

Syntax
       df [ -aikn ] [ -t type ] [ file | file_system ... ]

Description
       The df command displays statistics about the amount of free disk space
       on the specified file_system or on the file system of which file is a
       part. Values are in 512-byte blocks, or in the units the BLOCKSIZE
       environment variable gives (1024, 1k, 2K, 1m ...; the header follows
       it: 1024-blocks, 1K-blocks). With no operands every mounted file
       system is shown:

       Filesystem  512-blocks     Used    Avail Capacity  Mounted on
       /dev/wd0a      1048576     8224  1040352     1%    /

       Capacity is used / (used + avail), rounded to a whole percent; a CD
       file system is always 100% full. A loopback (null) mount shows its
       target directory and the numbers of the file system below it. A block
       or raw device that is not mounted is read for a UFS super block.

Flags
       -a   Shows all mount points, also those of autofs.
       -i   Adds the inodes: iused, ifree and %iused.
       -k   Uses 1024-byte blocks (BLOCKSIZE=1024).
       -n   Does not ask the file systems again (the same numbers in the lab).
       -t type
            Only the file systems of the listed types (cd9660,loopback; a
            "no" in front inverts the whole list).

Messages
       df: /x: No such file or directory
       df: /dev/vnd0c: unknown filesystem type
       df: /dev/vnd1c: Device not configured
       df: minimum blocksize is 512

Exit Status
       0    Always, also when a file could not be shown.
       1    A usage error.
`,
};
