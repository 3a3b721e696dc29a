// mkfs(1M) of Solaris 11.1, the generic front end, for ufs: `mkfs -F ufs special [size]` makes the
// file system without asking (newfs is the one that asks).
import type { Co } from "../../kernel/proc/wait.js";
import { getopt, reportOpt } from "../common/lib.js";
import { err } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { DEFAULT_FSTYPE } from "./mount.js";
import { MKFS_FAILED, mkfsUfs, openForMkfs } from "./ufsmkfs.js";

function* run(ctx: CommandContext): Co<number> {
  const r = getopt(ctx.argv.slice(1), "F:o:Vm");
  let fstype = DEFAULT_FSTYPE;
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      err(ctx, "mkfs.usage");
      return 1;
    }
    if (it.flag === "F") fstype = it.value!;
  }
  if (fstype !== "ufs") {
    err(ctx, "mkfs.notapplicable", fstype);
    return 1;
  }
  if (r.operands.length < 1 || r.operands.length > 2) {
    err(ctx, "mkfs.usage");
    return 1;
  }
  const path = r.operands[0]!;
  const dev = openForMkfs(ctx, "mkfs", path);
  if (!dev) return 1;
  const made = mkfsUfs(ctx, path, dev);
  yield* ctx.stderr.put(made.report);
  return made.ok ? 0 : MKFS_FAILED;
}

export const mkfs: CommandDef = {
  name: "mkfs",
  run,
  path: "/usr/sbin/mkfs",
  summary: "Constructs a file system.",
  flags: ["-F", "-o", "-V", "-m"],
  man: `mkfs Command

Purpose
       Constructs a file system (ufs) on a device.

Syntax
       mkfs [-F ufs] [-o options] special [size]

Description
       mkfs -F ufs makes a UFS file system on a device, such as a lofi device
       mapped with lofiadm -a, without asking first (newfs asks), and
       reports the geometry as newfs does.

Messages
       mkfs: Operation not applicable for FSType hsfs

Exit Status
       0    Made.
       1    An error.
`,
};
