// mkfs (AIX): make a jfs2 file system on a device (a loopback device with a disk image bound).
import { isKernelError } from "../../kernel/errno.js";
import { mkfsJfs2 } from "../../kernel/fs/jfs2img/index.js";
import { err, msg } from "../common/msg.js";
import type { Co } from "../../kernel/proc/wait.js";
import type { CommandContext, CommandDef } from "../types.js";
import { parseFlags } from "./util.js";

/**
 * mkfs's question (AIX mkfs.c): asked on standard error, and only when standard input is a
 * terminal (a script or a pipe is not asked). Enter, y or yes goes on; n or no stops mkfs,
 * which then prints nothing and exits 0 ("wimp out"); any other answer asks again (rpmatch).
 * End of input stops it as n does: AIX's read() of a closed terminal leaves the answer buffer
 * as it was and would ask for ever (the lab's choice, see the ledger).
 */
function* ask(ctx: CommandContext, question: string): Co<boolean> {
  if (!ctx.stdin.isatty) return true;
  for (;;) {
    yield* ctx.stderr.put(question);
    const line = yield* ctx.stdin.readLine();
    if (line === null) return false;
    const a = line.text;
    if (a === "" || /^(y|yes)$/i.test(a.trim())) return true;
    if (/^(n|no)$/i.test(a.trim())) return false;
  }
}

function* run(ctx: CommandContext): Co<number> {
  const r = parseFlags(ctx, "V:o:l:s:p:v:", "mkfs.usage");
  if (!r) return 1;
  if (r.operands.length !== 1) {
    err(ctx, "mkfs.usage");
    return 1;
  }
  const device = r.operands[0]!;
  const vfs = r.opts.find((o) => o.flag === "V" || o.flag === "v")?.value ?? "jfs";
  const options = r.opts.filter((o) => o.flag === "o").flatMap((o) => o.value!.split(","));
  if (vfs !== "jfs2") {
    err(ctx, "mkfs.novfs", vfs);
    return 1;
  }
  const log = options.find((o) => o.startsWith("log="))?.slice(4) ?? "";
  let bd;
  try {
    bd = ctx.sys.blockDevice(device);
  } catch (e) {
    if (!isKernelError(e)) throw e;
    err(ctx, "mkfs.cannot", device, ctx.os.strerror(e.errno));
    return 1;
  }
  if (ctx.machine.mounts.all().some((m) => m.special === device)) {
    err(ctx, "mkfs.mounted", device);
    return 1;
  }
  if (!(yield* ask(ctx, msg(ctx, "mkfs.destroy", device)))) return 0;
  if (log === "INLINE" && !(yield* ask(ctx, msg(ctx, "mkfs.logform")))) return 0;
  let blocks: number;
  try {
    blocks = mkfsJfs2(bd.dev, ctx.machine, log).blocks;
  } catch (e) {
    if (!isKernelError(e)) throw e;
    err(ctx, "mkfs.cannot", device, ctx.os.strerror(e.errno));
    return 1;
  }
  ctx.stdout.write(msg(ctx, "mkfs.created", Math.floor(blocks / 2), device, blocks) + "\n");
  return 0;
}

export const mkfs: CommandDef = {
  name: "mkfs",
  run,
  path: "/usr/sbin/mkfs",
  summary: "Makes a file system.",
  flags: ["-V", "-o", "-l", "-s"],
  man: `mkfs Command

Purpose
       Makes a file system.

Syntax
       mkfs [ -V VfsName ] [ -o Options ] [ -l Label ] [ -s Size ] Device

Description
       The mkfs command makes a new, empty file system on the Device. On a
       loopback device that has a disk image bound, the file system lives in
       the image: it can then be mounted with
       loopmount -l loopN -o "-V jfs2 -o rw,log=INLINE" -m /mydisk
       and keeps its files when it is unmounted. When its standard input is
       a terminal, mkfs asks before it destroys what the device holds:
       y (or Enter) goes on, n stops it.

Flags
       -l Label
            Specifies the volume label.
       -o Options
            Specifies options of the file system type: log=INLINE makes the
            log inside the file system, log=NULL makes none.
       -s Size
            Specifies the size in 512-byte blocks.
       -V VfsName
            Specifies the virtual file system type (jfs2).

Examples
       dd if=/dev/zero of=/images/data.img bs=1024k count=32
       loopmount -i /images/data.img
       mkfs -V jfs2 -o log=INLINE /dev/loop0

Exit Status
       0    The file system was made (or n was answered).
       >0   An error occurred.
`,
};
