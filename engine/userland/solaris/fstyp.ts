// fstyp (Solaris /usr/sbin/fstyp, illumos usr/src/cmd/fstyp/fstyp.c with libfstyp): the type of
// the file system on a device or an image file. The device is opened read-only (a missing name,
// no permission, a lofi node with nothing mapped: FSTYP_ERR_DEV_OPEN, status 7); each file
// system's module looks at the data, and fstyp prints the name of the one that knows it. The
// lab's modules are the recognition its own mounts use: hsfs's volume descriptor set
// (kernel/fs/iso9660 holdsIso9660) and ufs's super block magic (os/solaris/disktypes.ts). Nothing
// matches (a device or file with neither, /dev/null, a directory): FSTYP_ERR_NO_MATCH, status 1.
// Errors are `unknown_fstyp (libfstyp's text)` on standard error; the status is the error number.
import { isKernelError } from "../../kernel/errno.js";
import type { BlockDevice } from "../../kernel/dev/blockdev.js";
import { holdsIso9660 } from "../../kernel/fs/iso9660/index.js";
import { closeFile } from "../../kernel/proc/file.js";
import type { Vnode } from "../../kernel/vfs/vnode.js";
import { hasUfsMagic } from "../../os/solaris/disktypes.js";
import { getopt, reportOpt } from "../common/lib.js";
import { err, msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";

/** libfstyp's error numbers (libfstyp.h) that fstyp returns as its status */
const FSTYP_ERR_NO_MATCH = 1;
const FSTYP_ERR_DEV_OPEN = 7;

/** a regular file read as a device: libfstyp's modules pread the descriptor, whatever it is */
function fileDevice(v: Vnode): BlockDevice {
  return {
    name: "file",
    major: -1,
    minor: -1,
    blockSize: 512,
    readonly: true,
    size: () => v.getattr().size,
    read: (offset, length) => v.read(offset, Math.max(0, Math.min(length, v.getattr().size - offset))),
    write: () => undefined,
    stats: { reads: 0, writes: 0, bytesRead: 0, bytesWritten: 0 },
  };
}

/** what the modules read behind `path`: a lofi node (block or raw) is its image; null: no data */
function deviceOf(ctx: CommandContext, path: string): BlockDevice | null {
  const a = ctx.sys.stat(path);
  const loop = ctx.machine.loop;
  if ((a.type === "VBLK" || a.type === "VCHR") && a.rdev && a.rdev.major === loop.major) {
    const dev = loop.device(a.rdev.minor);
    dev.size(); // a unit with nothing mapped: ENXIO, as its open fails
    return dev;
  }
  if (a.type === "VBLK") return ctx.sys.blockDevice(path).dev;
  if (a.type === "VREG") return fileDevice(ctx.sys.resolve(path));
  return null;
}

/** open(2) O_RDONLY then the modules; the file system's name or libfstyp's error */
function identify(ctx: CommandContext, path: string): string | number {
  let dev: BlockDevice | null;
  try {
    closeFile(ctx.sys.open(path, { read: true }));
    dev = deviceOf(ctx, path);
  } catch (e) {
    if (!isKernelError(e)) throw e;
    return FSTYP_ERR_DEV_OPEN;
  }
  if (dev === null) return FSTYP_ERR_NO_MATCH;
  if (hasUfsMagic(dev)) return "ufs";
  if (holdsIso9660(dev, ctx.machine)) return "hsfs";
  return FSTYP_ERR_NO_MATCH;
}

function run(ctx: CommandContext): number {
  const r = getopt(ctx.argv.slice(1), "av");
  const bad = r.items.find((it) => it.kind !== "flag");
  if (bad !== undefined || r.operands.length !== 1) {
    if (bad !== undefined) reportOpt(ctx, bad);
    err(ctx, "fstyp.usage");
    return 1;
  }
  const found = identify(ctx, r.operands[0]!);
  if (typeof found === "string") {
    ctx.stdout.write(found + "\n");
    return 0;
  }
  err(ctx, "fstyp.unknown", msg(ctx, found === FSTYP_ERR_DEV_OPEN ? "fstyp.devopen" : "fstyp.nomatch"));
  return found;
}

export const fstyp: CommandDef = {
  name: "fstyp",
  path: "/usr/sbin/fstyp",
  summary: "Determines the file system type.",
  flags: ["-a", "-v"],
  run,
  man: `fstyp Command

Purpose
       Determines the file system type.

Syntax
       fstyp [-a | -v] special[:logical-drive]

Description
       fstyp allows the user to determine the file system type of unmounted
       file systems using heuristic programs.

       An fstyp module for each file system type to be checked is executed;
       each of these modules applies an appropriate heuristic to determine
       whether the supplied special file is of the type for which it checks.
       If it is, the program prints on standard output the usual file system
       identifier for that type (for example, "ufs") and exits with a return
       code of 0; if none of the modules succeed, the error message
       unknown_fstyp (no matches) is returned to standard error. If more
       than one module succeeds, the error message unknown_fstyp (multiple
       matches) is returned to standard error.

       The special may be a block or raw device (/dev/lofi/1, /dev/rlofi/1)
       or an image file.

Flags
       -a   Output all available file system attributes.
       -v   Produce verbose output. This is usually information about the
            file system's superblock and varies across different FSTypes.
            (In the lab -a and -v print the type only.)

Exit Status
       0    Successful completion.
       1    No file system type recognized, or a bad usage:
            Usage: fstyp [-av] <device>
            unknown_fstyp (no matches)
       7    The special cannot be opened:
            unknown_fstyp (cannot open device)

Examples
       lofiadm -a /export/iso/sol-11_1-repo.iso
       fstyp /dev/rlofi/1
`,
};
