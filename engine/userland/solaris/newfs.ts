// newfs(1M) of Solaris 11.1 (illumos usr/src/cmd/fs.d/ufs/newfs/newfs.c): asks before it
// destroys what the device holds — `newfs: construct a new file system /dev/rlofi/1: (y/n)? ` on
// standard error, the answer read from standard input whatever it is (so `echo y | newfs …`
// works); an answer that does not begin with y, or the end of input, stops it with status 0.
import type { Co } from "../../kernel/proc/wait.js";
import { getopt, reportOpt } from "../common/lib.js";
import { err, msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { MKFS_FAILED, mkfsUfs, openForMkfs, rawName } from "./ufsmkfs.js";

function* yes(ctx: CommandContext, question: string): Co<boolean> {
  yield* ctx.stderr.put(question);
  const line = yield* ctx.stdin.readLine();
  return line !== null && /^[yY]/.test(line.text.trim());
}

function* run(ctx: CommandContext): Co<number> {
  const r = getopt(ctx.argv.slice(1), "NvTs:b:f:i:m:o:r:t:c:");
  let dryRun = false;
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      err(ctx, "newfs.usage");
      return 1;
    }
    if (it.flag === "N") dryRun = true;
  }
  if (r.operands.length !== 1) {
    err(ctx, "newfs.usage");
    return 1;
  }
  const path = r.operands[0]!;
  const dev = openForMkfs(ctx, "newfs", path);
  if (!dev) return 1;
  if (!dryRun && !(yield* yes(ctx, msg(ctx, "newfs.ask", rawName(path))))) return 0;
  if (dryRun) return 0;
  const made = mkfsUfs(ctx, path, dev);
  yield* ctx.stderr.put(made.report);
  return made.ok ? 0 : MKFS_FAILED;
}

export const newfs: CommandDef = {
  name: "newfs",
  run,
  path: "/usr/sbin/newfs",
  summary: "Constructs a new UFS file system.",
  flags: ["-N", "-v"],
  man: `newfs Command

Purpose
       Constructs a new UFS file system on a device.

Syntax
       newfs [-Nv] [mkfs-options] raw-special-device

Description
       newfs makes a UFS file system on a device, here a lofi device mapped
       with lofiadm -a. It first asks, on standard error, and reads the
       answer from standard input:

            newfs: construct a new file system /dev/rlofi/1: (y/n)? y

       Only an answer beginning with y goes on. mkfs then reports, on
       standard error, the device's geometry, its cylinder groups and where
       the super-block backups are. The new file system has its root and
       lost+found. It mounts with mount -F ufs /dev/lofi/1 /mnt; df then
       counts the log that logging (the default) makes, and keeps 10% (less
       on file systems over 640 MB) for root.

Flags
       -N   Prints nothing and makes nothing (no question).
       -v   Verbose (accepted).

Messages
       newfs: construct a new file system /dev/rlofi/1: (y/n)?
       newfs: /dev/rlofi/1 is mounted, can't mkfs
       newfs: /dev/rlofi/9: No such file or directory

Exit Status
       0    Made, or the answer was no.
       1    An error.
       32   mkfs failed (the device too small for one cylinder group).
`,
};
